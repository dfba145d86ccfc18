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

// A leading "@Wijkbot", "Wijkbot:" or the slash command itself, as a person types it anywhere.
const LEADING_ADDRESS = /^\s*(?:\/wijk(?:bot)?\b|@?wijkbot\b[:,]?)\s*/i;

/**
 * Removes the address to the bot in front of the question. A platform's own markup (mentions,
 * links, HTML) is not known here: each channel takes it off before the text reaches the bot.
 */
export function stripBotAddress(text: string): string {
  // Twice: "/wijk @Wijkbot wie doet…" carries both.
  return text.replace(LEADING_ADDRESS, "").replace(LEADING_ADDRESS, "").trim();
}
