/**
 * Planning a consult: propose participants and slots, collect votes, confirm as soon as one slot
 * has every required participant (or when the organiser overrides). Confirmation is a guarded
 * transition: when two last votes arrive together only one confirms, and the other sees it.
 */
import type { Caller } from "../../../core/access/caller.js";
import { caseAccess } from "../../../core/access/case-access.policy.js";
import { addDays, localDate, startOfLocalDay } from "../../../core/calendar/amsterdam-time.js";
import { caseNotFound } from "../../cases/core/case.service.js";
import type { ConsultRecord, PlanningCase } from "./consult.ports.js";
import type { ConsultAnswer, PlanResult } from "./consult.result.js";
import { confirm } from "./consult.state.js";
import { auditEntry, type ConsultDeps, hasRelatives, loadForActor, stateOf } from "./consult-effects.js";
import { noticesFor, ownInvite } from "./consult-notices.js";
import { proposeParticipants } from "./participants.policy.js";
import type { SlotParticipant } from "./slot-candidates.policy.js";
import {
  DEFAULT_DURATION_MINUTES,
  findSlots,
  MAX_WANTED,
  NEAREST_LOOKAHEAD_DAYS,
} from "./slot-finder.policy.js";
import { castVote, confirmableSlot, organiserOverride, type VoteAnswer } from "./vote.policy.js";
import { type ConsultWindow, parseWindow } from "./window.parser.js";

export async function planConsult(
  deps: ConsultDeps,
  caller: Caller,
  code: string,
  windowText: string | null,
): Promise<PlanResult> {
  const now = deps.clock.now();
  const planning = await deps.store.caseForPlanning(code);
  const basis = planning ? caseAccess(caller.actor, planning.access) : null;
  const organiser = planning ? organiserOf(planning, caller.actor.professionalId) : null;
  await deps.audit.record({
    event: "consult.plan",
    action: "read",
    at: now,
    actorId: caller.actor.professionalId,
    channel: caller.channel,
    caseId: planning?.id ?? null,
    caseCode: code,
    authorised: basis !== null,
    detail: basis ? { basis, involved: organiser !== null } : { found: planning !== null },
  });
  if (!planning || !basis) throw caseNotFound(code);
  if (!organiser) return { kind: "not-involved", caseCode: code };

  const proposal = proposeParticipants({
    roster: planning.roster,
    relatives: planning.relatives,
    organizer: organiser,
  });
  const parsed = parseWindow(windowText, now, deps.holidays);
  const participants = await slotParticipants(deps, proposal.participants, parsed.window);
  const found = findSlots({ participants, window: parsed.window, holidays: deps.holidays });
  const slots = [...found.slots, ...found.nearest.filter((s) => s.kind === "outside-window")].slice(
    0,
    MAX_WANTED,
  );
  const base = {
    missingRoles: proposal.missingRoles,
    windowUnderstood: parsed.understood,
    nearest: found.nearest,
  };
  if (slots.length === 0) return { kind: "no-slots", caseCode: code, ...base };

  const id = await deps.store.create(
    {
      caseId: planning.id,
      organizerId: caller.actor.professionalId,
      durationMinutes: DEFAULT_DURATION_MINUTES,
      windowStart: parsed.window.from,
      windowEnd: parsed.window.to,
      participants: proposal.participants,
      slots: slots.sort((a, b) => +a.start - +b.start).map(({ start, end }) => ({ start, end })),
    },
    (consultId) => ({
      audit: [
        auditEntry(
          caller,
          { id: consultId, caseId: planning.id, caseCode: code },
          "consult.plan",
          "create",
          now,
          {
            slots: slots.length,
            participants: proposal.participants.length,
          },
        ),
      ],
      notices: [],
    }),
  );
  // The proposal notices need the stored slot ids: a second write, keyed so a retry sends once.
  const consult = await mustLoad(deps, id);
  const notices = noticesFor(consult, "proposed", { exceptId: caller.actor.professionalId, now });
  if (notices.length > 0) {
    await deps.store.transition(id, { status: "planning", icsSequence: 0 }, {}, { audit: [], notices });
  }
  return { kind: "planned", consult, ...base, nearest: found.slots.length < 3 ? found.nearest : [] };
}

function organiserOf(planning: PlanningCase, professionalId: string) {
  const member = planning.roster.find((m) => m.professionalId === professionalId);
  if (member) return member;
  return planning.access.coordinatorId === professionalId ? { professionalId, role: "regie" } : null;
}

/** Availability, absence and other consults of every professional, over the window and look-ahead. */
async function slotParticipants(
  deps: ConsultDeps,
  proposed: ReturnType<typeof proposeParticipants>["participants"],
  window: ConsultWindow,
  exceptConsultId?: string,
): Promise<SlotParticipant[]> {
  const professionals = proposed.flatMap((p) => (p.kind === "professional" ? [p] : []));
  const until = startOfLocalDay(addDays(localDate(window.to), NEAREST_LOOKAHEAD_DAYS + 1));
  const schedules = await deps.store.schedules(
    professionals.map((p) => p.professionalId),
    { start: window.from, end: until },
    exceptConsultId,
  );
  return professionals.map((p) => {
    const s = schedules.find((x) => x.professionalId === p.professionalId);
    return {
      id: p.professionalId,
      required: p.required,
      availability: s?.availability ?? {},
      absence: s?.absence ?? null,
      busy: s?.busy ?? [],
    };
  });
}

export { slotParticipants };

export async function voteOnSlot(
  deps: ConsultDeps,
  caller: Caller,
  input: { consultId: string; slotId: string; answer: VoteAnswer },
): Promise<ConsultAnswer> {
  const { consult, now } = await loadForActor(deps, caller, input.consultId, "consult.vote", "update");
  const me = caller.actor.professionalId;
  const cast = castVote(
    consult.votes,
    { slotId: input.slotId, participantId: me, answer: input.answer },
    { slots: consult.slots, participants: voters(consult), votingOpen: consult.status === "planning" },
  );
  if (!cast.ok) return answer(consult, "voted", { kind: "vote", reason: cast.reason });
  const audit = [auditEntry(caller, consult, "consult.vote", "update", now, { answer: input.answer })];
  await deps.store.saveVote(
    consult.id,
    { professionalId: me, slotId: input.slotId, answer: input.answer, at: now },
    {
      audit,
      notices: [],
    },
  );
  const voted = { ...consult, votes: cast.votes };
  const slot = confirmableSlot(voted.slots, voters(voted), voted.votes);
  if (!slot) return answer(voted, "voted", null);
  return confirmSlot(deps, caller, voted, slot.slotId, "votes");
}

/** The organiser confirms any proposed slot, whatever the votes say. */
export async function confirmByOrganiser(
  deps: ConsultDeps,
  caller: Caller,
  input: { consultId: string; slotId: string },
): Promise<ConsultAnswer> {
  const { consult } = await loadForActor(deps, caller, input.consultId, "consult.confirm", "update");
  const override = organiserOverride({
    actorId: caller.actor.professionalId,
    organizerId: consult.organizerId,
    slotId: input.slotId,
    slots: consult.slots,
  });
  if (!override.ok) {
    return answer(
      consult,
      "confirmed",
      override.reason === "not-organiser" ? { kind: "not-organiser" } : { kind: "slot-unknown" },
    );
  }
  return confirmSlot(deps, caller, consult, override.slotId, "organiser");
}

async function confirmSlot(
  deps: ConsultDeps,
  caller: Caller,
  consult: ConsultRecord,
  slotId: string,
  by: "votes" | "organiser",
): Promise<ConsultAnswer> {
  const now = deps.clock.now();
  const slot = consult.slots.find((s) => s.id === slotId)!;
  const next = confirm(stateOf(consult), slot.start, now, deps.holidays);
  if (!next.ok) return answer(consult, "confirmed", { kind: "state", refusal: next.refusal });
  const confirmed: ConsultRecord = {
    ...consult,
    status: "scheduled",
    start: slot.start,
    remindedAt: next.state.remindedAt,
  };
  const me = caller.actor.professionalId;
  const notices = noticesFor(confirmed, "confirmed", { exceptId: me, ics: "REQUEST", now });
  if (me !== consult.organizerId && hasRelatives(confirmed)) {
    notices.push(
      ...noticesFor(confirmed, "relatives", {
        exceptId: null,
        ics: "REQUEST",
        now,
        only: [consult.organizerId],
      }),
    );
  }
  const audit = [auditEntry(caller, consult, "consult.confirm", "update", now, { by })];
  const applied = await deps.store.transition(
    consult.id,
    { status: "planning", icsSequence: consult.icsSequence },
    { status: "scheduled", start: slot.start, remindedAt: next.state.remindedAt },
    { audit, notices },
  );
  if (!applied) return answer(await mustLoad(deps, consult.id), "confirmed", { kind: "changed-meanwhile" });
  const ics = ownInvite(confirmed, me, "REQUEST", now);
  return {
    ...answer(confirmed, "confirmed", null),
    ics,
    forwardToRelatives: me === consult.organizerId && hasRelatives(confirmed),
  };
}

export function voters(consult: ConsultRecord) {
  return consult.participants.flatMap((p) =>
    p.professionalId ? [{ id: p.professionalId, required: p.required }] : [],
  );
}

export function answer(
  consult: ConsultRecord,
  event: ConsultAnswer["event"],
  refusal: ConsultAnswer["refusal"],
): ConsultAnswer {
  return { consult, event, ics: null, refusal, forwardToRelatives: false };
}

export async function mustLoad(deps: ConsultDeps, id: string): Promise<ConsultRecord> {
  const consult = await deps.store.byId(id);
  if (!consult) throw new Error(`consult ${id} vanished`);
  return consult;
}
