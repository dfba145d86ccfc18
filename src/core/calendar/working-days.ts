import { AppError } from "../shared/app-error.js";
import {
  dayNumber,
  fromDayNumber,
  fromLocalLenient,
  localDate,
  localDayNumber,
  weekday,
} from "./amsterdam-time.js";
import { type HolidayOptions, holidayDates, isPublicHoliday } from "./holidays.js";

/**
 * Handover deadlines and "overdue by N working days". A working day is Monday to Friday and not
 * a holiday of holidays.ts. Deadlines fall at end of business, so a receiver always has the
 * whole n-th working day, whatever time the request came in.
 */
export const END_OF_BUSINESS = "17:00";

export function isWorkingDay(date: string, options?: HolidayOptions): boolean {
  const day = weekday(date);
  return day !== "sat" && day !== "sun" && !isPublicHoliday(date, options);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string, options?: HolidayOptions): string {
  let day = dayNumber(date) + 1;
  while (!isWorkingDay(fromDayNumber(day), options)) day += 1;
  return fromDayNumber(day);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: string, options?: HolidayOptions): string {
  let day = dayNumber(date) - 1;
  while (!isWorkingDay(fromDayNumber(day), options)) day -= 1;
  return fromDayNumber(day);
}

/**
 * 17:00 local on the n-th working day after the (local) day of `from`: a request on Friday
 * 16:00 with n = 2 is due Tuesday 17:00. The day of the request never counts, also not when it
 * arrives at 08:00. n = 0 means end of business today, or of the next working day when today is
 * not one (a request on Saturday with n = 0 is due Monday 17:00).
 */
export function addWorkingDays(from: Date, n: number, options?: HolidayOptions): Date {
  if (!Number.isInteger(n) || n < 0) {
    throw new AppError("INPUT_INVALID", `working days must be a whole number >= 0, got ${n}`);
  }
  let date = localDate(from);
  if (n === 0 && !isWorkingDay(date, options)) date = nextWorkingDay(date, options);
  for (let i = 0; i < n; i += 1) date = nextWorkingDay(date, options);
  return fromLocalLenient(date, END_OF_BUSINESS);
}

/**
 * Working days elapsed from the day of `a` to the day of `b`: those after a's day up to and
 * including b's day, so workingDaysBetween(x, addWorkingDays(x, n)) === n. Times of day are
 * ignored: "overdue by 1 working day" reads right on the day after the deadline, and the caller
 * decides overdue-ness itself (now > deadline). Negative when b's day is before a's.
 * Arithmetic, not a day-by-day walk: the weekly digest runs this for a million open cases.
 */
export function workingDaysBetween(a: Date, b: Date, options?: HolidayOptions): number {
  const from = localDayNumber(a);
  const to = localDayNumber(b);
  return to >= from ? countAfterUntil(from, to, options) : -countAfterUntil(to, from, options);
}

function countAfterUntil(after: number, until: number, options?: HolidayOptions): number {
  let count = weekdaysThrough(until) - weekdaysThrough(after);
  if (count === 0) return 0;
  const lastYear = yearOf(until);
  for (let year = yearOf(after + 1); year <= lastYear; year += 1) {
    for (const day of weekdayHolidays(year, options)) if (day > after && day <= until) count -= 1;
  }
  return count;
}

function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

const weekdayHolidayCache = new Map<string, readonly number[]>();

/** Day numbers of the holidays that fall Monday to Friday: only those cost a working day. */
function weekdayHolidays(year: number, options?: HolidayOptions): readonly number[] {
  const key = `${year}:${options?.liberationDay ?? "every-year"}`;
  let days = weekdayHolidayCache.get(key);
  if (!days) {
    days = holidayDates(year, options)
      .filter((date) => weekday(date) !== "sat" && weekday(date) !== "sun")
      .map(dayNumber);
    weekdayHolidayCache.set(key, days);
  }
  return days;
}

/** Mondays to Fridays from a fixed Monday (1970-01-05, day 4) up to `day`; only differences matter. */
function weekdaysThrough(day: number): number {
  const sinceMonday = day - 4;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7 + 1, 5);
}
