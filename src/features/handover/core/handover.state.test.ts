import { describe, expect, it } from "vitest";
import {
  type HandoverActor,
  type HandoverCommand,
  type HandoverState,
  type HandoverStatus,
  requestHandover,
  transition,
} from "./handover.state.js";

const at = new Date("2026-11-23T10:00:00Z");
const referrer: HandoverActor = { kind: "person", professionalId: "ref", ofReceivingService: false };
const receiver: HandoverActor = { kind: "person", professionalId: "rec", ofReceivingService: true };
const colleague: HandoverActor = { kind: "person", professionalId: "col", ofReceivingService: true };
const outsider: HandoverActor = { kind: "person", professionalId: "out", ofReceivingService: false };
const system: HandoverActor = { kind: "system" };

const base = requestHandover({ fromId: "ref", toServiceId: "svc-debt", toProfessionalId: null }, at).state;

function inState(status: HandoverStatus, extra: Partial<HandoverState> = {}): HandoverState {
  const acceptedById = ["requested"].includes(status) ? null : "rec";
  return { ...base, status, acceptedById, ...extra };
}

const accept: HandoverCommand = { type: "accept" };
const decline: HandoverCommand = { type: "decline", reason: "geen capaciteit" };
const forward: HandoverCommand = {
  type: "forward",
  toServiceId: "svc-other",
  toProfessionalId: null,
  reason: "beter passend",
};
const reached: HandoverCommand = { type: "record-contact", reached: true };
const notReached: HandoverCommand = { type: "record-contact", reached: false };
const complete: HandoverCommand = { type: "complete", note: null };
const cancel: HandoverCommand = { type: "cancel", reason: null };
const withdraw: HandoverCommand = { type: "withdraw" };

describe("requestHandover", () => {
  it("starts requested at version 0 with a requested event by the referrer", () => {
    const { state, event } = requestHandover(
      { fromId: "ref", toServiceId: "svc", toProfessionalId: "rec" },
      at,
    );
    expect(state).toMatchObject({ status: "requested", acceptedById: null, contactAttempts: 0, version: 0 });
    expect(event).toMatchObject({
      type: "requested",
      byId: "ref",
      at,
      data: { toServiceId: "svc", toProfessionalId: "rec" },
    });
  });
});

describe("the happy path", () => {
  it("goes requested → accepted → contacted → completed, one event and one version per step", () => {
    const a = transition(base, accept, receiver, at);
    if (!a.ok) throw new Error(a.refused);
    expect(a.state).toMatchObject({ status: "accepted", acceptedById: "rec", version: 1 });
    expect(a.event).toMatchObject({ type: "accepted", byId: "rec", at });
    const c = transition(a.state, reached, receiver, at);
    if (!c.ok) throw new Error(c.refused);
    expect(c.state).toMatchObject({ status: "contacted", contactAttempts: 1, version: 2 });
    const d = transition(c.state, { type: "complete", note: "  afspraak gemaakt " }, receiver, at);
    if (!d.ok) throw new Error(d.refused);
    expect(d.state).toMatchObject({ status: "completed", version: 3 });
    expect(d.event).toMatchObject({
      type: "completed",
      note: "afspraak gemaakt",
      data: { outcome: "reached" },
    });
  });

  it("counts failed contact attempts and stays accepted", () => {
    const r = transition(inState("accepted"), notReached, receiver, at);
    expect(r).toMatchObject({
      ok: true,
      state: { status: "accepted", contactAttempts: 1 },
      event: { type: "contact-failed" },
    });
  });

  it("completes as unreachable after at least one failed attempt", () => {
    const r = transition(inState("accepted", { contactAttempts: 3 }), complete, receiver, at);
    expect(r).toMatchObject({
      ok: true,
      state: { status: "completed" },
      event: { data: { outcome: "unreachable" } },
    });
  });

  it("declines with the trimmed reason, forwards with the target, cancels and withdraws", () => {
    expect(transition(base, decline, colleague, at)).toMatchObject({
      ok: true,
      state: { status: "declined" },
      event: { type: "declined", byId: "col", note: "geen capaciteit" },
    });
    expect(transition(inState("accepted"), forward, receiver, at)).toMatchObject({
      ok: true,
      state: { status: "forwarded" },
      event: { data: { toServiceId: "svc-other", toProfessionalId: null } },
    });
    expect(transition(inState("contacted"), cancel, referrer, at)).toMatchObject({
      ok: true,
      state: { status: "cancelled" },
    });
    expect(transition(inState("accepted"), withdraw, system, at)).toMatchObject({
      ok: true,
      state: { status: "withdrawn" },
      event: { type: "withdrawn", byId: null },
    });
  });

  it("forwards to a named colleague of the same service", () => {
    const toColleague: HandoverCommand = {
      ...forward,
      toServiceId: "svc-debt",
      toProfessionalId: "col",
    } as HandoverCommand;
    expect(transition(base, toColleague, receiver, at)).toMatchObject({
      ok: true,
      state: { status: "forwarded" },
    });
  });
});

describe("refusals change nothing and say why", () => {
  it("tells the second of two colleagues who accepted first, and the same person too", () => {
    const first = transition(base, accept, receiver, at);
    if (!first.ok) throw new Error(first.refused);
    expect(transition(first.state, accept, colleague, at)).toEqual({
      ok: false,
      refused: "HANDOVER_ALREADY_ACCEPTED",
      by: "rec",
    });
    expect(transition(first.state, accept, receiver, at)).toEqual({
      ok: false,
      refused: "HANDOVER_ALREADY_ACCEPTED",
      by: "rec",
    });
    expect(transition(first.state, decline, colleague, at)).toEqual({
      ok: false,
      refused: "HANDOVER_ALREADY_ACCEPTED",
      by: "rec",
    });
  });

  it("lets only people of the receiving service accept, decline or forward a request", () => {
    for (const command of [accept, decline, forward]) {
      for (const actor of [referrer, outsider, system]) {
        expect(transition(base, command, actor, at)).toEqual({ ok: false, refused: "HANDOVER_NOT_RECEIVER" });
      }
    }
  });

  it("lets only the acceptor record contact, complete or forward after accepting", () => {
    for (const command of [reached, notReached, complete, forward]) {
      for (const actor of [colleague, referrer, system]) {
        expect(transition(inState("accepted", { contactAttempts: 1 }), command, actor, at)).toEqual({
          ok: false,
          refused: "HANDOVER_NOT_ACCEPTOR",
          by: "rec",
        });
      }
    }
  });

  it("lets only the referrer cancel and only the system withdraw", () => {
    for (const actor of [receiver, outsider, system]) {
      expect(transition(base, cancel, actor, at)).toEqual({ ok: false, refused: "HANDOVER_NOT_REFERRER" });
    }
    for (const actor of [referrer, receiver]) {
      expect(transition(base, withdraw, actor, at)).toEqual({ ok: false, refused: "HANDOVER_SYSTEM_ONLY" });
    }
  });

  it("refuses steps out of order", () => {
    expect(transition(base, reached, receiver, at)).toEqual({ ok: false, refused: "HANDOVER_NOT_ACCEPTED" });
    expect(transition(base, complete, receiver, at)).toEqual({ ok: false, refused: "HANDOVER_NOT_ACCEPTED" });
    expect(transition(inState("accepted"), complete, receiver, at)).toEqual({
      ok: false,
      refused: "HANDOVER_NOT_CONTACTED",
    });
    expect(transition(inState("contacted"), reached, receiver, at)).toEqual({
      ok: false,
      refused: "HANDOVER_ALREADY_CONTACTED",
    });
    expect(transition(inState("contacted"), forward, receiver, at)).toEqual({
      ok: false,
      refused: "HANDOVER_ALREADY_CONTACTED",
    });
  });

  it("requires a reason to decline or forward, and a different target to forward", () => {
    expect(transition(base, { type: "decline", reason: "  " }, receiver, at)).toEqual({
      ok: false,
      refused: "HANDOVER_REASON_REQUIRED",
    });
    expect(transition(base, { ...forward, reason: "" } as HandoverCommand, receiver, at)).toEqual({
      ok: false,
      refused: "HANDOVER_REASON_REQUIRED",
    });
    const same = { ...forward, toServiceId: "svc-debt" } as HandoverCommand;
    expect(transition(base, same, receiver, at)).toEqual({ ok: false, refused: "HANDOVER_FORWARD_TO_SAME" });
  });

  const closedStatuses: HandoverStatus[] = ["completed", "declined", "forwarded", "cancelled", "withdrawn"];
  const everyCommand = [accept, decline, forward, reached, notReached, complete, cancel, withdraw];

  it.each(closedStatuses)("refuses every command on a %s handover", (status) => {
    const state = inState(status, status === "declined" ? { acceptedById: null } : {});
    for (const command of everyCommand) {
      for (const actor of [referrer, receiver, colleague, system]) {
        const result = transition(state, command, actor, at);
        expect(result.ok).toBe(false);
        if (!result.ok && result.refused !== "HANDOVER_CLOSED") {
          // A late accept on a finished handover still says who had it.
          expect(result).toEqual({ ok: false, refused: "HANDOVER_ALREADY_ACCEPTED", by: "rec" });
          expect(command.type).toMatch(/accept|decline/);
        }
      }
    }
  });
});
