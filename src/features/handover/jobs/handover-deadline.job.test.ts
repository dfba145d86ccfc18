/**
 * Deadlines and retention on PGlite: a request on Wednesday 23 December 2026 (norm 3 working days
 * for the debt service) skips Christmas and the weekend; the receivers are reminded on the last
 * day at 09:00 and the wijk coordinator is told once it is overdue, each exactly once. Contact
 * details are purged after the retention period, once, with an audit record.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditRepository } from "../../../db/repositories/audit.repository.js";
import { runHandoverDeadlines } from "../core/handover-deadlines.service.js";
import {
  handoverWorld,
  LEILA,
  MARK,
  PIETER,
  RUUD,
  requestForm,
  type World,
} from "../db/handover.test-support.js";
import { purgeExpiredContacts } from "./contact-retention.job.js";

let w: World;
beforeEach(async () => {
  w = await handoverWorld();
  // The demo map's own open handovers are not this test's subject.
  await w.db.prisma.handover.updateMany({ data: { escalatedAt: new Date("2026-11-01T00:00:00Z") } });
}, 60_000);
afterEach(async () => {
  await w.db.close();
});

const deps = () => ({
  store: w.store,
  audit: auditRepository(w.db.prisma),
  clock: w.clock,
  notifier: { queued() {} },
});
const kinds = async (recipientId: string) =>
  (await w.db.prisma.outboxMessage.findMany({ where: { recipientId }, orderBy: { createdAt: "asc" } })).map(
    (m) => m.kind,
  );

describe("handover deadlines in the Christmas week", () => {
  it("reminds on the last working day and escalates after it, each once", async () => {
    w.clock.set("2026-12-23T11:00:00+01:00");
    const outcome = await w.requests.submit(await w.as(PIETER), requestForm({ consentDate: "2026-12-23" }));
    if (outcome.kind !== "created") throw new Error(outcome.kind);
    // 24 Dec counts, 25-26 Dec are holidays, 27 Dec a Sunday, 28 and 29 Dec count: Tue 29 Dec 17:00.
    expect(outcome.deadlineAt.toISOString()).toBe("2026-12-29T16:00:00.000Z");

    w.clock.set("2026-12-28T12:00:00+01:00");
    expect(await runHandoverDeadlines(deps())).toEqual({ reminded: 0, escalated: 0 });
    w.clock.set("2026-12-29T09:05:00+01:00");
    expect(await runHandoverDeadlines(deps())).toEqual({ reminded: 1, escalated: 0 });
    expect(await runHandoverDeadlines(deps())).toEqual({ reminded: 0, escalated: 0 });
    expect(await kinds(MARK)).toEqual(["handover.requested", "handover.reminder"]);
    expect(await kinds(LEILA)).toEqual(["handover.requested", "handover.reminder"]);

    w.clock.set("2026-12-30T09:00:00+01:00");
    expect(await runHandoverDeadlines(deps())).toEqual({ reminded: 0, escalated: 1 });
    expect(await runHandoverDeadlines(deps())).toEqual({ reminded: 0, escalated: 0 });
    expect(await kinds(RUUD)).toEqual(["handover.escalated"]);
  });
});

describe("contact retention", () => {
  it("purges the phone of ended handovers after the period, once, audited", async () => {
    // The demo map's ended handovers keep a best time to call; only ours counts here.
    await w.db.prisma.handover.updateMany({ data: { contactBestTime: null } });
    const outcome = await w.requests.submit(await w.as(PIETER), requestForm());
    if (outcome.kind !== "created") throw new Error(outcome.kind);
    await w.handovers.act(await w.as(PIETER), outcome.handoverId, { type: "cancel", reason: null });
    const purge = () => purgeExpiredContacts({ store: w.store, clock: w.clock, contactDays: 30 });
    w.clock.set("2026-12-20T09:30:00+01:00");
    expect(await purge()).toBe(0);
    w.clock.set("2026-12-24T09:30:00+01:00");
    expect(await purge()).toBe(1);
    expect(await purge()).toBe(0);
    const row = await w.db.prisma.handover.findUniqueOrThrow({ where: { id: outcome.handoverId } });
    expect(row).toMatchObject({ phoneCipher: null, contactBestTime: null });
    const audit = await w.db.prisma.auditRecord.findMany({ where: { event: "handover.contact-purge" } });
    expect(audit.map((a) => a.subject)).toEqual([`handover:${outcome.handoverId}`]);
  });
});
