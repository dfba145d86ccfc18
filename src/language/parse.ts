import {
  parseAdminLink,
  parseAuditExport,
  parseDeactivate,
  parseErase,
} from "../features/admin/language/admin.parser.js";
import {
  parseCaseCreate,
  parseCasePerson,
  parseCaseState,
} from "../features/cases/language/case-work.parser.js";
import { parseDigest } from "../features/digest/language/digest.parser.js";
import { parseAbsence } from "../features/directory/language/absence.parser.js";
import { parseLookup } from "../features/directory/language/lookup.parser.js";
import { parseServiceEdit } from "../features/directory/language/service-edit.parser.js";
import type { ParsedCommand } from "./command.schema.js";
import type { Lexicon } from "./lexicon.js";
import { langOf, type Message, readMessage } from "./message.js";
import { parseCaseShow, parseHelp, parseLanguage, parseMine } from "./simple-commands.parser.js";
import { parseAudit, parseConsult, parseHandover } from "./workflow-commands.parser.js";

/** Longer than any real chat question; beyond it we answer "not understood" without reading on. */
export const MAX_INPUT_LENGTH = 2000;

type Rule = (msg: Message, lexicon: Lexicon) => ParsedCommand | null;

// Order matters: the specific command grammars first, the open-ended lookup last. "mijn
// overdrachten" must win over "overdracht …", and "taal engels" over the topic "taal".
const RULES: readonly Rule[] = [
  parseHelp,
  parseLanguage,
  parseAdminLink,
  parseDeactivate,
  parseErase,
  parseAuditExport,
  parseAudit,
  // Before the handover: "draag regie van WYC-014 over aan …" hands over regie, not the citizen.
  (msg) => parseCasePerson(msg),
  (msg) => parseCaseState(msg),
  parseCaseCreate,
  parseMine,
  parseAbsence,
  parseServiceEdit,
  parseDigest,
  parseConsult,
  parseHandover,
  (msg) => parseCaseShow(msg),
  parseLookup,
  (msg) => parseCaseShow(msg, true),
];

/**
 * Free text from any channel to a typed command. Pure and total: every string gets an answer,
 * "unknown" when nothing fits; the caller decides what to say.
 */
export function parseText(text: string, lexicon: Lexicon): ParsedCommand {
  if (typeof text !== "string") return { kind: "unknown", lang: "nl", text: "" };
  if (text.length > MAX_INPUT_LENGTH)
    return { kind: "unknown", lang: "nl", text: text.slice(0, MAX_INPUT_LENGTH) };
  const msg = readMessage(text);
  for (const rule of RULES) {
    const command = rule(msg, lexicon);
    if (command) return command;
  }
  return { kind: "unknown", lang: langOf(msg), text: msg.text };
}
