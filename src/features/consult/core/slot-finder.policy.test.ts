import { describe, expect, it } from "vitest";
import { localDate, localTime, startOfLocalDay } from "../../../core/calendar/amsterdam-time.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { SlotParticipant } from "./slot-candidates.policy.js";
import { findSlots } from "./slot-finder.policy.js";
import type { ConsultWindow } from "./window.parser.js";
import { parseWindow } from "./window.parser.js";

const weekdays = (range: string) => ({
  mon: [range],
  tue: [range],
  wed: [range],
  thu: [range],
  fri: [range],
});

function person(id: string, over: Partial<SlotParticipant> = {}): SlotParticipant {
  return { id, required: true, availability: weekdays("09:00-17:00"), absence: null, busy: [], ...over };
}

const gp = person("gp", {
  availability: { ...weekdays("09:00-12:00"), mon: ["09:00-12:00", "13:00-17:00"] },
});
const nurse = person("nurse", {
  availability: { mon: ["08:30-16:30"], tue: ["08:30-16:30"], thu: ["08:30-16:30"] },
});
const wmo = person("wmo", { required: false, availability: { tue: ["09:00-12:00"], thu: ["11:00-12:00"] } });
const relative = person("relative:partner", { required: false, availability: {} });

/** Local dates from `first` up to and excluding `end`. */
function days(first: string, end: string): ConsultWindow {
  return { from: startOfLocalDay(first), to: startOfLocalDay(end) };
}

const nextWeek = days("2026-11-23", "2026-11-30"); // Mon 23 to Sun 29 November 2026
const local = (slot: { start: Date }) => `${localDate(slot.start)} ${localTime(slot.start)}`;

describe("findSlots: availability, spread and optional participants", () => {
  it("proposes 5 slots on the days both required can, one per day before a second one", () => {
    const { slots, nearest } = findSlots({ participants: [gp, nurse, wmo, relative], window: nextWeek });
    expect(slots.map(local)).toEqual([
      "2026-11-23 09:00",
      "2026-11-23 10:00",
      "2026-11-24 09:00",
      "2026-11-24 10:00",
      "2026-11-26 11:00", // the Wmo-consultant is there on Thursday from 11:00
    ]);
    expect(nearest).toEqual([]);
    for (const slot of slots) expect(slot.end.getTime() - slot.start.getTime()).toBe(45 * 60_000);
  });

  it("prefers the time on a day that optional participants can make, and names them", () => {
    const { slots } = findSlots({ participants: [gp, nurse, wmo, relative], window: nextWeek, wanted: 3 });
    expect(slots.map(local)).toEqual(["2026-11-23 09:00", "2026-11-24 09:00", "2026-11-26 11:00"]);
    expect(slots.map((s) => s.optionalAvailable)).toEqual([[], ["wmo"], ["wmo"]]);
  });

  it("leaves out days of absence", () => {
    const absent = { ...nurse, absence: { from: "2026-11-23", to: "2026-11-24" } };
    const { slots } = findSlots({ participants: [gp, absent], window: nextWeek, wanted: 3 });
    expect(slots.map(local)).toEqual(["2026-11-26 09:00", "2026-11-26 10:00", "2026-11-26 11:00"]);
  });

  it("does not overlap consults already scheduled for a required participant", () => {
    const busy = {
      ...gp,
      busy: [{ start: new Date("2026-11-23T08:00:00Z"), end: new Date("2026-11-23T09:00:00Z") }],
    };
    const { slots } = findSlots({ participants: [busy, nurse], window: nextWeek, wanted: 3 });
    expect(slots.map(local)).toEqual(["2026-11-23 10:00", "2026-11-24 09:00", "2026-11-26 09:00"]);
  });

  it("clamps the wanted count to 3..5", () => {
    expect(findSlots({ participants: [gp], window: nextWeek, wanted: 12 }).slots).toHaveLength(5);
    expect(findSlots({ participants: [gp], window: nextWeek, wanted: 1 }).slots).toHaveLength(3);
  });

  it("honours the window's part of day, earliest time, weekdays and exact time", () => {
    const afternoon = findSlots({
      participants: [gp, nurse],
      window: { ...nextWeek, partOfDay: "afternoon" },
    });
    expect(afternoon.slots.map(local)).toEqual(["2026-11-23 13:00", "2026-11-23 14:00", "2026-11-23 15:00"]);
    const late = findSlots({ participants: [nurse], window: { ...nextWeek, earliestLocalTime: "15:00" } });
    expect(late.slots.map(local)).toEqual(["2026-11-23 15:00", "2026-11-24 15:00", "2026-11-26 15:00"]);
    const exact = findSlots({
      participants: [nurse],
      window: { ...nextWeek, atLocalTime: "10:15", weekdays: ["tue", "thu"] },
    });
    expect(exact.slots.map(local)).toEqual(["2026-11-24 10:15", "2026-11-26 10:15"]);
  });

  it("reads 'donderdagmiddag' through to Thursday-afternoon slots", () => {
    const clock = new FakeClock("2026-11-18T10:00:00Z"); // Wed 18 Nov 11:00
    const { window } = parseWindow("donderdagmiddag", clock.now());
    const { slots } = findSlots({ participants: [person("a"), person("b")], window, wanted: 3 });
    expect(slots.map(local)).toEqual(["2026-11-19 12:00", "2026-11-19 13:00", "2026-11-19 14:00"]);
  });
});

describe("findSlots: holidays", () => {
  it("skips Ascension Day (Thursday 14 May 2026)", () => {
    const { slots } = findSlots({ participants: [person("a")], window: days("2026-05-11", "2026-05-16") });
    // Four working days for five slots: Monday gets a second one.
    expect(slots.map((s) => localDate(s.start))).toEqual([
      "2026-05-11",
      "2026-05-11",
      "2026-05-12",
      "2026-05-13",
      "2026-05-15",
    ]);
  });

  it("skips Christmas and New Year's Day", () => {
    const window = days("2026-12-24", "2027-01-05");
    const { slots } = findSlots({ participants: [person("a")], window });
    expect(slots.map((s) => localDate(s.start))).toEqual([
      "2026-12-24",
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
    ]);
  });
});

describe("findSlots: DST weeks keep local wall-clock times", () => {
  const early = person("a", { availability: weekdays("09:00-10:00") });

  it("keeps 09:00 local across the last Sunday of March 2026", () => {
    const { slots } = findSlots({
      participants: [early],
      window: days("2026-03-26", "2026-04-01"),
      wanted: 4,
    });
    expect(slots.map(local)).toEqual([
      "2026-03-26 09:00",
      "2026-03-27 09:00",
      "2026-03-30 09:00",
      "2026-03-31 09:00",
    ]);
    expect(slots.map((s) => s.start.toISOString().slice(11, 16))).toEqual([
      "08:00",
      "08:00",
      "07:00",
      "07:00",
    ]);
  });

  it("keeps 09:00 local across the last Sunday of October 2026", () => {
    const { slots } = findSlots({
      participants: [early],
      window: days("2026-10-22", "2026-10-28"),
      wanted: 4,
    });
    expect(slots.map(local)).toEqual([
      "2026-10-22 09:00",
      "2026-10-23 09:00",
      "2026-10-26 09:00",
      "2026-10-27 09:00",
    ]);
    expect(slots.map((s) => s.start.toISOString().slice(11, 16))).toEqual([
      "07:00",
      "07:00",
      "08:00",
      "08:00",
    ]);
  });

  it("never proposes the hour that is skipped or repeated, even for round-the-clock hours", () => {
    const always = person("a", { availability: { sun: ["00:00-23:59"] } });
    const window = { ...days("2026-03-29", "2026-03-30"), atLocalTime: "02:30" };
    // 29 March is a Sunday but not a holiday: only the missing 02:30 keeps it empty.
    expect(findSlots({ participants: [always], window }).slots).toEqual([]);
    const october = { ...days("2026-10-25", "2026-10-26"), atLocalTime: "02:30" };
    expect(findSlots({ participants: [always], window: october }).slots).toEqual([]);
  });
});

describe("findSlots: no common slot gives the nearest options", () => {
  it("names the one required participant who cannot make each near slot", () => {
    const mondays = person("gp", { availability: { mon: ["09:00-12:00"], wed: ["09:00-12:00"] } });
    const others = person("nurse", { availability: { tue: ["09:00-12:00"], thu: ["09:00-12:00"] } });
    const { slots, nearest } = findSlots({ participants: [mondays, others], window: nextWeek });
    expect(slots).toEqual([]);
    expect(nearest.every((n) => n.kind === "required-missing")).toBe(true);
    expect(nearest.map(local)).toEqual(["2026-11-23 09:00", "2026-11-24 09:00", "2026-11-25 09:00"]);
    expect(nearest.map((n) => n.missingRequired)).toEqual([
      [{ participantId: "nurse", reason: "outside-hours" }],
      [{ participantId: "gp", reason: "outside-hours" }],
      [{ participantId: "nurse", reason: "outside-hours" }],
    ]);
  });

  it("offers slots just after the window, and in it without the one who is away", () => {
    const away = { ...nurse, absence: { from: "2026-11-23", to: "2026-11-27" } };
    const { slots, nearest } = findSlots({ participants: [gp, away], window: nextWeek });
    expect(slots).toEqual([]);
    const outside = nearest.filter((n) => n.kind === "outside-window");
    expect(outside.map(local)).toEqual(["2026-11-30 09:00", "2026-12-01 09:00", "2026-12-03 09:00"]);
    const partial = nearest.filter((n) => n.kind === "required-missing");
    expect(partial).toHaveLength(3);
    expect(partial[0]?.missingRequired).toEqual([{ participantId: "nurse", reason: "absent" }]);
  });

  it("offers other hours of the same days when the asked part of the day is full", () => {
    const busy = {
      ...gp,
      busy: [{ start: new Date("2026-11-23T12:00:00Z"), end: new Date("2026-11-23T16:00:00Z") }],
    };
    const window = { ...nextWeek, weekdays: ["mon" as const], partOfDay: "afternoon" as const };
    const { slots, nearest } = findSlots({ participants: [busy, nurse], window });
    expect(slots).toEqual([]);
    expect(nearest.filter((n) => n.kind === "outside-window").map(local)).toEqual([
      "2026-11-23 09:00",
      "2026-11-24 09:00",
      "2026-11-26 09:00",
    ]);
  });
});
