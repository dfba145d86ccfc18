/**
 * Changes to a consult after it was proposed: participants (while planning), agenda items,
 * reschedule and cancel (with a new invite revision for everyone), and the outcome with action
 * points and attendance. Each change is written with its audit record and notices in one
 * transaction by the store.
 */

import type { Caller } from "../../../core/access/caller.js";
import type { ConsultParticipantRecord, ConsultRecord, ParticipantChange } from "./consult.ports.js";
import type { ConsultAnswer } from "./consult.result.js";
import { cancel, reschedule } from "./consult.state.js";
import {
  type ActionPointInput,
  addAgendaItem as agendaPolicy,
  recordOutcome as outcomePolicy,
} from "./consult-agenda.policy.js";
import { auditEntry, type ConsultDeps, loadForActor, professionalIds, stateOf } from "./consult-effects.js";
import { noticesFor, ownInvite } from "./consult-notices.js";
import { answer, mustLoad, slotParticipants } from "./consult-planning.js";
import { editParticipants, type ParticipantEdit, type ProposedParticipant } from "./participants.policy.js";
import { checkRequestedSlot } from "./requested-slot.policy.js";

export type ParticipantEditInput =
  | { kind: "add-professional"; professionalId: string; role: string; required: boolean }
  | { kind: "add-relative"; label: string }
  | { kind: "remove"; participantId: string }
  | { kind: "set-required"; participantId: string; required: boolean };

export async function editParticipant(
  deps: ConsultDeps,
  caller: Caller,
  consultId: string,
  input: ParticipantEditInput,
): Promise<ConsultAnswer> {
  const { consult, now } = await loadForActor(deps, caller, consultId, "consult.participants", "update");
  if (consult.status !== "planning") {
    return answer(consult, "participants-changed", {
      kind: "state",
      refusal: { kind: "wrong-status", status: consult.status },
    });
  }
  const target =
    "participantId" in input ? consult.participants.find((p) => p.id === input.participantId) : undefined;
  const edit = toPolicyEdit(input, target);
  if (!edit)
    return answer(consult, "participants-changed", { kind: "participants", reason: "unknown-participant" });
  const result = editParticipants(consult.participants.map(toProposed), edit, {
    actorId: caller.actor.professionalId,
    organizerId: consult.organizerId,
  });
  if (!result.ok)
    return answer(consult, "participants-changed", { kind: "participants", reason: result.reason });
  const change: ParticipantChange =
    input.kind === "add-relative"
      ? { kind: "add-relative", relativeId: null, label: input.label.trim() }
      : input;
  await deps.store.editParticipants(consult.id, change, {
    audit: [auditEntry(caller, consult, "consult.participants", "update", now, { change: input.kind })],
    notices: [],
  });
  return answer(await mustLoad(deps, consult.id), "participants-changed", null);
}

function toProposed(p: ConsultParticipantRecord): ProposedParticipant {
  return p.professionalId
    ? { kind: "professional", professionalId: p.professionalId, role: p.role ?? "", required: p.required }
    : { kind: "relative", relativeId: null, label: p.relativeLabel ?? "", required: false };
}

function toPolicyEdit(
  input: ParticipantEditInput,
  target: ConsultParticipantRecord | undefined,
): ParticipantEdit | null {
  if (input.kind === "add-professional") return input;
  if (input.kind === "add-relative") return { kind: "add-relative", relativeId: null, label: input.label };
  if (!target) return null;
  const key = target.professionalId ?? `relative:${target.relativeLabel ?? ""}`;
  return input.kind === "remove"
    ? { kind: "remove", key }
    : { kind: "set-required", key, required: input.required };
}

export async function addAgenda(
  deps: ConsultDeps,
  caller: Caller,
  consultId: string,
  text: string,
): Promise<ConsultAnswer> {
  const { consult, now } = await loadForActor(deps, caller, consultId, "consult.agenda-add", "update");
  const result = agendaPolicy(
    { ...stateOf(consult), participantIds: professionalIds(consult) },
    consult.agenda,
    { text, addedById: caller.actor.professionalId },
    now,
  );
  if (!result.ok) return answer(consult, "agenda-added", { kind: "agenda", reason: result.reason });
  await deps.store.addAgendaItem(consult.id, result.item, {
    audit: [
      auditEntry(caller, consult, "consult.agenda-add", "update", now, { position: result.item.position }),
    ],
    notices: [],
  });
  return answer(await mustLoad(deps, consult.id), "agenda-added", null);
}

/** A new local date and time, checked like a proposed slot (DST nights refused, not guessed). */
export async function rescheduleConsult(
  deps: ConsultDeps,
  caller: Caller,
  input: { consultId: string; date: string; time: string },
): Promise<ConsultAnswer> {
  const { consult, now } = await loadForActor(deps, caller, input.consultId, "consult.reschedule", "update");
  if (caller.actor.professionalId !== consult.organizerId)
    return answer(consult, "rescheduled", { kind: "not-organiser" });
  const day = { from: new Date(now), to: new Date(now.getTime() + 400 * 86_400_000) };
  const proposed = consult.participants.map(toProposed);
  const participants = await slotParticipants(deps, proposed, day, consult.id);
  const check = checkRequestedSlot({
    date: input.date,
    time: input.time,
    durationMinutes: consult.durationMinutes,
    participants,
    now,
    ...(deps.holidays ? { holidays: deps.holidays } : {}),
  });
  if (!check.ok) return answer(consult, "rescheduled", { kind: "slot", refusal: check.refusal });
  const next = reschedule(
    stateOf(consult),
    { actorId: caller.actor.professionalId, start: check.slot.start },
    now,
    deps.holidays,
  );
  if (!next.ok) return answer(consult, "rescheduled", { kind: "state", refusal: next.refusal });
  const changed: ConsultRecord = { ...consult, ...next.state };
  return commitRevision(deps, caller, consult, changed, "rescheduled", {
    start: next.state.start!,
    icsSequence: next.state.icsSequence,
    remindedAt: next.state.remindedAt,
  });
}

export async function cancelConsult(
  deps: ConsultDeps,
  caller: Caller,
  consultId: string,
): Promise<ConsultAnswer> {
  const { consult, now } = await loadForActor(deps, caller, consultId, "consult.cancel", "update");
  const next = cancel(stateOf(consult), caller.actor.professionalId, now);
  if (!next.ok) return answer(consult, "cancelled", { kind: "state", refusal: next.refusal });
  const changed: ConsultRecord = { ...consult, ...next.state };
  return commitRevision(
    deps,
    caller,
    consult,
    changed,
    "cancelled",
    {
      status: "cancelled",
      icsSequence: next.state.icsSequence,
    },
    next.invite === "CANCEL" ? "CANCEL" : undefined,
  );
}

async function commitRevision(
  deps: ConsultDeps,
  caller: Caller,
  before: ConsultRecord,
  after: ConsultRecord,
  event: "rescheduled" | "cancelled",
  change: Parameters<ConsultDeps["store"]["transition"]>[2],
  ics: "REQUEST" | "CANCEL" | undefined = "REQUEST",
): Promise<ConsultAnswer> {
  const now = deps.clock.now();
  const me = caller.actor.professionalId;
  const notices = noticesFor(after, event, { exceptId: me, now, ...(ics ? { ics } : {}) });
  const audit = [
    auditEntry(
      caller,
      before,
      `consult.${event === "rescheduled" ? "reschedule" : "cancel"}`,
      "update",
      now,
      { sequence: after.icsSequence },
    ),
  ];
  const applied = await deps.store.transition(
    before.id,
    { status: before.status, icsSequence: before.icsSequence },
    change,
    { audit, notices },
  );
  if (!applied) return answer(await mustLoad(deps, before.id), event, { kind: "changed-meanwhile" });
  return { ...answer(after, event, null), ics: ics ? ownInvite(after, me, ics, now) : null };
}

export async function recordConsultOutcome(
  deps: ConsultDeps,
  caller: Caller,
  input: { consultId: string; outcome: string; actionPoints: ActionPointInput[]; attendedIds: string[] },
): Promise<ConsultAnswer> {
  const { consult, now } = await loadForActor(deps, caller, input.consultId, "consult.outcome", "update");
  const result = outcomePolicy(
    { ...stateOf(consult), participantIds: professionalIds(consult) },
    { actorId: caller.actor.professionalId, ...input },
    now,
  );
  if (!result.ok) return answer(consult, "outcome-recorded", { kind: "outcome", refusal: result.refusal });
  const notices = result.record.actionPoints.flatMap((point, index) =>
    noticesFor(consult, "task", { exceptId: caller.actor.professionalId, now, only: [point.ownerId] }).map(
      (n) => ({
        ...n,
        idempotencyKey: `${n.idempotencyKey}:ap${index}`,
        facts: { ...n.facts, task: { text: point.text, dueOn: point.dueOn } },
      }),
    ),
  );
  const audit = [
    auditEntry(caller, consult, "consult.outcome", "update", now, {
      actionPoints: result.record.actionPoints.length,
      attended: result.record.attendedIds.length,
    }),
  ];
  const applied = await deps.store.recordOutcome(
    consult.id,
    { status: "scheduled", icsSequence: consult.icsSequence },
    result.record,
    { audit, notices },
  );
  if (!applied)
    return answer(await mustLoad(deps, consult.id), "outcome-recorded", { kind: "changed-meanwhile" });
  return answer(await mustLoad(deps, consult.id), "outcome-recorded", null);
}
