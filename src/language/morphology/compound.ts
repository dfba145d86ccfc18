import type { AffixDictionary } from "./affix-dictionary.js";

/**
 * Splits a Dutch compound into dictionary words: "opvoedhulp" -> opvoed + hulp, "levensvragen" ->
 * leven(s) + vragen, "huurschuldenproblematiek" -> huur + schulden + problematiek.
 *
 * Hand-written because no kept npm package splits Dutch compounds; it is a short search over the
 * real word list (OpenTaal's, through AffixDictionary) with the Dutch linking sounds -s-, -e- and
 * -en-. Fewest parts wins, then the longest head (the last part carries a Dutch compound's
 * meaning). Every part is at least three letters, so "vrouw" never yields "rouw".
 */
const MIN_PART = 3;
// The head carries the meaning and is where junk splits happen ("dochter" -> doch + ter).
const MIN_HEAD = 4;
const MAX_PARTS = 4;
const LINKS = ["", "s", "e", "en"] as const;

export function splitCompound(word: string, words: AffixDictionary): string[] | null {
  if (word.length < 2 * MIN_PART) return null;
  const memo = new Map<number, string[] | null>();
  const best = (from: number, partsLeft: number): string[] | null => {
    const key = from * 8 + partsLeft;
    if (memo.has(key)) return memo.get(key)!;
    let result: string[] | null = null;
    const rest = word.slice(from);
    if (from > 0 && rest.length >= MIN_HEAD && words.has(rest)) result = [rest];
    else if (partsLeft > 1) {
      for (let end = word.length - MIN_HEAD; end >= from + MIN_PART; end--) {
        const part = word.slice(from, end);
        if (!words.has(part)) continue;
        for (const link of LINKS) {
          if (!word.startsWith(link, end)) continue;
          const tail = best(end + link.length, partsLeft - 1);
          if (tail && (!result || tail.length + 1 < result.length)) result = [part, ...tail];
        }
        if (result?.length === 2) break;
      }
    }
    memo.set(key, result);
    return result;
  };
  const parts = best(0, MAX_PARTS);
  return parts && parts.length >= 2 ? parts : null;
}
