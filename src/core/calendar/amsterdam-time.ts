import { DateTime, IANAZone, Info } from "luxon";
import { AppError } from "../shared/app-error.js";
import { type Lang, LOCALE } from "../shared/lang.js";

/**
 * Every calendar rule of Wijkbot (working days, "Monday 08:00", consult slots, ISO weeks) is
 * evaluated on the wall clock of this zone, whatever zone the process runs in. Instants stay
 * JS `Date`s (UTC); nothing here reads the process zone or the system clock.
 */
export const ZONE = "Europe/Amsterdam";

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
/** ISO order: index 0 is Monday, as luxon's `weekday - 1`. */
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export type LocalResolution =
  | { kind: "ok"; instant: Date }
  | { kind: "nonexistent" }
  | { kind: "ambiguous"; earlier: Date; later: Date };

const zone = IANAZone.create(ZONE);
const MINUTE = 60_000;
const DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

const offsetByUtcDay = new Map<number, number | null>();

/**
 * Minutes east of UTC at `ms`. Luxon asks Intl for every offset (~10 µs); the weekly digest
 * converts millions of instants, so offsets are cached per UTC day. A day whose first and last
 * millisecond share an offset has no change inside it (Amsterdam changes at most once a day);
 * only the two transition days a year go back to luxon each time.
 */
function offsetAt(ms: number): number {
  const day = Math.floor(ms / DAY);
  let offset = offsetByUtcDay.get(day);
  if (offset === undefined) {
    const first = zone.offset(day * DAY);
    offset = first === zone.offset((day + 1) * DAY - 1) ? first : null;
    if (offsetByUtcDay.size >= 10_000) offsetByUtcDay.clear(); // bounded: ~27 years of days
    offsetByUtcDay.set(day, offset);
  }
  return offset ?? zone.offset(ms);
}

/** A Date whose UTC fields read as the Amsterdam wall clock: field access without Intl. */
function wallClock(instant: Date): Date {
  const ms = instant.getTime();
  return new Date(ms + offsetAt(ms) * MINUTE);
}

/** "YYYY-MM-DD" of the instant on the Amsterdam wall clock. */
export function localDate(instant: Date): string {
  return wallClock(instant).toISOString().slice(0, 10);
}

/** dayNumber(localDate(instant)) without the string round trip, for counting loops. */
export function localDayNumber(instant: Date): number {
  return Math.floor(wallClock(instant).getTime() / DAY);
}

/** "HH:mm" of the instant on the Amsterdam wall clock. */
export function localTime(instant: Date): string {
  return wallClock(instant).toISOString().slice(11, 16);
}

/** Days since 1970-01-01 of a local date: calendar arithmetic that no zone can disturb. */
export function dayNumber(date: string): number {
  const match = DATE_RE.exec(date);
  if (!match) throw invalid(`not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 2026-02-30 over to March: reject instead of silently moving the date.
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw invalid(`no such date: ${date}`);
  }
  return ms / DAY;
}

/** Inverse of dayNumber. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The local date `days` calendar days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Weekday of an instant (on the Amsterdam clock) or of a local date. */
export function weekday(value: Date | string): Weekday {
  // getUTCDay counts from Sunday; 1970-01-01 (day 0) was a Thursday, index 3 from Monday.
  if (value instanceof Date) return WEEKDAYS[(wallClock(value).getUTCDay() + 6) % 7]!;
  return WEEKDAYS[(((dayNumber(value) + 3) % 7) + 7) % 7]!;
}

function parseTime(time: string): number {
  const match = TIME_RE.exec(time);
  if (!match) throw invalid(`not an HH:mm time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The instant(s) at which the Amsterdam wall clock shows `date time`. Around a DST change the
 * answer is not one instant: 02:30 on the last Sunday of March never happens, 02:30 on the last
 * Sunday of October happens twice. Callers must decide, so both cases are data, not a guess.
 */
export function fromLocal(date: string, time: string): LocalResolution {
  // The wall-clock reading as if it were UTC; each candidate offset maps it to one instant.
  const naive = dayNumber(date) * DAY + parseTime(time) * MINUTE;
  const offsets = new Set([offsetAt(naive - DAY), offsetAt(naive), offsetAt(naive + DAY)]);
  const hits = [...offsets]
    .map((offset) => naive - offset * MINUTE)
    .filter((ms) => naive - offsetAt(ms) * MINUTE === ms)
    .sort((a, b) => a - b);
  const [first, second] = hits;
  if (first === undefined) return { kind: "nonexistent" };
  if (second === undefined) return { kind: "ok", instant: new Date(first) };
  return { kind: "ambiguous", earlier: new Date(first), later: new Date(second) };
}

/**
 * fromLocal for schedules and office hours, where an answer is needed anyway: a time in the
 * spring-forward gap moves to the first minute that exists (02:30 -> 03:00), a time that occurs
 * twice takes its first occurrence.
 */
export function fromLocalLenient(date: string, time: string): Date {
  const resolved = fromLocal(date, time);
  if (resolved.kind === "ok") return resolved.instant;
  if (resolved.kind === "ambiguous") return resolved.earlier;
  // The gap's end is the transition instant; it lies between the readings under the offsets
  // before and after the change. Binary search to the minute (tzdb changes fall on minutes).
  const naive = dayNumber(date) * DAY + parseTime(time) * MINUTE;
  let lo = naive - offsetAt(naive + DAY) * MINUTE; // still before the change
  let hi = naive - offsetAt(naive - DAY) * MINUTE; // already after it
  const after = offsetAt(hi);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetAt(mid) === after) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/** Local midnight (or, in a zone that skips it, the first minute of that day). */
export function startOfLocalDay(date: string): Date {
  return fromLocalLenient(date, "00:00");
}

/**
 * - "short": "ma 23 nov 09:00" / "Mon 23 Nov 09:00" (lists, buttons)
 * - "date":  "ma 23 nov" / "Mon 23 Nov"
 * - "time":  "09:00"
 * - "long":  "maandag 23 november 2026 09:00" / "Monday 23 November 2026 09:00" (invites)
 */
export type FormatStyle = "short" | "date" | "time" | "long";

// Luxon takes day and month names from Intl (CLDR) for the language's locale; the patterns fix
// the order. amsterdam-time.test.ts pins every name, so an ICU update that renames one shows up.
const PATTERNS: Record<FormatStyle, string> = {
  short: "EEE d MMM HH:mm",
  date: "EEE d MMM",
  time: "HH:mm",
  long: "EEEE d MMMM yyyy HH:mm",
};

/** Human display of an instant on the Amsterdam clock. */
export function formatLocal(instant: Date, lang: Lang, style: FormatStyle = "short"): string {
  return onWallClock(wallClock(instant), lang).toFormat(PATTERNS[style]);
}

/**
 * A calendar day with its year. "numeric": 14-10-2026 in Dutch, 2026-10-14 (ISO) in English (as
 * lookups and digests show it); "long": 14 oktober 2026 / 14 October 2026 (in a sentence).
 */
export function formatDay(date: string, lang: Lang, style: "numeric" | "long" = "numeric"): string {
  const pattern = style === "long" ? "d MMMM yyyy" : lang === "nl" ? "dd-MM-yyyy" : "yyyy-MM-dd";
  return onWallClock(new Date(dayNumber(date) * DAY), lang).toFormat(pattern);
}

/** "maandag" / "Monday". */
export function weekdayName(day: Weekday, lang: Lang): string {
  return Info.weekdays("long", { locale: LOCALE[lang] })[WEEKDAYS.indexOf(day)]!;
}

/** A wall-clock time (as wallClock gives it) for luxon to format, read as UTC. */
function onWallClock(wall: Date, lang: Lang): DateTime {
  return DateTime.fromJSDate(wall, { zone: "utc" }).setLocale(LOCALE[lang]);
}

function invalid(message: string): AppError {
  return new AppError("INPUT_INVALID", message);
}
