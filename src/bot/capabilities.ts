/** Every capability the bot has. Each later feature adds its own entry here. */

import { trust } from "../features/admin/bot/trust.handler.js";
import { cases } from "../features/cases/bot/cases.handler.js";
import { consults } from "../features/consult/bot/consult.handler.js";
import { digest } from "../features/digest/bot/digest.handler.js";
import { lookup } from "../features/directory/bot/lookup.handler.js";
import { handover } from "../features/handover/bot/handover.handler.js";
import { basics } from "../features/home/bot/basics.handler.js";
import { home } from "../features/home/bot/home.handler.js";
import type { Capability } from "./handler.js";

export const capabilities: Capability[] = [basics, lookup, cases, digest, consults, handover, trust, home];
