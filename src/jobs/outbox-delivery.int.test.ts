import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleNudge } from "../../test/support/sample-notices.js";
import { serverDatabase } from "../../test/support/test-database.js";
import { FakeClock, systemClock } from "../core/shared/clock.js";
import { type Database, openDatabase } from "../db/database.js";
import { enqueueNotice, outboxRepository } from "../db/repositories/outbox.repository.js";
import { silentLogger } from "../logging.js";
import type { Message } from "../views/message.js";
import { renderNotice } from "../views/notice.view.js";
import { type JobRunner, startJobs } from "./job-runner.js";
import { deliverDueMessages, kickOutbox, outboxDeliveryJob } from "./outbox-delivery.job.js";

const COUNT = 60;
/** Notice `n`: its case code makes every rendered summary different. */
const notice = (n: number) => sampleNudge(`p${n % 5}`, `WYC-${n}`);

describe("outbox delivery on PostgreSQL", () => {
  let server: Awaited<ReturnType<typeof serverDatabase>>;
  let replica: Database;

  beforeAll(async () => {
    server = await serverDatabase();
    replica = await openDatabase({ kind: "postgres", url: server.url });
    const { prisma } = server.db;
    await prisma.professional.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, role: "x" })),
    });
    await prisma.chatIdentity.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({
        channel: "slack",
        tenant: "T1",
        externalId: `U${i}`,
        professionalId: `p${i}`,
        conversationRef: { channel: `D${i}` },
      })),
    });
  }, 60_000);

  afterAll(async () => {
    await replica?.close();
    await server?.drop();
  });

  it("delivers each message exactly once with two dispatchers racing", async () => {
    const clock = new FakeClock("2026-11-23T09:00:00Z");
    await server.db.prisma.$transaction(async (tx) => {
      for (let n = 0; n < COUNT; n += 1) {
        await enqueueNotice(tx, { ...notice(n), idempotencyKey: `race:${n}` }, clock.now());
      }
    });
    const sent: string[] = [];
    const slack = async (_target: unknown, m: Message) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      sent.push(m.summary);
    };
    const dispatcher = (db: Database) =>
      deliverDueMessages({
        store: outboxRepository(db.prisma),
        channels: { slack },
        clock,
        logger: silentLogger,
        settings: { batchSize: 4 },
      });
    const reports = await Promise.all([
      dispatcher(server.db),
      dispatcher(replica),
      dispatcher(server.db),
      dispatcher(replica),
    ]);

    expect(reports.reduce((total, r) => total + r.sent, 0)).toBe(COUNT);
    expect(reports.filter((r) => r.sent > 0).length).toBeGreaterThan(1);
    expect(sent).toHaveLength(COUNT);
    expect(new Set(sent).size).toBe(COUNT);
    expect(await server.db.prisma.outboxMessage.count({ where: { status: "sent" } })).toBe(COUNT);
    expect(await server.db.prisma.inboxItem.count()).toBe(COUNT);
  });

  it("runs the delivery job through pg-boss on the server", async () => {
    const delivered: string[] = [];
    let runner: JobRunner | undefined;
    const job = outboxDeliveryJob({
      store: outboxRepository(server.db.prisma),
      channels: { slack: async (_target, m) => void delivered.push(m.summary) },
      clock: systemClock,
      logger: silentLogger,
      runner: () => runner,
    });
    runner = await startJobs({
      db: server.db,
      logger: silentLogger,
      clock: systemClock,
      handlers: [job],
      runOnStart: false,
    });
    try {
      await server.db.prisma.$transaction((tx) =>
        enqueueNotice(tx, { ...notice(999), recipientId: "p1", idempotencyKey: "boss:1" }, new Date()),
      );
      await kickOutbox(runner);
      const end = Date.now() + 20_000;
      while (delivered.length === 0 && Date.now() < end)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(delivered).toEqual([renderNotice(notice(999), "nl").summary]);
    } finally {
      await runner.stop();
    }
  });
});
