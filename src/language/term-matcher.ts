import { COMMAND_WORDS, FILLER, LOCATIVE } from "./command.grammar.js";
import type { Lang, Lexicon, Term, TermKind } from "./lexicon.js";
import type { Message } from "./message.js";
import { messageForms, speaks, wordForms as wordFormsOf } from "./morphology/word-forms.js";

/** A run of tokens [start, end) that names wijken, topics or a municipality. */
export interface TermMatch {
  kind: TermKind;
  /** Several ids when the words fit more than one ("Centrum" in many municipalities). */
  ids: string[];
  lang: Lang | null;
  start: number;
  end: number;
  fuzzy: boolean;
  /**
   * How the words were recognised: spelled like the term, the same word in another form
   * ("eenzame"), a typo, or (weakest) one word of a longer name or part of a compound.
   */
  via: MatchVia;
}

export type MatchVia = "exact" | "form" | "fuzzy" | "part" | "piece";

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
  const claim = (candidates: Candidate[], via: MatchVia) => {
    for (const c of candidates) {
      if (taken.slice(c.start, c.end).some(Boolean)) continue;
      for (let i = c.start; i < c.end; i++) taken[i] = true;
      matches.push(toMatch(msg, c, via));
    }
  };
  claim(exactCandidates(msg, lexicon, taken), "exact");
  claim(formCandidates(msg, lexicon, taken), "form");
  claim(fuzzyCandidates(msg, lexicon, taken), "fuzzy");
  claim(compoundCandidates(msg, lexicon, taken), "fuzzy");
  claim(partCandidates(msg, lexicon, taken, "part"), "part");
  claim(partCandidates(msg, lexicon, taken, "piece"), "piece");
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
      if (terms.length > 0 && !loneStopWord(msg, start, end, terms))
        out.push({ start, end, terms, distance: 0 });
    }
  }
  return out.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
}

/** Topic names and synonyms in another word form: "eenzame" (eenzaam), "evicted" (eviction). */
function formCandidates(msg: Message, lexicon: Lexicon, taken: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const forms = messageForms(msg);
  for (let start = 0; start < msg.norms.length; start++) {
    const first = forms[start]!;
    if (!lexicon.forms.startsPhrase("nl", first.nl) && !lexicon.forms.startsPhrase("en", first.en)) continue;
    const keys = { nl: [] as string[], en: [] as string[] };
    for (let end = start + 1; end <= Math.min(msg.norms.length, start + lexicon.maxTermTokens); end++) {
      const word = msg.norms[end - 1]!;
      if (taken[end - 1] || word.length > MAX_WORD_LENGTH) break;
      const forms = messageForms(msg)[end - 1]!;
      keys.nl.push(speaks(forms, "nl") ? forms.nl : "");
      keys.en.push(speaks(forms, "en") ? forms.en : "");
      if (forms.stop) continue;
      const terms = [...lexicon.forms.wholeMatch("nl", keys.nl), ...lexicon.forms.wholeMatch("en", keys.en)];
      if (terms.length > 0) out.push({ start, end, terms, distance: 0 });
    }
  }
  return out.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
}

/**
 * One word of a longer topic name ("inkomen" of "Werk en inkomen") or a part of a compound
 * ("opvoedhulp"): evidence the caller weighs, since the same word may belong to several topics.
 */
function partCandidates(
  msg: Message,
  lexicon: Lexicon,
  taken: boolean[],
  tier: "part" | "piece",
): Candidate[] {
  const out: Candidate[] = [];
  const find = tier === "part" ? lexicon.forms.partMatch : lexicon.forms.pieceMatch;
  msg.norms.forEach((w, i) => {
    if (taken[i] || w.length < 4 || w.length > MAX_WORD_LENGTH || FILLER.has(w) || COMMAND_WORDS.has(w))
      return;
    const forms = messageForms(msg)[i]!;
    if (forms.stop) return;
    const terms: Term[] = [];
    if (speaks(forms, "nl")) terms.push(...find.call(lexicon.forms, "nl", forms.nl));
    if (speaks(forms, "en")) terms.push(...find.call(lexicon.forms, "en", forms.en));
    // The parts of a compound nobody listed: "opvoedhulp" holds "opvoed", a form of "opvoeding".
    for (const part of forms.parts ?? []) {
      const p = wordFormsOf(part);
      terms.push(...find.call(lexicon.forms, "nl", p.nl));
      if (tier === "part") terms.push(...lexicon.forms.wholeMatch("nl", [p.nl]));
    }
    if (terms.length > 0) out.push({ start: i, end: i + 1, terms, distance: 1 });
  });
  return out;
}

/** A stop word on its own ("home", "post") is no topic, even when a map lists it as a synonym. */
function loneStopWord(msg: Message, start: number, end: number, terms: Term[]): boolean {
  return end - start === 1 && terms.every((t) => t.kind === "topic") && messageForms(msg)[start]!.stop;
}

function fuzzyCandidates(msg: Message, lexicon: Lexicon, taken: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const usable = msg.norms.map((w, i) => !taken[i] && !/^\d+$/.test(w) && w.length <= MAX_WORD_LENGTH);
  // An ordinary Dutch or English word is never a typo of a name: "vrouw" must not become "rouw".
  const ordinary = messageForms(msg).map((f) => f.ordinary);
  // Filler at either edge would let "in limel" stand in for "Limmel" and eat the "in".
  const edge = (i: number) => usable[i] && !FILLER.has(msg.norms[i]!) && !COMMAND_WORDS.has(msg.norms[i]!);
  for (let start = 0; start < msg.norms.length; start++) {
    if (!edge(start)) continue;
    let key = "";
    for (let end = start + 1; end <= Math.min(msg.norms.length, start + MAX_FUZZY_SPAN); end++) {
      if (!usable[end - 1]) break;
      key += msg.norms[end - 1];
      if (key.length < MIN_FUZZY_LENGTH || !edge(end - 1)) continue;
      if (ordinary.slice(start, end).every(Boolean)) continue;
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

function toMatch(msg: Message, c: Candidate, via: MatchVia): TermMatch {
  const kind = chooseKind(msg, c);
  const chosen = c.terms.filter((t) => t.kind === kind);
  const ids = [...new Set(chosen.map((t) => t.id))];
  const langs = new Set(chosen.map((t) => t.lang));
  const lang = langs.size === 1 ? ([...langs][0] ?? null) : null;
  return { kind, ids, lang, start: c.start, end: c.end, fuzzy: via !== "exact", via };
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
