import snowball from "snowball-stemmers";
import type { Lang } from "../term.js";

/**
 * Snowball stemmers (the Dutch algorithm and Porter2 for English) through snowball-stemmers, the
 * JavaScript port of the reference implementation. A stem costs about 10 µs, so stems are cached:
 * a chat vocabulary repeats itself, and the cache is dropped whole when it grows past its bound.
 */
const MAX_CACHED = 50_000;
const stemmers = { nl: snowball.newStemmer("dutch"), en: snowball.newStemmer("english") };
const caches: Record<Lang, Map<string, string>> = { nl: new Map(), en: new Map() };

export function stem(word: string, lang: Lang): string {
  const cache = caches[lang];
  let out = cache.get(word);
  if (out === undefined) {
    out = stemmers[lang].stem(word);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(word, out);
  }
  return out;
}
