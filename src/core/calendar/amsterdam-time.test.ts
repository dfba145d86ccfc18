import { describe, expect, it } from "vitest";
import {
  addDays,
  formatDay,
  formatLocal,
  fromLocal,
  fromLocalLenient,
  localDate,
  localTime,
  startOfLocalDay,
  weekday,
  weekdayName,
} from "./amsterdam-time.js";

// Runs under TZ=UTC and TZ=Pacific/Auckland (vitest projects): every expectation is an absolute
// UTC instant, so a leak of the process zone shows up as a failure in one of the two.
const at = (iso: string) => new Date(iso);

describe("local date and time on the Amsterdam clock", () => {
  it("reads the Amsterdam date, not the UTC one, around midnight", () => {
    expect(localDate(at("2026-11-22T23:30:00Z"))).toBe("2026-11-23");
    expect(localTime(at("2026-11-22T23:30:00Z"))).toBe("00:30");
    expect(localDate(at("2026-06-30T22:00:00Z"))).toBe("2026-07-01"); // CEST, +2
  });

  it("changes offset at 01:00 UTC exactly on both DST Sundays", () => {
    expect(localTime(at("2026-03-29T00:59:00Z"))).toBe("01:59");
    expect(localTime(at("2026-03-29T01:00:00Z"))).toBe("03:00");
    expect(localTime(at("2026-10-25T00:59:00Z"))).toBe("02:59");
    expect(localTime(at("2026-10-25T01:00:00Z"))).toBe("02:00");
  });

  it("names the weekday of an instant locally and of a date by the calendar", () => {
    expect(weekday(at("2026-11-22T23:30:00Z"))).toBe("mon");
    expect(weekday("2026-04-27")).toBe("mon");
    expect(weekday("2026-12-25")).toBe("fri");
    expect(weekday("2027-01-03")).toBe("sun");
  });

  it("steps calendar days across DST and year ends", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("fromLocal", () => {
  it("resolves the DST Mondays 08:00 to the new offsets", () => {
    expect(fromLocal("2026-03-30", "08:00")).toEqual({ kind: "ok", instant: at("2026-03-30T06:00:00Z") });
    expect(fromLocal("2026-10-26", "08:00")).toEqual({ kind: "ok", instant: at("2026-10-26T07:00:00Z") });
  });

  it("reports 02:30 on 29 March 2026 as nonexistent (clocks jump 02:00 -> 03:00)", () => {
    expect(fromLocal("2026-03-29", "02:30")).toEqual({ kind: "nonexistent" });
    expect(fromLocal("2026-03-29", "02:00")).toEqual({ kind: "nonexistent" });
    expect(fromLocal("2026-03-29", "01:59")).toEqual({ kind: "ok", instant: at("2026-03-29T00:59:00Z") });
    expect(fromLocal("2026-03-29", "03:00")).toEqual({ kind: "ok", instant: at("2026-03-29T01:00:00Z") });
  });

  it("reports 02:30 on 25 October 2026 as ambiguous with both instants", () => {
    expect(fromLocal("2026-10-25", "02:30")).toEqual({
      kind: "ambiguous",
      earlier: at("2026-10-25T00:30:00Z"),
      later: at("2026-10-25T01:30:00Z"),
    });
    expect(fromLocal("2026-10-25", "03:00")).toEqual({ kind: "ok", instant: at("2026-10-25T02:00:00Z") });
  });

  it("round-trips every hour of 2026", () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000) {
      const instant = new Date(ms);
      const resolved = fromLocal(localDate(instant), localTime(instant));
      const candidates =
        resolved.kind === "ok"
          ? [resolved.instant]
          : resolved.kind === "ambiguous"
            ? [resolved.earlier, resolved.later]
            : [];
      expect(candidates.map((d) => d.getTime())).toContain(ms);
    }
  });

  it("rejects malformed and impossible input", () => {
    expect(() => fromLocal("2026-02-30", "09:00")).toThrow(/no such date/);
    expect(() => fromLocal("2026-11-23", "24:00")).toThrow(/HH:mm/);
    expect(() => fromLocal("2026-11-23", "9:00")).toThrow(/HH:mm/);
    expect(() => fromLocal("23-11-2026", "09:00")).toThrow(/YYYY-MM-DD/);
  });
});

describe("fromLocalLenient and startOfLocalDay", () => {
  it("moves a time in the spring gap to 03:00 and takes the first of a repeated time", () => {
    expect(fromLocalLenient("2026-03-29", "02:30")).toEqual(at("2026-03-29T01:00:00Z"));
    expect(fromLocalLenient("2026-03-29", "02:00")).toEqual(at("2026-03-29T01:00:00Z"));
    expect(fromLocalLenient("2026-10-25", "02:30")).toEqual(at("2026-10-25T00:30:00Z"));
  });

  it("gives local midnight on both sides of each DST change", () => {
    expect(startOfLocalDay("2026-03-29")).toEqual(at("2026-03-28T23:00:00Z"));
    expect(startOfLocalDay("2026-03-30")).toEqual(at("2026-03-29T22:00:00Z"));
    expect(startOfLocalDay("2026-10-25")).toEqual(at("2026-10-24T22:00:00Z"));
    expect(startOfLocalDay("2026-10-26")).toEqual(at("2026-10-25T23:00:00Z"));
  });
});

describe("formatLocal", () => {
  const monday = at("2026-11-23T08:00:00Z");

  it("formats short Dutch and English display strings", () => {
    expect(formatLocal(monday, "nl")).toBe("ma 23 nov 09:00");
    expect(formatLocal(monday, "en")).toBe("Mon 23 Nov 09:00");
    expect(formatLocal(at("2026-03-30T06:00:00Z"), "nl", "short")).toBe("ma 30 mrt 08:00");
  });

  it("formats date-only, time-only and long styles", () => {
    expect(formatLocal(monday, "nl", "date")).toBe("ma 23 nov");
    expect(formatLocal(monday, "en", "time")).toBe("09:00");
    expect(formatLocal(monday, "nl", "long")).toBe("maandag 23 november 2026 09:00");
    expect(formatLocal(monday, "en", "long")).toBe("Monday 23 November 2026 09:00");
  });

  it("pins every day and month name the library gives, so an ICU update that renames one shows", () => {
    const week = Array.from({ length: 7 }, (_, n) =>
      at(`2026-01-${String(5 + n).padStart(2, "0")}T11:00:00Z`),
    );
    const year = Array.from({ length: 12 }, (_, n) =>
      at(`2026-${String(n + 1).padStart(2, "0")}-15T11:00:00Z`),
    );
    // [instants, language, style, which word of the display, the names expected]
    const cases: [Date[], "nl" | "en", "date" | "long", number, string][] = [
      [week, "nl", "date", 0, "ma di wo do vr za zo"],
      [week, "en", "date", 0, "Mon Tue Wed Thu Fri Sat Sun"],
      [week, "nl", "long", 0, "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"],
      [year, "nl", "date", 2, "jan feb mrt apr mei jun jul aug sep okt nov dec"],
      // British English, as the English texts are written: "Sept", not "Sep".
      [year, "en", "date", 2, "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec"],
      [
        year,
        "nl",
        "long",
        2,
        "januari februari maart april mei juni juli augustus september oktober november december",
      ],
      [
        year,
        "en",
        "long",
        2,
        "January February March April May June July August September October November December",
      ],
    ];
    for (const [instants, lang, style, index, names] of cases) {
      const shown = instants.map((d) => formatLocal(d, lang, style).split(" ")[index]);
      expect(shown, `${lang} ${style}`).toEqual(names.split(" "));
    }
  });
});

describe("formatDay and weekdayName", () => {
  it("shows a calendar day as 14-10-2026 in Dutch and ISO in English, or in words in a sentence", () => {
    expect(formatDay("2026-10-14", "nl")).toBe("14-10-2026");
    expect(formatDay("2025-06-30", "en")).toBe("2025-06-30");
    expect(formatDay("2026-12-04", "nl", "long")).toBe("4 december 2026");
    expect(formatDay("2026-12-04", "en", "long")).toBe("4 December 2026");
  });

  it("names a weekday in full, lower case in Dutch", () => {
    expect(weekdayName("mon", "nl")).toBe("maandag");
    expect(weekdayName("sun", "en")).toBe("Sunday");
  });
});
