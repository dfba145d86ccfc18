/** Values as the format writes them. */
import { DateTime } from "luxon";
import { ZONE } from "../../core/calendar/amsterdam-time.js";

/** A `@db.Date` column (UTC midnight) as YYYY-MM-DD. */
export function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An instant on the Amsterdam clock with its offset: 2026-11-16T10:12:00+01:00. */
export function instant(date: Date): string {
  const text = DateTime.fromJSDate(date, { zone: ZONE }).toISO({ suppressMilliseconds: true });
  if (!text) throw new Error(`Cannot write instant ${date.toISOString()}`);
  return text;
}

export function nullableInstant(date: Date | null): string | null {
  return date ? instant(date) : null;
}
