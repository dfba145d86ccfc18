/** Retention on PGlite with the demo map: what is purged, what stays, and that a rerun does nothing. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDatabase } from "../../../../test/support/test-database.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { Database } from "../../../db/database.js";
import { seedDemoIfEmpty } from "../../../db/social-map/seed.js";
import { applyRetention } from "../../cases/jobs/retention.job.js";
import { retentionRepository } from "./retention.repository.js";

const NOW = "2026-11-23T09:30:00+01:00";
const YEAR = 365.25 * 86_400_000;
let db: Database;
const clock = new FakeClock(NOW);
const policy = { caseMonths: 3, auditYears: 5 };

beforeAll(async () => {
  db = await memoryDatabase();
  await seedDemoIfEmpty(db.prisma, clock);
  const old = (years: number) => new Date(Date.now() - years * YEAR);
  for (const [event, at] of [
    ["ancient", old(6)],
    ["recent", old(4)],
  ] as const) {
    await db.prisma.auditRecord.create({
      data: { at, event, action: "read", channel: "job", authorised: true },
    });
  }
}, 60_000);

afterAll(async () => {
  await db?.close();
});

describe("applyRetention", () => {
  it("purges closed cases' personal fields and audit records past five years", async () => {
    const counts = await applyRetention({ store: retentionRepository(db.prisma), clock, policy });
    // WYC-003 is the one closed case.
    expect(counts).toEqual({ casesPurged: 1, auditDeleted: 1 });

    const closed = await db.prisma.case.findUniqueOrThrow({
      where: { code: "WYC-003" },
      include: { relatives: true },
    });
    expect(closed).toMatchObject({ summary: null, relatives: [] });
    expect(closed.purgedAt).toEqual(clock.now());
    const open = await db.prisma.case.findUniqueOrThrow({ where: { code: "WYC-014" } });
    expect(open.summary).not.toBeNull();

    const events = await db.prisma.auditRecord.findMany({ select: { event: true } });
    const names = events.map((e) => e.event);
    expect(names).not.toContain("ancient");
    expect(names).toContain("recent");
    expect(names).toContain("retention.case-purge");
  });

  it("does nothing the second time", async () => {
    const counts = await applyRetention({ store: retentionRepository(db.prisma), clock, policy });
    expect(counts).toEqual({ casesPurged: 0, auditDeleted: 0 });
  });

  it("cannot delete or change audit records younger than five years, whatever the caller asks", async () => {
    await expect(db.prisma.auditRecord.deleteMany({ where: { event: "recent" } })).rejects.toThrow();
    await expect(db.prisma.auditRecord.updateMany({ data: { authorised: false } })).rejects.toThrow();
    expect(await db.prisma.auditRecord.count({ where: { event: "recent" } })).toBe(1);
  });
});
