import {
  addDays,
  fromLocal,
  localDate,
  startOfLocalDay,
  weekday,
} from "../../../core/calendar/amsterdam-time.js";
import type { HolidayOptions } from "../../../core/calendar/holidays.js";
import { isWorkingDay } from "../../../core/calendar/working-days.js";
import { type Availability, workingIntervals } from "../../directory/core/availability.policy.js";
import type { ConsultWindow } from "./window.parser.js";
import { PART_OF_DAY_HOURS } from "./window-phrases.js";

/**
 * The rules one consult slot must pass: inside every required participant's office hours on
 * working days, not during their absence, not over their other consults. Candidates are
 * enumerated on the Amsterdam wall clock (09:00, 09:30, ...) and only then turned into instants, so a 09:00 slot
 * is 09:00 local on both sides of a DST change; local times that do not exist or occur twice
 * (the 02:00-03:00 hour on the change nights) are never proposed.
 */

const MINUTE = 60_000;
/** Hard stop for one enumeration: the longest window plus the "nearest options" look-ahead. */
const SEARCH_LIMIT_DAYS = 100;

export interface TimeInterval {
  start: Date;
  end: Date;
}

/** Local dates, inclusive, as in the directory's absence record. */
export interface AbsenceDays {
  from: string;
  to: string;
}

export interface SlotParticipant {
  id: string;
  required: boolean;
  availability: Availability;
  absence: AbsenceDays | readonly AbsenceDays[] | null;
  /** Their consults already scheduled. */
  busy: readonly TimeInterval[];
}

export type UnavailableReason = "absent" | "outside-hours" | "busy";

export interface Unavailable {
  participantId: string;
  reason: UnavailableReason;
}

export interface CandidateSlot extends TimeInterval {
  /** Optional participants who can come (in their hours, not absent, not busy). */
  optionalAvailable: string[];
}

/** Why `participant` cannot be there from `start` to `end`, or null when they can. */
export function unavailableReason(
  participant: SlotParticipant,
  slot: TimeInterval,
  holidays?: HolidayOptions,
): UnavailableReason | null {
  const date = localDate(slot.start);
  const absences = participant.absence === null ? [] : [participant.absence].flat();
  if (absences.some((a) => a.from <= date && date <= a.to)) return "absent";
  const inHours = workingIntervals(participant.availability, date, holidays).some(
    (i) => i.start.getTime() <= slot.start.getTime() && slot.end.getTime() <= i.end.getTime(),
  );
  if (!inHours) return "outside-hours";
  const busy = participant.busy.some((b) => b.start < slot.end && slot.start < b.end);
  return busy ? "busy" : null;
}

/** Every required participant who cannot attend, with the reason. */
export function missingRequired(
  participants: readonly SlotParticipant[],
  slot: TimeInterval,
  holidays?: HolidayOptions,
): Unavailable[] {
  return participants.flatMap((p) => {
    const reason = p.required ? unavailableReason(p, slot, holidays) : null;
    return reason ? [{ participantId: p.id, reason }] : [];
  });
}

export function optionalAvailable(
  participants: readonly SlotParticipant[],
  slot: TimeInterval,
  holidays?: HolidayOptions,
): string[] {
  return participants
    .filter((p) => !p.required && unavailableReason(p, slot, holidays) === null)
    .map((p) => p.id);
}

/**
 * Start times on working days within the window and its time-of-day limits, in time order. The
 * step runs from local midnight, so starts fall on :00 and :30 whatever the window's `from`.
 */
export function* candidateTimes(
  window: ConsultWindow,
  durationMinutes: number,
  stepMinutes: number,
  holidays?: HolidayOptions,
): Generator<TimeInterval> {
  const minutes = startMinutes(window, durationMinutes, stepMinutes);
  const first = localDate(window.from);
  for (let i = 0, date = first; i <= SEARCH_LIMIT_DAYS; i += 1, date = addDays(first, i)) {
    if (startOfLocalDay(date).getTime() >= window.to.getTime()) return;
    if (window.weekdays && !window.weekdays.includes(weekday(date))) continue;
    if (!isWorkingDay(date, holidays)) continue;
    for (const minute of minutes) {
      const resolved = fromLocal(date, hhmm(minute));
      if (resolved.kind !== "ok") continue;
      const start = resolved.instant;
      const end = new Date(start.getTime() + durationMinutes * MINUTE);
      if (start >= window.from && end <= window.to) yield { start, end };
    }
  }
}

function startMinutes(window: ConsultWindow, duration: number, step: number): number[] {
  if (window.atLocalTime) return [toMinutes(window.atLocalTime)];
  const part = window.partOfDay ? PART_OF_DAY_HOURS[window.partOfDay] : null;
  const earliest = Math.max(toMinutes(window.earliestLocalTime ?? "00:00"), toMinutes(part?.from ?? "00:00"));
  const latestEnd = part ? toMinutes(part.to) : 24 * 60;
  const minutes: number[] = [];
  for (let m = 0; m + duration <= latestEnd; m += step) if (m >= earliest) minutes.push(m);
  return minutes;
}

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
