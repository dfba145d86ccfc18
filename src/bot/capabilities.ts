/** Every capability the bot has. Each later feature adds its own entry here. */
import type { Capability } from "./handler.js";
import { basics } from "./handlers/basics.handler.js";
import { cases } from "./handlers/cases.handler.js";
import { consults } from "./handlers/consult.handler.js";
import { digest } from "./handlers/digest.handler.js";
import { handover } from "./handlers/handover.handler.js";
import { home } from "./handlers/home.handler.js";
import { lookup } from "./handlers/lookup.handler.js";
import { trust } from "./handlers/trust.handler.js";

export const capabilities: Capability[] = [basics, lookup, cases, digest, consults, handover, trust, home];
