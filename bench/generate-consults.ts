/**
 * Consults of the synthetic cases, in every state: participants from the case's members (the
 * first two required) and sometimes a relative, three voted slots while planning, an agenda,
 * and an action point once done.
 */
import type { CaseCounts, CaseWorld } from "./generate-cases.js";
import type { Prng } from "./prng.js";
import { DAY, day, type RowSink } from "./tables.js";

const CONSULT_STATES = ["planning", "scheduled", "done", "cancelled"];
const CONSULT_WEIGHTS = [30, 40, 20, 10];

export function writeConsult(
  rng: Prng,
  world: CaseWorld,
  caseId: string,
  members: number[],
  counts: CaseCounts,
  sink: RowSink,
) {
  const id = rng.uuid();
  const status = rng.weighted(CONSULT_STATES, CONSULT_WEIGHTS);
  const organizer = world.people[members[0]!]!.id;
  const offsetDays = status === "done" ? -rng.int(1, 60) : rng.int(1, 14);
  const start = new Date(world.now.getTime() + offsetDays * DAY + rng.int(0, 6) * 3_600_000);
  const planning = status === "planning";
  sink.row("Consult", [
    id,
    caseId,
    status,
    organizer,
    planning ? null : start,
    "Bij de patiënt thuis",
    planning ? world.now : null,
    planning ? new Date(world.now.getTime() + 14 * DAY) : null,
    rng.uuid(),
    status === "done" ? "Afspraken gemaakt." : null,
  ]);
  const participants = members.map((m, i) => {
    const pid = rng.uuid();
    const p = world.people[m]!;
    sink.row("ConsultParticipant", [
      pid,
      id,
      p.id,
      null,
      p.role,
      i < 2,
      status === "done" ? rng.chance(0.9) : null,
    ]);
    return pid;
  });
  if (rng.chance(0.5)) sink.row("ConsultParticipant", [rng.uuid(), id, null, "Partner", null, false, null]);
  if (planning) writeSlots(rng, world, id, participants, sink);
  sink.row("ConsultAgendaItem", [rng.uuid(), id, 0, "Wensen en zorgen", organizer]);
  sink.row("ConsultAgendaItem", [rng.uuid(), id, 1, "Taakverdeling", organizer]);
  if (status === "done") {
    sink.row("ActionPoint", [
      rng.uuid(),
      caseId,
      id,
      organizer,
      "Terugkoppeling aan huisarts",
      day(new Date(start.getTime() + 7 * DAY)),
      null,
    ]);
  }
  counts.consults += 1;
}

function writeSlots(rng: Prng, world: CaseWorld, consultId: string, participants: string[], sink: RowSink) {
  for (let s = 0; s < 3; s++) {
    const slotId = rng.uuid();
    const start = new Date(world.now.getTime() + (s + 2) * DAY + 4 * 3_600_000);
    sink.row("ConsultSlot", [slotId, consultId, start, new Date(start.getTime() + 45 * 60_000)]);
    for (const p of participants) {
      if (rng.chance(0.6))
        sink.row("ConsultVote", [slotId, p, rng.pick(["yes", "no", "if-needed"]), world.now]);
    }
  }
}
