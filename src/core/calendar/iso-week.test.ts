import { describe, expect, it } from "vitest";
import { FakeClock } from "../shared/clock.js";
import { dueWeeklyRun, isoWeekKey, scheduledInstant, type WeeklySchedule } from "./iso-week.js";

const at = (iso: string) => new Date(iso);
const mondayMorning: WeeklySchedule = { day: "mon", time: "08:00" };

describe("isoWeekKey", () => {
  it("gives 2026 its 53rd week and starts 2027-W01 on Monday 4 January", () => {
    expect(isoWeekKey(at("2026-12-31T12:00:00Z"))).toBe("2026-W53");
    expect(isoWeekKey(at("2027-01-03T12:00:00Z"))).toBe("2026-W53");
    expect(isoWeekKey(at("2027-01-04T12:00:00Z"))).toBe("2027-W01");
    expect(isoWeekKey(at("2026-11-23T12:00:00Z"))).toBe("2026-W48");
  });

  it("switches week at Amsterdam midnight, not UTC midnight", () => {
    expect(isoWeekKey(at("2027-01-03T22:59:00Z"))).toBe("2026-W53");
    expect(isoWeekKey(at("2027-01-03T23:00:00Z"))).toBe("2027-W01");
  });
});

describe("scheduledInstant", () => {
  it("places Monday 08:00 on the DST Mondays at the new offset", () => {
    expect(scheduledInstant("2026-W14", "mon", "08:00")).toEqual(at("2026-03-30T06:00:00Z"));
    expect(scheduledInstant("2026-W44", "mon", "08:00")).toEqual(at("2026-10-26T07:00:00Z"));
  });

  it("moves 02:30 on the March DST Sunday to 03:00 and takes the first 02:30 in October", () => {
    expect(scheduledInstant("2026-W13", "sun", "02:30")).toEqual(at("2026-03-29T01:00:00Z"));
    expect(scheduledInstant("2026-W43", "sun", "02:30")).toEqual(at("2026-10-25T00:30:00Z"));
  });

  it("finds days of 2026-W53 on both sides of New Year", () => {
    expect(scheduledInstant("2026-W53", "mon", "08:00")).toEqual(at("2026-12-28T07:00:00Z"));
    expect(scheduledInstant("2026-W53", "sun", "08:00")).toEqual(at("2027-01-03T07:00:00Z"));
    expect(scheduledInstant("2027-W01", "mon", "08:00")).toEqual(at("2027-01-04T07:00:00Z"));
  });

  it("refuses weeks that do not exist", () => {
    expect(() => scheduledInstant("2027-W53", "mon", "08:00")).toThrow(/ISO week/);
    expect(() => scheduledInstant("2026-W00", "mon", "08:00")).toThrow(/ISO week/);
    expect(() => scheduledInstant("2026-48", "mon", "08:00")).toThrow(/ISO week/);
  });
});

describe("dueWeeklyRun", () => {
  it("is not due before Monday 08:00 and due from then on, late after an hour", () => {
    expect(dueWeeklyRun(mondayMorning, "2026-W13", at("2026-03-30T05:59:00Z"))).toBeNull();
    expect(dueWeeklyRun(mondayMorning, "2026-W13", at("2026-03-30T06:00:00Z"))).toEqual({
      weekKey: "2026-W14",
      scheduledAt: at("2026-03-30T06:00:00Z"),
      late: false,
    });
    expect(dueWeeklyRun(mondayMorning, "2026-W13", at("2026-03-30T07:00:01Z"))?.late).toBe(true);
  });

  it("is not due again once this week was sent", () => {
    expect(dueWeeklyRun(mondayMorning, "2026-W44", at("2026-10-26T09:00:00Z"))).toBeNull();
  });

  it("sends a Monday missed by downtime once when the service is back the same week", () => {
    expect(dueWeeklyRun(mondayMorning, "2026-W47", at("2026-11-25T10:00:00Z"))).toEqual({
      weekKey: "2026-W48",
      scheduledAt: at("2026-11-23T07:00:00Z"),
      late: true,
    });
  });

  it("does not send a run whose week went by entirely", () => {
    const sunday: WeeklySchedule = { day: "sun", time: "20:00" };
    // Down over Sunday 29 March (W13); back on Monday 30 March (W14): W13 is not sent late.
    expect(dueWeeklyRun(sunday, "2026-W12", at("2026-03-30T08:00:00Z"))).toBeNull();
  });

  it("crosses from 2026-W53 into 2027-W01", () => {
    expect(dueWeeklyRun(mondayMorning, "2026-W53", at("2027-01-04T07:00:00Z"))?.weekKey).toBe("2027-W01");
    expect(dueWeeklyRun(mondayMorning, null, at("2026-12-31T12:00:00Z"))?.weekKey).toBe("2026-W53");
  });

  it("sends nothing when the last key is ahead of now (clock set back)", () => {
    expect(dueWeeklyRun(mondayMorning, "2027-W01", at("2026-12-31T12:00:00Z"))).toBeNull();
  });

  it("refuses a malformed last-sent key rather than comparing it wrongly", () => {
    expect(() => dueWeeklyRun(mondayMorning, "2026-W5", at("2026-11-23T09:00:00Z"))).toThrow(/ISO week key/);
  });

  it("sends exactly once per week to a poller that checks every 15 minutes for 8 weeks", () => {
    const clock = new FakeClock("2026-10-01T00:00:00Z");
    let lastSent: string | null = null;
    const sent: string[] = [];
    while (clock.now() < at("2026-11-26T00:00:00Z")) {
      const run = dueWeeklyRun(mondayMorning, lastSent, clock.now());
      if (run) {
        sent.push(`${run.weekKey} ${run.scheduledAt.toISOString()} ${run.late}`);
        lastSent = run.weekKey;
      }
      clock.advanceMinutes(15);
    }
    expect(sent).toEqual([
      // started mid-week: that week's Monday run goes out at once, late
      "2026-W40 2026-09-28T06:00:00.000Z true",
      "2026-W41 2026-10-05T06:00:00.000Z false",
      "2026-W42 2026-10-12T06:00:00.000Z false",
      "2026-W43 2026-10-19T06:00:00.000Z false",
      "2026-W44 2026-10-26T07:00:00.000Z false",
      "2026-W45 2026-11-02T07:00:00.000Z false",
      "2026-W46 2026-11-09T07:00:00.000Z false",
      "2026-W47 2026-11-16T07:00:00.000Z false",
      "2026-W48 2026-11-23T07:00:00.000Z false",
    ]);
  });
});
