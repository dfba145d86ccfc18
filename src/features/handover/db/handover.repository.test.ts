/**
 * The handover loop on PGlite with the demo social map: request, accept, contact, complete; the
 * refusals (consent, wijk, out-of-order steps) that change nothing; the same button twice; and a
 * consent withdrawal that cancels what is still queued.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderedOutbox } from "../../../../test/support/rendered-outbox.js";
import { renderMessage } from "../../../channels/slack/message.blocks.js";
import { handoverWorld, LEILA, MARK, PIETER, requestForm, type World } from "./handover.test-support.js";

let w: World;

beforeEach(async () => {
  w = await handoverWorld();
}, 60_000);
afterEach(async () => {
  await w.db.close();
});

async function submit(form: Record<string, string> = requestForm()) {
  return w.requests.submit(await w.as(PIETER), form);
}

async function created(form?: Record<string, string>): Promise<string> {
  const outcome = await submit(form);
  if (outcome.kind !== "created") throw new Error(`not created: ${JSON.stringify(outcome)}`);
  return outcome.handoverId;
}

/** The queued notices (facts in `payload`), each also as its recipient reads it (`message`). */
const outbox = (recipientId?: string) => renderedOutbox(w.db.prisma, recipientId ? { recipientId } : {});
const events = (handoverId: string) =>
  w.db.prisma.handoverEvent.findMany({ where: { handoverId }, orderBy: { at: "asc" } });

describe("requesting a handover", () => {
  it("stores the request with its event, audit, encrypted phone and notices to the service's people", async () => {
    const id = await created();
    const row = await w.db.prisma.handover.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "requested", fromId: PIETER, version: 0 });
    expect(row.phoneCipher).toMatch(/^t1:/);
    expect(row.phoneCipher).not.toContain("1234");
    expect((await events(id)).map((e) => e.type)).toEqual(["requested"]);
    const queued = await outbox();
    expect(queued.map((m) => m.recipientId).sort()).toEqual([LEILA, MARK]);
    expect(JSON.stringify(queued.map((m) => [m.payload, m.message]))).not.toContain("1234");
    const audit = await w.db.prisma.auditRecord.findMany({ where: { subject: `handover:${id}` } });
    expect(audit.map((a) => a.event)).toContain("handover.request");
    expect(w.kicks.count).toBe(1);
  });

  it("opens a new case with a code issued from the wijk when no code is given", async () => {
    const outcome = await submit(requestForm({ caseCode: "", wijkId: "maastricht-wyckerpoort" }));
    expect(outcome).toMatchObject({ kind: "created", caseCode: expect.stringMatching(/^WYC-\d{3}$/) });
    if (outcome.kind !== "created") return;
    expect(outcome.caseCode).not.toBe("WYC-014");
    const kase = await w.db.prisma.case.findUniqueOrThrow({
      where: { code: outcome.caseCode },
      include: { members: true },
    });
    expect(kase.members.map((m) => m.professionalId)).toEqual([PIETER]);
  });

  it.each([
    [
      "no consent on record",
      { consent: "existing", caseCode: "", wijkId: "maastricht-wyckerpoort" },
      "HANDOVER_CONSENT_MISSING",
    ],
    [
      "consent that expired",
      { consentDate: "2026-10-01", consentUntil: "2026-11-01" },
      "HANDOVER_CONSENT_EXPIRED",
    ],
    [
      "consent recorded for another purpose",
      { consentPurpose: "onderzoek" },
      "HANDOVER_CONSENT_OTHER_PURPOSE",
    ],
  ])("refuses a request with %s and stores and sends nothing", async (_label, extra, reason) => {
    const before = await w.db.prisma.handover.count();
    expect(await submit(requestForm(extra))).toEqual({ kind: "consent-refused", reason });
    expect(await w.db.prisma.handover.count()).toBe(before);
    expect(await outbox()).toEqual([]);
    expect(w.kicks.count).toBe(0);
  });

  it("refuses a service that does not serve the wijk, offering the ones that do", async () => {
    const outcome = await submit(requestForm({ serviceId: "svc-shv-utrecht" }));
    expect(outcome.kind).toBe("not-in-wijk");
    if (outcome.kind !== "not-in-wijk") return;
    expect(outcome.form.services.map((s) => s.id).sort()).toEqual([
      "svc-budgetmaatjes",
      "svc-shv-maastricht",
    ]);
    expect(outcome.form.errors.serviceId).toBe("handover.form.error.not-in-wijk");
    expect(await outbox()).toEqual([]);
  });

  it("returns the form with field errors (and never echoes the phone) when the input is incomplete", async () => {
    const outcome = await submit(requestForm({ reason: "x".repeat(501), phone: "bel me" }));
    expect(outcome.kind).toBe("form");
    if (outcome.kind !== "form") return;
    expect(outcome.form.errors).toMatchObject({
      reason: "handover.form.error.reason-long",
      phone: "handover.form.error.phone",
    });
    expect(outcome.form.values.phone).toBeUndefined();
  });

  it("shows a reason with <!channel> literally in the Slack notice, pinging nobody", async () => {
    await created(requestForm({ reason: "<!channel> @here bel <https://x.example|hier>" }));
    const [first] = await outbox(MARK);
    const slack = JSON.stringify(renderMessage(first!.message));
    expect(slack).not.toContain("<!channel>");
    expect(slack).toContain("&lt;!channel&gt;");
  });
});

describe("the receiver's steps", () => {
  it("accept, contact, complete: one event each, the referrer notified of every step, the phone for the acceptor only", async () => {
    const id = await created();
    const mark = await w.as(MARK);
    const accepted = await w.handovers.act(mark, id, { type: "accept" }, 0);
    expect(accepted).toMatchObject({ ok: true, event: "accepted", phone: "+31 6 1234 5678" });
    expect(await w.handovers.act(mark, id, { type: "record-contact", reached: false }, 1)).toMatchObject({
      ok: true,
    });
    expect(await w.handovers.act(mark, id, { type: "record-contact", reached: true }, 2)).toMatchObject({
      ok: true,
    });
    expect(await w.handovers.act(mark, id, { type: "complete", note: null }, 3)).toMatchObject({ ok: true });
    expect((await events(id)).map((e) => e.type)).toEqual([
      "requested",
      "accepted",
      "contact-failed",
      "contacted",
      "completed",
    ]);
    expect((await outbox(PIETER)).map((m) => m.kind)).toEqual([
      "handover.accepted",
      "handover.contact-failed",
      "handover.contacted",
      "handover.completed",
    ]);
    const row = await w.db.prisma.handover.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "completed", contactAttempts: 2, acceptedById: MARK });
    expect(row.endedAt).not.toBeNull();
    await expect(w.handovers.contactDetails(await w.as(PIETER), id)).rejects.toMatchObject({
      code: "HANDOVER_NOT_FOUND",
    });
  });

  it("changes the state once when the same button is pressed twice", async () => {
    const id = await created();
    const mark = await w.as(MARK);
    await w.handovers.act(mark, id, { type: "accept" }, 0);
    await w.handovers.act(mark, id, { type: "record-contact", reached: false }, 1);
    const again = await w.handovers.act(mark, id, { type: "record-contact", reached: false }, 1);
    expect(again).toMatchObject({ ok: false, refusal: { code: "HANDOVER_STALE" } });
    const row = await w.db.prisma.handover.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ contactAttempts: 1, version: 2 });
  });

  it("tells the second colleague who accepted first, and changes nothing", async () => {
    const id = await created();
    await w.handovers.act(await w.as(MARK), id, { type: "accept" }, 0);
    const queued = (await outbox()).length;
    const second = await w.handovers.act(await w.as(LEILA), id, { type: "accept" }, 0);
    expect(second).toMatchObject({ ok: false, refusal: { code: "HANDOVER_ALREADY_ACCEPTED", by: MARK } });
    if (!second.ok) expect(second.record.names[MARK]).toBe("Mark Janssen");
    expect((await outbox()).length).toBe(queued);
    expect((await events(id)).length).toBe(2);
  });

  it.each([
    ["a referrer accepting", PIETER, { type: "accept" }, "HANDOVER_NOT_RECEIVER"],
    ["contact before accepting", MARK, { type: "record-contact", reached: true }, "HANDOVER_NOT_ACCEPTED"],
    ["completing before accepting", MARK, { type: "complete", note: null }, "HANDOVER_NOT_ACCEPTED"],
    ["a receiver cancelling", MARK, { type: "cancel", reason: null }, "HANDOVER_NOT_REFERRER"],
    ["a decline without reason", MARK, { type: "decline", reason: " " }, "HANDOVER_REASON_REQUIRED"],
  ] as const)("refuses %s with a clear reason and changes nothing", async (_label, who, command, code) => {
    const id = await created();
    const outcome = await w.handovers.act(await w.as(who), id, command);
    expect(outcome).toMatchObject({ ok: false, refusal: { code } });
    const row = await w.db.prisma.handover.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "requested", version: 0 });
  });

  it("declines with a reason and gives the referrer the directory's alternatives", async () => {
    const id = await created();
    const outcome = await w.handovers.act(await w.as(MARK), id, { type: "decline", reason: "wachtlijst" }, 0);
    expect(outcome).toMatchObject({ ok: true, alternatives: [expect.stringMatching(/Budget/i)] });
    const [notice] = await outbox(PIETER);
    expect(JSON.stringify(notice?.message)).toContain("wachtlijst");
    expect(JSON.stringify(notice?.message)).toMatch(/Budget/i);
  });

  it("forwards to another service when the consent covers any service, and refuses when it covers only this one", async () => {
    const narrow = await created();
    const refused = await w.handovers.act(await w.as(MARK), narrow, {
      type: "forward",
      toServiceId: "svc-budgetmaatjes",
      toProfessionalId: null,
      reason: "past beter",
    });
    expect(refused).toMatchObject({ ok: false, refusal: { code: "HANDOVER_CONSENT_OTHER_SERVICE" } });
    const wide = await created(requestForm({ consentScope: "any" }));
    const forwarded = await w.handovers.act(await w.as(MARK), wide, {
      type: "forward",
      toServiceId: "svc-budgetmaatjes",
      toProfessionalId: null,
      reason: "past beter",
    });
    expect(forwarded).toMatchObject({ ok: true, event: "forwarded" });
    const successor = await w.db.prisma.handover.findFirstOrThrow({
      where: { toServiceId: "svc-budgetmaatjes" },
    });
    expect(successor).toMatchObject({ status: "requested", fromId: PIETER });
    expect((await outbox("p-jos-willems")).map((m) => m.kind)).toEqual(["handover.requested"]);
  });

  it("refuses to accept the imported handover without consent", async () => {
    // ho-006 (De Wiken) was imported without consent: sendable = false. Its service lists no
    // contacts, so the receiver here is someone of its organisation.
    const geert = await w.as("p-geert-bosma");
    const receiver = {
      ...geert,
      actor: { ...geert.actor, professionalId: "p-x", organisationId: "burgerplatform-drachten" },
    };
    const outcome = await w.handovers.act(receiver, "ho-006", { type: "accept" });
    expect(outcome).toMatchObject({ ok: false, refusal: { code: "HANDOVER_CONSENT_MISSING" } });
  });
});

describe("consent withdrawal", () => {
  it("stops open handovers, cancels queued notifications and tells those involved without details", async () => {
    const id = await created();
    const before = await outbox();
    expect(before.every((m) => m.status === "pending")).toBe(true);
    const outcome = await w.withdrawal.withdraw(await w.as(PIETER), "WYC-014");
    expect(outcome.stopped).toBeGreaterThanOrEqual(1);
    expect(outcome.cancelledNotifications).toBe(before.length);
    const after = await outbox();
    for (const m of before) expect(after.find((x) => x.id === m.id)?.status).toBe("cancelled");
    const told = after.filter((m) => m.kind === "handover.consent-withdrawn");
    expect(told.map((m) => m.recipientId)).toEqual(expect.arrayContaining([MARK, LEILA]));
    expect(JSON.stringify(told.map((m) => [m.payload, m.message]))).not.toMatch(
      /Aanmaningen|Schulden|Debts|Wyckerpoort/,
    );
    expect(await w.db.prisma.handover.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "withdrawn",
    });
    const accept = await w.handovers.act(await w.as(MARK), id, { type: "accept" });
    expect(accept).toMatchObject({ ok: false, refusal: { code: "HANDOVER_CLOSED" } });
    expect(await submit(requestForm({ consent: "existing" }))).toEqual({
      kind: "consent-refused",
      reason: "HANDOVER_CONSENT_WITHDRAWN",
    });
  });
});
