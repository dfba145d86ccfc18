/**
 * The synthetic country's geography and vocabulary: municipalities of very different sizes
 * (a few cities with dozens of wijken, many villages with two or three), wijk names that repeat
 * across the country as real ones do ("Centrum"), and the topics.
 */
import { readFileSync } from "node:fs";
import type { Prng } from "./prng.js";
import {
  EXTRA_TOPICS,
  MUNICIPALITY_HEADS,
  MUNICIPALITY_TAILS,
  WIJK_HEADS,
  WIJK_QUARTERS,
  WIJK_TAILS,
} from "./vocabulary.js";

export interface Municipality {
  code: string;
  name: string;
  wijken: number[];
}

export interface Wijk {
  idx: number;
  id: string;
  name: string;
  aliases: string[];
  municipality: number;
  /** Case-code prefix, unique in the country (WYC in WYC-014). */
  prefix: string;
}

export interface Topic {
  id: string;
  nl: string;
  en: string;
  synonymsNl: string[];
  synonymsEn: string[];
  dimension: string | null;
}

export const NATIONAL = { municipalities: 340, wijken: 3_000 } as const;
// Share of municipalities whose town centre is simply called "Centrum", as in the real country.
const CENTRUM_SHARE = 0.35;
const LARGEST_MUNICIPALITY_WIJKEN = 110;

export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function demoTopics(): Topic[] {
  const url = new URL("../prisma/demo-social-map.json", import.meta.url);
  const map = JSON.parse(readFileSync(url, "utf8")) as {
    topics: {
      id: string;
      nl: string;
      en: string;
      synonyms?: { nl?: string[]; en?: string[] };
      positiveHealthDimension?: string;
    }[];
  };
  return map.topics.map((t) => ({
    id: t.id,
    nl: t.nl,
    en: t.en,
    synonymsNl: t.synonyms?.nl ?? [],
    synonymsEn: t.synonyms?.en ?? [],
    dimension: t.positiveHealthDimension ?? null,
  }));
}

export function allTopics(): Topic[] {
  const extra = EXTRA_TOPICS.map((t) => ({ ...t, dimension: null }));
  return [...demoTopics(), ...extra];
}

export function generatePlaces(rng: Prng, scale: number): { municipalities: Municipality[]; wijken: Wijk[] } {
  const municipalityCount = Math.max(1, Math.round(NATIONAL.municipalities * scale));
  const wijkCount = Math.max(3, Math.round(NATIONAL.wijken * scale));
  const names = uniqueMunicipalityNames(rng, municipalityCount);
  const sizes = municipalitySizes(rng, municipalityCount, wijkCount);
  const municipalities: Municipality[] = [];
  const wijken: Wijk[] = [];
  const prefixes = new Set<string>();
  const usedNames = new Set<string>();
  names.forEach((name, m) => {
    const municipality: Municipality = { code: `GM${String(m * 5 + 3).padStart(4, "0")}`, name, wijken: [] };
    for (const wijkName of wijkNames(rng, sizes[m]!, usedNames)) {
      const idx = wijken.length;
      const aliases = wijkName === "Centrum" ? [`Centrum ${name}`] : [];
      wijken.push({
        idx,
        id: `${slug(name)}-${slug(wijkName)}`,
        name: wijkName,
        aliases,
        municipality: m,
        prefix: casePrefix(wijkName, name, prefixes),
      });
      municipality.wijken.push(idx);
    }
    municipalities.push(municipality);
  });
  return { municipalities, wijken };
}

function uniqueMunicipalityNames(rng: Prng, n: number): string[] {
  const names = new Set<string>();
  while (names.size < n) {
    const base = rng.pick(MUNICIPALITY_HEADS) + rng.pick(MUNICIPALITY_TAILS);
    // Past the number of head×tail pairs, villages get a "Nieuw-"/"Oud-" twin as in Dutch.
    const name = names.has(base) ? `${rng.pick(["Nieuw", "Oud", "Sint"])}-${base}` : base;
    names.add(name);
  }
  return [...names];
}

/** Zipf-like: the first municipality is a city, the tail are villages; every one has two wijken or more. */
function municipalitySizes(rng: Prng, n: number, total: number): number[] {
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** 0.85);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) =>
    Math.min(LARGEST_MUNICIPALITY_WIJKEN, Math.max(2, Math.floor((total * w) / sum))),
  );
  let missing = total - sizes.reduce((a, b) => a + b, 0);
  while (missing > 0) {
    const i = rng.int(0, n - 1);
    if (sizes[i]! < LARGEST_MUNICIPALITY_WIJKEN) {
      sizes[i]! += 1;
      missing -= 1;
    }
  }
  while (missing < 0) {
    const i = rng.int(0, n - 1);
    if (sizes[i]! > 2) {
      sizes[i]! -= 1;
      missing += 1;
    }
  }
  return rng.sample(sizes, sizes.length);
}

/** Mostly names the country has not used yet; some repeat, as real ones do. */
function wijkNames(rng: Prng, n: number, usedInCountry: Set<string>): string[] {
  const names = new Set<string>();
  if (rng.chance(CENTRUM_SHARE)) names.add("Centrum");
  while (names.size < n) {
    let name = "";
    for (let attempt = 0; attempt < 6 && (name === "" || usedInCountry.has(name)); attempt++) {
      const base = rng.pick(WIJK_HEADS) + rng.pick(WIJK_TAILS);
      name = rng.chance(0.15) ? `${base} ${rng.pick(WIJK_QUARTERS)}` : base;
    }
    if (names.has(name)) continue;
    names.add(name);
    usedInCountry.add(name);
  }
  return [...names];
}

function casePrefix(wijkName: string, municipalityName: string, used: Set<string>): string {
  const letters = (s: string) => s.toUpperCase().replace(/[^A-Z]/g, "");
  const base = (letters(wijkName).slice(0, 3) + letters(municipalityName).slice(0, 2)).padEnd(3, "X");
  let candidate = base;
  for (let k = 0; used.has(candidate); k++) candidate = base.slice(0, 3) + lettersOf(k);
  used.add(candidate);
  return candidate;
}

/** 0 → "AAA", 1 → "AAB", …: three more letters keep the prefix within the 6 the format allows. */
function lettersOf(k: number): string {
  let out = "";
  for (let i = 0; i < 3; i++) {
    out = String.fromCharCode(65 + (k % 26)) + out;
    k = Math.floor(k / 26);
  }
  return out;
}
