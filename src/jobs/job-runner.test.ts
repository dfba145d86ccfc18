import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleNudge } from "../../test/support/sample-notices.js";
import { memoryDatabase } from "../../test/support/test-database.js";
import type { DeliveryTarget } from "../channels/channel.js";
import { systemClock } from "../core/shared/clock.js";
import type { Database } from "../db/database.js";
import { enqueueNotice, outboxRepository } from "../db/repositories/outbox.repository.js";
import { silentLogger } from "../logging.js";
import { JOB_TIME_ZONE, type JobRunner, startJobs } from "./job-runner.js";
import { kickOutbox, outboxDeliveryJob } from "./outbox-delivery.job.js";

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// One pg-boss on PGlite for the file: its first start builds its schema, which takes seconds.
describe("job runner on PGlite", () => {
  let db: Database;
  let runner: JobRunner | undefined;
  const ran: object[] = [];
  const delivered: DeliveryTarget[] = [];
  const slow = { started: false, finished: false };

  beforeAll(async () => {
    db = await memoryDatabase();
    await db.prisma.professional.create({ data: { id: "rec", name: "Receiver", role: "wijkverpleging" } });
    await db.prisma.chatIdentity.create({
      data: {
        channel: "teams",
        tenant: "t1",
        externalId: "29:abc",
        professionalId: "rec",
        conversationRef: { id: "a:1" },
      },
    });
    const outbox = outboxDeliveryJob({
      store: outboxRepository(db.prisma),
      channels: { teams: async (target) => void delivered.push(target) },
      clock: systemClock,
      logger: silentLogger,
      runner: () => runner,
    });
    const probe = {
      name: "probe",
      cron: "0 8 * * 1",
      async run(data: object) {
        ran.push(data);
      },
    };
    const slowJob = {
      name: "slow",
      async run() {
        slow.started = true;
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        slow.finished = true;
      },
    };
    const handlers = [outbox, probe, slowJob];
    runner = await startJobs({ db, logger: silentLogger, clock: systemClock, handlers, runOnStart: false });
  }, 90_000);

  afterAll(async () => {
    await runner?.stop();
    await db?.close();
  }, 40_000);

  it("runs a sent job with its data", async () => {
    await runner!.send("probe", { week: "2026-W48" });
    await until(async () => ran.length > 0);
    expect(ran).toEqual([{ week: "2026-W48" }]);
  });

  it("registers cron schedules in Europe/Amsterdam", async () => {
    const rows = await db.executeSql(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`);
    expect(rows.rows).toEqual([
      { name: "outbox-delivery", cron: "* * * * *", timezone: JOB_TIME_ZONE },
      { name: "probe", cron: "0 8 * * 1", timezone: JOB_TIME_ZONE },
    ]);
  });

  it("refuses to send to a job nobody registered", async () => {
    await expect(runner!.send("nope")).rejects.toThrow(/not registered/);
  });

  it("delivers an outbox message after commit when kicked", async () => {
    // The transaction commits first; the kick goes after it (never inside: PGlite would deadlock).
    await db.prisma.$transaction((tx) =>
      enqueueNotice(tx, { ...sampleNudge("rec"), idempotencyKey: "k1" }, new Date()),
    );
    await kickOutbox(runner!);
    await until(async () => (await db.prisma.outboxMessage.findFirst())?.status === "sent");
    expect(delivered).toEqual([{ tenant: "t1", externalId: "29:abc", conversationRef: { id: "a:1" } }]);
    expect(await db.prisma.inboxItem.count()).toBe(1);
  });

  it("lets a running job finish on stop, then takes no more work", async () => {
    await runner!.send("slow", {});
    await until(async () => slow.started);
    const stopping = runner!;
    runner = undefined;
    await stopping.stop();
    expect(slow.finished).toBe(true);
    expect(await stopping.send("probe", { late: true })).toBeNull();
    expect(ran).not.toContainEqual({ late: true });
  }, 40_000);
});
