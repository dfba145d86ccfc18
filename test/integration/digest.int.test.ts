/**
 * Exactly-once on PostgreSQL: two replicas (two Database connections) run the weekly digest at the
 * scheduled minute; a run that dies after claiming is rolled back and sent on the next tick.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeClock } from "../../src/core/shared/clock.js";
import { type Database, openDatabase } from "../../src/db/database.js";
import { identityRepository } from "../../src/db/repositories/identity.repository.js";
import { seedDemoIfEmpty } from "../../src/db/social-map/seed.js";
import { DigestService } from "../../src/features/digest/core/digest.service.js";
import { digestRepository } from "../../src/features/digest/db/digest.repository.js";
import {
  digestActionsRepository,
  digestRunRepository,
} from "../../src/features/digest/db/digest-runs.repository.js";
import {
  sendDueDigests,
  WEEKLY_DIGEST_QUEUE,
  weeklyDigestJob,
} from "../../src/features/digest/jobs/weekly-digest.job.js";
import { type JobRunner, startJobs } from "../../src/jobs/job-runner.js";
import { silentLogger } from "../../src/logging.js";
import { serverDatabase } from "../support/test-database.js";

/** Monday 23 November 2026, 08:00 in Amsterdam: three demo coordinators are due. */
const MONDAY_0800 = "2026-11-23T07:00:00Z";
const DUE = ["p-ruud-lemmens", "p-sanne-hermans", "p-tjitske-hoekstra"];

let server: Awaited<ReturnType<typeof serverDatabase>>;
let replica: Database;
const clock = new FakeClock(MONDAY_0800);

function deps(db: Database) {
  const store = digestRepository(db.prisma);
  const digests = new DigestService({
    reader: store,
    subscriptions: store,
    actions: digestActionsRepository(db.prisma),
    clock,
  });
  return {
    runs: digestRunRepository(db.prisma),
    digests,
    identities: identityRepository(db.prisma),
    clock,
    logger: silentLogger,
  };
}

async function delivered() {
  const runs = await server.db.prisma.digestRun.findMany({ orderBy: { professionalId: "asc" } });
  const outbox = await server.db.prisma.outboxMessage.findMany({
    where: { kind: "digest.weekly" },
    orderBy: { recipientId: "asc" },
  });
  return {
    runs: runs.map((r) => `${r.professionalId} ${r.weekKey}`),
    recipients: outbox.map((o) => o.recipientId),
  };
}

beforeAll(async () => {
  server = await serverDatabase();
  replica = await openDatabase({ kind: "postgres", url: server.url });
  await seedDemoIfEmpty(server.db.prisma, clock);
}, 120_000);

afterAll(async () => {
  await replica?.close();
  await server?.drop();
});

beforeEach(async () => {
  await server.db.executeSql(`DELETE FROM "DigestRun"; DELETE FROM "OutboxMessage"`);
});

describe("weekly digest exactly once on PostgreSQL", () => {
  it("sends one digest per recipient when two replicas tick at the scheduled minute", async () => {
    clock.set(MONDAY_0800);
    const reports = await Promise.all([
      sendDueDigests(deps(server.db)),
      sendDueDigests(deps(replica)),
      sendDueDigests(deps(server.db)),
      sendDueDigests(deps(replica)),
    ]);
    expect(reports.reduce((n, r) => n + r.queued, 0)).toBe(3);
    expect(reports.reduce((n, r) => n + r.failed, 0)).toBe(0);
    expect(await delivered()).toEqual({
      runs: DUE.map((p) => `${p} 2026-W48`),
      recipients: DUE,
    });
  });

  it("sends once through two pg-boss job runners on the same database", async () => {
    clock.set(MONDAY_0800);
    const runners: JobRunner[] = [];
    try {
      for (const db of [server.db, replica]) {
        const handlers = [weeklyDigestJob(deps(db))];
        runners.push(await startJobs({ db, logger: silentLogger, clock, handlers, runOnStart: false }));
      }
      // Both replicas get a run of their own at the same time, as cron plus a restart would give.
      for (const runner of runners) await runner.send(WEEKLY_DIGEST_QUEUE, {}, { singletonKey: "test" });
      for (const runner of runners) await runner.send(WEEKLY_DIGEST_QUEUE);
      const end = Date.now() + 30_000;
      while ((await delivered()).runs.length < 3 && Date.now() < end) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000)); // let any second run finish
    } finally {
      for (const runner of runners) await runner.stop();
    }
    expect(await delivered()).toEqual({ runs: DUE.map((p) => `${p} 2026-W48`), recipients: DUE });
  });

  it("sends on the next tick, once, when a run dies after claiming", async () => {
    clock.set(MONDAY_0800);
    // The outbox insert fails inside the claiming transaction: as a process killed before COMMIT.
    await server.db.executeSql(`
      CREATE TABLE digest_crash (armed boolean);
      INSERT INTO digest_crash VALUES (true);
      CREATE FUNCTION digest_crash() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM digest_crash WHERE armed) THEN RAISE EXCEPTION 'killed mid-run'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER digest_crash BEFORE INSERT ON "OutboxMessage" FOR EACH ROW EXECUTE FUNCTION digest_crash();`);
    try {
      const crashed = await sendDueDigests(deps(server.db));
      expect(crashed).toMatchObject({ queued: 0, failed: 3 });
      expect(await delivered()).toEqual({ runs: [], recipients: [] });

      await server.db.executeSql("UPDATE digest_crash SET armed = false");
      clock.set("2026-11-23T07:01:00Z");
      const [a, b] = await Promise.all([sendDueDigests(deps(server.db)), sendDueDigests(deps(replica))]);
      expect(a.queued + b.queued).toBe(3);
      expect((await sendDueDigests(deps(replica))).queued).toBe(0);
      expect(await delivered()).toEqual({ runs: DUE.map((p) => `${p} 2026-W48`), recipients: DUE });
      const runs = await server.db.prisma.digestRun.findMany();
      expect(runs.every((r) => !r.late)).toBe(true);
    } finally {
      await server.db.executeSql(
        `DROP TRIGGER digest_crash ON "OutboxMessage"; DROP FUNCTION digest_crash(); DROP TABLE digest_crash`,
      );
    }
  });
});
