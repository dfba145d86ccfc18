import { COMMAND_WORDS, FILLER, GENERIC_CARE_WORDS } from "./command.grammar.js";
import type { Lexicon } from "./lexicon.js";
import type { Message } from "./message.js";
import { messageForms } from "./morphology/word-forms.js";
import type { TermMatch } from "./term-matcher.js";
import { type TokenKeys, tokenKeys } from "./thesaurus/thesaurus.js";

/** Which topics a question is about, and how sure we are. */
export interface TopicReading {
  /** Topics to answer, in the order the question raised them; [start, end) are their words. */
  topics: { id: string; start: number; end: number }[];
  /** Nothing was sure enough: up to three topics to offer as buttons, likeliest first. */
  choices: string[];
  /** Content words nothing recognised: what the coordinator's gaps report should show. */
  unknownWords: string[];
  /** Tokens that named a topic, wijk or place or made a situation cue. */
  understood: ReadonlySet<number>;
}

interface Evidence {
  tokens: number[];
  weight: number;
  /** Topic -> share of this evidence, the best at 1. */
  scores: Map<string, number>;
}

const MAX_CHOICES = 3;
const MAX_UNKNOWN_WORDS = 6;
// The winner of a group of evidence must beat the runner-up by this factor, or we ask.
const CLEAR_MARGIN = 1.5;
// A second need must carry at least this share of the first need's weight ("en ook schulden").
const SECOND_NEED_SHARE = 0.5;
// Beside a topic named outright, a situation counts only when a cue of two words or more says so.
const SITUATION_BESIDE_NAMED = 2;
// Less than one whole word of evidence (a piece of a compound) is worth a question, not an answer.
const MIN_ANSWER_WEIGHT = 1;

/**
 * Weighs what the term matcher found (names, word forms, typos, parts of names) and what the
 * care thesaurus finds (situations -> life domains -> this region's topics). Topics named outright
 * are answered; a situation or a part of a name is answered only when one topic clearly wins its
 * words, else the question gets up to three choices instead of a confident wrong answer.
 */
export function readTopics(msg: Message, lexicon: Lexicon, matches: readonly TermMatch[]): TopicReading {
  const named = matches.filter((m) => m.kind === "topic" && m.via !== "part" && m.via !== "piece");
  const claimed = new Set(named.flatMap((m) => range(m.start, m.end)));
  const places = new Set(matches.filter((m) => m.kind !== "topic").flatMap((m) => range(m.start, m.end)));
  const evidence = [...partEvidence(matches), ...situationEvidence(msg, lexicon, places)].filter(
    (e) => !e.tokens.every((t) => claimed.has(t)),
  );

  const topics = named.flatMap((m) => m.ids.map((id) => ({ id, start: m.start, end: m.end })));
  const groups = groupEvidence(evidence).map(weigh);
  const resolved = groups
    .filter((g) => g.winner !== null)
    .sort((a, b) => b.weight - a.weight || a.start - b.start);
  const strongest = resolved[0]?.weight ?? 0;
  for (const g of resolved) {
    if (g.weight < MIN_ANSWER_WEIGHT || g.weight < strongest * SECOND_NEED_SHARE) continue;
    if (named.length > 0 && g.weight < SITUATION_BESIDE_NAMED) continue;
    if (!topics.some((t) => t.id === g.winner)) topics.push({ id: g.winner!, start: g.start, end: g.end });
  }
  const choices = topics.length > 0 ? [] : rankChoices(groups.filter((g) => g.weight > 0));
  const understood = new Set([...claimed, ...places, ...evidence.flatMap((e) => e.tokens)]);
  return {
    // In the order the question raised them: the first need is usually the one it is about.
    topics: topics.sort((a, b) => a.start - b.start),
    choices,
    unknownWords: unknownWords(msg, understood),
    understood,
  };
}

// One word of a topic's name is worth one cue word; a piece of one of its compounds half that.
const PART_WEIGHT = { part: 1, piece: 0.5 } as const;

function partEvidence(matches: readonly TermMatch[]): Evidence[] {
  return matches
    .filter((m) => m.kind === "topic" && (m.via === "part" || m.via === "piece"))
    .map((m) => ({
      tokens: range(m.start, m.end),
      weight: PART_WEIGHT[m.via as "part" | "piece"],
      scores: new Map(m.ids.map((id) => [id, 1])),
    }));
}

function situationEvidence(msg: Message, lexicon: Lexicon, places: Set<number>): Evidence[] {
  const keys: (TokenKeys | null)[] = msg.norms.map((w, i) =>
    places.has(i) || msg.inCode[i] ? null : tokenKeys(w),
  );
  const out: Evidence[] = [];
  for (const hit of lexicon.forms.thesaurus.match(keys)) {
    const scores = lexicon.forms.topicsFor(hit.domains);
    if (scores.size > 0) out.push({ tokens: hit.tokens, weight: hit.weight, scores });
  }
  return out;
}

/** Evidence sharing a word is about one need; apart, about two ("spijbelt en blowt"). */
function groupEvidence(evidence: Evidence[]): Evidence[][] {
  const groups: Evidence[][] = [];
  for (const e of evidence) {
    const touching = groups.filter((g) => g.some((o) => o.tokens.some((t) => e.tokens.includes(t))));
    const merged = [e, ...touching.flat()];
    for (const g of touching) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups;
}

interface Weighed {
  winner: string | null;
  weight: number;
  start: number;
  end: number;
  scores: Map<string, number>;
}

function weigh(group: Evidence[]): Weighed {
  const scores = new Map<string, number>();
  for (const e of group) for (const [id, s] of e.scores) scores.set(id, (scores.get(id) ?? 0) + s * e.weight);
  const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
  const clear = first !== undefined && (second === undefined || first[1] >= second[1] * CLEAR_MARGIN);
  const tokens = group.flatMap((e) => e.tokens);
  return {
    winner: clear ? first[0] : null,
    // The strongest cue speaks for the group: "baan" and "baan kwijt" are one need, not three words.
    weight: Math.max(...group.map((e) => e.weight)),
    start: Math.min(...tokens),
    end: Math.max(...tokens) + 1,
    scores,
  };
}

function rankChoices(groups: Weighed[]): string[] {
  const total = new Map<string, number>();
  for (const g of groups) for (const [id, s] of g.scores) total.set(id, (total.get(id) ?? 0) + s);
  return [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CHOICES)
    .map(([id]) => id);
}

function unknownWords(msg: Message, understood: Set<number>): string[] {
  const out: string[] = [];
  msg.norms.forEach((w, i) => {
    if (understood.has(i) || msg.inCode[i] || w.length < 3 || /\d/.test(w)) return;
    if (FILLER.has(w) || COMMAND_WORDS.has(w) || GENERIC_CARE_WORDS.has(w)) return;
    if (messageForms(msg)[i]!.stop || out.includes(w)) return;
    out.push(w);
  });
  return out.slice(0, MAX_UNKNOWN_WORDS);
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
