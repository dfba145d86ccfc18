import { describe, expect, it } from "vitest";
import { localDate, localTime } from "../../../core/calendar/amsterdam-time.js";
import { FakeClock } from "../../../core/shared/clock.js";
import { checkRequestedSlot } from "./requested-slot.policy.js";
import type { SlotParticipant } from "./slot-candidates.policy.js";

const allWeek = {
  mon: ["09:00-17:00"],
  tue: ["09:00-17:00"],
  wed: ["09:00-17:00"],
  thu: ["09:00-17:00"],
  fri: ["09:00-17:00"],
};
const nightAndDay = { ...allWeek, sun: ["00:00-23:59"] };
const gp: SlotParticipant = { id: "gp", required: true, availability: nightAndDay, absence: null, busy: [] };
const nurse: SlotParticipant = {
  id: "nurse",
  required: true,
  availability: nightAndDay,
  absence: null,
  busy: [],
};
const wmo: SlotParticipant = {
  id: "wmo",
  required: false,
  availability: { thu: ["13:00-17:00"] },
  absence: null,
  busy: [],
};
const clock = new FakeClock("2026-01-05T09:00:00Z");

function check(date: string, time: string, participants = [gp, nurse, wmo]) {
  return checkRequestedSlot({ date, time, participants, now: clock.now() });
}

describe("checkRequestedSlot", () => {
  it("accepts a time everyone required can make and names the optional ones who can too", () => {
    const result = check("2026-11-26", "14:00");
    expect(result).toEqual({
      ok: true,
      slot: {
        start: new Date("2026-11-26T13:00:00Z"),
        end: new Date("2026-11-26T13:45:00Z"),
        optionalAvailable: ["wmo"],
      },
    });
  });

  it("refuses 02:30 on 29 March 2026, which does not exist, and suggests 03:00", () => {
    const result = check("2026-03-29", "02:30");
    expect(result.ok).toBe(false);
    if (result.ok || result.refusal.kind !== "nonexistent-local-time")
      throw new Error("expected nonexistent");
    expect(`${localDate(result.refusal.firstValidStart)} ${localTime(result.refusal.firstValidStart)}`).toBe(
      "2026-03-29 03:00",
    );
  });

  it("refuses 02:30 on 25 October 2026, which happens twice, naming both instants", () => {
    expect(check("2026-10-25", "02:30")).toEqual({
      ok: false,
      refusal: {
        kind: "ambiguous-local-time",
        date: "2026-10-25",
        time: "02:30",
        earlier: new Date("2026-10-25T00:30:00Z"),
        later: new Date("2026-10-25T01:30:00Z"),
      },
    });
  });

  it("refuses 03:30 the same night only as a Sunday: that time exists", () => {
    expect(check("2026-03-29", "03:30", [gp])).toEqual({
      ok: false,
      refusal: { kind: "not-a-working-day", date: "2026-03-29" },
    });
  });

  it("refuses holidays and times in the past", () => {
    expect(check("2026-05-14", "10:00")).toEqual({
      ok: false,
      refusal: { kind: "not-a-working-day", date: "2026-05-14" },
    });
    expect(check("2026-12-25", "10:00")).toEqual({
      ok: false,
      refusal: { kind: "not-a-working-day", date: "2026-12-25" },
    });
    expect(check("2026-01-05", "09:00")).toEqual({ ok: false, refusal: { kind: "in-the-past" } });
  });

  it("refuses a time a required participant cannot make, saying who and why", () => {
    const away = { ...nurse, absence: { from: "2026-11-23", to: "2026-11-27" } };
    const busy = {
      ...gp,
      busy: [{ start: new Date("2026-11-26T13:30:00Z"), end: new Date("2026-11-26T14:30:00Z") }],
    };
    expect(check("2026-11-26", "14:00", [busy, away, wmo])).toEqual({
      ok: false,
      refusal: {
        kind: "participants-unavailable",
        missingRequired: [
          { participantId: "gp", reason: "busy" },
          { participantId: "nurse", reason: "absent" },
        ],
      },
    });
    expect(check("2026-11-26", "16:30", [gp])).toMatchObject({
      ok: false,
      refusal: { missingRequired: [{ participantId: "gp", reason: "outside-hours" }] },
    });
  });
});
