import { describe, expect, it } from "vitest";
import { FakeClock } from "../../../core/shared/clock.js";
import {
  type Absence,
  type Availability,
  absenceSchema,
  availabilityAt,
  availabilitySchema,
  workingIntervals,
} from "./availability.policy.js";

const at = (iso: string) => new Date(iso);

const hours: Availability = {
  mon: ["09:00-12:00", "13:00-17:00"],
  tue: ["09:00-17:00"],
  thu: ["09:00-12:30"],
};
const absence: Absence = { from: "2026-11-23", to: "2026-11-27", deputyId: "pro-deputy-17" };

describe("availabilityAt with an absence (23 to 27 November 2026, with deputy)", () => {
  it("is absent mid-week, names the deputy and the first slot after the absence", () => {
    const clock = new FakeClock("2026-11-25T09:00:00Z"); // Wed 10:00
    expect(availabilityAt({ availability: hours, absence, now: clock.now() })).toEqual({
      status: "absent",
      nextAvailable: at("2026-11-30T08:00:00Z"), // Mon 30 Nov 09:00
      deputyId: "pro-deputy-17",
    });
  });

  it("is absent from local midnight of the first day, while UTC still says Sunday", () => {
    const view = availabilityAt({ availability: hours, absence, now: at("2026-11-22T23:00:00Z") });
    expect(view.status).toBe("absent");
  });

  it("is absent until local midnight after the last day", () => {
    expect(availabilityAt({ availability: hours, absence, now: at("2026-11-27T22:59:00Z") }).status).toBe(
      "absent",
    );
    const after = availabilityAt({ availability: hours, absence, now: at("2026-11-27T23:00:00Z") });
    expect(after).toEqual({ status: "not-today", nextAvailable: at("2026-11-30T08:00:00Z"), deputyId: null });
  });

  it("skips a coming absence when looking for the next slot", () => {
    const sundayBefore = availabilityAt({ availability: hours, absence, now: at("2026-11-22T12:00:00Z") });
    expect(sundayBefore).toEqual({
      status: "not-today",
      nextAvailable: at("2026-11-30T08:00:00Z"),
      deputyId: null,
    });
  });

  it("keeps a null deputy null", () => {
    const view = availabilityAt({
      availability: hours,
      absence: { ...absence, deputyId: null },
      now: at("2026-11-25T09:00:00Z"),
    });
    expect(view.deputyId).toBeNull();
  });
});

describe("availabilityAt on ordinary days", () => {
  const view = (iso: string) => availabilityAt({ availability: hours, absence: null, now: at(iso) });

  it("is available now inside a range", () => {
    expect(view("2026-11-30T09:00:00Z")).toEqual({
      status: "available-now",
      nextAvailable: at("2026-11-30T09:00:00Z"),
      deputyId: null,
    });
  });

  it("is available today before, between and after the day's ranges", () => {
    expect(view("2026-11-30T07:00:00Z")).toMatchObject({
      status: "available-today",
      nextAvailable: at("2026-11-30T08:00:00Z"),
    });
    expect(view("2026-11-30T11:15:00Z")).toMatchObject({
      status: "available-today",
      nextAvailable: at("2026-11-30T12:00:00Z"),
    });
    expect(view("2026-11-30T17:00:00Z")).toMatchObject({
      status: "available-today",
      nextAvailable: at("2026-12-01T08:00:00Z"),
    });
  });

  it("is not-today on a day they do not work, pointing at the next day they do", () => {
    expect(view("2026-12-02T09:00:00Z")).toEqual({
      status: "not-today",
      nextAvailable: at("2026-12-03T08:00:00Z"),
      deputyId: null,
    });
  });

  it("uses the new offset on the DST Mondays at 08:00 local", () => {
    expect(view("2026-03-30T06:00:00Z")).toMatchObject({
      status: "available-today",
      nextAvailable: at("2026-03-30T07:00:00Z"),
    });
    expect(view("2026-10-26T07:00:00Z")).toMatchObject({
      status: "available-today",
      nextAvailable: at("2026-10-26T08:00:00Z"),
    });
  });

  it("is not-today on King's Day (Mon 27 April 2026) and on Ascension (Thu 14 May 2026)", () => {
    expect(view("2026-04-27T08:00:00Z")).toEqual({
      status: "not-today",
      nextAvailable: at("2026-04-28T07:00:00Z"),
      deputyId: null,
    });
    expect(view("2026-05-14T08:00:00Z")).toEqual({
      status: "not-today",
      nextAvailable: at("2026-05-18T07:00:00Z"),
      deputyId: null,
    });
  });

  it("skips Christmas 2026 for someone who works Fridays and Saturdays", () => {
    const weekend: Availability = { fri: ["09:00-17:00"], sat: ["10:00-14:00"] };
    const christmas = availabilityAt({
      availability: weekend,
      absence: null,
      now: at("2026-12-25T10:00:00Z"),
    });
    expect(christmas).toEqual({
      status: "not-today",
      nextAvailable: at("2027-01-02T09:00:00Z"),
      deputyId: null,
    });
  });

  it("follows the Liberation Day option", () => {
    const tuesday5May = at("2026-05-05T08:00:00Z");
    expect(availabilityAt({ availability: hours, absence: null, now: tuesday5May }).status).toBe("not-today");
    const open = availabilityAt(
      { availability: hours, absence: null, now: tuesday5May },
      { liberationDay: "never" },
    );
    expect(open.status).toBe("available-now");
  });

  it("has no next slot when no hours are known", () => {
    expect(availabilityAt({ availability: {}, absence: null, now: at("2026-11-30T09:00:00Z") })).toEqual({
      status: "not-today",
      nextAvailable: null,
      deputyId: null,
    });
  });
});

describe("workingIntervals", () => {
  it("returns the day's ranges as instants, sorted", () => {
    expect(workingIntervals({ mon: ["13:00-17:00", "09:00-12:00"] }, "2026-11-30")).toEqual([
      { start: at("2026-11-30T08:00:00Z"), end: at("2026-11-30T11:00:00Z") },
      { start: at("2026-11-30T12:00:00Z"), end: at("2026-11-30T16:00:00Z") },
    ]);
  });

  it("is empty on a public holiday", () => {
    expect(workingIntervals(hours, "2026-04-27")).toEqual([]);
  });

  it("clips ranges to the hours that exist on the March DST Sunday and keeps October's long night", () => {
    const nights: Availability = { sun: ["01:00-04:00", "02:00-03:00"] };
    expect(workingIntervals(nights, "2026-03-29")).toEqual([
      { start: at("2026-03-29T00:00:00Z"), end: at("2026-03-29T02:00:00Z") },
    ]);
    expect(workingIntervals(nights, "2026-10-25")).toEqual([
      { start: at("2026-10-24T23:00:00Z"), end: at("2026-10-25T03:00:00Z") },
      { start: at("2026-10-25T00:00:00Z"), end: at("2026-10-25T02:00:00Z") },
    ]);
  });

  it("throws on a malformed range that bypassed the schema", () => {
    expect(() => workingIntervals({ mon: ["9-17"] }, "2026-11-30")).toThrow(/HH:mm-HH:mm/);
  });
});

describe("availabilitySchema and absenceSchema", () => {
  it("accepts the directory's availability JSON", () => {
    const parsed: Availability = availabilitySchema.parse(hours);
    expect(parsed).toEqual(hours);
  });

  it("rejects reversed, malformed and unknown entries", () => {
    expect(availabilitySchema.safeParse({ mon: ["17:00-09:00"] }).success).toBe(false);
    expect(availabilitySchema.safeParse({ mon: ["9:00-17:00"] }).success).toBe(false);
    expect(availabilitySchema.safeParse({ monday: ["09:00-17:00"] }).success).toBe(false);
  });

  it("rejects an absence that ends before it starts", () => {
    expect(absenceSchema.safeParse(absence).success).toBe(true);
    expect(absenceSchema.safeParse({ ...absence, to: "2026-11-22" }).success).toBe(false);
  });
});
