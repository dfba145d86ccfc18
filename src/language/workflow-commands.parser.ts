import { professionalIdIn } from "../features/admin/language/admin.parser.js";
import { hasKeyword, isKeyword, WINDOW_START } from "./command.grammar.js";
import type { CommandOf } from "./command.schema.js";
import type { Lexicon } from "./lexicon.js";
import { firstIndexOf, langOf, type Message, rawSpan } from "./message.js";
import { matchTerms } from "./term-matcher.js";

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const HANDOVER = words(
  "overdracht overdragen doorverwijzen verwijs verwijzen verwijzing handover refer referral",
);
// The receiver follows one of these: "overdracht WYC-014 naar schuldhulp", "handover … to debt support".
const RECEIVER_CUE = words("naar to aan richting");

/** "overdracht WYC-014 naar schuldhulp", "handover WYC-014 to debt support", "warme overdracht". */
export function parseHandover(msg: Message, lexicon: Lexicon): CommandOf<"handover.start"> | null {
  const handOver = msg.norms.some((w, i) => (w === "hand" || w === "draag") && msg.norms.includes("over", i));
  if (!handOver && !hasKeyword(msg.norms, HANDOVER)) return null;
  const cue = firstIndexOf(msg, RECEIVER_CUE);
  let serviceText: string | null = null;
  if (cue >= 0) {
    // The receiver runs to the end of the message, minus any case code typed after it.
    let end = msg.tokens.length;
    while (end > cue + 1 && msg.inCode[end - 1]) end--;
    serviceText = rawSpan(msg, cue + 1, end) || null;
  }
  const topic = matchTerms(msg, lexicon).find((m) => m.kind === "topic");
  return {
    kind: "handover.start",
    lang: langOf(msg),
    caseCode: msg.codes[0] ?? null,
    topicId: topic?.ids[0] ?? null,
    serviceText,
  };
}

const CONSULT = words("consult mdo consultatie teamoverleg mdoverleg");
const MEETING = words("overleg meeting bespreking");
const PLAN = words(
  "plan plannen inplannen schedule organiseer organiseren organise organize book boek maak nieuw new",
);

/** "plan palliatief consult voor WYC-021 volgende week", "schedule a palliative consult for …". */
export function parseConsult(msg: Message): CommandOf<"consult.plan"> | null {
  const consult =
    hasKeyword(msg.norms, CONSULT) || (hasKeyword(msg.norms, MEETING) && hasKeyword(msg.norms, PLAN));
  if (!consult) return null;
  return {
    kind: "consult.plan",
    lang: langOf(msg),
    caseCode: msg.codes[0] ?? null,
    windowText: windowText(msg),
  };
}

// Kept with the window so the consult module sees "op dinsdag" or "in two weeks", not "dinsdag".
const WINDOW_LEAD = words(
  "op on om at in over binnen within voor before na after vanaf from tussen between rond around",
);

/** From the first word that opens a time window to the end of the message, as typed. */
function windowText(msg: Message): string | null {
  const first = msg.norms.findIndex((w, i) => !msg.inCode[i] && (WINDOW_START.has(w) || /^\d/.test(w)));
  if (first < 0) return null;
  const before = msg.norms[first - 1];
  const start = before !== undefined && WINDOW_LEAD.has(before) && !msg.inCode[first - 1] ? first - 1 : first;
  return rawSpan(msg, start, msg.tokens.length) || null;
}

const AUDIT = words("audit auditlog audittrail logboek inzagelog toegangslog accesslog");
const BY = words("door by");
const FROM = words("van vanaf sinds from since");
const TO = words("tot until till tm to");

/** "audit WYC-014", "audit WYC-014 door Anna de Vries van 1 maart tot 15 maart". */
export function parseAudit(msg: Message): CommandOf<"audit.query"> | null {
  const isAudit =
    msg.norms.some((w) => isKeyword(w, AUDIT)) || (msg.norms.includes("log") && msg.norms.length <= 6);
  if (!isAudit) return null;
  const parts = auditParts(msg);
  // "audit p-anouk-peeters": a directory id names the person without "door"/"by".
  const professionalText = parts.professionalText ?? professionalIdIn(msg);
  return {
    kind: "audit.query",
    lang: langOf(msg),
    caseCode: msg.codes[0] ?? null,
    ...parts,
    professionalText,
  };
}

type AuditParts = Pick<CommandOf<"audit.query">, "professionalText" | "from" | "to">;

/**
 * Splits the message at "door/by", "van/vanaf/from" and "tot/to". "van" is also part of Dutch
 * surnames ("Anna van Dijk"), so it only opens a date when a date-like word follows.
 */
function auditParts(msg: Message): AuditParts {
  const slots: Record<keyof AuditParts, [number, number] | null> = {
    professionalText: null,
    from: null,
    to: null,
  };
  let open: keyof AuditParts | null = null;
  const close = (i: number) => {
    const slot = open ? slots[open] : null;
    if (slot) slot[1] = i;
  };
  msg.norms.forEach((w, i) => {
    const next = msg.norms[i + 1] ?? "";
    const dateNext = /^\d/.test(next) || WINDOW_START.has(next) || next === "vorige" || next === "last";
    const field: keyof AuditParts | null = BY.has(w)
      ? "professionalText"
      : FROM.has(w) && dateNext
        ? "from"
        : TO.has(w) && dateNext
          ? "to"
          : null;
    if (field === null || slots[field]) return;
    close(i);
    open = field;
    slots[field] = [i + 1, msg.tokens.length];
  });
  const text = (slot: [number, number] | null) => (slot ? rawSpan(msg, slot[0], slot[1]) || null : null);
  return { professionalText: text(slots.professionalText), from: text(slots.from), to: text(slots.to) };
}
