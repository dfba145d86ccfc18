/**
 * The words of the domain as the directory holds them (wijken with their aliases, topics with
 * their synonyms): what the parser's lexicon is built from. Implemented by the directory's
 * storage (src/features/directory/db/lexicon-source.repository.ts), read by the bot's
 * LexiconProvider.
 */
export interface LexiconSource {
  wijken: { id: string; name: string; aliases: string[]; municipalityName: string }[];
  topics: TopicPhrases[];
}

/** A topic's words, and the life domains of the care thesaurus it serves, if its map lists them. */
export interface TopicPhrases {
  id: string;
  nameNl: string;
  nameEn: string;
  synonymsNl: string[];
  synonymsEn: string[];
  /** Most fitting first (see src/core/shared/life-domains.ts); empty or absent = inferred. */
  domains?: string[];
}

export interface LexiconSourcePort {
  /** Bumped by every directory import, so that every replica knows when to rebuild. */
  revision(): Promise<number>;
  load(): Promise<LexiconSource>;
}
