/**
 * The national-size synthetic dataset, deterministic from a seed: ~340 municipalities, ~3,000
 * wijken, the 17 demo topics plus 22 more, ~10,000 services, ~100,000 professionals and about a
 * million open cases (all × scale). `generateDirectory` builds the directory in memory (the
 * benchmarks need its names to ask questions); `emitDirectory` and `emitCases` write rows into a
 * sink and yield now and then so the loader can wait for the database.
 */
import { type CaseCounts, type CaseWorld, generateCases, OPEN_CASES_PER_WIJK } from "./generate-cases.js";
import {
  generateOrganisations,
  generateProfessionals,
  generateServices,
  type Organisation,
  type Professional,
  type Service,
} from "./generate-directory.js";
import { allTopics, generatePlaces, type Municipality, type Topic, type Wijk } from "./generate-places.js";
import { Prng } from "./prng.js";
import { day, type RowSink } from "./tables.js";
import { AVAILABILITY_PATTERNS } from "./vocabulary.js";

export interface Directory {
  seed: number;
  scale: number;
  now: Date;
  municipalities: Municipality[];
  wijken: Wijk[];
  topics: Topic[];
  organisations: Organisation[];
  services: Service[];
  professionals: Professional[];
}

const DAY = 86_400_000;
const YIELD_EVERY = 5_000;

export function generateDirectory(options: { seed: number; scale: number; now: Date }): Directory {
  const rng = new Prng(options.seed);
  const { municipalities, wijken } = generatePlaces(rng, options.scale);
  const topics = allTopics();
  const organisations = generateOrganisations(municipalities);
  const professionals = generateProfessionals(rng, municipalities, organisations, topics);
  const services = generateServices(rng, municipalities, organisations, professionals, topics);
  return { ...options, municipalities, wijken, topics, organisations, services, professionals };
}

export function* emitDirectory(dir: Directory, sink: RowSink): Generator<void> {
  for (const m of dir.municipalities) sink.row("Municipality", [m.code, m.name]);
  for (const w of dir.wijken)
    sink.row("Wijk", [w.id, w.name, w.aliases, dir.municipalities[w.municipality]!.code]);
  for (const t of dir.topics) sink.row("Topic", [t.id, t.nl, t.en, t.synonymsNl, t.synonymsEn, t.dimension]);
  for (const o of dir.organisations) {
    sink.row("Organisation", [o.id, o.name, o.kind.kind, "+31 00 000 0000", `${o.id}@example.org`, null]);
  }
  yield;
  for (const s of dir.services) {
    const org = dir.organisations[s.org]!;
    const assured = new Date(dir.now.getTime() - s.assuredDaysAgo * DAY);
    sink.row("Service", [
      s.id,
      org.id,
      s.name,
      "+31 00 000 0000",
      "ma–vr 09:00–12:00",
      s.responseWorkingDays,
      day(assured),
      null,
    ]);
    for (const t of s.topics) sink.row("ServiceTopic", [t, s.id]);
    for (const w of s.wijken) sink.row("ServiceWijk", [dir.wijken[w]!.id, s.id]);
    s.contacts.forEach((p, i) => void sink.row("ServiceContact", [s.id, dir.professionals[p]!.id, i]));
    if (s.idx % YIELD_EVERY === 0) yield;
  }
  for (const p of dir.professionals) {
    emitProfessional(dir, p, sink);
    if (p.idx % YIELD_EVERY === 0) yield;
  }
  sink.row("AppState", ["directory.revision", 1, dir.now]);
}

function emitProfessional(dir: Directory, p: Professional, sink: RowSink): void {
  const absence = p.absent;
  const from = absence ? day(new Date(dir.now.getTime() - absence.fromDaysAgo * DAY)) : null;
  const to = absence ? day(new Date(dir.now.getTime() + absence.toDaysAhead * DAY)) : null;
  const deputy =
    absence?.deputy !== undefined && absence.deputy !== null ? dir.professionals[absence.deputy]!.id : null;
  sink.row("Professional", [
    p.id,
    p.name,
    p.role,
    dir.organisations[p.org]!.id,
    `${p.id}@example.org`,
    p.languages,
    p.coordinator,
    p.networkMunicipality,
    AVAILABILITY_PATTERNS[p.availability]!,
    from,
    to,
    deputy,
  ]);
  for (const w of p.wijken) sink.row("ProfessionalWijk", [dir.wijken[w]!.id, p.id]);
  for (const t of p.topics) sink.row("ProfessionalTopic", [t, p.id]);
  if (p.slackUserId) sink.row("ChatIdentity", [`ci-s-${p.id}`, "slack", "", p.slackUserId, p.id]);
  if (p.teamsUserId) sink.row("ChatIdentity", [`ci-t-${p.id}`, "teams", "", p.teamsUserId, p.id]);
  if (p.coordinator) {
    sink.row("DigestSubscription", [
      `ds-${p.id}`,
      p.id,
      p.wijken.map((w) => dir.wijken[w]!.id),
      "wijken",
      "mon",
      "08:00",
    ]);
  }
  if (p.networkMunicipality) {
    sink.row("DigestSubscription", [`ds-${p.id}`, p.id, [], "municipality", "mon", "08:00"]);
  }
}

export function caseWorld(dir: Directory): CaseWorld {
  const workers: number[][] = dir.wijken.map(() => []);
  const coordinator: (number | undefined)[] = dir.wijken.map(() => undefined);
  const servicesIn: number[][] = dir.wijken.map(() => []);
  for (const p of dir.professionals) {
    for (const w of p.wijken) {
      if (p.coordinator) coordinator[w] ??= p.idx;
      else workers[w]!.push(p.idx);
    }
  }
  for (const s of dir.services) for (const w of s.wijken) servicesIn[w]!.push(s.idx);
  return {
    now: dir.now,
    wijken: dir.wijken,
    people: dir.professionals,
    services: dir.services,
    workers,
    coordinator,
    servicesIn,
  };
}

/** Cases and everything hanging off them, plus a fortnight of lookups that found nobody. */
export function* emitCases(dir: Directory, sink: RowSink, counts: CaseCounts): Generator<void> {
  // Its own stream: the directory stays the same whether or not cases are generated.
  const rng = new Prng(dir.seed ^ 0x5eed);
  const world = caseWorld(dir);
  yield* generateCases(rng, world, Math.round(OPEN_CASES_PER_WIJK * dir.wijken.length), sink, counts);
  for (const w of dir.wijken) {
    const askers = world.workers[w.idx]!;
    for (let i = rng.int(0, 12); i > 0 && askers.length > 0; i--) {
      const at = new Date(dir.now.getTime() - rng.int(1, 14 * 24) * 3_600_000);
      const topic = rng.pick(dir.topics).id;
      sink.row("LookupGap", [
        rng.uuid(),
        at,
        dir.professionals[rng.pick(askers)]!.id,
        w.id,
        topic,
        "no-service",
        null,
      ]);
    }
  }
}
