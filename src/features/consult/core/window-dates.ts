import * as chrono from "chrono-node";
import { IANAZone } from "luxon";
import {
  addDays,
  localDate,
  WEEKDAYS,
  type Weekday,
  weekday,
  ZONE,
} from "../../../core/calendar/amsterdam-time.js";
import { DAY_WORDS } from "./window-phrases.js";

/**
 * The dates in a window text, read by chrono-node (nl first, then en): single days ("morgen",
 * "1 december"), ranges ("1-5 December"), weekdays ("maandag of dinsdag") and the word that
 * leads a date ("voor", "uiterlijk", "vanaf"), which turns a day into a deadline or a start.
 */

/** Local dates; `end` is exclusive. */
export interface DayRange {
  start: string;
  end: string;
}

export interface DateFindings {
  ranges: (DayRange & { lead: string | null })[];
  /** Weekdays named without a lead word, in the order written. */
  weekdays: Weekday[];
  /** A clock time chrono found next to a day ("dinsdag 10:00"). */
  atLocalTime?: string;
}

const LEAD_RE = /\b(voor|vóór|before|uiterlijk|by|until|tot|vanaf|from|after|na)\s*$/;

export function readDates(text: string, now: Date): DateFindings {
  // chrono takes the reference zone as an offset: the Amsterdam one at `now`, not the process's.
  const reference = { instant: now, timezone: IANAZone.create(ZONE).offset(now.getTime()) };
  let results = chrono.nl.parse(text, reference, { forwardDate: true });
  if (results.length === 0) results = chrono.en.parse(text, reference, { forwardDate: true });
  const findings: DateFindings = { ranges: [], weekdays: [] };
  for (const result of results) addResult(findings, result, text, now);
  return findings;
}

function addResult(findings: DateFindings, result: chrono.ParsedResult, text: string, now: Date): void {
  const { start } = result;
  const hasDay = start.isCertain("day");
  if (!hasDay && !start.isCertain("weekday")) return; // a bare time: the phrases handled those
  if (start.isCertain("hour")) findings.atLocalTime = hhmm(start.get("hour"), start.get("minute"));
  const lead = LEAD_RE.exec(text.slice(0, result.index))?.[1] ?? null;
  if (hasDay) {
    const end = result.end?.isCertain("day") ? result.end : start;
    findings.ranges.push({ start: isoDate(start), end: addDays(isoDate(end), 1), lead });
    return;
  }
  const day = weekdayOf(result);
  if (lead) {
    // "uiterlijk vrijdag" is a deadline, not "on Friday only".
    const date = nextOnOrAfter(localDate(now), day);
    findings.ranges.push({ start: date, end: addDays(date, 1), lead });
  } else if (!findings.weekdays.includes(day)) {
    findings.weekdays.push(day);
  }
}

function weekdayOf(result: chrono.ParsedResult): Weekday {
  const word = result.text.split(/\s+/).find((w) => DAY_WORDS[w] !== undefined);
  // chrono numbers weekdays from Sunday (0); WEEKDAYS starts on Monday.
  return word ? DAY_WORDS[word]! : WEEKDAYS[((result.start.get("weekday") ?? 1) + 6) % 7]!;
}

/** The first `day` on or after `date`: "donderdag" on a Thursday means today. */
export function nextOnOrAfter(date: string, day: Weekday): string {
  return addDays(date, (WEEKDAYS.indexOf(day) - WEEKDAYS.indexOf(weekday(date)) + 7) % 7);
}

function isoDate(component: chrono.ParsedComponents): string {
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  return `${component.get("year")}-${pad(component.get("month"))}-${pad(component.get("day"))}`;
}

function hhmm(hour: number | null, minute: number | null): string {
  return `${String(hour ?? 0).padStart(2, "0")}:${String(minute ?? 0).padStart(2, "0")}`;
}
