import { DateTime, type WeekdayNumbers } from "luxon";
import { AppError } from "../shared/app-error.js";
import { fromLocalLenient, localDate, WEEKDAYS, type Weekday } from "./amsterdam-time.js";

/**
 * ISO weeks on the Amsterdam clock: the key under which a weekly digest is sent exactly once per
 * recipient ("2026-W48"). Keys are zero-padded, so they sort as strings in time order.
 */

const WEEK_KEY_RE = /^(\d{4})-W(\d{2})$/;
const HOUR = 3_600_000;

/** A run counts as late when it goes out more than this after its scheduled instant. */
export const LATE_AFTER_MS = HOUR;

export interface WeeklySchedule {
  day: Weekday;
  /** "HH:mm" on the Amsterdam clock. */
  time: string;
}

export interface DueWeeklyRun {
  weekKey: string;
  scheduledAt: Date;
  late: boolean;
}

/** "2026-W53" for 2026-12-31, "2027-W01" for 2027-01-04: ISO week-year, not calendar year. */
export function isoWeekKey(instant: Date): string {
  // Luxon in UTC only for the week arithmetic of the Amsterdam calendar date.
  const local = DateTime.fromISO(localDate(instant), { zone: "UTC" });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, "0")}`;
}

/**
 * The instant of `day` at `time` (Amsterdam clock) in ISO week `weekKey`. A time in the spring-
 * forward gap moves to the first minute that exists (02:30 -> 03:00 on the March DST Sunday);
 * one that occurs twice in October takes its first occurrence, so a digest is not sent "twice".
 */
export function scheduledInstant(weekKey: string, day: Weekday, time: string): Date {
  const match = WEEK_KEY_RE.exec(weekKey);
  const isoDay = WEEKDAYS.indexOf(day) + 1;
  const date =
    match && isoDay > 0
      ? DateTime.fromObject(
          { weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: isoDay as WeekdayNumbers },
          { zone: "UTC" },
        )
      : null;
  // Luxon marks W54, and W53 of a 52-week year, invalid instead of rolling into the next year.
  if (!date?.isValid) {
    throw new AppError("INPUT_INVALID", `not a schedulable ISO week/day: ${weekKey} ${day}`);
  }
  return fromLocalLenient(date.toFormat("yyyy-MM-dd"), time);
}

/**
 * The run to send now, or null. Rules:
 * - only the week `now` is in: a run whose week went by entirely (service down from Sunday to
 *   the next Monday) is skipped, not sent a week late with stale counts. A run missed earlier in
 *   the current week (down on Monday 08:00, back on Wednesday) is sent once on return, marked
 *   late, which is the "caught up after downtime" promise of QUALITY.md;
 * - not before its scheduled instant;
 * - not when `lastSentWeekKey` is this week or later (a later key means the clock went back;
 *   sending again would break exactly-once).
 * The caller records weekKey atomically with the send; that key is what makes it once.
 */
export function dueWeeklyRun(
  schedule: WeeklySchedule,
  lastSentWeekKey: string | null,
  now: Date,
): DueWeeklyRun | null {
  // Keys compare as strings only when well formed ("2026-W5" would sort after "2026-W48").
  if (lastSentWeekKey !== null && !WEEK_KEY_RE.test(lastSentWeekKey)) {
    throw new AppError("INPUT_INVALID", `not an ISO week key: ${lastSentWeekKey}`);
  }
  const weekKey = isoWeekKey(now);
  if (lastSentWeekKey !== null && lastSentWeekKey >= weekKey) return null;
  const scheduledAt = scheduledInstant(weekKey, schedule.day, schedule.time);
  if (now.getTime() < scheduledAt.getTime()) return null;
  return { weekKey, scheduledAt, late: now.getTime() - scheduledAt.getTime() > LATE_AFTER_MS };
}
