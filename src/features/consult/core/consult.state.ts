import { fromLocalLenient, localDate } from "../../../core/calendar/amsterdam-time.js";
import type { HolidayOptions } from "../../../core/calendar/holidays.js";
import { previousWorkingDay } from "../../../core/calendar/working-days.js";

/**
 * The life of a consult: planning (slots proposed, votes coming in) -> scheduled (a slot
 * confirmed, invite sent) -> done (outcome recorded, consult-agenda.policy.ts) or cancelled.
 * Every transition says which invite to send: the first confirmation sends REQUEST with the
 * stored SEQUENCE (0); a reschedule keeps the UID and sends REQUEST with SEQUENCE + 1; a cancel
 * of a scheduled consult sends CANCEL with SEQUENCE + 1 (RFC 5546: each revision bumps it).
 * Refusals are data; the service turns them into messages.
 */

export type ConsultStatus = "planning" | "scheduled" | "done" | "cancelled";
export const CONSULT_STATUSES: readonly ConsultStatus[] = ["planning", "scheduled", "done", "cancelled"];

export interface ConsultState {
  status: ConsultStatus;
  organizerId: string;
  /** Set once scheduled. */
  start: Date | null;
  durationMinutes: number;
  /** SEQUENCE of the last invite sent (Consult.icsSequence). */
  icsSequence: number;
  remindedAt: Date | null;
}

/** Which invite the caller must send after the transition, with `state.icsSequence`. */
export type InviteAction = "REQUEST" | "CANCEL" | null;

export type ConsultRefusal =
  | { kind: "wrong-status"; status: ConsultStatus }
  | { kind: "not-organiser" }
  | { kind: "in-the-past" }
  | { kind: "already-started" }
  | { kind: "same-time" };

export type ConsultTransition =
  | { ok: true; state: ConsultState; invite: InviteAction }
  | { ok: false; refusal: ConsultRefusal };

/**
 * Reminders go out at 09:00 local on the last working day before the consult: "the day before"
 * in working terms, so a Monday consult is announced on Friday, not on a Sunday, and never on a
 * holiday when nobody reads chat.
 */
export const REMINDER_LOCAL_TIME = "09:00";

export function reminderInstant(start: Date, holidays?: HolidayOptions): Date {
  return fromLocalLenient(previousWorkingDay(localDate(start), holidays), REMINDER_LOCAL_TIME);
}

/** Whether the reminder job should send now. The job records remindedAt with the send. */
export function reminderDue(state: ConsultState, now: Date, holidays?: HolidayOptions): boolean {
  if (state.status !== "scheduled" || state.start === null || state.remindedAt !== null) return false;
  return now >= reminderInstant(state.start, holidays) && now < state.start;
}

export function consultEnd(state: Pick<ConsultState, "start" | "durationMinutes">): Date | null {
  return state.start ? new Date(state.start.getTime() + state.durationMinutes * 60_000) : null;
}

/** For "mijn consulten": scheduled and not yet over. */
export function isUpcoming(state: ConsultState, now: Date): boolean {
  const end = consultEnd(state);
  return state.status === "scheduled" && end !== null && end > now;
}

/** planning -> scheduled, by votes or by the organiser's override (vote.policy.ts decides which). */
export function confirm(
  state: ConsultState,
  start: Date,
  now: Date,
  holidays?: HolidayOptions,
): ConsultTransition {
  if (state.status !== "planning") return refuse({ kind: "wrong-status", status: state.status });
  if (start <= now) return refuse({ kind: "in-the-past" });
  const next = {
    ...state,
    status: "scheduled" as const,
    start,
    remindedAt: lateReminder(start, now, holidays),
  };
  return { ok: true, state: next, invite: "REQUEST" };
}

/** A new time for a scheduled consult: same UID, SEQUENCE + 1, reminder due again. */
export function reschedule(
  state: ConsultState,
  change: { actorId: string; start: Date },
  now: Date,
  holidays?: HolidayOptions,
): ConsultTransition {
  const refusal = organiserBeforeStart(state, change.actorId, now);
  if (refusal) return refuse(refusal);
  if (change.start <= now) return refuse({ kind: "in-the-past" });
  if (state.start?.getTime() === change.start.getTime()) return refuse({ kind: "same-time" });
  const next = {
    ...state,
    start: change.start,
    icsSequence: state.icsSequence + 1,
    remindedAt: lateReminder(change.start, now, holidays),
  };
  return { ok: true, state: next, invite: "REQUEST" };
}

/** planning or scheduled -> cancelled; only a scheduled consult has an invite to cancel. */
export function cancel(state: ConsultState, actorId: string, now: Date): ConsultTransition {
  if (state.status === "planning") {
    if (actorId !== state.organizerId) return refuse({ kind: "not-organiser" });
    return { ok: true, state: { ...state, status: "cancelled" }, invite: null };
  }
  const refusal = organiserBeforeStart(state, actorId, now);
  if (refusal) return refuse(refusal);
  const next = { ...state, status: "cancelled" as const, icsSequence: state.icsSequence + 1 };
  return { ok: true, state: next, invite: "CANCEL" };
}

function organiserBeforeStart(state: ConsultState, actorId: string, now: Date): ConsultRefusal | null {
  if (state.status !== "scheduled") return { kind: "wrong-status", status: state.status };
  if (actorId !== state.organizerId) return { kind: "not-organiser" };
  if (state.start !== null && state.start <= now) return { kind: "already-started" };
  return null;
}

/**
 * Confirmed after the reminder moment (e.g. on Friday afternoon for Monday): the confirmation
 * itself is the reminder, so it counts as sent now rather than sending a second message.
 */
function lateReminder(start: Date, now: Date, holidays?: HolidayOptions): Date | null {
  return now >= reminderInstant(start, holidays) ? new Date(now.getTime()) : null;
}

function refuse(refusal: ConsultRefusal): ConsultTransition {
  return { ok: false, refusal };
}
