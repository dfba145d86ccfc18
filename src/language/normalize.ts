/**
 * Text normalisation shared by the lexicon (when indexing terms) and the parser (when reading a
 * message). Both sides must use the same functions, or "Wmo-ondersteuning" in the directory and
 * "wmo ondersteuning" in a message would never meet.
 */

/** A word of the message: its normalised form plus where it sits in the cleaned text. */
export interface Token {
  norm: string;
  raw: string;
  start: number;
  end: number;
}

// Apostrophes join ("alzheimer's" -> "alzheimers"); every other non-letter/digit separates, so
// "burn-out", "end-of-life" and "16:00" split into words.
const WORD = /[\p{L}\p{N}'’]+/gu;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’]/g;

/** Lowercase, accents stripped, apostrophes dropped: the form every comparison uses. */
export function normalizeWord(word: string): string {
  return word.normalize("NFD").replace(MARKS, "").toLowerCase().replace(APOSTROPHES, "");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = normalizeWord(m[0]);
    if (norm.length === 0) continue;
    tokens.push({ norm, raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Lowercase, accents and punctuation removed, whitespace collapsed: "Wmo-ondersteuning" -> "wmo ondersteuning". */
export function normalizeText(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(" ");
}

/**
 * The key terms are indexed under: the normalised words without spaces. It makes "Witte
 * Vrouwenveld" and "Wittevrouwenveld", or "burn-out" and "burnout", the same term.
 */
export function compactKey(text: string): string {
  return normalizeText(text).replaceAll(" ", "");
}

// Slack writes mentions as <@U123> or <@U123|name>, channels as <#C1|name>, links as
// <https://x|label>; Teams wraps mentions in <at>…</at> and sends HTML entities.
const SLACK_ANGLE = /<[@#!][^>]*>/g;
const SLACK_LINK = /<(?:https?|mailto):[^>|]*(?:\|([^>]*))?>/g;
const TEAMS_MENTION = /<at>[^<]*<\/at>/gi;
const HTML_TAG = /<\/?[a-z][^>]*>/gi;
const ENTITIES: Record<string, string> = {
  "&nbsp;": " ",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
};
const ENTITY = /&(?:nbsp|amp|lt|gt|quot);/g;
// A leading "@Wijkbot", "Wijkbot:" or the slash command itself, as typed in a channel.
const LEADING_ADDRESS = /^\s*(?:\/wijk(?:bot)?\b|@?wijkbot\b[:,]?)\s*/i;

/** Removes what Slack and Teams put around the words a person typed. */
export function stripChatMarkup(text: string): string {
  let out = text
    .replace(TEAMS_MENTION, " ")
    .replace(SLACK_LINK, (_m, label: string | undefined) => ` ${label ?? ""} `)
    .replace(SLACK_ANGLE, " ")
    .replace(ENTITY, (e) => ENTITIES[e] ?? " ")
    .replace(HTML_TAG, " ");
  // Twice: "/wijk @Wijkbot wie doet…" carries both.
  out = out.replace(LEADING_ADDRESS, "").replace(LEADING_ADDRESS, "");
  return out.trim();
}
