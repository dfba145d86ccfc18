import { readFileSync } from "node:fs";
import { buildLexicon, type Lexicon, type LexiconSource } from "./lexicon.js";

/** Test-only: the lexicon of the real demo social map (prisma/demo-social-map.json). */
interface SocialMapFile {
  municipalities: { cbsCode: string; name: string }[];
  wijken: { id: string; name: string; municipality: string; aliases?: string[] }[];
  topics: {
    id: string;
    nl: string;
    en: string;
    synonyms?: { nl?: string[]; en?: string[] };
    domains?: string[];
  }[];
}

export function sourceFromSocialMap(map: SocialMapFile): LexiconSource {
  const municipality = new Map(map.municipalities.map((m) => [m.cbsCode, m.name]));
  return {
    wijken: map.wijken.map((w) => ({
      id: w.id,
      name: w.name,
      aliases: w.aliases ?? [],
      municipalityName: municipality.get(w.municipality) ?? "",
    })),
    topics: map.topics.map((t) => ({
      id: t.id,
      nameNl: t.nl,
      nameEn: t.en,
      synonymsNl: t.synonyms?.nl ?? [],
      synonymsEn: t.synonyms?.en ?? [],
      ...(t.domains ? { domains: t.domains } : {}),
    })),
  };
}

export function demoSource(): LexiconSource {
  const url = new URL("../../prisma/demo-social-map.json", import.meta.url);
  return sourceFromSocialMap(JSON.parse(readFileSync(url, "utf8")) as SocialMapFile);
}

export function demoLexicon(): Lexicon {
  return buildLexicon(demoSource());
}
