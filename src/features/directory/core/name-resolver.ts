/**
 * Matching the words of a file to the directory: a wijk by its id, name or alias (with
 * "Name (Municipality)" when two municipalities have one of that name), a topic by its id, its
 * Dutch or English name or a synonym, a person by e-mail or name. Case, accents and punctuation
 * do not count: "Wijckerpoort", "wijckerpoort" and "WIJCKERPOORT" are the same wijk.
 */
import type { Vocabulary } from "./vocabulary.model.js";

/** A vocabulary with nothing in it, to fill in the parts a caller does not need. */
export const EMPTY_NAMES: Vocabulary = {
  wijken: [],
  topics: [],
  organisations: [],
  professionals: [],
  services: [],
};

export type Resolution = { ok: true; id: string } | { ok: false; message: string };

/** Lower case, accents off, every run of other characters one space. */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** An id in our format: lower-case letters, digits and single dashes. */
export function slug(text: string): string {
  return normalise(text).replace(/ /g, "-").slice(0, 60).replace(/-+$/, "");
}

function index<T>(items: T[], words: (item: T) => string[]): Map<string, T[]> {
  const byWord = new Map<string, T[]>();
  for (const item of items) {
    for (const word of new Set(words(item).map(normalise))) {
      const list = byWord.get(word) ?? [];
      list.push(item);
      byWord.set(word, list);
    }
  }
  return byWord;
}

export class Resolver {
  private readonly wijken;
  private readonly topics;
  private readonly peopleByEmail;
  private readonly peopleByName;
  private readonly organisationsByWord;
  private readonly servicesById;
  private readonly servicesByName;

  constructor(vocabulary: Vocabulary) {
    this.organisationsByWord = index(vocabulary.organisations, (o) => [o.id, o.name]);
    this.servicesById = new Map(vocabulary.services.map((s) => [s.id, s]));
    this.servicesByName = new Map(
      vocabulary.services.map((s) => [`${s.organisationId}/${normalise(s.name)}`, s]),
    );
    this.wijken = index(vocabulary.wijken, (w) => [
      w.id,
      w.name,
      ...w.aliases,
      ...[w.name, ...w.aliases].flatMap((n) => [`${n} (${w.municipality})`, `${n}, ${w.municipality}`]),
    ]);
    this.topics = index(vocabulary.topics, (t) => [
      t.id,
      t.nameNl,
      t.nameEn,
      ...t.synonymsNl,
      ...t.synonymsEn,
    ]);
    this.peopleByEmail = index(
      vocabulary.professionals.filter((p) => p.email),
      (p) => [p.email!],
    );
    this.peopleByName = index(vocabulary.professionals, (p) => [p.id, p.name]);
  }

  wijk(text: string): Resolution {
    const found = this.wijken.get(normalise(text)) ?? [];
    if (found.length === 1) return { ok: true, id: found[0]!.id };
    if (found.length > 1) {
      const options = found.map((w) => `"${w.name} (${w.municipality})"`).join(", ");
      return { ok: false, message: `wijk "${text}" is ambiguous: write ${options}` };
    }
    return {
      ok: false,
      message: `unknown wijk "${text}": import the wijk first (JSON format) or use its name or alias`,
    };
  }

  /** `undefined` when no topic has this name: a taxonomy term may be about something else. */
  topic(text: string): string | undefined {
    const found = this.topics.get(normalise(text)) ?? [];
    return found.length === 1 ? found[0]!.id : undefined;
  }

  person(name: string | null, email: string | null): string | undefined {
    const byEmail = email ? this.peopleByEmail.get(normalise(email)) : undefined;
    if (byEmail?.length === 1) return byEmail[0]!.id;
    const byName = name ? this.peopleByName.get(normalise(name)) : undefined;
    return byName?.length === 1 ? byName[0]!.id : undefined;
  }

  organisation(id: string) {
    return this.organisationsByWord.get(normalise(id))?.find((o) => o.id === id);
  }

  organisationNamed(name: string) {
    const found = this.organisationsByWord.get(normalise(name)) ?? [];
    return found.length === 1 ? found[0] : undefined;
  }

  service(id: string) {
    return this.servicesById.get(id);
  }

  serviceNamed(organisationId: string, name: string) {
    return this.servicesByName.get(`${organisationId}/${normalise(name)}`);
  }
}
