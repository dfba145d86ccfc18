/** Retention on PGlite with the demo map: what is purged, what stays, and that a rerun does nothing. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDatabase } from "../../../test/support/test-database.js";
import { FakeClock } from "../../core/shared/clock.js";
import { applyRetention } from "../../jobs/retention.job.js";
import type { Database } from "../database.js";
import { seedDemoIfEmpty } from "../social-map/seed.js";
import { retentionRepository } from "./retention.repository.js";

const NOW = "2026-11-23T09:30:00+01:00";
const YEAR = 365.25 * 86_400_000;
let db: Database;
const clock = new FakeClock(NOW);
const policy = { contactDays: 30, caseMonths: 3, auditYears: 5 };

beforeAll(async () => {
  db = await memoryDatabase();
  await seedDemoIfEmpty(db.prisma, clock);
  // An ended handover with contact details, 40 days ago; an open one with contact details.
  await db.prisma.handover.update({
    where: { id: "ho-003" },
    data: { endedAt: new Date("2026-10-14T10:00:00Z"), phoneCipher: "k1:a:b:c", contactBestTime: "ochtend" },
  });
  await db.prisma.handover.update({ where: { id: "ho-001" }, data: { phoneCipher: "k1:d:e:f" } });
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
  it("purges closed cases, ended handovers' contact details and audit records past five years", async () => {
    const counts = await applyRetention({ store: retentionRepository(db.prisma), clock, policy });
    // WYC-003 is the one closed case; ho-003 and the declined ho-005 (best time to call) ended.
    expect(counts).toEqual({ casesPurged: 1, contactsPurged: 2, auditDeleted: 1 });

    const closed = await db.prisma.case.findUniqueOrThrow({
      where: { code: "WYC-003" },
      include: { relatives: true },
    });
    expect(closed).toMatchObject({ summary: null, relatives: [] });
    expect(closed.purgedAt).toEqual(clock.now());
    const open = await db.prisma.case.findUniqueOrThrow({ where: { code: "WYC-014" } });
    expect(open.summary).not.toBeNull();

    expect(await db.prisma.handover.findUniqueOrThrow({ where: { id: "ho-003" } })).toMatchObject({
      phoneCipher: null,
      contactBestTime: null,
    });
    expect((await db.prisma.handover.findUniqueOrThrow({ where: { id: "ho-001" } })).phoneCipher).toBe(
      "k1:d:e:f",
    );

    const events = await db.prisma.auditRecord.findMany({ select: { event: true } });
    const names = events.map((e) => e.event);
    expect(names).not.toContain("ancient");
    expect(names).toContain("recent");
    expect(names).toEqual(expect.arrayContaining(["retention.case-purge", "retention.contact-purge"]));
  });

  it("does nothing the second time", async () => {
    const counts = await applyRetention({ store: retentionRepository(db.prisma), clock, policy });
    expect(counts).toEqual({ casesPurged: 0, contactsPurged: 0, auditDeleted: 0 });
  });

  it("cannot delete or change audit records younger than five years, whatever the caller asks", async () => {
    await expect(db.prisma.auditRecord.deleteMany({ where: { event: "recent" } })).rejects.toThrow();
    await expect(db.prisma.auditRecord.updateMany({ data: { authorised: false } })).rejects.toThrow();
    expect(await db.prisma.auditRecord.count({ where: { event: "recent" } })).toBe(1);
  });
});
