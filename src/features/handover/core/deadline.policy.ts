import { fromLocalLenient, localDate } from "../../../core/calendar/amsterdam-time.js";
import { addWorkingDays, workingDaysBetween } from "../../../core/calendar/working-days.js";
import type { HandoverStatus } from "./handover.state.js";

/**
 * When a handover is due, when its receiver is reminded, and when the wijk coordinator hears it
 * is overdue. The norm is the receiving service's response time in working days (default 2):
 * the citizen should have been contacted by 17:00 on the n-th working day after the request.
 */
export const DEFAULT_NORM_WORKING_DAYS = 2;

/** The reminder goes at the start of the last working day, a full working day before 17:00. */
export const REMINDER_TIME = "09:00";

/** Only handovers whose citizen has not been reached yet are held to the deadline. */
const UNDER_DEADLINE: readonly HandoverStatus[] = ["requested", "accepted"];

export function handoverDeadline(requestedAt: Date, normWorkingDays?: number | null): Date {
  return addWorkingDays(requestedAt, normWorkingDays ?? DEFAULT_NORM_WORKING_DAYS);
}

/**
 * 09:00 on the deadline's (working) day. Null when that moment is not after the request (a
 * same-day norm asked for at 10:00): there is no time left to warn anyone before it is due.
 */
export function reminderAt(requestedAt: Date, deadlineAt: Date): Date | null {
  const at = fromLocalLenient(localDate(deadlineAt), REMINDER_TIME);
  return at.getTime() > requestedAt.getTime() ? at : null;
}

export interface DeadlineFacts {
  status: HandoverStatus;
  requestedAt: Date;
  deadlineAt: Date;
  reminderSentAt: Date | null;
  escalatedAt: Date | null;
}

export interface DeadlineActions {
  /** Remind the receiver (or the receiving service when nobody accepted yet). */
  remind: boolean;
  /** Tell the wijk coordinator the handover is overdue. */
  escalate: boolean;
}

/**
 * What the deadline job should do now. Once past the deadline only escalation remains: a
 * reminder after the fact would say "due today" about yesterday. Each happens once, recorded in
 * reminderSentAt / escalatedAt by the caller in the same transaction as the outbox rows.
 */
export function dueDeadlineActions(handover: DeadlineFacts, now: Date): DeadlineActions {
  if (!UNDER_DEADLINE.includes(handover.status)) return { remind: false, escalate: false };
  const overdue = now.getTime() > handover.deadlineAt.getTime();
  if (overdue) return { remind: false, escalate: handover.escalatedAt === null };
  const remindAt = reminderAt(handover.requestedAt, handover.deadlineAt);
  const remind = handover.reminderSentAt === null && remindAt !== null && now.getTime() >= remindAt.getTime();
  return { remind, escalate: false };
}

/** Whole working days past the deadline ("1 working day overdue" the day after); 0 if not overdue. */
export function overdueWorkingDays(deadlineAt: Date, now: Date): number {
  if (now.getTime() <= deadlineAt.getTime()) return 0;
  return Math.max(0, workingDaysBetween(deadlineAt, now));
}
