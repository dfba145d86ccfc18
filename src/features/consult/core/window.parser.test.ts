import { describe, expect, it } from "vitest";
import { localDate, localTime } from "../../../core/calendar/amsterdam-time.js";
import { FakeClock } from "../../../core/shared/clock.js";
import { type ConsultWindow, defaultWindow, parseWindow } from "./window.parser.js";

// Wednesday 18 November 2026, 11:00 in Amsterdam (CET, UTC+1).
const clock = new FakeClock("2026-11-18T10:00:00Z");

/** The window as local readings: "2026-11-23 00:00 .. 2026-11-30 00:00". */
function span(window: ConsultWindow): string {
  const at = (d: Date) => `${localDate(d)} ${localTime(d)}`;
  return `${at(window.from)} .. ${at(window.to)}`;
}

function parse(text: string | null, now = clock.now()) {
  return parseWindow(text, now);
}

describe("parseWindow: whole weeks", () => {
  it.each(["volgende week", "next week", "komende week", "Volgende Week"])(
    "reads %s as Monday to Monday of the next ISO week",
    (text) => {
      const { window, understood } = parse(text);
      expect(understood).toBe(true);
      expect(span(window)).toBe("2026-11-23 00:00 .. 2026-11-30 00:00");
      expect(window.weekdays).toBeUndefined();
    },
  );

  it.each(["deze week", "this week"])("reads %s as from now to the end of this week", (text) => {
    expect(span(parse(text).window)).toBe("2026-11-18 11:00 .. 2026-11-23 00:00");
  });

  it("keeps a weekday inside a named week as a filter", () => {
    const { window } = parse("volgende week dinsdag");
    expect(span(window)).toBe("2026-11-23 00:00 .. 2026-11-30 00:00");
    expect(window.weekdays).toEqual(["tue"]);
  });

  it("reads 'over twee weken' as the ISO week two weeks on", () => {
    expect(span(parse("over twee weken").window)).toBe("2026-11-30 00:00 .. 2026-12-07 00:00");
  });
});

describe("parseWindow: days and parts of days", () => {
  it.each(["donderdagmiddag", "donderdag middag", "thursday afternoon"])(
    "reads %s as Thursday with part of day afternoon",
    (text) => {
      const { window } = parse(text);
      expect(span(window)).toBe("2026-11-19 00:00 .. 2026-11-20 00:00");
      expect(window.partOfDay).toBe("afternoon");
      expect(window.weekdays).toEqual(["thu"]);
    },
  );

  it("reads 'donderdag na 14:00' as Thursday, starting at or after 14:00", () => {
    const { window } = parse("donderdag na 14:00");
    expect(span(window)).toBe("2026-11-19 00:00 .. 2026-11-20 00:00");
    expect(window.earliestLocalTime).toBe("14:00");
  });

  it.each([
    ["na 14:00", "14:00"],
    ["after 2pm", "14:00"],
    ["vanaf 9.30 uur", "09:30"],
  ])("reads %s as a time limit on the default window", (text, time) => {
    const { window, understood } = parse(text);
    expect(understood).toBe(true);
    expect(window.earliestLocalTime).toBe(time);
    expect(span(window)).toBe(span(defaultWindow(clock.now())));
  });

  it("reads 'op dinsdag om 10:00' as one exact time on Tuesday", () => {
    const { window } = parse("op dinsdag om 10:00");
    expect(window.atLocalTime).toBe("10:00");
    expect(span(window)).toBe("2026-11-24 00:00 .. 2026-11-25 00:00");
  });

  it.each(["morgen", "tomorrow"])("reads %s as tomorrow", (text) => {
    expect(span(parse(text).window)).toBe("2026-11-19 00:00 .. 2026-11-20 00:00");
  });

  it("tells 'morgenochtend' (tomorrow morning) from 'vrijdagmorgen' (Friday morning)", () => {
    expect(parse("morgenochtend").window.partOfDay).toBe("morning");
    const friday = parse("vrijdagmorgen").window;
    expect(span(friday)).toBe("2026-11-20 00:00 .. 2026-11-21 00:00");
    expect(friday.partOfDay).toBe("morning");
  });

  it("reads 'maandag of dinsdag' as next Monday and Tuesday only", () => {
    const { window } = parse("maandag of dinsdag");
    expect(span(window)).toBe("2026-11-23 00:00 .. 2026-11-25 00:00");
    expect(window.weekdays).toEqual(["mon", "tue"]);
  });

  it("reads '1 december' as that day, and '1 januari' in the coming year", () => {
    expect(span(parse("1 december").window)).toBe("2026-12-01 00:00 .. 2026-12-02 00:00");
    expect(span(parse("december 1st").window)).toBe("2026-12-01 00:00 .. 2026-12-02 00:00");
    expect(span(parse("1 januari").window)).toBe("2027-01-01 00:00 .. 2027-01-02 00:00");
  });

  it("reads deadlines: 'voor 1 december' ends before it, 'uiterlijk vrijdag' on it", () => {
    expect(span(parse("voor 1 december").window)).toBe("2026-11-18 11:00 .. 2026-12-01 00:00");
    expect(span(parse("uiterlijk vrijdag").window)).toBe("2026-11-18 11:00 .. 2026-11-21 00:00");
  });
});

describe("parseWindow: working-day windows and the default", () => {
  it.each(["binnen 5 werkdagen", "within 5 working days", "binnen vijf werkdagen"])(
    "reads %s as now to the end of the 5th working day",
    (text) => {
      expect(span(parse(text).window)).toBe("2026-11-18 11:00 .. 2026-11-26 00:00");
    },
  );

  it("counts working days over Christmas 2026 (25 and 26 December are closed)", () => {
    const now = new Date("2026-12-23T09:00:00Z"); // Wed 23 Dec 10:00
    // 24 (Thu), 28, 29, 30, 31 December: Friday 25 is Christmas.
    expect(span(parse("binnen 5 werkdagen", now).window)).toBe("2026-12-23 10:00 .. 2027-01-01 00:00");
  });

  it.each([null, "", "   "])("gives the next 5 working days for %j, as understood", (text) => {
    const { window, understood } = parse(text);
    expect(understood).toBe(true);
    expect(span(window)).toBe("2026-11-18 11:00 .. 2026-11-26 00:00");
  });

  it("falls back to the default for text it cannot read, and says so", () => {
    const { window, understood } = parse("als het uitkomt");
    expect(understood).toBe(false);
    expect(span(window)).toBe("2026-11-18 11:00 .. 2026-11-26 00:00");
  });

  it("never starts a window before now (a day already half gone starts now)", () => {
    const late = new Date("2026-11-19T15:00:00Z"); // Thu 16:00
    expect(span(parse("donderdag", late).window)).toBe("2026-11-19 16:00 .. 2026-11-20 00:00");
  });

  it("uses the Amsterdam date at 00:30 local, when UTC still says yesterday", () => {
    const now = new Date("2026-11-19T23:30:00Z"); // Fri 20 Nov 00:30 local
    expect(span(parse("morgen", now).window)).toBe("2026-11-21 00:00 .. 2026-11-22 00:00");
  });

  it("spans a DST week with local midnights (week of the last Sunday of March)", () => {
    const now = new Date("2026-03-18T09:00:00Z"); // Wed 18 Mar
    const { window } = parse("volgende week", now);
    expect(span(window)).toBe("2026-03-23 00:00 .. 2026-03-30 00:00");
    expect(window.to.toISOString()).toBe("2026-03-29T22:00:00.000Z"); // CEST after the change
  });
});
