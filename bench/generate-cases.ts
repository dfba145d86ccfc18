/**
 * A million open cases and what hangs off them: members from the wijk's own professionals, the
 * wijk coordinator, handovers in every state with their consent and history, consults in every
 * state with participants, slots, votes, agenda and action points. Rows go straight into the
 * sink; the generator yields every CHUNK cases so the loader can wait for the database.
 */

import { HANDOVER_STATUSES } from "../src/features/handover/core/handover.model.js";
import { writeConsult } from "./generate-consults.js";
import type { Professional, Service } from "./generate-directory.js";
import type { Wijk } from "./generate-places.js";
import type { Prng } from "./prng.js";
import { DAY, day, type RowSink } from "./tables.js";

export interface CaseWorld {
  now: Date;
  wijken: Wijk[];
  people: Professional[];
  services: Service[];
  /** Per wijk: professionals working there (coordinators excluded). */
  workers: number[][];
  /** Per wijk: its coordinator, if any. */
  coordinator: (number | undefined)[];
  /** Per wijk: services serving it. */
  servicesIn: number[][];
}

export const OPEN_CASES_PER_WIJK = 1_000_000 / 3_000;
const CHUNK = 2_000;
const CLOSED_SHARE = 0.05;
const HANDOVER_SHARE = 0.12;
const CONSULT_SHARE = 0.01;
/** Weights in the order of HANDOVER_STATUSES. */
const HANDOVER_WEIGHTS = [20, 18, 14, 26, 7, 5, 5, 5];

export interface CaseCounts {
  cases: number;
  open: number;
  handovers: number;
  consults: number;
}

/** Open cases per wijk: proportional to how many professionals work there, summing to `total`. */
export function casesPerWijk(world: CaseWorld, total: number): number[] {
  const weights = world.workers.map((w) => w.length + 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round((total * w) / sum));
}

export function* generateCases(
  rng: Prng,
  world: CaseWorld,
  openTotal: number,
  sink: RowSink,
  counts: CaseCounts,
) {
  const perWijk = casesPerWijk(world, openTotal);
  for (const wijk of world.wijken) {
    const open = perWijk[wijk.idx]!;
    const total = open + Math.round(open * CLOSED_SHARE);
    for (let n = 1; n <= total; n++) {
      writeCase(rng, world, wijk, n, n > open, sink, counts);
      if (counts.cases % CHUNK === 0) yield;
    }
    sink.row("CaseCodeCounter", [wijk.prefix, total + 1]);
  }
}

function writeCase(
  rng: Prng,
  world: CaseWorld,
  wijk: Wijk,
  n: number,
  closed: boolean,
  sink: RowSink,
  counts: CaseCounts,
) {
  const id = rng.uuid();
  const workers = world.workers[wijk.idx]!;
  const members = workers.length > 0 ? rng.sample(workers, rng.skewed(1, 4, 1.5)) : [];
  const topics = caseTopics(rng, world, members);
  const opened = new Date(world.now.getTime() - rng.skewed(1, 730, 2) * DAY);
  const code = `${wijk.prefix}-${String(n).padStart(3, "0")}`;
  const closedOn = closed
    ? day(new Date(Math.min(world.now.getTime(), opened.getTime() + rng.int(20, 300) * DAY)))
    : null;
  const coordinator = world.coordinator[wijk.idx];
  const coordinatorId = coordinator !== undefined ? world.people[coordinator]!.id : null;
  sink.row("Case", [
    id,
    code,
    wijk.id,
    closed ? "closed" : "open",
    day(opened),
    closedOn,
    topics,
    coordinatorId,
    null,
  ]);
  for (const m of members) sink.row("CaseMember", [id, world.people[m]!.id, world.people[m]!.role, opened]);
  counts.cases += 1;
  if (closed || members.length === 0) return;
  counts.open += 1;
  if (rng.chance(HANDOVER_SHARE)) writeHandover(rng, world, wijk, id, members, topics, counts, sink);
  if (rng.chance(CONSULT_SHARE)) writeConsult(rng, world, id, members, counts, sink);
}

function caseTopics(rng: Prng, world: CaseWorld, members: number[]): string[] {
  const topics = new Set<string>();
  for (let i = rng.skewed(1, 3); i > 0; i--) {
    const own = world.people[rng.pick(members)]!.topics;
    if (own.length > 0) topics.add(rng.pick(own));
  }
  return topics.size > 0 ? [...topics] : ["debts"];
}

function writeHandover(
  rng: Prng,
  world: CaseWorld,
  wijk: Wijk,
  caseId: string,
  members: number[],
  topics: string[],
  counts: CaseCounts,
  sink: RowSink,
) {
  const candidates = world.servicesIn[wijk.idx]!;
  if (candidates.length === 0) return;
  const matching = candidates.filter((s) => world.services[s]!.topics.some((t) => topics.includes(t)));
  const service = world.services[rng.pick(matching.length > 0 ? matching : candidates)]!;
  const topicId = service.topics.find((t) => topics.includes(t)) ?? service.topics[0]!;
  const from = world.people[members[0]!]!.id;
  const status = rng.weighted(HANDOVER_STATUSES, HANDOVER_WEIGHTS);
  const requestedAt = new Date(world.now.getTime() - rng.int(1, 56 * 24) * 3_600_000);
  const deadlineAt = addWorkingDays(requestedAt, service.responseWorkingDays);
  const overdue = deadlineAt < world.now;
  const ended = ["completed", "declined", "cancelled", "withdrawn", "forwarded"].includes(status);
  const endedAt = ended
    ? new Date(Math.min(world.now.getTime(), requestedAt.getTime() + rng.int(1, 20) * DAY))
    : null;
  const receiver = service.contacts.length > 0 ? world.people[rng.pick(service.contacts)]!.id : null;
  const accepted = ["accepted", "contacted", "completed"].includes(status) ? receiver : null;
  const consentId = rng.uuid();
  const handoverId = rng.uuid();
  sink.row("ConsentRecord", [
    consentId,
    caseId,
    from,
    new Date(requestedAt.getTime() - 600_000),
    rng.chance(0.7) ? "verbal" : "written",
    "warme overdracht",
    service.id,
    rng.chance(0.5) ? new Date(requestedAt.getTime() + 90 * DAY) : null,
    status === "withdrawn" ? endedAt : null,
    status === "withdrawn" ? from : null,
  ]);
  sink.row("Handover", [
    handoverId,
    caseId,
    from,
    service.id,
    accepted,
    topicId,
    status,
    rng.chance(0.1) ? "urgent" : "normal",
    "Synthetische overdracht voor de benchmark.",
    rng.chance(0.8) ? "phone" : "citizen-calls",
    rng.pick([null, "ochtend", "middag"]),
    status === "contacted" ? rng.int(1, 3) : 0,
    consentId,
    requestedAt,
    deadlineAt,
    status === "requested" && overdue ? deadlineAt : null,
    status === "requested" && overdue && rng.chance(0.5) ? new Date(deadlineAt.getTime() + DAY) : null,
    endedAt,
  ]);
  sink.row("HandoverEvent", [rng.uuid(), handoverId, requestedAt, "requested", from, null]);
  if (status !== "requested") {
    const at = endedAt ?? new Date(requestedAt.getTime() + rng.int(1, 48) * 3_600_000);
    sink.row("HandoverEvent", [rng.uuid(), handoverId, at, status, accepted ?? receiver ?? from, null]);
  }
  counts.handovers += 1;
}

/** Weekdays only; holidays are left out on purpose (the data only needs plausible deadlines). */
function addWorkingDays(from: Date, days: number): Date {
  const d = new Date(from);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return d;
}
