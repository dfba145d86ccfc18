import type { Actor } from "../../../core/access/actor.js";
import { addDays, dayNumber, localDate, weekday } from "../../../core/calendar/amsterdam-time.js";
import { holidayDates } from "../../../core/calendar/holidays.js";
import type { DigestScope, DigestWindow } from "./digest.ports.js";

/**
 * Who may see what in a digest (QUALITY.md, access): a coordinator the wijken they coordinate, a
 * network coordinator every wijk of their municipality. Checked again at every build, not only
 * when subscribing: a coordinator who hands over a wijk stops getting it the next week.
 */
export function visibleWijkIds(actor: Actor, municipalityWijkIds: readonly string[]): Set<string> {
  return new Set([...actor.coordinatorOf, ...(actor.networkMunicipality ? municipalityWijkIds : [])]);
}

export function isDigestRecipient(actor: Actor): boolean {
  return actor.coordinatorOf.length > 0 || actor.networkMunicipality !== null;
}

export function wijkScope(wijk: { id: string; name: string }): DigestScope {
  return { key: `wijk:${wijk.id}`, name: wijk.name, wijkIds: [wijk.id], rollup: false };
}

export function municipalityScope(code: string, name: string, wijkIds: string[]): DigestScope {
  return { key: `municipality:${code}`, name, wijkIds: [...wijkIds].sort(), rollup: true };
}

const DAY_MS = 86_400_000;
export const STALE_AFTER_DAYS = 365;

/**
 * "This week" is the seven days before now, so a Monday-morning digest covers the week that just
 * ended and an on-demand one on Thursday the last seven days, not three.
 */
export function digestWindow(now: Date): DigestWindow {
  const since = new Date(now.getTime() - 7 * DAY_MS);
  const today = localDate(now);
  const year = Number(today.slice(0, 4));
  // Working days in SQL go back as far as the oldest request still measured: two years is ample.
  const holidays = [year - 2, year - 1, year, year + 1]
    .flatMap((y) => holidayDates(y))
    .filter((d) => weekday(d) !== "sat" && weekday(d) !== "sun")
    .sort((a, b) => dayNumber(a) - dayNumber(b));
  return {
    now,
    since,
    until: new Date(now.getTime() + 7 * DAY_MS),
    today,
    sinceDay: localDate(since),
    staleBefore: addDays(today, -STALE_AFTER_DAYS),
    holidays,
  };
}
