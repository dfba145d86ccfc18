/**
 * Questions built from the generated vocabulary: lookups as professionals type them (Dutch and
 * English, names and synonyms, typos, wijken qualified by their municipality where the name
 * repeats in the country), asked by someone who works in that wijk; and a mixed corpus of every
 * kind of command for the parsing benchmark.
 */
import type { Directory } from "./generate.js";
import type { Wijk } from "./generate-places.js";
import { Prng } from "./prng.js";

export interface Question {
  text: string;
  askerId: string;
  slackUserId: string | null;
  teamsUserId: string | null;
}

const NL_LOOKUPS = [
  "wie doet {t} in {w}?",
  "{t} {w}",
  "wie kan helpen met {t} in {w}",
  "hulp bij {t} in {w}?",
  "{t} in {w}",
];
const EN_LOOKUPS = [
  "who handles {t} in {w}?",
  "who can help with {t} in {w}",
  "{t} in {w}",
  "anyone for {t} in {w}?",
];
const TYPO_SHARE = 0.1;

function wijkPhrase(dir: Directory, wijk: Wijk, repeated: Set<string>): string {
  return repeated.has(wijk.name) ? `${wijk.name} ${dir.municipalities[wijk.municipality]!.name}` : wijk.name;
}

/** Swaps two neighbouring letters inside the name: "Wyckerpoort" → "Wyckerpoot". */
function typo(rng: Prng, name: string): string {
  if (name.length < 6) return name;
  const i = rng.int(2, name.length - 3);
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

export function repeatedNames(dir: Directory): Set<string> {
  const seen = new Map<string, number>();
  for (const w of dir.wijken) seen.set(w.name, (seen.get(w.name) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([name]) => name));
}

/** `count` lookups; most ask for a topic some service in that wijk covers. */
export function lookupQuestions(dir: Directory, count: number, seed = 7): Question[] {
  const rng = new Prng(seed);
  const repeated = repeatedNames(dir);
  const covered: string[][] = dir.wijken.map(() => []);
  for (const s of dir.services) for (const w of s.wijken) covered[w]!.push(...s.topics);
  const workers: number[][] = dir.wijken.map(() => []);
  for (const p of dir.professionals) for (const w of p.wijken) if (!p.coordinator) workers[w]!.push(p.idx);
  const questions: Question[] = [];
  while (questions.length < count) {
    const wijk = rng.pick(dir.wijken);
    const askers = workers[wijk.idx]!.filter((p) => dir.professionals[p]!.slackUserId);
    if (askers.length === 0) continue;
    const topicId =
      covered[wijk.idx]!.length > 0 && rng.chance(0.85)
        ? rng.pick(covered[wijk.idx]!)
        : rng.pick(dir.topics).id;
    const topic = dir.topics.find((t) => t.id === topicId)!;
    const english = rng.chance(0.3);
    const words = english ? [topic.en, ...topic.synonymsEn] : [topic.nl, ...topic.synonymsNl];
    const place = wijkPhrase(dir, wijk, repeated);
    const text = rng
      .pick(english ? EN_LOOKUPS : NL_LOOKUPS)
      .replace("{t}", rng.pick(words).toLowerCase())
      .replace("{w}", rng.chance(TYPO_SHARE) ? typo(rng, place) : place);
    const asker = dir.professionals[rng.pick(askers)]!;
    questions.push({
      text,
      askerId: asker.id,
      slackUserId: asker.slackUserId,
      teamsUserId: asker.teamsUserId,
    });
  }
  return questions;
}

const OTHER_COMMANDS = [
  "help",
  "hulp",
  "wat kun je?",
  "what can you do",
  "mijn casussen",
  "my cases",
  "mijn overdrachten",
  "my handovers",
  "taal engels",
  "language dutch",
  "overzicht {w}",
  "digest {w}",
  "weekoverzicht {w}",
  "casus {c}",
  "case {c}",
  "wie zit er op {c}?",
  "overdracht {c} naar schuldhulp",
  "handover {c} to debt help",
  "consult {c} volgende week",
  "plan een consult voor {c} dinsdagmiddag",
  "schedule a consult for {c} next week",
  "dank je",
  "thanks",
  "goedemorgen",
  "???",
  "asdfgh",
];

/** At least `min` phrasings of every kind, for the parsing throughput benchmark. */
export function mixedCorpus(dir: Directory, min = 240): string[] {
  const rng = new Prng(11);
  const lookups = lookupQuestions(dir, Math.ceil(min * 0.7), 13).map((q) => q.text);
  const others: string[] = [];
  while (others.length + lookups.length < min) {
    const wijk = rng.pick(dir.wijken);
    const code = `${wijk.prefix}-${String(rng.int(1, 300)).padStart(3, "0")}`;
    others.push(rng.pick(OTHER_COMMANDS).replace("{w}", wijk.name).replace("{c}", code));
  }
  return [...lookups, ...others];
}
