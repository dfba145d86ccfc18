import { describe, expect, it } from "vitest";
import type { Action, Message } from "../../../views/message.js";
import type { ConsultRecord } from "../core/consult.ports.js";
import { consultView } from "./consult.view.js";
import { consultNoticeView } from "./consult-notice.view.js";

const consult: ConsultRecord = {
  id: "c1",
  caseId: "case-1",
  caseCode: "WYC-021",
  access: { wijkId: "w", municipalityCode: "GM0935", coordinatorId: null, memberIds: [], restricted: false },
  status: "planning",
  organizerId: "p-gp",
  start: null,
  durationMinutes: 45,
  location: null,
  icsUid: "uid-1",
  icsSequence: 0,
  outcome: null,
  remindedAt: null,
  participants: [
    {
      id: "a",
      professionalId: "p-gp",
      name: "Pieter",
      email: null,
      locale: null,
      relativeLabel: null,
      role: "huisarts",
      required: true,
      attended: null,
    },
    {
      id: "b",
      professionalId: null,
      name: null,
      email: null,
      locale: null,
      relativeLabel: "Dochter",
      role: null,
      required: false,
      attended: null,
    },
  ],
  slots: [{ id: "s1", start: new Date("2026-11-30T09:00:00Z"), end: new Date("2026-11-30T09:45:00Z") }],
  votes: [{ slotId: "s1", participantId: "p-gp", answer: "yes" }],
  agenda: [{ position: 1, text: "<!channel> *wensen*", addedById: "p-gp" }],
};

const actions = (m: Message): Action[] => m.blocks.flatMap((b) => (b.type === "actions" ? b.actions : []));

describe("consult views", () => {
  it("offers three answers per slot, and the override only to the organiser", () => {
    const organiser = actions(consultView(consult, "nl", "p-gp"));
    expect(organiser.filter((a) => a.intent === "consult.vote").map((a) => a.data)).toEqual([
      { consultId: "c1", slotId: "s1", answer: "yes" },
      { consultId: "c1", slotId: "s1", answer: "no" },
      { consultId: "c1", slotId: "s1", answer: "if-needed" },
    ]);
    expect(organiser.some((a) => a.intent === "consult.confirm")).toBe(true);
    expect(actions(consultView(consult, "en", "p-nurse")).some((a) => a.intent === "consult.confirm")).toBe(
      false,
    );
  });

  it("shows local times in Dutch and English, the relative by label only, and free text literally", () => {
    const nl = JSON.stringify(consultView(consult, "nl", "p-gp").blocks);
    expect(nl).toContain("ma 30 nov 10:00–10:45");
    expect(nl).toContain("Dochter (naaste, optioneel)");
    expect(nl).toContain("<!channel> *wensen*");
    expect(JSON.stringify(consultView(consult, "en", "p-gp").blocks)).toContain("Mon 30 Nov 10:00–10:45");
  });

  it("sends the invite text privately with a confirmation", () => {
    const scheduled = { ...consult, status: "scheduled" as const, start: consult.slots[0]!.start };
    const message = consultNoticeView(
      {
        kind: "consult.confirmed",
        recipientId: "p-nurse",
        facts: {
          consult: scheduled,
          ics: { method: "REQUEST", stamp: new Date("2026-11-23T09:00:00Z") },
          task: null,
        },
      },
      "nl",
    );
    expect(message.visibility).toBe("private");
    expect(message.summary).toBe("Het consult is bevestigd op maandag 30 november 2026 10:00–10:45.");
    expect(JSON.stringify(message.blocks)).toContain("BEGIN:VCALENDAR");
  });
});
