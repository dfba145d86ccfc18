import { describe, expect, it } from "vitest";
import {
  AGENDA_MAX_ITEMS,
  type AgendaItem,
  addAgendaItem,
  agendaText,
  type ConsultRecordContext,
  recordOutcome,
} from "./consult-agenda.policy.js";

const start = new Date("2026-11-26T13:00:00Z"); // Thu 26 Nov 14:00 local
const consult: ConsultRecordContext = {
  status: "scheduled",
  organizerId: "gp",
  start,
  participantIds: ["gp", "nurse", "wmo"],
};
const before = new Date("2026-11-20T10:00:00Z");
const after = new Date("2026-11-26T14:00:00Z");

describe("addAgendaItem", () => {
  it("appends a trimmed item after the highest position", () => {
    const items: AgendaItem[] = [{ position: 2, text: "Hulpmiddelen", addedById: "gp" }];
    expect(addAgendaItem(consult, items, { text: "  Mantelzorg  ", addedById: "nurse" }, before)).toEqual({
      ok: true,
      item: { position: 3, text: "Mantelzorg", addedById: "nurse" },
    });
  });

  it("refuses outsiders, empty or long text, a full agenda and items once the meeting started", () => {
    const add = (text: string, by = "nurse", items: AgendaItem[] = [], now = before) =>
      addAgendaItem(consult, items, { text, addedById: by }, now);
    expect(add("x", "stranger")).toEqual({ ok: false, reason: "not-a-participant" });
    expect(add("   ")).toEqual({ ok: false, reason: "text-empty" });
    expect(add("a".repeat(301))).toEqual({ ok: false, reason: "text-too-long" });
    const full = Array.from({ length: AGENDA_MAX_ITEMS }, (_, i) => ({
      position: i + 1,
      text: "t",
      addedById: null,
    }));
    expect(add("x", "nurse", full)).toEqual({ ok: false, reason: "agenda-full" });
    expect(add("x", "nurse", [], after)).toEqual({ ok: false, reason: "meeting-started" });
    const cancelled = addAgendaItem(
      { ...consult, status: "cancelled" },
      [],
      { text: "x", addedById: "gp" },
      before,
    );
    expect(cancelled).toEqual({ ok: false, reason: "consult-closed" });
  });

  it("numbers the agenda in position order for the invite", () => {
    const items = [
      { position: 5, text: "Hulpmiddelen", addedById: null },
      { position: 1, text: "Wensen laatste levensfase", addedById: null },
    ];
    expect(agendaText(items)).toBe("1. Wensen laatste levensfase\n2. Hulpmiddelen");
  });
});

describe("recordOutcome", () => {
  const input = {
    actorId: "gp",
    outcome: "Afspraken over hulpmiddelen gemaakt.",
    actionPoints: [{ ownerId: "nurse", text: " Hoog-laagbed aanvragen ", dueOn: "2026-12-01" }],
    attendedIds: ["gp", "nurse", "nurse"],
  };

  it("closes the consult with outcome, attendance and action points", () => {
    expect(recordOutcome(consult, input, after)).toEqual({
      ok: true,
      record: {
        status: "done",
        outcome: "Afspraken over hulpmiddelen gemaakt.",
        actionPoints: [{ ownerId: "nurse", text: "Hoog-laagbed aanvragen", dueOn: "2026-12-01" }],
        attendedIds: ["gp", "nurse"],
      },
    });
  });

  it("is for the organiser, after the start, of a scheduled consult", () => {
    expect(recordOutcome(consult, { ...input, actorId: "nurse" }, after)).toMatchObject({
      refusal: { kind: "not-organiser" },
    });
    expect(recordOutcome(consult, input, before)).toMatchObject({ refusal: { kind: "not-yet-held" } });
    expect(recordOutcome({ ...consult, status: "done" }, input, after)).toMatchObject({
      refusal: { kind: "wrong-status", status: "done" },
    });
  });

  it("checks every action point: owner among participants, text, a real due date not before the consult", () => {
    const point = input.actionPoints[0]!;
    const withPoint = (p: Partial<typeof point>) =>
      recordOutcome(consult, { ...input, actionPoints: [point, { ...point, ...p }] }, after);
    expect(withPoint({ ownerId: "stranger" })).toMatchObject({
      refusal: { kind: "action-point-invalid", index: 1, problem: "owner-not-participant" },
    });
    expect(withPoint({ text: "" })).toMatchObject({ refusal: { problem: "text-empty" } });
    expect(withPoint({ dueOn: "2026-02-30" })).toMatchObject({ refusal: { problem: "due-date-invalid" } });
    expect(withPoint({ dueOn: "2026-11-25" })).toMatchObject({ refusal: { problem: "due-before-consult" } });
    expect(withPoint({ dueOn: "2026-11-26" }).ok).toBe(true);
  });

  it("refuses an attendance list with someone who was not invited, and an empty outcome", () => {
    expect(recordOutcome(consult, { ...input, attendedIds: ["x"] }, after)).toMatchObject({
      refusal: { kind: "attendee-not-participant", participantId: "x" },
    });
    expect(recordOutcome(consult, { ...input, outcome: " " }, after)).toMatchObject({
      refusal: { kind: "outcome-empty" },
    });
  });
});
