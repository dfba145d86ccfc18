import type { LexiconSource } from "../core/shared/lexicon-source.port.js";
import { compactKey, normalizeText } from "./normalize.js";
import type { Lang, Term, TermKind } from "./term.js";
import { TopicForms } from "./topic-forms.js";
import { TrigramIndex } from "./trigram-index.js";

export type { Lang, Term, TermKind } from "./term.js";
/**
 * The vocabulary the parser understands, built only from directory data so that importing
 * another region's social map needs no code change.
 */
export type { LexiconSource };

export interface NearTerms {
  terms: Term[];
  distance: number;
  /** The key differs from the term only by two neighbouring letters swapped. */
  swap: boolean;
}

// A topic word this long inside a Dutch compound ("schuldenproblematiek", "bewindvoerder",
// "gokverslaving") is specific enough to count as the topic itself.
const MIN_COMPOUND_PART = 6;
const MIN_COMPOUND_REST = 3;
// Similarity (1 - edits / length) from which a name is worth offering as "did you mean".
const SUGGEST_SCORE = 0.5;

class Vocabulary {
  readonly index = new TrigramIndex();
  readonly slotKeys: string[] = [];
  private readonly known = new Set<string>();

  add(key: string): void {
    if (this.known.has(key)) return;
    this.known.add(key);
    this.slotKeys[this.index.add(key)] = key;
  }
}

export class Lexicon {
  private readonly entries = new Map<string, Term[]>();
  private readonly vocab: Record<TermKind, Vocabulary> = {
    wijk: new Vocabulary(),
    topic: new Vocabulary(),
    municipality: new Vocabulary(),
  };
  private readonly wijkNames = new Map<string, string>();
  private readonly wijkMunicipality = new Map<string, string>();
  private readonly topicNames = new Map<string, { nl: string; en: string }>();
  /** Longest term in words: the widest span the parser needs to try. */
  maxTermTokens = 1;
  /** Topics by word form, compound part and life domain. */
  readonly forms: TopicForms;

  constructor(source: LexiconSource) {
    for (const w of source.wijken) {
      this.wijkNames.set(w.id, w.name);
      const municipality = compactKey(w.municipalityName);
      this.wijkMunicipality.set(w.id, municipality);
      for (const phrase of [w.name, ...w.aliases])
        this.addTerm(phrase, { kind: "wijk", id: w.id, lang: null });
      this.addTerm(w.municipalityName, { kind: "municipality", id: municipality, lang: null });
    }
    for (const t of source.topics) {
      this.topicNames.set(t.id, { nl: t.nameNl, en: t.nameEn });
      for (const phrase of [t.nameNl, ...t.synonymsNl])
        this.addTerm(phrase, { kind: "topic", id: t.id, lang: "nl" });
      for (const phrase of [t.nameEn, ...t.synonymsEn])
        this.addTerm(phrase, { kind: "topic", id: t.id, lang: "en" });
    }
    this.forms = new TopicForms(source.topics);
  }

  /** Terms spelled exactly like this compact key. */
  exact(key: string): Term[] {
    return this.entries.get(key) ?? [];
  }

  /** Wijk and topic terms within maxDistance edits of the key, nearest first. */
  near(key: string, maxDistance: number): NearTerms[] {
    const out: NearTerms[] = [];
    for (const kind of ["wijk", "topic", "municipality"] as const) {
      const v = this.vocab[kind];
      for (const hit of v.index.within(key, maxDistance)) {
        const terms = this.exact(hit.key).filter((t) => t.kind === kind);
        out.push({ terms, distance: hit.distance, swap: hit.distance === 2 && isSwap(key, hit.key) });
      }
    }
    return out.sort((a, b) => a.distance - b.distance);
  }

  /** Topic terms that start or end a compound word, longest part first. */
  compoundPart(key: string): Term[] {
    for (let len = key.length - MIN_COMPOUND_REST; len >= MIN_COMPOUND_PART; len--) {
      for (const part of [key.slice(0, len), key.slice(key.length - len)]) {
        const topics = this.exact(part).filter((t) => t.kind === "topic");
        if (topics.length > 0) return topics;
      }
    }
    return [];
  }

  /** Wijk ids whose name or alias looks like the text: for "bedoelde u Wyckerpoort?". */
  suggestWijken(text: string, n = 3, minScore = SUGGEST_SCORE): string[] {
    return this.suggest("wijk", text, n, minScore);
  }

  /** Topic ids whose name or synonym looks like the text. */
  suggestTopics(text: string, n = 3, minScore = SUGGEST_SCORE): string[] {
    return this.suggest("topic", text, n, minScore);
  }

  wijkIds(): string[] {
    return [...this.wijkNames.keys()];
  }

  topicIds(): string[] {
    return [...this.topicNames.keys()];
  }

  wijkName(id: string): string | undefined {
    return this.wijkNames.get(id);
  }

  topicName(id: string, lang: Lang): string | undefined {
    return this.topicNames.get(id)?.[lang];
  }

  /** Compact municipality key of a wijk, to tell apart two wijken called "Centrum". */
  municipalityOf(wijkId: string): string | undefined {
    return this.wijkMunicipality.get(wijkId);
  }

  wijkIdsIn(municipalityKey: string): string[] {
    return this.wijkIds().filter((id) => this.wijkMunicipality.get(id) === municipalityKey);
  }

  /** Work counters, so tests can assert the index prunes without timing anything. */
  stats(): { terms: number; distanceCalls: number } {
    const kinds = Object.values(this.vocab);
    return {
      terms: kinds.reduce((sum, v) => sum + v.index.size, 0),
      distanceCalls: kinds.reduce((sum, v) => sum + v.index.distanceCalls, 0),
    };
  }

  private suggest(kind: TermKind, text: string, n: number, minScore: number): string[] {
    const key = compactKey(text.slice(0, 100));
    if (key.length < 3) return [];
    const v = this.vocab[kind];
    const ids: string[] = [];
    for (const hit of v.index.similar(key, minScore)) {
      for (const term of this.exact(v.slotKeys[hit.slot]!)) {
        if (term.kind === kind && !ids.includes(term.id)) ids.push(term.id);
      }
      if (ids.length >= n) break;
    }
    return ids.slice(0, n);
  }

  private addTerm(phrase: string, term: Term): void {
    const key = compactKey(phrase);
    if (key.length === 0) return;
    this.maxTermTokens = Math.max(this.maxTermTokens, normalizeText(phrase).split(" ").length);
    const terms = this.entries.get(key) ?? [];
    const same = terms.find((t) => t.kind === term.kind && t.id === term.id);
    // A word both languages share says nothing about the language of the message.
    if (same) same.lang = same.lang === term.lang ? same.lang : null;
    else terms.push({ ...term });
    this.entries.set(key, terms);
    this.vocab[term.kind].add(key);
  }
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  const [i, j] = diff;
  return diff.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!];
}

export function buildLexicon(source: LexiconSource): Lexicon {
  return new Lexicon(source);
}
