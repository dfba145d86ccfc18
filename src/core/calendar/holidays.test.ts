import { describe, expect, it } from "vitest";
import { holidayName, holidaysOf, isPublicHoliday } from "./holidays.js";

describe("Dutch holidays that close care and welfare organisations", () => {
  it("pins the 2026 list, so a date-holidays update that changes it fails here", () => {
    expect(holidaysOf(2026).map((h) => `${h.date} ${h.name.nl}`)).toEqual([
      "2026-01-01 Nieuwjaar",
      "2026-04-05 Pasen",
      "2026-04-06 Tweede paasdag",
      "2026-04-27 Koningsdag",
      "2026-05-05 Bevrijdingsdag",
      "2026-05-14 Hemelvaartsdag",
      "2026-05-24 Pinksteren",
      "2026-05-25 Tweede pinksterdag",
      "2026-12-25 Kerstmis",
      "2026-12-26 Tweede kerstdag",
    ]);
  });

  it("counts King's Day (Monday 27 April 2026) and Ascension (14 May 2026)", () => {
    expect(isPublicHoliday("2026-04-27")).toBe(true);
    expect(holidayName("2026-04-27", "en")).toBe("King's Day");
    expect(isPublicHoliday("2026-05-14")).toBe(true);
    expect(holidayName("2026-05-14", "nl")).toBe("Hemelvaartsdag");
  });

  it("moves King's Day to Saturday when 27 April is a Sunday (2025)", () => {
    expect(isPublicHoliday("2025-04-26")).toBe(true);
    expect(isPublicHoliday("2025-04-27")).toBe(false);
  });

  it("does not count Good Friday, Remembrance Day or New Year's Eve", () => {
    expect(isPublicHoliday("2026-04-03")).toBe(false);
    expect(isPublicHoliday("2026-05-04")).toBe(false);
    expect(isPublicHoliday("2026-12-31")).toBe(false);
    expect(holidayName("2026-04-03", "nl")).toBeNull();
  });

  it("counts Christmas Day and Boxing Day 2026", () => {
    expect(holidayName("2026-12-25", "en")).toBe("Christmas Day");
    expect(holidayName("2026-12-26", "nl")).toBe("Tweede kerstdag");
  });

  it("counts Liberation Day every year by default and follows the configured rule", () => {
    expect(isPublicHoliday("2026-05-05")).toBe(true);
    expect(isPublicHoliday("2026-05-05", { liberationDay: "never" })).toBe(false);
    expect(isPublicHoliday("2026-05-05", { liberationDay: "lustrum-years" })).toBe(false);
    expect(isPublicHoliday("2030-05-05", { liberationDay: "lustrum-years" })).toBe(true);
    expect(holidaysOf(2026, { liberationDay: "never" })).toHaveLength(9);
  });

  it("answers for the calendar date whatever the process zone", () => {
    expect(isPublicHoliday("2027-01-01")).toBe(true);
    expect(isPublicHoliday("2026-12-24")).toBe(false);
    expect(isPublicHoliday("2027-01-02")).toBe(false);
  });

  it("throws on a malformed date instead of answering no", () => {
    expect(() => isPublicHoliday("2026-13-01")).toThrow();
  });
});
