import { describe, expect, it } from "vitest";
import { sampleAccepted } from "../../../test/support/sample-notices.js";
import { checkNotice, readNotice } from "./notices.js";

const accepted = sampleAccepted("p-pieter-brouwers");

describe("the notice schema", () => {
  it("takes a notice of a known kind, and reads it back from JSON with its instants as dates", () => {
    expect(checkNotice(accepted)).toEqual(accepted);
    const stored = JSON.parse(JSON.stringify(accepted));
    expect(typeof stored.facts.deadlineAt).toBe("string");
    expect(readNotice(stored)).toEqual(accepted);
  });

  it("refuses facts of the wrong shape, naming the kind and the fields but not their values", () => {
    const wrong = {
      ...accepted,
      facts: { ...accepted.facts, version: "1", status: "lost", note: undefined },
    };
    expect(() => checkNotice(wrong)).toThrow(
      'notice "handover.accepted" refused: facts.status, facts.version, facts.note',
    );
    expect(readNotice(wrong)).toBeNull();
  });

  it("refuses an unknown kind, a missing recipient, and facts that belong to another kind", () => {
    expect(() => checkNotice({ ...accepted, kind: "handover.teleported" })).toThrow(/refused: kind/);
    expect(() => checkNotice({ ...accepted, recipientId: "" })).toThrow(/refused: recipientId/);
    expect(() => checkNotice({ ...accepted, kind: "digest.nudge" })).toThrow(/refused: facts\./);
  });

  it("does not take a message rendered before notices existed for one", () => {
    const rendered = { lang: "nl", summary: "Overdracht geaccepteerd", blocks: [], visibility: "private" };
    expect(readNotice({ kind: "handover.accepted", recipientId: "p-1", facts: rendered })).toBeNull();
  });
});
