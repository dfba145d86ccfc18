import { languageScore } from "./command.grammar.js";
import { stripBotAddress, type Token, tokenize } from "./normalize.js";
import type { Lang } from "./term.js";

/** One chat message, cleaned and tokenised once, read by every command rule. */
export interface Message {
  /** The text without the address to the bot; raw spans are cut from here so users see their own words. */
  text: string;
  tokens: Token[];
  norms: string[];
  /** Case codes in order of appearance, normalised ("wyc-14" -> "WYC-014"). */
  codes: string[];
  /** Per token: part of a case code, so never a wijk or topic word. */
  inCode: boolean[];
  langScore: number;
}

// "WYC-014", "wyc14", and "casus wyc 14": a bare space is only trusted after a case keyword,
// otherwise "mon 8:30" would read as case MON-008.
const CASE_CODE =
  /(?<![\p{L}\p{N}])(?:(casus|case|dossier)\s+)?([a-z]{3})(-|\s)?(\d{1,6})(?![\p{L}\p{N}])/giu;

export function readMessage(input: string): Message {
  const text = stripBotAddress(input);
  const tokens = tokenize(text);
  const norms = tokens.map((t) => t.norm);
  const inCode = tokens.map(() => false);
  const codes: string[] = [];
  for (const m of text.matchAll(CASE_CODE)) {
    const [, keyword, letters, separator, digits] = m;
    if (separator?.trim() === "" && !keyword) continue;
    codes.push(formatCaseCode(letters!, digits!));
    const start = m.index + m[0].length - (letters!.length + (separator?.length ?? 0) + digits!.length);
    const end = m.index + m[0].length;
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) inCode[i] = true;
    });
  }
  return { text, tokens, norms, codes, inCode, langScore: languageScore(norms) };
}

/** Three capitals, a dash, the number with at least three digits: "wyc", "14" -> "WYC-014". */
export function formatCaseCode(letters: string, digits: string): string {
  return `${letters.toUpperCase()}-${String(Number.parseInt(digits, 10)).padStart(3, "0")}`;
}

/** The message's own words for tokens [from, to), as typed. */
export function rawSpan(msg: Message, from: number, to: number): string {
  const first = msg.tokens[from];
  const last = msg.tokens[to - 1];
  if (!first || !last || to <= from) return "";
  return msg.text.slice(first.start, last.end);
}

/** English only when its cue words outweigh the Dutch ones; ties stay Dutch, the house default. */
export function langOf(msg: Message, extraScore = 0): Lang {
  return msg.langScore + extraScore > 0 ? "en" : "nl";
}

export function firstIndexOf(msg: Message, keywords: ReadonlySet<string>, from = 0): number {
  for (let i = from; i < msg.norms.length; i++) if (keywords.has(msg.norms[i]!)) return i;
  return -1;
}
