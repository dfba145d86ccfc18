import { addDays, startOfLocalDay } from "../../../core/calendar/amsterdam-time.js";
import { readLocalDay } from "../../../core/calendar/day-text.js";

/**
 * A day as typed in an audit query ("2026-11-01", "1 november", "gisteren", "Nov 1") to an ISO
 * date in Europe/Amsterdam, or null. Audit periods look back, so chrono does not move dates forward.
 */
export function readAuditDay(text: string, now: Date): string | null {
  return readLocalDay(text, now, { forward: false });
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
