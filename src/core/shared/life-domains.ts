/**
 * The life domains a social map's topics may name in their optional `domains` field: the 13 of
 * the Zelfredzaamheid-Matrix plus domains Dutch wijk networks organise around. The care thesaurus
 * (src/language/thesaurus/care-thesaurus.json) maps situations to exactly these; a test keeps the
 * two lists equal.
 */
export const LIFE_DOMAINS = [
  "financien",
  "werk-opleiding",
  "tijdsbesteding",
  "huisvesting",
  "huiselijke-relaties",
  "geestelijke-gezondheid",
  "lichamelijke-gezondheid",
  "middelengebruik",
  "basale-adl",
  "instrumentele-adl",
  "sociaal-netwerk",
  "maatschappelijke-participatie",
  "justitie",
  "mantelzorg",
  "levenseinde",
  "opvoeding",
  "veiligheid",
  "zingeving",
  "geheugen",
  "leefstijl",
  "basisvaardigheden",
  "administratie",
] as const;

export type LifeDomain = (typeof LIFE_DOMAINS)[number];

export function isLifeDomain(id: string): id is LifeDomain {
  return (LIFE_DOMAINS as readonly string[]).includes(id);
}
