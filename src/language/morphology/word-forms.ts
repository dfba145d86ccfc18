import type { Message } from "../message.js";
import type { Lang } from "../term.js";
import { splitCompound } from "./compound.js";
import { dictionary, stopWords } from "./dictionaries.js";
import { stem } from "./stemmer.js";

/**
 * What morphology knows about one normalised word, for the question and the vocabulary alike:
 * the key it is compared by in each language, whether it is an ordinary word (then it is never
 * fuzzily turned into a topic or wijk: "vrouw" stays "vrouw", never "rouw"), and the parts of a
 * Dutch compound nobody listed ("opvoedhulp").
 */
export interface WordForms {
  /** Dutch key: the Snowball stem of the dictionary root ("zorgt" -> zorg, "eenzame" -> eenzam). */
  nl: string;
  /** English key: the Porter2 stem ("evicted", "eviction" -> evict). */
  en: string;
  stop: boolean;
  ordinary: boolean;
  /** In the Dutch / English dictionary: a word of one language is not read as the other's. */
  inNl: boolean;
  inEn: boolean;
  /** Dutch compound parts of a word that is not itself in the dictionary; else null. */
  parts: string[] | null;
}

const MAX_CACHED = 50_000;
const cache = new Map<string, WordForms>();

export function wordForms(word: string): WordForms {
  let forms = cache.get(word);
  if (forms) return forms;
  const nl = dictionary("nl").lemma(word);
  const inEn = dictionary("en").has(word);
  const stop = stopWords().has(word);
  const ordinary = stop || nl !== null || inEn;
  forms = {
    inNl: nl !== null,
    inEn,
    nl: devoice(stem(nl ?? word, "nl")),
    // English stems well on its own; the English dictionary's roots sometimes undo too much.
    en: stem(word, "en"),
    stop,
    ordinary,
    parts: ordinary || /\d/.test(word) ? null : splitCompound(word, dictionary("nl")),
  };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, forms);
  return forms;
}

/**
 * Dutch writes a final z and v as s and f ("daklozen" - "dakloos", "brieven" - "brief"); the
 * Snowball stemmer undoubles the vowel ("dakloos" -> daklos) but leaves the consonant.
 */
function devoice(key: string): string {
  const last = key.at(-1);
  return last === "z" ? `${key.slice(0, -1)}s` : last === "v" ? `${key.slice(0, -1)}f` : key;
}

const perMessage = new WeakMap<Message, WordForms[]>();

/** The forms of every word of a message, looked up once however many rules read them. */
export function messageForms(msg: Message): WordForms[] {
  let forms = perMessage.get(msg);
  if (!forms) {
    forms = msg.norms.map(wordForms);
    perMessage.set(msg, forms);
  }
  return forms;
}

/** The key of a word in one language. */
export function wordKey(word: string, lang: Lang): string {
  return wordForms(word)[lang];
}

/**
 * Whether to compare a word by its key in this language: yes when it is a word of that language
 * or of neither (a name, a typo); no for "familie", Dutch, against "family" in English.
 */
export function speaks(forms: WordForms, lang: Lang): boolean {
  const own = lang === "nl" ? forms.inNl : forms.inEn;
  return own || (!forms.inNl && !forms.inEn) || forms.stop;
}
