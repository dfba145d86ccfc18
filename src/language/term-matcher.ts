import { COMMAND_WORDS, FILLER, LOCATIVE } from "./command.grammar.js";
import type { Lang, Lexicon, Term, TermKind } from "./lexicon.js";
import type { Message } from "./message.js";

/** A run of tokens [start, end) that names wijken, topics or a municipality. */
export interface TermMatch {
  kind: TermKind;
  /** Several ids when the words fit more than one ("Centrum" in many municipalities). */
  ids: string[];
  lang: Lang | null;
  start: number;
  end: number;
  fuzzy: boolean;
}

interface Candidate {
  start: number;
  end: number;
  terms: Term[];
  distance: number;
}

// Below this length a word must match exactly: "in", "wie", "doet" and "Ulft" stay themselves.
const MIN_FUZZY_LENGTH = 5;
const MAX_FUZZY_SPAN = 3;
// No wijk or topic is this long; a longer "word" is a pasted URL or noise, not a typo.
const MAX_WORD_LENGTH = 40;

/**
 * Finds every wijk, topic and municipality in the message. Exact matches (longest first) claim
 * their words before any fuzzy matching, so a typo can never steal a word that matched exactly,
 * and every word belongs to at most one term: a wijk word never also counts as a topic.
 */
export function matchTerms(msg: Message, lexicon: Lexicon): TermMatch[] {
  const taken = msg.tokens.map((_, i) => msg.inCode[i] === true);
  const matches: TermMatch[] = [];
  const claim = (candidates: Candidate[], fuzzy: boolean) => {
    for (const c of candidates) {
      if (taken.slice(c.start, c.end).some(Boolean)) continue;
      for (let i = c.start; i < c.end; i++) taken[i] = true;
      matches.push(toMatch(msg, c, fuzzy));
    }
  };
  claim(exactCandidates(msg, lexicon, taken), false);
  claim(fuzzyCandidates(msg, lexicon, taken), true);
  claim(compoundCandidates(msg, lexicon, taken), true);
  return matches.sort((a, b) => a.start - b.start);
}

function exactCandidates(msg: Message, lexicon: Lexicon, taken: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const maxSpan = lexicon.maxTermTokens;
  for (let start = 0; start < msg.norms.length; start++) {
    let key = "";
    for (let end = start + 1; end <= Math.min(msg.norms.length, start + maxSpan); end++) {
      if (taken[end - 1]) break;
      key += msg.norms[end - 1];
      const terms = lexicon.exact(key);
      if (terms.length > 0) out.push({ start, end, terms, distance: 0 });
    }
  }
  return out.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
}

function fuzzyCandidates(msg: Message, lexicon: Lexicon, taken: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const usable = msg.norms.map((w, i) => !taken[i] && !/^\d+$/.test(w) && w.length <= MAX_WORD_LENGTH);
  // Filler at either edge would let "in limel" stand in for "Limmel" and eat the "in".
  const edge = (i: number) => usable[i] && !FILLER.has(msg.norms[i]!) && !COMMAND_WORDS.has(msg.norms[i]!);
  for (let start = 0; start < msg.norms.length; start++) {
    if (!edge(start)) continue;
    let key = "";
    for (let end = start + 1; end <= Math.min(msg.norms.length, start + MAX_FUZZY_SPAN); end++) {
      if (!usable[end - 1]) break;
      key += msg.norms[end - 1];
      if (key.length < MIN_FUZZY_LENGTH || !edge(end - 1)) continue;
      const best = lexicon.near(key, 2).filter((b) => b.distance <= allowedEdits(key) || b.swap);
      const top = best[0];
      if (!top) continue;
      const terms = best.filter((b) => b.distance === top.distance).flatMap((b) => b.terms);
      out.push({ start, end, terms, distance: top.distance });
    }
  }
  // Closest first; among equals the wider span, so "witte vrouwenvelt" beats "vrouwenvelt".
  return out.sort(
    (a, b) => a.distance - b.distance || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
}

/**
 * Two edits only from ten letters on: at nine, "overzicht" is two edits from "Overvecht". A swap
 * of two neighbouring letters ("eenzaamhied", "dementei") is the commonest typo and counts once.
 */
function allowedEdits(key: string): number {
  return key.length >= 10 ? 2 : 1;
}

function compoundCandidates(msg: Message, lexicon: Lexicon, taken: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  msg.norms.forEach((w, i) => {
    if (taken[i] || w.length < 9 || w.length > MAX_WORD_LENGTH) return;
    const terms = lexicon.compoundPart(w);
    if (terms.length > 0) out.push({ start: i, end: i + 1, terms, distance: 1 });
  });
  return out;
}

function toMatch(msg: Message, c: Candidate, fuzzy: boolean): TermMatch {
  const kind = chooseKind(msg, c);
  const chosen = c.terms.filter((t) => t.kind === kind);
  const ids = [...new Set(chosen.map((t) => t.id))];
  const langs = new Set(chosen.map((t) => t.lang));
  const lang = langs.size === 1 ? ([...langs][0] ?? null) : null;
  return { kind, ids, lang, start: c.start, end: c.end, fuzzy };
}

/** A word that is both a wijk and a topic is the wijk after "in"/"wijk", the topic otherwise. */
function chooseKind(msg: Message, c: Candidate): TermKind {
  const kinds = new Set(c.terms.map((t) => t.kind));
  if (kinds.size === 1) return c.terms[0]!.kind;
  const before = msg.norms[c.start - 1];
  if (kinds.has("wijk") && before !== undefined && LOCATIVE.has(before)) return "wijk";
  if (kinds.has("topic")) return "topic";
  return kinds.has("wijk") ? "wijk" : "municipality";
}
