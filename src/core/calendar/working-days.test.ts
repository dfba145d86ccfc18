import { describe, expect, it } from "vitest";
import { FakeClock } from "../shared/clock.js";
import { addDays, dayNumber, localDate } from "./amsterdam-time.js";
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from "./working-days.js";

const at = (iso: string) => new Date(iso);

describe("isWorkingDay, nextWorkingDay, previousWorkingDay", () => {
  it("treats weekends and holidays as non-working and Good Friday as working", () => {
    expect(isWorkingDay("2026-11-23")).toBe(true);
    expect(isWorkingDay("2026-11-28")).toBe(false);
    expect(isWorkingDay("2026-04-27")).toBe(false);
    expect(isWorkingDay("2026-04-03")).toBe(true);
  });

  it("steps over Christmas 2026 and King's Day 2026", () => {
    expect(nextWorkingDay("2026-12-24")).toBe("2026-12-28");
    expect(previousWorkingDay("2026-12-28")).toBe("2026-12-24");
    expect(nextWorkingDay("2026-04-24")).toBe("2026-04-28");
    expect(previousWorkingDay("2026-04-28")).toBe("2026-04-24");
  });
});

describe("addWorkingDays (handover deadline at 17:00 local)", () => {
  it("puts a Friday-afternoon request with n = 2 on Tuesday 17:00", () => {
    const clock = new FakeClock("2026-11-20T15:00:00Z"); // Fri 20 Nov 16:00 local
    expect(addWorkingDays(clock.now(), 2)).toEqual(at("2026-11-24T16:00:00Z"));
  });

  it("skips Christmas Day (Fri) and Boxing Day (Sat) 2026", () => {
    expect(addWorkingDays(at("2026-12-24T09:00:00Z"), 1)).toEqual(at("2026-12-28T16:00:00Z"));
    expect(addWorkingDays(at("2026-12-23T09:00:00Z"), 2)).toEqual(at("2026-12-28T16:00:00Z"));
    expect(addWorkingDays(at("2026-12-25T09:00:00Z"), 1)).toEqual(at("2026-12-28T16:00:00Z"));
  });

  it("skips King's Day and Ascension 2026 but not Good Friday", () => {
    expect(addWorkingDays(at("2026-04-24T10:00:00Z"), 1)).toEqual(at("2026-04-28T15:00:00Z"));
    expect(addWorkingDays(at("2026-05-13T10:00:00Z"), 1)).toEqual(at("2026-05-15T15:00:00Z"));
    expect(addWorkingDays(at("2026-04-02T10:00:00Z"), 1)).toEqual(at("2026-04-03T15:00:00Z"));
    expect(addWorkingDays(at("2026-04-02T10:00:00Z"), 2)).toEqual(at("2026-04-07T15:00:00Z"));
  });

  it("uses the new offset on the Mondays after each DST change", () => {
    expect(addWorkingDays(at("2026-03-27T15:00:00Z"), 1)).toEqual(at("2026-03-30T15:00:00Z")); // CEST
    expect(addWorkingDays(at("2026-10-23T14:00:00Z"), 1)).toEqual(at("2026-10-26T16:00:00Z")); // CET
  });

  it("counts from the local day: Friday 23:30 UTC is already Saturday in Amsterdam", () => {
    expect(addWorkingDays(at("2026-11-20T23:30:00Z"), 1)).toEqual(at("2026-11-23T16:00:00Z"));
  });

  it("reads n = 0 as end of business today, or of the next working day", () => {
    expect(addWorkingDays(at("2026-11-23T08:00:00Z"), 0)).toEqual(at("2026-11-23T16:00:00Z"));
    expect(addWorkingDays(at("2026-11-21T08:00:00Z"), 0)).toEqual(at("2026-11-23T16:00:00Z"));
  });

  it("refuses negative and fractional n", () => {
    expect(() => addWorkingDays(at("2026-11-23T08:00:00Z"), -1)).toThrow(/whole number/);
    expect(() => addWorkingDays(at("2026-11-23T08:00:00Z"), 1.5)).toThrow(/whole number/);
  });
});

describe("workingDaysBetween", () => {
  it("counts the working days after a's day up to b's day", () => {
    expect(workingDaysBetween(at("2026-11-20T15:00:00Z"), at("2026-11-24T09:00:00Z"))).toBe(2);
    expect(workingDaysBetween(at("2026-12-24T09:00:00Z"), at("2026-12-28T09:00:00Z"))).toBe(1);
    expect(workingDaysBetween(at("2026-11-23T08:00:00Z"), at("2026-11-23T16:00:00Z"))).toBe(0);
  });

  it("reports overdue-by days after a deadline, negative before it", () => {
    const deadline = at("2026-11-24T16:00:00Z"); // Tue 17:00
    expect(workingDaysBetween(deadline, at("2026-11-26T10:00:00Z"))).toBe(2);
    expect(workingDaysBetween(deadline, at("2026-11-20T10:00:00Z"))).toBe(-2);
  });

  it("is the inverse of addWorkingDays for every day of 2026 and n up to 15", () => {
    for (let date = "2026-01-01"; date < "2027-01-01"; date = addDays(date, 1)) {
      const from = at(`${date}T11:00:00Z`);
      for (let n = 0; n <= 15; n += 1) {
        const expected = n === 0 && !isWorkingDay(date) ? 1 : n;
        expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(expected);
      }
    }
  });

  it("agrees with a day-by-day count over spans crossing several years", () => {
    const walk = (a: string, b: string) => {
      let count = 0;
      for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
      return count;
    };
    for (const [a, b] of [
      ["2025-12-20", "2027-01-08"],
      ["2026-01-01", "2026-12-31"],
      ["2026-05-04", "2026-05-26"],
    ] as const) {
      expect(workingDaysBetween(at(`${a}T12:00:00Z`), at(`${b}T12:00:00Z`))).toBe(walk(a, b));
    }
    expect(dayNumber(localDate(at("2026-01-01T12:00:00Z")))).toBe(dayNumber("2026-01-01"));
  });

  it("honours the Liberation Day option", () => {
    const a = at("2026-05-04T12:00:00Z");
    const b = at("2026-05-06T12:00:00Z");
    expect(workingDaysBetween(a, b)).toBe(1);
    expect(workingDaysBetween(a, b, { liberationDay: "never" })).toBe(2);
  });
});
