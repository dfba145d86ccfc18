import { describe, expect, it } from "vitest";
import {
  castVote,
  confirmableSlot,
  organiserOverride,
  tallyVotes,
  type Vote,
  type VoteAnswer,
  type Voter,
  type VotingSlot,
} from "./vote.policy.js";

const slots: VotingSlot[] = [
  { id: "s3", start: new Date("2026-11-26T08:00:00Z") },
  { id: "s1", start: new Date("2026-11-23T08:00:00Z") },
  { id: "s2", start: new Date("2026-11-24T08:00:00Z") },
];
const participants: Voter[] = [
  { id: "gp", required: true },
  { id: "nurse", required: true },
  { id: "wmo", required: false },
];

function votes(...entries: [string, string, VoteAnswer][]): Vote[] {
  return entries.map(([participantId, slotId, answer]) => ({ participantId, slotId, answer }));
}

describe("confirmableSlot", () => {
  it("is null until every required participant can come to one slot", () => {
    const some = votes(
      ["gp", "s1", "yes"],
      ["nurse", "s1", "no"],
      ["wmo", "s1", "yes"],
      ["nurse", "s2", "yes"],
    );
    expect(confirmableSlot(slots, participants, some)).toBeNull();
  });

  it("confirms a slot where required participants said yes or if-needed, optional ones aside", () => {
    const all = votes(["gp", "s2", "if-needed"], ["nurse", "s2", "yes"], ["wmo", "s2", "no"]);
    expect(confirmableSlot(slots, participants, all)).toMatchObject({
      slotId: "s2",
      yes: ["nurse"],
      ifNeeded: ["gp"],
      no: ["wmo"],
      confirmable: true,
    });
  });

  it("prefers more yes over an earlier slot with if-needed", () => {
    const all = votes(
      ["gp", "s1", "if-needed"],
      ["nurse", "s1", "yes"],
      ["gp", "s3", "yes"],
      ["nurse", "s3", "yes"],
    );
    expect(confirmableSlot(slots, participants, all)?.slotId).toBe("s3");
  });

  it("then prefers more people coming, then the earliest slot", () => {
    const tie = votes(
      ["gp", "s3", "yes"],
      ["nurse", "s3", "yes"],
      ["gp", "s2", "yes"],
      ["nurse", "s2", "yes"],
    );
    expect(confirmableSlot(slots, participants, tie)?.slotId).toBe("s2");
    const withWmo = [...tie, ...votes(["wmo", "s3", "if-needed"])];
    expect(confirmableSlot(slots, participants, withWmo)?.slotId).toBe("s3");
  });

  it("ignores votes of people no longer participating and confirms nothing without required people", () => {
    const removed = votes(["gp", "s1", "yes"], ["nurse", "s1", "yes"]);
    expect(
      confirmableSlot(
        slots,
        [
          { id: "gp", required: true },
          { id: "x", required: true },
        ],
        removed,
      ),
    ).toBeNull();
    expect(confirmableSlot(slots, [{ id: "wmo", required: false }], votes(["wmo", "s1", "yes"]))).toBeNull();
  });
});

describe("tallyVotes", () => {
  it("lists slots in time order with the required people still to answer", () => {
    const tallies = tallyVotes(slots, participants, votes(["gp", "s1", "yes"]));
    expect(tallies.map((t) => t.slotId)).toEqual(["s1", "s2", "s3"]);
    expect(tallies[0]?.pendingRequired).toEqual(["nurse"]);
    expect(tallies[1]?.pendingRequired).toEqual(["gp", "nurse"]);
  });
});

describe("castVote", () => {
  const context = { slots, participants, votingOpen: true };

  it("replaces an earlier answer of the same person for the same slot", () => {
    const first = castVote([], { participantId: "gp", slotId: "s1", answer: "no" }, context);
    if (!first.ok) throw new Error("expected ok");
    const second = castVote(first.votes, { participantId: "gp", slotId: "s1", answer: "yes" }, context);
    expect(second).toEqual({ ok: true, votes: [{ participantId: "gp", slotId: "s1", answer: "yes" }] });
  });

  it("refuses unknown slots, outsiders and votes after confirmation", () => {
    const vote = { participantId: "gp", slotId: "s1", answer: "yes" as const };
    expect(castVote([], { ...vote, slotId: "nope" }, context)).toEqual({ ok: false, reason: "slot-unknown" });
    expect(castVote([], { ...vote, participantId: "x" }, context)).toEqual({
      ok: false,
      reason: "not-a-participant",
    });
    expect(castVote([], vote, { ...context, votingOpen: false })).toEqual({
      ok: false,
      reason: "voting-closed",
    });
  });
});

describe("organiserOverride", () => {
  it("lets only the organiser pick a proposed slot", () => {
    const base = { organizerId: "gp", slotId: "s2", slots };
    expect(organiserOverride({ ...base, actorId: "gp" })).toEqual({ ok: true, slotId: "s2" });
    expect(organiserOverride({ ...base, actorId: "nurse" })).toEqual({ ok: false, reason: "not-organiser" });
    expect(organiserOverride({ ...base, actorId: "gp", slotId: "zz" })).toEqual({
      ok: false,
      reason: "slot-unknown",
    });
  });
});
