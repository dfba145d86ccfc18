import { describe, expect, it } from "vitest";
import { FakeClock } from "../../../core/shared/clock.js";
import {
  type ConsultState,
  cancel,
  confirm,
  consultEnd,
  isUpcoming,
  reminderDue,
  reminderInstant,
  reschedule,
} from "./consult.state.js";

const planning: ConsultState = {
  status: "planning",
  organizerId: "gp",
  start: null,
  durationMinutes: 45,
  icsSequence: 0,
  remindedAt: null,
};
const thursday = new Date("2026-11-26T13:00:00Z"); // Thu 26 Nov 14:00 local
const clock = new FakeClock("2026-11-18T10:00:00Z");

function scheduled(start = thursday): ConsultState {
  const result = confirm(planning, start, clock.now());
  if (!result.ok) throw new Error("confirm failed");
  return result.state;
}

describe("confirm", () => {
  it("schedules with the first invite at SEQUENCE 0", () => {
    expect(confirm(planning, thursday, clock.now())).toEqual({
      ok: true,
      state: { ...planning, status: "scheduled", start: thursday, remindedAt: null },
      invite: "REQUEST",
    });
  });

  it("refuses a slot in the past and a consult that is not planning", () => {
    expect(confirm(planning, new Date("2026-11-18T09:00:00Z"), clock.now())).toEqual({
      ok: false,
      refusal: { kind: "in-the-past" },
    });
    expect(confirm(scheduled(), thursday, clock.now())).toEqual({
      ok: false,
      refusal: { kind: "wrong-status", status: "scheduled" },
    });
  });

  it("counts the reminder as sent when confirmed after its moment", () => {
    const now = new Date("2026-11-25T14:00:00Z"); // Wed 15:00, after Wed 09:00
    const result = confirm(planning, thursday, now);
    expect(result.ok && result.state.remindedAt).toEqual(now);
  });
});

describe("reschedule and cancel", () => {
  const later = new Date("2026-11-30T08:00:00Z");

  it("keeps the UID's consult, bumps SEQUENCE and makes the reminder due again", () => {
    const reminded = { ...scheduled(), remindedAt: new Date("2026-11-25T08:00:00Z") };
    const result = reschedule(reminded, { actorId: "gp", start: later }, clock.now());
    expect(result).toEqual({
      ok: true,
      state: { ...reminded, start: later, icsSequence: 1, remindedAt: null },
      invite: "REQUEST",
    });
  });

  it("refuses a reschedule by someone else, to the same time, or after the start", () => {
    expect(reschedule(scheduled(), { actorId: "nurse", start: later }, clock.now())).toMatchObject({
      refusal: { kind: "not-organiser" },
    });
    expect(reschedule(scheduled(), { actorId: "gp", start: thursday }, clock.now())).toMatchObject({
      refusal: { kind: "same-time" },
    });
    const during = new Date("2026-11-26T13:10:00Z");
    expect(reschedule(scheduled(), { actorId: "gp", start: later }, during)).toMatchObject({
      refusal: { kind: "already-started" },
    });
  });

  it("cancels a scheduled consult with METHOD:CANCEL at SEQUENCE + 1", () => {
    const result = cancel({ ...scheduled(), icsSequence: 2 }, "gp", clock.now());
    expect(result).toMatchObject({
      ok: true,
      state: { status: "cancelled", icsSequence: 3 },
      invite: "CANCEL",
    });
  });

  it("cancels a consult still in planning without any invite", () => {
    expect(cancel(planning, "gp", clock.now())).toEqual({
      ok: true,
      state: { ...planning, status: "cancelled" },
      invite: null,
    });
    expect(cancel(planning, "nurse", clock.now())).toEqual({ ok: false, refusal: { kind: "not-organiser" } });
  });
});

describe("reminders the day before (local, working days)", () => {
  it("falls at 09:00 local on the working day before", () => {
    expect(reminderInstant(thursday)).toEqual(new Date("2026-11-25T08:00:00Z"));
  });

  it("moves a Monday consult's reminder to Friday, and skips Christmas", () => {
    expect(reminderInstant(new Date("2026-11-30T08:00:00Z"))).toEqual(new Date("2026-11-27T08:00:00Z"));
    expect(reminderInstant(new Date("2026-12-28T09:00:00Z"))).toEqual(new Date("2026-12-24T08:00:00Z"));
  });

  it("uses the local 09:00 across the March DST change (Mon 30 March 2026)", () => {
    // Friday 27 March is still CET: 09:00 local is 08:00 UTC.
    expect(reminderInstant(new Date("2026-03-30T07:00:00Z"))).toEqual(new Date("2026-03-27T08:00:00Z"));
  });

  it("is due from that moment until the start, once", () => {
    const state = scheduled();
    expect(reminderDue(state, new Date("2026-11-25T07:59:00Z"))).toBe(false);
    expect(reminderDue(state, new Date("2026-11-25T08:00:00Z"))).toBe(true);
    expect(reminderDue(state, thursday)).toBe(false);
    expect(
      reminderDue(
        { ...state, remindedAt: new Date("2026-11-25T08:00:00Z") },
        new Date("2026-11-25T09:00:00Z"),
      ),
    ).toBe(false);
    expect(reminderDue({ ...state, status: "cancelled" }, new Date("2026-11-25T09:00:00Z"))).toBe(false);
  });

  it("lists a consult as upcoming until its end", () => {
    const state = scheduled();
    expect(consultEnd(state)).toEqual(new Date("2026-11-26T13:45:00Z"));
    expect(isUpcoming(state, new Date("2026-11-26T13:30:00Z"))).toBe(true);
    expect(isUpcoming(state, new Date("2026-11-26T13:45:00Z"))).toBe(false);
  });
});
