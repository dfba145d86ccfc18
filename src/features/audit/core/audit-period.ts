import * as chrono from "chrono-node";
import { IANAZone } from "luxon";
import { addDays, startOfLocalDay, ZONE } from "../../../core/calendar/amsterdam-time.js";

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/**
 * A day as typed in an audit query ("2026-11-01", "1 november", "gisteren", "Nov 1") to an ISO
 * date in Europe/Amsterdam, or null. Audit periods look back, so chrono does not move dates forward.
 */
export function readAuditDay(text: string, now: Date): string | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? null : date;
  }
  const reference = { instant: now, timezone: IANAZone.create(ZONE).offset(now.getTime()) };
  const results = chrono.nl.parse(text, reference);
  const found = results.length > 0 ? results : chrono.en.parse(text, reference);
  const start = found[0]?.start;
  if (!start?.isCertain("day")) return null;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  return `${start.get("year")}-${pad(start.get("month"))}-${pad(start.get("day"))}`;
}

export interface AuditPeriod {
  /** Inclusive start instant (local midnight of the first day). */
  from: Date | null;
  /** Exclusive end instant (local midnight after the last day). */
  to: Date | null;
}

/** Raw from/to texts to a period; "bad" names the text that is not a date. */
export function readAuditPeriod(
  fromText: string | null,
  toText: string | null,
  now: Date,
): { kind: "ok"; period: AuditPeriod } | { kind: "bad"; text: string } {
  const fromDay = fromText ? readAuditDay(fromText, now) : null;
  if (fromText && !fromDay) return { kind: "bad", text: fromText };
  const toDay = toText ? readAuditDay(toText, now) : null;
  if (toText && !toDay) return { kind: "bad", text: toText };
  return {
    kind: "ok",
    period: {
      from: fromDay ? startOfLocalDay(fromDay) : null,
      to: toDay ? startOfLocalDay(addDays(toDay, 1)) : null,
    },
  };
}
