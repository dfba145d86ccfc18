import Holidays from "date-holidays";
import type { Lang } from "../shared/lang.js";
import { dayNumber } from "./amsterdam-time.js";

/**
 * Which days care and welfare organisations treat as closed: the national days off that their
 * collective agreements usually grant, not every Dutch "feestdag".
 *   Always: Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag, Hemelvaartsdag, Eerste en
 *   Tweede Pinksterdag, Eerste en Tweede Kerstdag.
 *   Configurable: Bevrijdingsdag (5 May), see LiberationDayRule.
 *   Never: Goede Vrijdag (a normal working day in the sector; date-holidays files it as "school").
 * Source: date-holidays "NL", type "public" (exactly the "always" list, with Koningsdag already
 * moved to Saturday when 27 April is a Sunday), plus its Bevrijdingsdag rule. holidays.test.ts
 * pins the 2026 list, so a library update that changes it fails loudly.
 */

/**
 * Bevrijdingsdag is a paid day off only in some agreements, and in others only every fifth year
 * (2025, 2030, ...). Default "every-year": a deadline that falls one day late is harmless, a
 * reminder sent to someone who is off is not.
 */
export type LiberationDayRule = "every-year" | "lustrum-years" | "never";

export interface HolidayOptions {
  liberationDay?: LiberationDayRule;
}

interface HolidayEntry {
  date: string;
  names: Record<Lang, string>;
  liberationDay: boolean;
}

const source = new Holidays("NL");
// date-holidays computes rules on every call; the lookups run per message and per digest row.
const byYear = new Map<number, ReadonlyMap<string, HolidayEntry>>();

function counts(entry: HolidayEntry, options: HolidayOptions | undefined): boolean {
  if (!entry.liberationDay) return true;
  const rule = options?.liberationDay ?? "every-year";
  if (rule === "every-year") return true;
  return rule === "lustrum-years" && Number(entry.date.slice(0, 4)) % 5 === 0;
}

function entriesOf(year: number): ReadonlyMap<string, HolidayEntry> {
  const cached = byYear.get(year);
  if (cached) return cached;
  const english = new Map(source.getHolidays(year, "en").map((h) => [h.date, h.name]));
  const entries = new Map<string, HolidayEntry>();
  for (const h of source.getHolidays(year, "nl")) {
    // `date` is the holiday's own calendar day ("2026-12-25 00:00:00"), independent of the
    // process zone; `start` is an instant and would not be.
    const liberationDay = h.rule === "05-05";
    if (h.type !== "public" && !liberationDay) continue;
    const date = h.date.slice(0, 10);
    entries.set(date, { date, liberationDay, names: { nl: h.name, en: english.get(h.date) ?? h.name } });
  }
  byYear.set(year, entries);
  return entries;
}

function entryOn(date: string, options: HolidayOptions | undefined): HolidayEntry | null {
  dayNumber(date); // throws on a malformed date rather than answering "no holiday"
  const entry = entriesOf(Number(date.slice(0, 4))).get(date);
  return entry && counts(entry, options) ? entry : null;
}

/** Whether the local date ("YYYY-MM-DD") is a non-working public holiday. */
export function isPublicHoliday(date: string, options?: HolidayOptions): boolean {
  return entryOn(date, options) !== null;
}

/** "Koningsdag" / "King's Day", or null when the date is not a holiday under these options. */
export function holidayName(date: string, lang: Lang, options?: HolidayOptions): string | null {
  return entryOn(date, options)?.names[lang] ?? null;
}

/** The non-working holidays of a year, in date order (for "closed on ..." notices and tests). */
export function holidaysOf(
  year: number,
  options?: HolidayOptions,
): { date: string; name: Record<Lang, string> }[] {
  return [...entriesOf(year).values()]
    .filter((entry) => counts(entry, options))
    .map((entry) => ({ date: entry.date, name: entry.names }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

const datesCache = new Map<string, readonly string[]>();

/** Just the dates of holidaysOf, cached: working-day counts call this once per case per digest. */
export function holidayDates(year: number, options?: HolidayOptions): readonly string[] {
  const key = `${year}:${options?.liberationDay ?? "every-year"}`;
  let dates = datesCache.get(key);
  if (!dates) {
    dates = holidaysOf(year, options).map((h) => h.date);
    datesCache.set(key, dates);
  }
  return dates;
}
