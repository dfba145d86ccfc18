import { z } from "zod/v4";
import {
  addDays,
  fromLocalLenient,
  localDate,
  type Weekday,
  weekday,
} from "../../../core/calendar/amsterdam-time.js";
import { type HolidayOptions, isPublicHoliday } from "../../../core/calendar/holidays.js";
import { AppError } from "../../../core/shared/app-error.js";

/**
 * "Is this person reachable today?" for directory answers, and the office hours consult slot
 * finding builds on. Office hours are Amsterdam wall-clock ranges per weekday; public holidays
 * (holidays.ts) have none, and nobody is reachable during a recorded absence.
 */

const TIME = "([01]\\d|2[0-3]):([0-5]\\d)";
const RANGE_RE = new RegExp(`^${TIME}-${TIME}$`);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** How far ahead nextAvailable looks; beyond this "unknown" (null) is the honest answer. */
const HORIZON_DAYS = 28;

/** "09:00-17:00": same-day ranges only; a night shift is two ranges on two days. */
export const timeRangeSchema = z
  .string()
  .regex(RANGE_RE, "expected HH:mm-HH:mm, e.g. 09:00-17:00")
  .refine((range) => range.slice(0, 5) < range.slice(6), "a range must end after it starts");

const dayRanges = z.array(timeRangeSchema).optional();

/** The `availability` object of a professional in the social-map JSON. */
export const availabilitySchema = z.strictObject({
  mon: dayRanges,
  tue: dayRanges,
  wed: dayRanges,
  thu: dayRanges,
  fri: dayRanges,
  sat: dayRanges,
  sun: dayRanges,
});

export const absenceSchema = z
  .object({
    from: z.string().regex(DATE_RE, "expected YYYY-MM-DD"),
    to: z.string().regex(DATE_RE, "expected YYYY-MM-DD"),
    deputyId: z.string().min(1).nullable(),
  })
  .refine((absence) => absence.from <= absence.to, "an absence must end on or after its first day");

export type Availability = Partial<Record<Weekday, readonly string[]>>;
/** Both dates are local and inclusive: from 2026-11-23 to 2026-11-27 is Monday to Friday. */
export type Absence = z.infer<typeof absenceSchema>;

export type AvailabilityStatus = "available-now" | "available-today" | "not-today" | "absent";

export interface AvailabilityView {
  status: AvailabilityStatus;
  /** The earliest instant >= now at which they are available (now itself when available-now). */
  nextAvailable: Date | null;
  /** Whom to ask instead; only while absent. */
  deputyId: string | null;
}

export interface AvailabilityInput {
  availability: Availability;
  absence: Absence | null;
  now: Date;
}

export interface Interval {
  start: Date;
  end: Date;
}

/**
 * The office-hour intervals of one local date, sorted. Empty on public holidays. A range
 * touching the spring-forward gap is clipped to the hours that exist (02:30 starts at 03:00).
 */
export function workingIntervals(
  availability: Availability,
  date: string,
  options?: HolidayOptions,
): Interval[] {
  if (isPublicHoliday(date, options)) return [];
  return (availability[weekday(date)] ?? [])
    .map((range) => {
      if (!RANGE_RE.test(range)) throw new AppError("INPUT_INVALID", `not an HH:mm-HH:mm range: ${range}`);
      return {
        start: fromLocalLenient(date, range.slice(0, 5)),
        end: fromLocalLenient(date, range.slice(6)),
      };
    })
    .filter((interval) => interval.end.getTime() > interval.start.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * - absent: today (local) lies within the absence; deputyId says whom to ask instead;
 * - available-now: inside one of today's ranges;
 * - available-today: today is one of their days, but now is before, between or after the ranges;
 * - not-today: no ranges today (not their day, or a public holiday).
 * nextAvailable skips holidays and absence days; null when nothing is found within 4 weeks.
 */
export function availabilityAt(input: AvailabilityInput, options?: HolidayOptions): AvailabilityView {
  const { availability, absence, now } = input;
  const today = localDate(now);
  if (absence && isWithin(today, absence)) {
    const after = addDays(absence.to, 1);
    return { status: "absent", nextAvailable: nextStart(input, after, options), deputyId: absence.deputyId };
  }
  const intervals = workingIntervals(availability, today, options);
  if (intervals.some((i) => i.start.getTime() <= now.getTime() && now.getTime() < i.end.getTime())) {
    return { status: "available-now", nextAvailable: now, deputyId: null };
  }
  const status = intervals.length > 0 ? "available-today" : "not-today";
  return { status, nextAvailable: nextStart(input, today, options), deputyId: null };
}

function nextStart(
  input: AvailabilityInput,
  fromDate: string,
  options: HolidayOptions | undefined,
): Date | null {
  for (let i = 0; i < HORIZON_DAYS; i += 1) {
    const date = addDays(fromDate, i);
    if (input.absence && isWithin(date, input.absence)) continue;
    const next = workingIntervals(input.availability, date, options).find(
      (interval) => interval.start.getTime() > input.now.getTime(),
    );
    if (next) return next.start;
  }
  return null;
}

function isWithin(date: string, absence: Absence): boolean {
  return absence.from <= date && date <= absence.to;
}
