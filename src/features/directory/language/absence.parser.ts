/**
 * A professional's own absence, in Dutch or English:
 *   "ik ben afwezig tot 4 december, vervanger Mark Janssen"
 *   "afwezig van 1 december t/m 5 december" · "ik ben terug" · "afwezigheid wissen"
 *   "I'm away until 4 December, deputy Mark Janssen" · "I'm back"
 * Dates and the deputy's name stay as typed: the directory service reads the dates (with the
 * clock) and finds the person. "tot" and "until" name the last day away, as people mean it.
 */
import type { CommandOf } from "../../../language/command.schema.js";
import { langOf, type Message } from "../../../language/message.js";

const CLEAR =
  /^(?:ik\s+ben\s+)?(?:weer\s+)?terug\b|^afwezigheid\s+(?:wissen|stoppen|opheffen|intrekken|verwijderen|weg)\b|^(?:ik\s+ben\s+)?niet\s+meer\s+afwezig\b|^(?:i'?m|i\s+am)\s+back\b|^(?:clear|cancel|end)\s+my\s+absence\b|^(?:i'?m|i\s+am)\s+no\s+longer\s+(?:away|absent)\b/i;
const SET =
  /^(?:ik\s+ben\s+|ik\s+|ben\s+)?(?:afwezig|met\s+verlof|op\s+vakantie|ziek|niet\s+bereikbaar)\b|^(?:afwezigheid|absence)\b|^(?:i'?m|i\s+am|i'?ll\s+be|i\s+will\s+be)\s+(?:away|absent|off|on\s+leave|on\s+holiday|on\s+vacation|out\s+of\s+(?:the\s+)?office)\b|^(?:away|absent|out\s+of\s+office)\b/i;
const DEPUTY =
  /(?:^|[,;]|\s)\s*(?:en\s+|and\s+)?(?:mijn\s+|my\s+)?(?:vervanger(?:\s+is)?|vervanging(?:\s+door)?|vervangen\s+door|waarnemer(?:\s+is)?|deputy(?:\s+is)?|covered\s+by|stand-?in(?:\s+is)?)\s*:?\s+(.+)$/i;
const END = "(?:tot\\s+en\\s+met|t\\/m|tot|until|till|through|to)";
const RANGE = new RegExp(`\\b(?:van(?:af)?|from)\\s+(.+?)\\s+${END}\\s+(.+)$`, "i");
const UNTIL = new RegExp(`\\b${END}\\s+(.+)$`, "i");

const clean = (text: string | undefined) => text?.replace(/[\s,.;:!?]+$/u, "").trim() || null;

export function parseAbsence(msg: Message): CommandOf<"absence.report"> | null {
  const text = msg.text.trim();
  const lang = langOf(
    msg,
    /^(?:i'?m|i\s+am|i'?ll|i\s+will|away|absent|clear|cancel|end)\b/i.test(text) ? 3 : 0,
  );
  if (CLEAR.test(text))
    return { kind: "absence.report", lang, clear: true, fromText: null, toText: null, deputyText: null };
  if (!SET.test(text)) return null;
  const deputy = DEPUTY.exec(text);
  const rest = deputy ? text.slice(0, deputy.index) : text;
  const range = RANGE.exec(rest);
  const until = range ? null : UNTIL.exec(rest);
  return {
    kind: "absence.report",
    lang,
    clear: false,
    fromText: clean(range?.[1]),
    toText: clean(range?.[2] ?? until?.[1]),
    deputyText: clean(deputy?.[1]),
  };
}
