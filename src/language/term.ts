/** What a vocabulary key stands for; shared by the lexicon and the morphology it is built with. */
export type TermKind = "wijk" | "topic" | "municipality";
export type Lang = "nl" | "en";

/** lang is null when the word is the same in both languages ("stress"). */
export interface Term {
  kind: TermKind;
  id: string;
  lang: Lang | null;
}
