import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../core/shared/app-error.js";
import { buildInvite, type InviteInput, inviteSummary } from "./invite.ics.js";

const base: InviteInput = {
  uid: "6f1c2a9e-3c1b-4c55-9d59-0c2d0b7e8a11",
  sequence: 0,
  method: "REQUEST",
  start: new Date("2026-01-26T08:00:00Z"), // Mon 26 Jan 2026 09:00 CET
  durationMinutes: 45,
  summary: inviteSummary("WYC-021", "nl"),
  location: "Bij de patiënt thuis",
  description: "1. Wensen laatste levensfase\n2. Mantelzorgondersteuning",
  organizer: { name: "Gijs Lammers", email: "gijs@example.org" },
  attendees: [
    { name: "Hilde Wolters", email: "hilde@example.org", required: true },
    { email: "roel@example.org", required: false },
  ],
  stamp: new Date("2026-01-20T10:15:00Z"),
};

/** Parses with node-ical, an implementation independent of ical-generator. */
function parse(text: string): { event: VEvent; method: unknown } {
  const parsed = ical.sync.parseICS(text);
  const event = Object.values(parsed).find((c): c is VEvent => c?.type === "VEVENT");
  if (!event) throw new Error("no VEVENT in invite");
  return { event, method: (parsed.vcalendar as { method?: unknown } | undefined)?.method };
}

const lines = (text: string) => text.split("\r\n");

describe("buildInvite", () => {
  it("writes 09:00 Amsterdam wall-clock with TZID in winter, read back as the right instant", () => {
    const text = buildInvite(base);
    expect(lines(text)).toContain("DTSTART;TZID=Europe/Amsterdam:20260126T090000");
    expect(lines(text)).toContain("DTEND;TZID=Europe/Amsterdam:20260126T094500");
    const { event, method } = parse(text);
    expect(event.start.toISOString()).toBe("2026-01-26T08:00:00.000Z");
    expect(event.end?.toISOString()).toBe("2026-01-26T08:45:00.000Z");
    expect(event.start.tz).toBe("Europe/Amsterdam");
    expect(method).toBe("REQUEST");
  });

  it("writes 09:00 wall-clock in summer too (CEST, UTC+2)", () => {
    const text = buildInvite({ ...base, start: new Date("2026-06-15T07:00:00Z") });
    expect(lines(text)).toContain("DTSTART;TZID=Europe/Amsterdam:20260615T090000");
    expect(parse(text).event.start.toISOString()).toBe("2026-06-15T07:00:00.000Z");
  });

  it("carries the Europe/Amsterdam VTIMEZONE with both DST rules", () => {
    const text = lines(buildInvite(base));
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toContain("TZID:Europe/Amsterdam");
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
  });

  it("writes DTSTAMP in UTC, as RFC 5545 requires", () => {
    expect(lines(buildInvite(base))).toContain("DTSTAMP:20260120T101500Z");
  });

  it("keeps UID and SEQUENCE as given, with STATUS:CONFIRMED, organiser and attendees", () => {
    const { event } = parse(buildInvite({ ...base, sequence: 2 }));
    expect(event.uid).toBe(base.uid);
    expect(Number(event.sequence)).toBe(2);
    expect(event.status).toBe("CONFIRMED");
    expect(event.summary).toBe("Palliatief consult WYC-021");
    expect(event.location).toBe("Bij de patiënt thuis");
    expect(event.description).toBe(base.description);
    const text = buildInvite(base);
    expect(text).toMatch(/ORGANIZER;CN="?Gijs Lammers"?:mailto:gijs@example.org/);
    expect(text.replace(/\r\n /g, "")).toMatch(/ATTENDEE;ROLE=REQ-PARTICIPANT;.*CN="?Hilde Wolters"?/);
    expect(text.replace(/\r\n /g, "")).toMatch(/ATTENDEE;ROLE=OPT-PARTICIPANT;.*roel@example.org/);
  });

  it("cancels with METHOD:CANCEL, STATUS:CANCELLED, the same UID and a higher SEQUENCE", () => {
    const { event, method } = parse(buildInvite({ ...base, method: "CANCEL", sequence: 3 }));
    expect(method).toBe("CANCEL");
    expect(event.status).toBe("CANCELLED");
    expect(event.uid).toBe(base.uid);
    expect(Number(event.sequence)).toBe(3);
  });

  it("writes 09:00 wall-clock on the Monday after the October DST change", () => {
    const text = buildInvite({ ...base, start: new Date("2026-10-26T08:00:00Z") }); // Mon after DST end
    expect(lines(text)).toContain("DTSTART;TZID=Europe/Amsterdam:20261026T090000");
  });

  it("refuses an invite without a usable UID, sequence or duration", () => {
    expect(() => buildInvite({ ...base, uid: " " })).toThrow(AppError);
    expect(() => buildInvite({ ...base, sequence: -1 })).toThrow(/sequence/);
    expect(() => buildInvite({ ...base, durationMinutes: 0 })).toThrow(/duration/);
  });

  it("builds the English summary from the case code alone", () => {
    expect(inviteSummary("WYC-021", "en")).toBe("Palliative consult WYC-021");
  });
});
