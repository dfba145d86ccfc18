import {
  addDays,
  localDate,
  startOfLocalDay,
  WEEKDAYS,
  type Weekday,
  weekday,
} from "../../../core/calendar/amsterdam-time.js";
import type { HolidayOptions } from "../../../core/calendar/holidays.js";
import { addWorkingDays } from "../../../core/calendar/working-days.js";
import { type DateFindings, type DayRange, nextOnOrAfter, readDates } from "./window-dates.js";
import { type PartOfDay, type Phrases, readPhrases } from "./window-phrases.js";

/**
 * "volgende week", "donderdagmiddag", "na 14:00", "within 5 working days" -> the window consult
 * slots are searched in. Dates are Amsterdam calendar days whatever the process zone; chrono
 * reads dates, window-phrases.ts what chrono does not know.
 */

export type { PartOfDay } from "./window-phrases.js";

export interface ConsultWindow {
  /** Never before `now`: a slot in the past is no proposal. */
  from: Date;
  /** Exclusive. */
  to: Date;
  /** "HH:MM" local: slots start at or after it ("na 14:00"). */
  earliestLocalTime?: string;
  /** "HH:MM" local: only slots starting exactly then ("donderdag om 10:00"). */
  atLocalTime?: string;
  partOfDay?: PartOfDay;
  /** Only these weekdays ("maandag of dinsdag"). */
  weekdays?: Weekday[];
}

export interface ParsedWindow {
  window: ConsultWindow;
  /** False when text was given but nothing in it was read: the caller says the default is used. */
  understood: boolean;
}

/** "Unknown or no window" means the next 5 working days. */
export const DEFAULT_WINDOW_WORKING_DAYS = 5;
/** Bounds the slot search; "1 maart" in November must not scan four months. */
export const MAX_WINDOW_DAYS = 62;

export function parseWindow(
  text: string | null | undefined,
  now: Date,
  options?: HolidayOptions,
): ParsedWindow {
  const phrases = readPhrases(text ?? "");
  const found = readDates(phrases.rest, now);
  const range = rangeOf(phrases, found, now, options);
  const window = toWindow(range ?? defaultRange(now, options), now);
  const atLocalTime = phrases.atLocalTime ?? found.atLocalTime;
  if (phrases.earliestLocalTime) window.earliestLocalTime = phrases.earliestLocalTime;
  if (atLocalTime) window.atLocalTime = atLocalTime;
  if (phrases.partOfDay) window.partOfDay = phrases.partOfDay;
  if (found.weekdays.length > 0) window.weekdays = found.weekdays;
  const understood = range !== null || Boolean(phrases.partOfDay ?? phrases.earliestLocalTime ?? atLocalTime);
  return { window, understood: understood || (text ?? "").trim() === "" };
}

/** The window used when none is given: now until the end of the 5th working day after today. */
export function defaultWindow(now: Date, options?: HolidayOptions): ConsultWindow {
  return toWindow(defaultRange(now, options), now);
}

function defaultRange(now: Date, options?: HolidayOptions): DayRange {
  return workingDaysRange(now, DEFAULT_WINDOW_WORKING_DAYS, options);
}

function workingDaysRange(now: Date, n: number, options?: HolidayOptions): DayRange {
  return { start: localDate(now), end: addDays(localDate(addWorkingDays(now, n, options)), 1) };
}

function rangeOf(
  phrases: Phrases,
  found: DateFindings,
  now: Date,
  options?: HolidayOptions,
): DayRange | null {
  const today = localDate(now);
  if (phrases.span) {
    const { count, unit } = phrases.span;
    if (unit === "working-days") return workingDaysRange(now, count, options);
    return { start: today, end: addDays(today, (unit === "weeks" ? 7 * count : count) + 1) };
  }
  if (phrases.weekOffset !== undefined) {
    const monday = addDays(today, 7 * phrases.weekOffset - WEEKDAYS.indexOf(weekday(today)));
    return { start: monday, end: addDays(monday, 7) };
  }
  if (phrases.dayOffset !== undefined) {
    const day = addDays(today, phrases.dayOffset);
    return { start: day, end: addDays(day, 1) };
  }
  if (found.ranges.length === 1) return withLead(found.ranges[0]!, now, options);
  if (found.ranges.length > 1) {
    return {
      start: found.ranges.map((r) => r.start).sort()[0]!,
      end: found.ranges
        .map((r) => r.end)
        .sort()
        .at(-1)!,
    };
  }
  if (found.weekdays.length > 0) {
    const days = found.weekdays.map((day) => nextOnOrAfter(today, day)).sort();
    return { start: days[0]!, end: addDays(days.at(-1)!, 1) };
  }
  return null;
}

/** "voor 1 december" ends before it, "uiterlijk vrijdag" on it, "vanaf 1 december" starts there. */
function withLead(range: DateFindings["ranges"][number], now: Date, options?: HolidayOptions): DayRange {
  const today = localDate(now);
  switch (range.lead) {
    case "voor":
    case "vóór":
    case "before":
      return { start: today, end: range.start };
    case "uiterlijk":
    case "by":
    case "until":
    case "tot":
      return { start: today, end: range.end };
    case "vanaf":
    case "from":
    case "after":
    case "na": {
      const from = range.lead === "after" || range.lead === "na" ? range.end : range.start;
      const end = workingDaysRange(startOfLocalDay(from), DEFAULT_WINDOW_WORKING_DAYS, options).end;
      return { start: from, end };
    }
    default:
      return { start: range.start, end: range.end };
  }
}

function toWindow(range: DayRange, now: Date): ConsultWindow {
  const end = [range.end, addDays(range.start, MAX_WINDOW_DAYS)].sort()[0]!;
  const from = startOfLocalDay(range.start);
  return {
    from: from.getTime() < now.getTime() ? new Date(now.getTime()) : from,
    to: startOfLocalDay(end),
  };
}
