import { fromLocal, fromLocalLenient } from "../../../core/calendar/amsterdam-time.js";
import type { HolidayOptions } from "../../../core/calendar/holidays.js";
import { isWorkingDay } from "../../../core/calendar/working-days.js";
import {
  type CandidateSlot,
  missingRequired,
  optionalAvailable,
  type SlotParticipant,
  type Unavailable,
} from "./slot-candidates.policy.js";
import { DEFAULT_DURATION_MINUTES } from "./slot-finder.policy.js";

/**
 * An explicit time the organiser asks for ("donderdag 26 november om 14:00"), checked by the
 * same rules as proposed slots. The two DST nights are refused, not guessed:
 * - 02:30 on the last Sunday of March does not exist (clocks jump 02:00 -> 03:00);
 * - 02:30 on the last Sunday of October happens twice (03:00 -> 02:00). RFC 5545 would read a
 *   TZID time of 02:30 as the first occurrence, but the organiser may have meant either, and a
 *   calendar invite one hour off is worse than a question. Both nights are Sundays, outside
 *   anyone's office hours, so refusing costs nothing real.
 */

export type RequestedSlotRefusal =
  /** `firstValidStart` is the first minute that exists after the gap (03:00), to suggest. */
  | { kind: "nonexistent-local-time"; date: string; time: string; firstValidStart: Date }
  | { kind: "ambiguous-local-time"; date: string; time: string; earlier: Date; later: Date }
  | { kind: "in-the-past" }
  | { kind: "not-a-working-day"; date: string }
  | { kind: "participants-unavailable"; missingRequired: Unavailable[] };

export type RequestedSlotCheck =
  | { ok: true; slot: CandidateSlot }
  | { ok: false; refusal: RequestedSlotRefusal };

export interface RequestedSlot {
  /** Local "YYYY-MM-DD" and "HH:MM" on the Amsterdam clock. */
  date: string;
  time: string;
  durationMinutes?: number;
  participants: readonly SlotParticipant[];
  now: Date;
  holidays?: HolidayOptions;
}

export function checkRequestedSlot(request: RequestedSlot): RequestedSlotCheck {
  const { date, time, participants, holidays } = request;
  const resolved = fromLocal(date, time);
  if (resolved.kind === "nonexistent") {
    return refuse({
      kind: "nonexistent-local-time",
      date,
      time,
      firstValidStart: fromLocalLenient(date, time),
    });
  }
  if (resolved.kind === "ambiguous") {
    return refuse({
      kind: "ambiguous-local-time",
      date,
      time,
      earlier: resolved.earlier,
      later: resolved.later,
    });
  }
  const start = resolved.instant;
  if (start.getTime() <= request.now.getTime()) return refuse({ kind: "in-the-past" });
  if (!isWorkingDay(date, holidays)) return refuse({ kind: "not-a-working-day", date });
  const end = new Date(start.getTime() + (request.durationMinutes ?? DEFAULT_DURATION_MINUTES) * 60_000);
  const slot = { start, end };
  const missing = missingRequired(participants, slot, holidays);
  if (missing.length > 0) return refuse({ kind: "participants-unavailable", missingRequired: missing });
  return { ok: true, slot: { ...slot, optionalAvailable: optionalAvailable(participants, slot, holidays) } };
}

function refuse(refusal: RequestedSlotRefusal): RequestedSlotCheck {
  return { ok: false, refusal };
}
