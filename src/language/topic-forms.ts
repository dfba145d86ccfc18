import type { TopicPhrases } from "../core/shared/lexicon-source.port.js";
import { GENERIC_CARE_WORDS } from "./command.grammar.js";
import { wordForms } from "./morphology/word-forms.js";
import { tokenize } from "./normalize.js";
import type { Lang, Term } from "./term.js";
import { type DomainLinks, linkTopics } from "./thesaurus/domain-links.js";
import { careThesaurus, type Thesaurus } from "./thesaurus/thesaurus.js";

/**
 * The topic vocabulary by word form rather than spelling: "eenzame" finds "eenzaam", "evicted"
 * finds "eviction", and (weaker) "inkomen" alone finds "Werk en inkomen", "opvoed" inside
 * "opvoedhulp" finds "opvoeding". Built with the lexicon, from the directory's data only.
 */
export class TopicForms {
  /** "nl:<keys of the phrase's words>" -> topics. */
  private readonly whole = new Map<string, Term[]>();
  /** Single words of multiword names ("inkomen" of "Werk en inkomen"): evidence, not proof. */
  private readonly parts = new Map<string, Term[]>();
  /** Pieces of the vocabulary's compounds ("opvang" of "vrouwenopvang"): weaker evidence still. */
  private readonly pieces = new Map<string, Term[]>();
  /** Keys a whole phrase can start with: most words of a question start none. */
  private readonly firstKeys = new Set<string>();
  readonly links: DomainLinks;
  /** Domain -> topic -> link weight: the links turned around, for one lookup per cue. */
  private readonly byDomain = new Map<string, Map<string, number>>();
  readonly thesaurus: Thesaurus;

  constructor(topics: readonly TopicPhrases[], thesaurus = careThesaurus()) {
    this.thesaurus = thesaurus;
    for (const t of topics) {
      const nl = { kind: "topic", id: t.id, lang: "nl" } as const;
      const en = { kind: "topic", id: t.id, lang: "en" } as const;
      this.add(t.nameNl, nl, true);
      this.add(t.nameEn, en, true);
      for (const phrase of t.synonymsNl) this.add(phrase, nl, false);
      for (const phrase of t.synonymsEn) this.add(phrase, en, false);
    }
    this.links = linkTopics(
      topics.map((t) => ({
        id: t.id,
        phrases: [t.nameNl, t.nameEn, ...t.synonymsNl, ...t.synonymsEn],
        ...(t.domains ? { domains: t.domains } : {}),
      })),
      thesaurus,
    );
    for (const [topic, links] of this.links) {
      for (const [domain, weight] of links) {
        const topics = this.byDomain.get(domain) ?? new Map<string, number>();
        topics.set(topic, weight);
        this.byDomain.set(domain, topics);
      }
    }
  }

  /** Could a phrase start with this word (by its key in that language)? */
  startsPhrase(lang: Lang, key: string): boolean {
    return this.firstKeys.has(`${lang}:${key}`);
  }

  /** Topics whose phrase has exactly these word keys, in this order. */
  wholeMatch(lang: Lang, keys: readonly string[]): Term[] {
    return this.whole.get(`${lang}:${keys.join(" ")}`) ?? [];
  }

  partMatch(lang: Lang, key: string): Term[] {
    return this.parts.get(`${lang}:${key}`) ?? [];
  }

  pieceMatch(lang: Lang, key: string): Term[] {
    return this.pieces.get(`${lang}:${key}`) ?? [];
  }

  /** Topic scores for a set of life domains, by how strongly each topic serves them. */
  topicsFor(domains: readonly string[]): Map<string, number> {
    const scores = new Map<string, number>();
    for (const d of domains) {
      for (const [topic, weight] of this.byDomain.get(d) ?? []) {
        if (weight > (scores.get(topic) ?? 0)) scores.set(topic, weight);
      }
    }
    return scores;
  }

  /**
   * A word of the topic's name is a part ("inkomen" of "Werk en inkomen"); a word of a longer
   * synonym only a piece ("ziek" of "ongeneeslijk ziek" says little on its own).
   */
  private add(phrase: string, term: Term, isName: boolean): void {
    const lang = term.lang!;
    const words = tokenize(phrase).map((t) => t.norm);
    if (words.length === 0) return;
    push(this.whole, `${lang}:${words.map((w) => wordForms(w)[lang]).join(" ")}`, term);
    this.firstKeys.add(`${lang}:${wordForms(words[0]!)[lang]}`);
    for (const w of words) {
      if (words.length > 1 && meaningful(w, lang))
        push(isName ? this.parts : this.pieces, `${lang}:${wordForms(w)[lang]}`, term);
      if (lang !== "nl") continue;
      for (const piece of wordForms(w).parts ?? []) {
        if (meaningful(piece, lang)) push(this.pieces, `${lang}:${wordForms(piece)[lang]}`, term);
      }
    }
  }
}

function meaningful(word: string, lang: Lang): boolean {
  const f = wordForms(word);
  return !f.stop && word.length >= 4 && !GENERIC_CARE_WORDS.has(word) && !GENERIC_CARE_WORDS.has(f[lang]);
}

function push(map: Map<string, Term[]>, key: string, term: Term): void {
  const list = map.get(key);
  if (!list) map.set(key, [term]);
  else if (!list.some((t) => t.id === term.id)) list.push(term);
}
