import { describe, expect, it } from "vitest";
import {
  editParticipants,
  PALLIATIVE_TEMPLATE,
  type ProposedParticipant,
  participantKey,
  proposeParticipants,
} from "./participants.policy.js";

const roster = [
  { professionalId: "p-wmo", role: "wmo-consulent" },
  { professionalId: "p-nurse", role: "wijkverpleegkundige" },
  { professionalId: "p-gp", role: "huisarts" },
  { professionalId: "p-social", role: "sociaal-werker" },
  { professionalId: "p-chaplain", role: "geestelijk-verzorger" },
];
const relatives = [{ relativeId: "r-1", label: "Partner" }];

describe("proposeParticipants", () => {
  it("proposes organiser, GP and nurse as required, Wmo and spiritual care and relatives as optional", () => {
    const proposal = proposeParticipants({
      roster,
      relatives,
      organizer: { professionalId: "p-gp", role: "huisarts" },
    });
    expect(proposal.participants).toEqual([
      { kind: "professional", professionalId: "p-gp", role: "huisarts", required: true },
      { kind: "professional", professionalId: "p-nurse", role: "wijkverpleegkundige", required: true },
      { kind: "professional", professionalId: "p-wmo", role: "wmo-consulent", required: false },
      { kind: "professional", professionalId: "p-chaplain", role: "geestelijk-verzorger", required: false },
      { kind: "relative", relativeId: "r-1", label: "Partner", required: false },
    ]);
    expect(proposal.missingRoles).toEqual([]);
    expect(proposal.others).toEqual([{ professionalId: "p-social", role: "sociaal-werker" }]);
  });

  it("names a required role the roster lacks, and includes an organiser of another role as required", () => {
    const proposal = proposeParticipants({
      roster: roster.filter((m) => m.role !== "wijkverpleegkundige"),
      relatives: [],
      organizer: { professionalId: "p-coord", role: "casemanager-dementie" },
    });
    expect(proposal.missingRoles).toEqual(["wijkverpleegkundige"]);
    expect(proposal.participants[0]).toEqual({
      kind: "professional",
      professionalId: "p-coord",
      role: "casemanager-dementie",
      required: true,
    });
  });

  it("leaves relatives out when the template says so", () => {
    const template = { ...PALLIATIVE_TEMPLATE, relatives: false };
    const proposal = proposeParticipants({ roster, relatives, organizer: roster[2]!, template });
    expect(proposal.participants.some((p) => p.kind === "relative")).toBe(false);
  });
});

describe("editParticipants", () => {
  const organizer = { actorId: "p-gp", organizerId: "p-gp" };
  const start = proposeParticipants({
    roster,
    relatives,
    organizer: { professionalId: "p-gp", role: "huisarts" },
  }).participants;

  it("adds and removes people and switches required, by the organiser only", () => {
    const added = editParticipants(
      start,
      { kind: "add-professional", professionalId: "p-social", role: "sociaal-werker", required: false },
      organizer,
    );
    expect(added.ok && added.participants.map(participantKey)).toContain("p-social");
    const optional = editParticipants(
      start,
      { kind: "set-required", key: "p-nurse", required: false },
      organizer,
    );
    expect(optional.ok && optional.participants.find((p) => participantKey(p) === "p-nurse")?.required).toBe(
      false,
    );
    const removed = editParticipants(start, { kind: "remove", key: "relative:r-1" }, organizer);
    expect(removed.ok && removed.participants.some((p) => p.kind === "relative")).toBe(false);
    expect(
      editParticipants(start, { kind: "remove", key: "p-wmo" }, { ...organizer, actorId: "p-nurse" }),
    ).toEqual({
      ok: false,
      reason: "not-organiser",
    });
  });

  it("keeps the organiser in and required, relatives optional and labels short", () => {
    const refuse = (edit: Parameters<typeof editParticipants>[1], list: ProposedParticipant[] = start) =>
      editParticipants(list, edit, organizer);
    expect(refuse({ kind: "remove", key: "p-gp" })).toEqual({ ok: false, reason: "organiser-stays" });
    expect(refuse({ kind: "set-required", key: "p-gp", required: false })).toEqual({
      ok: false,
      reason: "organiser-stays",
    });
    expect(refuse({ kind: "set-required", key: "relative:r-1", required: true })).toEqual({
      ok: false,
      reason: "relative-cannot-be-required",
    });
    expect(refuse({ kind: "add-relative", relativeId: null, label: "x".repeat(41) })).toEqual({
      ok: false,
      reason: "label-invalid",
    });
    expect(refuse({ kind: "add-relative", relativeId: "r-1", label: "Partner" })).toEqual({
      ok: false,
      reason: "already-participant",
    });
    expect(refuse({ kind: "remove", key: "nobody" })).toEqual({ ok: false, reason: "unknown-participant" });
  });

  it("adds a relative who is not in the chat by label only", () => {
    const result = editParticipants(
      start,
      { kind: "add-relative", relativeId: null, label: " Dochter " },
      organizer,
    );
    expect(result.ok && result.participants.at(-1)).toEqual({
      kind: "relative",
      relativeId: null,
      label: "Dochter",
      required: false,
    });
  });
});
