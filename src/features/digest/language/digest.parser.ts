import { FILLER, hasKeyword, isKeyword, WEEKDAYS } from "../../../language/command.grammar.js";
import type { CommandOf } from "../../../language/command.schema.js";
import type { Lexicon } from "../../../language/lexicon.js";
import { langOf, type Message, rawSpan } from "../../../language/message.js";
import { matchTerms } from "../../../language/term-matcher.js";

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const DIGEST = words("overzicht weekoverzicht samenvatting digest summary weekly wekelijks weekrapport");
const QUIET = words(`
  uit stop stoppen pauze pauzeer pauzeren stil geen off pause mute quiet unsubscribe afmelden uitzetten
`);
// Words of a schedule request that are neither a wijk nor a day nor a time.
const SCHEDULE_GLUE = words(`
  stuur send schedule plan verplaats move wijzig change voortaan elke every iedere zet mijn my
  uur u h am pm voortaan graag please
`);

type Digest = CommandOf<"digest.show"> | CommandOf<"digest.schedule">;

/** "overzicht Wyckerpoort" shows it; "stuur mijn overzicht op vrijdag 16:00" schedules it. */
export function parseDigest(msg: Message, lexicon: Lexicon): Digest | null {
  if (!hasKeyword(msg.norms, DIGEST) || msg.codes.length > 0) return null;
  const lang = langOf(msg);
  const day = msg.norms.map((w) => WEEKDAYS[w]).find((d) => d !== undefined) ?? null;
  const time = parseTime(msg.text);
  const quiet = hasKeyword(msg.norms, QUIET);
  const wijken = matchTerms(msg, lexicon).filter((m) => m.kind === "wijk");
  if (day || time || quiet) {
    const wijkIds = [...new Set(wijken.flatMap((m) => m.ids))];
    return { kind: "digest.schedule", lang, day, time, wijkIds, ...(quiet ? { quiet: true } : {}) };
  }
  const wijk = wijken[0];
  if (wijk && wijk.ids.length === 1) {
    return {
      kind: "digest.show",
      lang,
      wijk: { id: wijk.ids[0]!, matched: rawSpan(msg, wijk.start, wijk.end) },
      wijkText: null,
    };
  }
  return {
    kind: "digest.show",
    lang,
    wijk: null,
    wijkText: wijk ? rawSpan(msg, wijk.start, wijk.end) : otherWords(msg),
  };
}

/** Whatever is left after the command words: the wijk the user meant but we do not know. */
function otherWords(msg: Message): string | null {
  const free = msg.norms.map((w) => !FILLER.has(w) && !isKeyword(w, DIGEST) && !SCHEDULE_GLUE.has(w));
  const first = free.indexOf(true);
  if (first < 0) return null;
  return rawSpan(msg, first, Math.min(free.lastIndexOf(true) + 1, first + 4)) || null;
}

// "16:00", "8.30", "16h00", "9am", "8 uur", "om 9": hours alone only with a suffix or "om/at".
const TIME =
  /(?<![\p{L}\p{N}])(om\s+|at\s+)?([01]?\d|2[0-3])(?:[:.h]([0-5]\d))?\s*(am|pm|uur|u|h)?(?![\p{L}\p{N}])/giu;

/** The first clock time in the text as "HH:MM", or null. */
export function parseTime(text: string): string | null {
  for (const m of text.matchAll(TIME)) {
    const [, lead, hourText, minuteText, suffix] = m;
    if (!lead && !minuteText && !suffix) continue;
    let hour = Number(hourText);
    const ampm = suffix?.toLowerCase();
    if (ampm === "pm" && hour < 12) hour += 12;
    if (ampm === "am" && hour === 12) hour = 0;
    if (hour > 23) continue;
    return `${String(hour).padStart(2, "0")}:${minuteText ?? "00"}`;
  }
  return null;
}
