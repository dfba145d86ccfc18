/**
 * Text-parsing throughput: the mixed Dutch/English corpus parsed over and over against the
 * national vocabulary, in this process (parsing is pure and synchronous, no server involved).
 */
import { buildLexicon, type LexiconSource, parseText } from "../src/language/index.js";
import { mixedCorpus } from "./corpus.js";
import type { Directory } from "./generate.js";

export interface ParseResult {
  phrasings: number;
  lexiconBuildMs: number;
  lexiconTerms: number;
  commandsPerSecond: number;
  meanMicroseconds: number;
  kinds: Record<string, number>;
  examples: { text: string; kind: string }[];
}

export function lexiconSource(dir: Directory): LexiconSource {
  return {
    wijken: dir.wijken.map((w) => ({
      id: w.id,
      name: w.name,
      aliases: w.aliases,
      municipalityName: dir.municipalities[w.municipality]!.name,
    })),
    topics: dir.topics.map((t) => ({
      id: t.id,
      nameNl: t.nl,
      nameEn: t.en,
      synonymsNl: t.synonymsNl,
      synonymsEn: t.synonymsEn,
    })),
  };
}

export function benchParse(dir: Directory, seconds: number): ParseResult {
  const started = performance.now();
  const lexicon = buildLexicon(lexiconSource(dir));
  const lexiconBuildMs = performance.now() - started;
  const corpus = mixedCorpus(dir, 300);
  const kinds: Record<string, number> = {};
  const examples: ParseResult["examples"] = [];
  for (const text of corpus) {
    const kind = parseText(text, lexicon).kind;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (examples.length < 12 && corpus.indexOf(text) % 25 === 0) examples.push({ text, kind });
  }
  // Warm the JIT, then count whole passes over the corpus until the time is up.
  for (let i = 0; i < 3; i++) for (const text of corpus) parseText(text, lexicon);
  let parsed = 0;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  while (performance.now() < until) {
    for (const text of corpus) parseText(text, lexicon);
    parsed += corpus.length;
  }
  const elapsed = performance.now() - t0;
  return {
    phrasings: corpus.length,
    lexiconBuildMs: Math.round(lexiconBuildMs),
    lexiconTerms: lexicon.stats().terms,
    commandsPerSecond: Math.round((parsed / elapsed) * 1000),
    meanMicroseconds: Math.round((elapsed / parsed) * 1000 * 10) / 10,
    kinds,
    examples,
  };
}
