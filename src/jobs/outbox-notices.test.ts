/**
 * Notices in the outbox: checked when written, rendered in the language the recipient reads at
 * delivery and at display (not when written), and rows from before notices are never sent.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleNudge } from "../../test/support/sample-notices.js";
import { memoryDatabase } from "../../test/support/test-database.js";
import { createInbox } from "../bot/inbox.js";
import type { DeliveryTarget } from "../channels/channel.js";
import { FakeClock } from "../core/shared/clock.js";
import type { Database } from "../db/database.js";
import { identityRepository } from "../db/repositories/identity.repository.js";
import { inboxRepository } from "../db/repositories/inbox.repository.js";
import { enqueueNotice, outboxRepository } from "../db/repositories/outbox.repository.js";
import { silentLogger } from "../logging.js";
import type { Message } from "../views/message.js";
import { deliverDueMessages } from "./outbox-delivery.job.js";

const nudge = sampleNudge("rec");

let db: Database;
let clock: FakeClock;
let delivered: Message[];

beforeEach(async () => {
  db = await memoryDatabase();
  clock = new FakeClock("2026-11-23T09:00:00Z");
  delivered = [];
  await db.prisma.professional.create({ data: { id: "rec", name: "Receiver", role: "schuldhulp" } });
  await db.prisma.chatIdentity.create({
    data: { channel: "slack", tenant: "T1", externalId: "U1", professionalId: "rec", conversationRef: {} },
  });
}, 60_000);
afterEach(async () => {
  await db?.close();
});

const deliver = () =>
  deliverDueMessages({
    store: outboxRepository(db.prisma),
    channels: { slack: async (_target: DeliveryTarget, message: Message) => void delivered.push(message) },
    clock,
    logger: silentLogger,
  });
const queue = (key: string, notice = nudge) =>
  db.prisma.$transaction((tx) => enqueueNotice(tx, { ...notice, idempotencyKey: key }, clock.now()));
const setLocale = (locale: string | null) =>
  db.prisma.professional.update({ where: { id: "rec" }, data: { locale } });
const inbox = () =>
  createInbox({ identities: identityRepository(db.prisma), reader: inboxRepository(db.prisma) }).latest({
    channel: "web",
    tenant: "",
    externalId: "rec",
  });

describe("notices in the outbox", () => {
  it("renders a notice in the language its recipient chose after it was written", async () => {
    await queue("k1");
    await setLocale("en");
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(delivered.map((m) => m.lang)).toEqual(["en"]);
    expect(delivered[0]?.summary).toMatch(
      /^Ruud \(coordinator\) asks for attention to handover WYC-014 to Schuldhulp/,
    );
  });

  it("shows the web inbox in the language its reader chose since", async () => {
    await queue("k1");
    await deliver();
    await setLocale("en");
    const english = await inbox();
    await setLocale(null);
    const dutch = await inbox();
    expect(english?.map((item) => item.message.lang)).toEqual(["en"]);
    expect(dutch?.map((item) => item.message.lang)).toEqual(["nl"]);
    expect(dutch?.[0]?.message.summary).not.toBe(english?.[0]?.message.summary);
  });

  it("refuses a notice of the wrong shape, and with it the whole transaction", async () => {
    const wrong = { ...nudge, facts: { ...nudge.facts, overdueDays: -1 } };
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.professional.update({ where: { id: "rec" }, data: { locale: "en" } });
        await enqueueNotice(tx, { ...wrong, idempotencyKey: "bad" }, clock.now());
      }),
    ).rejects.toThrow('notice "digest.nudge" refused: facts.overdueDays');
    expect(await db.prisma.outboxMessage.count()).toBe(0);
    expect((await db.prisma.professional.findUniqueOrThrow({ where: { id: "rec" } })).locale).toBeNull();
  });

  it("never sends a row written before notices, nor shows such an inbox entry", async () => {
    const rendered = { lang: "nl", summary: "Oud bericht", blocks: [], visibility: "private" };
    const old = await db.prisma.outboxMessage.create({
      data: {
        createdAt: clock.now(),
        recipientId: "rec",
        kind: "digest.nudge",
        payload: rendered,
        idempotencyKey: "old",
        notBefore: clock.now(),
      },
    });
    await db.prisma.inboxItem.create({
      data: { professionalId: "rec", createdAt: clock.now(), payload: rendered },
    });
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(delivered).toEqual([]);
    expect(await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      status: "failed",
      lastError: "not a notice this version reads",
    });
    await queue("k1");
    await deliver();
    expect((await inbox())?.map((item) => item.message.summary)).toEqual([delivered[0]?.summary]);
  });
});
