import * as chrono from "chrono-node";
import { IANAZone } from "luxon";
import { ZONE } from "./amsterdam-time.js";

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/**
 * A day as typed ("2026-12-04", "4 december", "gisteren", "next Friday") to an ISO date in
 * Europe/Amsterdam, or null. `forward`: an ambiguous date means the next one ("4 december" in
 * January is a past December for an audit query, the coming one for an absence).
 */
export function readLocalDay(text: string, now: Date, options: { forward: boolean }): string | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? null : date;
  }
  // chrono takes the reference zone as an offset: the Amsterdam one at `now`, not the process's.
  const reference = { instant: now, timezone: IANAZone.create(ZONE).offset(now.getTime()) };
  const settings = { forwardDate: options.forward };
  const results = chrono.nl.parse(text, reference, settings);
  const found = results.length > 0 ? results : chrono.en.parse(text, reference, settings);
  const start = found[0]?.start;
  // A bare weekday ("vrijdag") is a day only when looking forward: the coming one.
  if (!start?.isCertain("day") && !(options.forward && start?.isCertain("weekday"))) return null;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  return `${start.get("year")}-${pad(start.get("month"))}-${pad(start.get("day"))}`;
}
