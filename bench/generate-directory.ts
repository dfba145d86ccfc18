/**
 * Organisations, services and professionals of the synthetic country. A service covers 1–6
 * topics (mostly those of its kind of organisation) and 1–15 neighbouring wijken of its own
 * municipality; a professional works in 1–6 wijken, on 1–4 topics, with a weekly pattern, and
 * a few are absent today with a deputy.
 */
import type { Municipality, Topic } from "./generate-places.js";
import { slug } from "./generate-places.js";
import type { Prng } from "./prng.js";
import { AVAILABILITY_PATTERNS, FIRST_NAMES, LAST_NAMES, ORG_KINDS, type OrgKind } from "./vocabulary.js";

export interface Organisation {
  idx: number;
  id: string;
  name: string;
  kind: OrgKind;
  municipality: number;
  members: number[];
}

export interface Service {
  idx: number;
  id: string;
  org: number;
  name: string;
  topics: string[];
  wijken: number[];
  contacts: number[];
  responseWorkingDays: number;
  assuredDaysAgo: number;
}

export interface Professional {
  idx: number;
  id: string;
  name: string;
  role: string;
  org: number;
  wijken: number[];
  topics: string[];
  languages: string[];
  availability: number;
  absent: { fromDaysAgo: number; toDaysAhead: number; deputy: number | null } | null;
  slackUserId: string | null;
  teamsUserId: string | null;
  coordinator: boolean;
  networkMunicipality: string | null;
}

export const PER_WIJK = { services: 10 / 3, professionals: 100 / 3 } as const;
const ABSENT_SHARE = 0.04;
const SLACK_SHARE = 0.65;
const TEAMS_SHARE = 0.4;
const WIJKEN_PER_COORDINATOR = 3;

export function generateOrganisations(municipalities: Municipality[]): Organisation[] {
  const orgs: Organisation[] = [];
  municipalities.forEach((m, mi) => {
    for (const kind of ORG_KINDS) {
      // Big towns have several teams of a kind (one per district), villages share one.
      const count = Math.max(1, Math.round((m.wijken.length * kind.weight) / 20));
      for (let i = 0; i < count; i++) {
        const idx = orgs.length;
        const suffix = count > 1 ? ` ${i + 1}` : "";
        orgs.push({
          idx,
          id: `org-${slug(m.name)}-${kind.kind}${count > 1 ? `-${i + 1}` : ""}`,
          name: `${kind.label} ${m.name}${suffix}`,
          kind,
          municipality: mi,
          members: [],
        });
      }
    }
  });
  return orgs;
}

/** A run of neighbouring wijken of the municipality (its list order stands for the map). */
function wijkRun(rng: Prng, m: Municipality, length: number, around?: number): number[] {
  const n = Math.min(length, m.wijken.length);
  const start =
    around !== undefined
      ? Math.max(0, m.wijken.indexOf(around) - rng.int(0, n - 1))
      : rng.int(0, m.wijken.length - 1);
  return Array.from({ length: n }, (_, i) => m.wijken[(start + i) % m.wijken.length]!);
}

function topicsFor(rng: Prng, kind: OrgKind, all: Topic[], max: number): string[] {
  const n = rng.skewed(1, max);
  const chosen = new Set(rng.sample(kind.topics, n));
  if (rng.chance(0.1)) chosen.add(rng.pick(all).id);
  return [...chosen];
}

function orgsByKind(orgs: Organisation[], municipality: number): { org: Organisation; weight: number }[] {
  return orgs.filter((o) => o.municipality === municipality).map((org) => ({ org, weight: org.kind.weight }));
}

export function generateProfessionals(
  rng: Prng,
  municipalities: Municipality[],
  orgs: Organisation[],
  topics: Topic[],
): Professional[] {
  const people: Professional[] = [];
  municipalities.forEach((m, mi) => {
    const choices = orgsByKind(orgs, mi);
    const count = Math.round(m.wijken.length * PER_WIJK.professionals);
    for (let i = 0; i < count; i++) {
      const org = rng.weighted(
        choices.map((c) => c.org),
        choices.map((c) => c.weight),
      );
      const p = person(rng, people.length, org.kind.roles, org.idx);
      p.wijken = wijkRun(rng, m, rng.skewed(1, 6, 1.6));
      p.topics = topicsFor(rng, org.kind, topics, 4);
      org.members.push(p.idx);
      people.push(p);
    }
    addCoordinators(rng, people, m, mi, orgs);
  });
  assignDeputies(rng, people, orgs);
  return people;
}

function person(rng: Prng, idx: number, roles: string[], org: number): Professional {
  return {
    idx,
    id: `p-${idx.toString(36).padStart(5, "0")}`,
    name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    role: rng.pick(roles),
    org,
    wijken: [],
    topics: [],
    languages: rng.chance(0.4) ? ["nl", "en"] : ["nl"],
    availability: rng.int(0, AVAILABILITY_PATTERNS.length - 1),
    absent: rng.chance(ABSENT_SHARE)
      ? { fromDaysAgo: rng.int(0, 10), toDaysAhead: rng.int(0, 14), deputy: null }
      : null,
    slackUserId: rng.chance(SLACK_SHARE) ? `U${idx.toString(36).toUpperCase().padStart(8, "0")}` : null,
    teamsUserId: rng.chance(TEAMS_SHARE) ? `29:t-${idx.toString(36)}` : null,
    coordinator: false,
    networkMunicipality: null,
  };
}

/** One wijk coordinator per few wijken and one network coordinator per municipality. */
function addCoordinators(
  rng: Prng,
  people: Professional[],
  m: Municipality,
  mi: number,
  orgs: Organisation[],
) {
  const gemeente = orgs.find((o) => o.municipality === mi && o.kind.kind === "gemeente")!;
  for (let i = 0; i < m.wijken.length; i += WIJKEN_PER_COORDINATOR) {
    const p = person(rng, people.length, ["wijkcoordinator"], gemeente.idx);
    p.coordinator = true;
    p.wijken = m.wijken.slice(i, i + WIJKEN_PER_COORDINATOR);
    p.topics = [];
    p.absent = null;
    gemeente.members.push(p.idx);
    people.push(p);
  }
  const network = person(rng, people.length, ["netwerkcoordinator"], gemeente.idx);
  network.networkMunicipality = m.code;
  network.wijken = [];
  network.absent = null;
  gemeente.members.push(network.idx);
  people.push(network);
}

function assignDeputies(rng: Prng, people: Professional[], orgs: Organisation[]) {
  for (const p of people) {
    if (!p.absent) continue;
    const colleagues = orgs[p.org]!.members.filter((c) => c !== p.idx && !people[c]!.absent);
    p.absent.deputy = colleagues.length > 0 && rng.chance(0.85) ? rng.pick(colleagues) : null;
  }
}

export function generateServices(
  rng: Prng,
  municipalities: Municipality[],
  orgs: Organisation[],
  people: Professional[],
  topics: Topic[],
): Service[] {
  const services: Service[] = [];
  const topicName = new Map(topics.map((t) => [t.id, t.nl]));
  municipalities.forEach((m, mi) => {
    const choices = orgsByKind(orgs, mi);
    const count = Math.max(3, Math.round(m.wijken.length * PER_WIJK.services));
    for (let i = 0; i < count; i++) {
      const org = rng.weighted(
        choices.map((c) => c.org),
        choices.map((c) => c.weight),
      );
      const serviceTopics = topicsFor(rng, org.kind, topics, 6);
      const wijken = wijkRun(rng, m, rng.skewed(1, 15, 1.5));
      const idx = services.length;
      services.push({
        idx,
        id: `svc-${idx.toString(36).padStart(4, "0")}`,
        org: org.idx,
        name: `${org.name} – ${topicName.get(serviceTopics[0]!) ?? "ondersteuning"}`,
        topics: serviceTopics,
        wijken,
        contacts: contactsFor(rng, org, people, wijken),
        responseWorkingDays: rng.pick([1, 2, 2, 3, 5]),
        assuredDaysAgo: rng.skewed(0, 600, 1.3),
      });
    }
  });
  return services;
}

function contactsFor(rng: Prng, org: Organisation, people: Professional[], wijken: number[]): number[] {
  const local = org.members.filter((p) => people[p]!.wijken.some((w) => wijken.includes(w)));
  const pool = local.length > 0 ? local : org.members;
  return rng.sample(pool, rng.skewed(1, 3));
}
