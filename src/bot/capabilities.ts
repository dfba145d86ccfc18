/**
 * Every capability the bot has, one per job. createBot refuses to start when two of them handle
 * the same command kind or intent, or when an intent of language/intents.ts has no handler.
 */
import { admin } from "../features/admin/bot/admin.handler.js";
import { audit } from "../features/audit/bot/audit.handler.js";
import { cases } from "../features/cases/bot/cases.handler.js";
import { consults } from "../features/consult/bot/consult.handler.js";
import { digest } from "../features/digest/bot/digest.handler.js";
import { directory } from "../features/directory/bot/directory.handler.js";
import { handover } from "../features/handover/bot/handover.handler.js";
import { home } from "../features/home/bot/home.handler.js";
import type { Capability } from "./handler.js";

export const capabilities: readonly Capability[] = [
  home,
  directory,
  cases,
  digest,
  consults,
  handover,
  admin,
  audit,
];
