import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleAccepted } from "../../test/support/sample-notices.js";
import { memoryDatabase } from "../../test/support/test-database.js";
import type { DeliveryTarget } from "../channels/channel.js";
import { FakeClock } from "../core/shared/clock.js";
import type { Database } from "../db/database.js";
import {
  cancelQueuedForCase,
  enqueueNotice,
  outboxRepository,
} from "../db/repositories/outbox.repository.js";
import { silentLogger } from "../logging.js";
import type { Message } from "../views/message.js";
import { retryDelayMs } from "./delivery-retry.js";
import { type DeliveryDeps, deliverDueMessages } from "./outbox-delivery.job.js";

/** What the recipient of sampleAccepted reads: Dutch unless they chose English. */
const ACCEPTED_NL = "Mark heeft overdracht WYC-014 (Schulden) geaccepteerd.";

/** A chat API that fails as scripted, then succeeds, and remembers what it delivered. */
class FakeChannel {
  delivered: { target: DeliveryTarget; summary: string }[] = [];
  calls = 0;
  constructor(private failures: unknown[] = []) {}
  deliver = async (target: DeliveryTarget, m: Message) => {
    this.calls += 1;
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.delivered.push({ target, summary: m.summary });
  };
}

function httpError(status: number, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`HTTP ${status}`), { statusCode: status, ...extra });
}

let db: Database;
let clock: FakeClock;

// Generous: the first test also builds the migrated template, slow on a busy machine.
beforeEach(async () => {
  db = await memoryDatabase();
  clock = new FakeClock("2026-11-23T09:00:00Z");
  await db.prisma.professional.create({ data: { id: "rec", name: "Receiver", role: "schuldhulp" } });
  await db.prisma.professional.create({ data: { id: "ref", name: "Referrer", role: "huisarts" } });
  await db.prisma.chatIdentity.create({
    data: {
      channel: "slack",
      tenant: "T1",
      externalId: "U1",
      professionalId: "rec",
      conversationRef: { channel: "D1" },
    },
  });
}, 60_000);
afterEach(async () => {
  await db?.close();
});

function deps(slack: FakeChannel, extra: Partial<DeliveryDeps> = {}): DeliveryDeps {
  return {
    store: outboxRepository(db.prisma),
    channels: { slack: slack.deliver },
    clock,
    logger: silentLogger,
    random: () => 0,
    ...extra,
  };
}

async function enqueue(key: string, recipientId = "rec", caseId: string | null = "case-1") {
  return db.prisma.$transaction((tx) =>
    enqueueNotice(tx, { ...sampleAccepted(recipientId), idempotencyKey: key, caseId }, clock.now()),
  );
}

async function row(key: string) {
  return db.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
}

describe("outbox delivery", () => {
  it("delivers a queued message to the linked chat account and the web inbox, once", async () => {
    const slack = new FakeChannel();
    await enqueue("k1");
    expect(await deliverDueMessages(deps(slack))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await deliverDueMessages(deps(slack))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(slack.delivered).toEqual([
      {
        target: { tenant: "T1", externalId: "U1", conversationRef: { channel: "D1" } },
        summary: ACCEPTED_NL,
      },
    ]);
    expect(await row("k1")).toMatchObject({ status: "sent", sentAt: clock.now(), lockedUntil: null });
    expect(await db.prisma.inboxItem.findMany()).toMatchObject([
      { professionalId: "rec", payload: { kind: "handover.accepted", facts: { caseCode: "WYC-014" } } },
    ]);
  });

  it("queues the same idempotency key once, and a rolled-back transaction queues nothing", async () => {
    expect(await enqueue("k1")).toBe("queued");
    expect(await enqueue("k1")).toBe("duplicate");
    await db.prisma
      .$transaction(async (tx) => {
        await enqueueNotice(tx, { ...sampleAccepted("rec"), idempotencyKey: "k2" }, clock.now());
        throw new Error("state change failed");
      })
      .catch(() => undefined);
    expect(await db.prisma.outboxMessage.count()).toBe(1);
  });

  it("puts the message only in the web inbox for a person without a chat account", async () => {
    const slack = new FakeChannel();
    await enqueue("k1", "ref");
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 1 });
    expect(slack.calls).toBe(0);
    expect(await db.prisma.inboxItem.count({ where: { professionalId: "ref" } })).toBe(1);
  });

  it("waits out a 429's Retry-After and then delivers exactly once", async () => {
    const slack = new FakeChannel([httpError(429, { retryAfter: 30 })]);
    await enqueue("k1");
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ retried: 1 });
    expect(await row("k1")).toMatchObject({
      status: "pending",
      attempts: 1,
      notBefore: new Date("2026-11-23T09:00:30Z"),
    });
    expect(await db.prisma.inboxItem.count()).toBe(1);

    clock.advanceMinutes(0.4); // 24 s: still inside Retry-After
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 0, retried: 0 });
    clock.advanceMinutes(0.1);
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 1 });
    expect(slack.calls).toBe(2);
    expect(slack.delivered).toHaveLength(1);
    expect(await db.prisma.inboxItem.count()).toBe(1);
  });

  it("retries two 500s with growing backoff and delivers once", async () => {
    const slack = new FakeChannel([httpError(500), httpError(500)]);
    await enqueue("k1");
    await deliverDueMessages(deps(slack));
    const first = await row("k1");
    expect(first.notBefore.getTime() - clock.now().getTime()).toBe(2_500); // base 5 s, equal jitter at 0
    clock.advanceMinutes(1);
    await deliverDueMessages(deps(slack));
    const second = await row("k1");
    expect(second).toMatchObject({ status: "pending", attempts: 2, lastError: "Error: HTTP 500" });
    expect(second.notBefore.getTime() - clock.now().getTime()).toBe(5_000);
    clock.advanceMinutes(1);
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 1 });
    expect(slack.delivered).toHaveLength(1);
    expect(await row("k1")).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("delivers after a restart what a killed process committed but never sent", async () => {
    await enqueue("k1");
    // The process died right after commit: the row is pending and nothing ran. A new process:
    const slack = new FakeChannel();
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 1 });
    expect(slack.delivered).toHaveLength(1);
  });

  it("re-sends once a message whose sender died mid-send, after its lease expired", async () => {
    await enqueue("k1");
    const store = outboxRepository(db.prisma);
    // A dispatcher claims it, then the process is killed before calling the channel.
    const claimed = await store.claimDue(clock.now(), new Date(clock.now().getTime() + 120_000), 10);
    expect(claimed).toHaveLength(1);
    const slack = new FakeChannel();
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 0 });
    clock.advanceMinutes(2.1);
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 1 });
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 0 });
    expect(slack.delivered).toHaveLength(1);
    expect(await row("k1")).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("never sends a message cancelled because consent was withdrawn", async () => {
    await enqueue("k1");
    await enqueue("k2", "rec", "case-2");
    const cancelled = await db.prisma.$transaction((tx) => cancelQueuedForCase(tx, "case-1"));
    expect(cancelled).toBe(1);
    const slack = new FakeChannel();
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 1 });
    expect(await row("k1")).toMatchObject({ status: "cancelled", sentAt: null });
    expect(slack.delivered).toHaveLength(1);
    expect(await db.prisma.inboxItem.count({ where: { outboxId: (await row("k1")).id } })).toBe(0);
  });

  it("does not resend a message cancelled while its dead sender held it", async () => {
    await enqueue("k1");
    const store = outboxRepository(db.prisma);
    await store.claimDue(clock.now(), new Date(clock.now().getTime() + 120_000), 10);
    expect(await db.prisma.$transaction((tx) => cancelQueuedForCase(tx, "case-1"))).toBe(1);
    clock.advanceMinutes(3);
    const slack = new FakeChannel();
    expect(await deliverDueMessages(deps(slack))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(slack.calls).toBe(0);
    expect(await store.markSent((await row("k1")).id, clock.now())).toBe(false);
    expect(await row("k1")).toMatchObject({ status: "cancelled" });
  });

  it("does not send a message before its notBefore", async () => {
    await db.prisma.$transaction((tx) =>
      enqueueNotice(
        tx,
        {
          ...sampleAccepted("rec"),
          kind: "handover.reminder",
          idempotencyKey: "r1",
          notBefore: new Date("2026-11-24T08:00:00Z"),
        },
        clock.now(),
      ),
    );
    const slack = new FakeChannel();
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 0 });
    expect(await db.prisma.inboxItem.count()).toBe(0);
    clock.set("2026-11-24T08:00:00Z");
    expect(await deliverDueMessages(deps(slack))).toMatchObject({ sent: 1 });
  });

  it("gives up after the last attempt, and at once on a permanent error; the inbox keeps it", async () => {
    const slack = new FakeChannel([httpError(500), httpError(500), httpError(500)]);
    await enqueue("k1");
    const settings = { maxAttempts: 3 };
    for (let i = 0; i < 3; i += 1) {
      await deliverDueMessages(deps(slack, { settings }));
      clock.advanceMinutes(5);
    }
    expect(await row("k1")).toMatchObject({ status: "failed", attempts: 3 });
    const gone = new FakeChannel([httpError(404, { permanent: true })]);
    await enqueue("k2");
    expect(await deliverDueMessages(deps(gone))).toMatchObject({ failed: 1 });
    expect(await row("k2")).toMatchObject({ status: "failed", attempts: 1 });
    expect(await db.prisma.inboxItem.count()).toBe(2);
  });
});

describe("retryDelayMs", () => {
  const settings = { baseDelaySeconds: 5, maxDelaySeconds: 60 };

  it("doubles per attempt between half and all of the ceiling, capped", () => {
    expect(retryDelayMs(1, null, settings, () => 0)).toBe(2_500);
    expect(retryDelayMs(1, null, settings, () => 0.999)).toBeLessThan(5_000);
    expect(retryDelayMs(3, null, settings, () => 0)).toBe(10_000);
    expect(retryDelayMs(10, null, settings, () => 0)).toBe(30_000);
  });

  it("takes Retry-After as the floor", () => {
    expect(retryDelayMs(1, 30, settings, () => 0)).toBe(30_000);
    expect(retryDelayMs(1, 30, settings, () => 0.5)).toBe(30_500);
  });
});
