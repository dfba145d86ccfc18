/**
 * The directory's names, as matching words to it needs them: wijken, topics, organisations,
 * professionals and services (see name-resolver.ts and src/db/social-map/formats/vocabulary.ts).
 */
export interface Vocabulary {
  wijken: { id: string; name: string; aliases: string[]; municipality: string }[];
  topics: { id: string; nameNl: string; nameEn: string; synonymsNl: string[]; synonymsEn: string[] }[];
  organisations: {
    id: string;
    name: string;
    kind: string;
    phone: string | null;
    email: string | null;
    website: string | null;
  }[];
  professionals: { id: string; name: string; email: string | null }[];
  services: {
    id: string;
    name: string;
    organisationId: string;
    responseWorkingDays: number;
    assuredDate: Date;
    notes: string | null;
    contacts: string[];
  }[];
}
