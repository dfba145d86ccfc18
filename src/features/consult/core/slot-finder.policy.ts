import { addDays, localDate, startOfLocalDay } from "../../../core/calendar/amsterdam-time.js";
import type { HolidayOptions } from "../../../core/calendar/holidays.js";
import {
  type CandidateSlot,
  candidateTimes,
  missingRequired,
  optionalAvailable,
  type SlotParticipant,
  type Unavailable,
} from "./slot-candidates.policy.js";
import type { ConsultWindow } from "./window.parser.js";

/**
 * 3-5 consult slots to vote on, or, when there is no common time, the nearest options: times
 * just outside the requested window (later days, other hours of the day) and times in it where
 * all but one required participant can come, naming who cannot and why.
 */

export const DEFAULT_DURATION_MINUTES = 45;
export const DEFAULT_STEP_MINUTES = 30;
export const MIN_WANTED = 3;
export const MAX_WANTED = 5;
/** How far past the window "just outside" looks. */
export const NEAREST_LOOKAHEAD_DAYS = 14;
const NEAREST_PER_KIND = 3;

export interface SlotSearch {
  participants: readonly SlotParticipant[];
  window: ConsultWindow;
  durationMinutes?: number;
  stepMinutes?: number;
  /** How many to propose, clamped to 3..5; default 5. */
  wanted?: number;
  holidays?: HolidayOptions;
}

export interface NearestSlot extends CandidateSlot {
  /** "outside-window": everyone required can, but not in the asked window or hours. */
  kind: "outside-window" | "required-missing";
  /** Exactly one entry for "required-missing", none for "outside-window". */
  missingRequired: Unavailable[];
}

export interface SlotProposal {
  /** Time order; every required participant can attend each. */
  slots: CandidateSlot[];
  /** Filled when fewer than 3 slots were found (two are not much of a choice); time order. */
  nearest: NearestSlot[];
}

export function findSlots(search: SlotSearch): SlotProposal {
  const slots = spreadOverDays(feasibleSlots(search), clampWanted(search.wanted));
  return { slots, nearest: slots.length < MIN_WANTED ? nearestOptions(search, slots) : [] };
}

/** All slots every required participant can attend, in time order. */
export function feasibleSlots(search: SlotSearch): CandidateSlot[] {
  const { participants, holidays } = search;
  const found: CandidateSlot[] = [];
  for (const slot of candidates(search, search.window)) {
    if (missingRequired(participants, slot, holidays).length > 0) continue;
    found.push({ ...slot, optionalAvailable: optionalAvailable(participants, slot, holidays) });
  }
  return found;
}

/**
 * Up to `wanted` slots spread over different days: the best slot of each day first (most
 * optional participants, then earliest), days in date order; a second slot on a day only when
 * there are fewer days than wanted, never overlapping one already chosen. Time order.
 */
export function spreadOverDays<T extends CandidateSlot>(slots: readonly T[], wanted: number): T[] {
  const byDay = new Map<string, T[]>();
  for (const slot of slots) {
    const day = localDate(slot.start);
    byDay.set(day, [...(byDay.get(day) ?? []), slot]);
  }
  const days = [...byDay.values()].map((day) =>
    [...day].sort((a, b) => b.optionalAvailable.length - a.optionalAvailable.length || +a.start - +b.start),
  );
  const chosen: T[] = [];
  while (chosen.length < wanted && days.some((day) => day.length > 0)) {
    for (const day of days) {
      const index = day.findIndex((s) => !chosen.some((c) => c.start < s.end && s.start < c.end));
      if (index < 0) day.length = 0;
      else chosen.push(...day.splice(index, 1));
      if (chosen.length >= wanted) break;
    }
  }
  return chosen.sort((a, b) => +a.start - +b.start);
}

export function clampWanted(wanted: number | undefined): number {
  return Math.min(MAX_WANTED, Math.max(MIN_WANTED, Math.round(wanted ?? MAX_WANTED)));
}

function candidates(search: SlotSearch, window: ConsultWindow) {
  const duration = search.durationMinutes ?? DEFAULT_DURATION_MINUTES;
  return candidateTimes(window, duration, search.stepMinutes ?? DEFAULT_STEP_MINUTES, search.holidays);
}

function nearestOptions(search: SlotSearch, taken: readonly CandidateSlot[]): NearestSlot[] {
  const overlapsTaken = (s: CandidateSlot) => taken.some((t) => t.start < s.end && s.start < t.end);
  const outside = feasibleSlots({ ...search, window: widened(search.window) }).filter(
    (s) => !overlapsTaken(s),
  );
  return [
    ...spreadOverDays(outside, NEAREST_PER_KIND).map((s) => ({
      ...s,
      kind: "outside-window" as const,
      missingRequired: [],
    })),
    ...spreadOverDays(allButOne(search), NEAREST_PER_KIND),
  ].sort((a, b) => +a.start - +b.start);
}

/** The same start, two weeks longer, without the time-of-day and weekday limits. */
function widened(window: ConsultWindow): ConsultWindow {
  const lastDay = localDate(new Date(window.to.getTime() - 1));
  return { from: window.from, to: startOfLocalDay(addDays(lastDay, 1 + NEAREST_LOOKAHEAD_DAYS)) };
}

/** In-window slots that only one required participant cannot make (with two or more required). */
function allButOne(search: SlotSearch): NearestSlot[] {
  const { participants, holidays } = search;
  if (participants.filter((p) => p.required).length < 2) return [];
  const found: NearestSlot[] = [];
  for (const slot of candidates(search, search.window)) {
    const missing = missingRequired(participants, slot, holidays);
    if (missing.length !== 1) continue;
    const optional = optionalAvailable(participants, slot, holidays);
    found.push({ ...slot, optionalAvailable: optional, kind: "required-missing", missingRequired: missing });
  }
  return found;
}
