/**
 * When the weekly digest goes out: on the Amsterdam clock, once per recipient per ISO week, across
 * DST Mondays, week 53 and the year boundary, after downtime, and at a local time that does not
 * exist. PGlite with the demo social map (whose subscriptions are Monday 08:00 and 08:30, and
 * Friday 16:00).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderedOutbox } from "../../../../test/support/rendered-outbox.js";
import { memoryDatabase } from "../../../../test/support/test-database.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { Database } from "../../../db/database.js";
import { identityRepository } from "../../../db/repositories/identity.repository.js";
import { seedDemoIfEmpty } from "../../../db/social-map/seed.js";
import { silentLogger } from "../../../logging.js";
import { DigestService } from "../core/digest.service.js";
import { digestRepository } from "../db/digest.repository.js";
import { digestActionsRepository, digestRunRepository } from "../db/digest-runs.repository.js";
import { sendDueDigests } from "./weekly-digest.job.js";

let db: Database;
const clock = new FakeClock("2026-11-20T12:00:00Z");

beforeEach(async () => {
  db = await memoryDatabase();
  await seedDemoIfEmpty(db.prisma, clock);
}, 60_000);
afterEach(async () => {
  await db.close();
});

async function tick(at: string) {
  clock.set(at);
  const store = digestRepository(db.prisma);
  const digests = new DigestService({
    reader: store,
    subscriptions: store,
    actions: digestActionsRepository(db.prisma),
    clock,
  });
  return sendDueDigests({
    runs: digestRunRepository(db.prisma),
    digests,
    identities: identityRepository(db.prisma),
    clock,
    logger: silentLogger,
  });
}

async function sent() {
  const runs = await db.prisma.digestRun.findMany({
    orderBy: [{ weekKey: "asc" }, { professionalId: "asc" }],
  });
  const outbox = await renderedOutbox(db.prisma, {}, { idempotencyKey: "asc" });
  return {
    runs: runs.map(
      (r) => `${r.weekKey} ${r.professionalId} ${r.scheduledAt.toISOString()}${r.late ? " late" : ""}`,
    ),
    keys: outbox.map((o) => o.idempotencyKey),
    messages: outbox.map((o) => o.message),
  };
}

const MONDAY_0800 = ["p-ruud-lemmens", "p-sanne-hermans", "p-tjitske-hoekstra"];

describe("weekly digest schedule", () => {
  it("fires at 08:00 local on Monday 30 March 2026, the day after clocks went forward", async () => {
    expect((await tick("2026-03-30T05:59:00Z")).queued).toBe(0);
    expect(await tick("2026-03-30T06:00:00Z")).toMatchObject({ queued: 3, failed: 0 });
    expect(await tick("2026-03-30T06:01:00Z")).toMatchObject({ queued: 0, taken: 0 });
    expect(await tick("2026-03-30T06:30:00Z")).toMatchObject({ queued: 1 });
    const { runs, keys } = await sent();
    expect(runs).toEqual([
      "2026-W14 p-mirjam-dewit 2026-03-30T06:30:00.000Z",
      ...MONDAY_0800.map((p) => `2026-W14 ${p} 2026-03-30T06:00:00.000Z`),
    ]);
    expect(keys).toEqual([
      "digest:p-mirjam-dewit:2026-W14",
      ...MONDAY_0800.map((p) => `digest:${p}:2026-W14`),
    ]);
  });

  it("fires once at 08:00 local on Monday 26 October 2026, the day after clocks went back", async () => {
    expect((await tick("2026-10-26T06:00:00Z")).queued).toBe(0); // 07:00 CET
    expect((await tick("2026-10-26T07:00:00Z")).queued).toBe(3);
    expect((await tick("2026-10-26T08:00:00Z")).queued).toBe(1); // Mirjam's 08:30 passed
    expect((await tick("2026-10-26T09:00:00Z")).queued).toBe(0);
    expect((await sent()).runs).toContain("2026-W44 p-ruud-lemmens 2026-10-26T07:00:00.000Z");
  });

  it("sends once in 2026-W53 and once in 2027-W01, whatever runs in between", async () => {
    for (const at of [
      "2026-12-28T07:00:00Z",
      "2026-12-31T12:00:00Z",
      "2027-01-01T00:30:00Z",
      "2027-01-03T22:59:00Z",
      "2027-01-04T07:00:00Z",
      "2027-01-04T09:00:00Z",
    ]) {
      await tick(at);
    }
    const ruud = (await sent()).runs.filter((r) => r.includes("p-ruud-lemmens"));
    expect(ruud).toEqual([
      "2026-W53 p-ruud-lemmens 2026-12-28T07:00:00.000Z",
      "2027-W01 p-ruud-lemmens 2027-01-04T07:00:00.000Z",
    ]);
  });

  it("catches up a Monday missed while down, once, marked late", async () => {
    expect((await tick("2026-11-25T10:00:00Z")).queued).toBe(4); // back on Wednesday
    expect((await tick("2026-11-25T10:01:00Z")).queued).toBe(0);
    const { runs, messages } = await sent();
    expect(runs).toContain("2026-W48 p-ruud-lemmens 2026-11-23T07:00:00.000Z late");
    const ruud = messages.find((m) => m.blocks.some((b) => b.type === "heading" && b.text === "Wyckerpoort"));
    expect(ruud?.blocks[1]).toEqual({
      type: "notice",
      tone: "info",
      content: ["Later verstuurd dan gepland (ma 23 nov 08:00): Wijkbot was toen niet bereikbaar."],
    });
  });

  it("fires a schedule at a non-existent local time at the first minute that exists", async () => {
    await db.prisma.digestSubscription.updateMany({
      where: { professionalId: "p-ruud-lemmens" },
      data: { day: "sun", time: "02:30" },
    });
    // Sunday 29 March 2026: 02:00-03:00 does not exist; 03:00 CEST is 01:00Z.
    await tick("2026-03-29T00:59:00Z");
    await tick("2026-03-29T01:00:00Z");
    await tick("2026-03-29T01:30:00Z");
    const ruud = (await sent()).runs.filter((r) => r.includes("p-ruud-lemmens"));
    expect(ruud).toEqual(["2026-W13 p-ruud-lemmens 2026-03-29T01:00:00.000Z"]);
  });

  it("in a quiet week sends one line, or records the week without sending, as chosen", async () => {
    await db.prisma.digestSubscription.updateMany({
      where: { professionalId: "p-sanne-hermans" },
      data: { quietWhenEmpty: true },
    });
    // June 2027: Malberg and Ulft are quiet; Wyckerpoort and De Wiken still have stuck handovers.
    await tick("2027-06-07T06:00:00Z");
    await tick("2027-06-11T14:00:00Z"); // Friday 16:00: Roel, Ulft
    const runs = await db.prisma.digestRun.findMany({ orderBy: { professionalId: "asc" } });
    expect(runs.map((r) => [r.professionalId, r.status])).toEqual([
      ["p-mirjam-dewit", "queued"], // her 08:30 was missed by the test's ticks: caught up on Friday
      ["p-roel-arends", "queued"],
      ["p-ruud-lemmens", "queued"],
      ["p-sanne-hermans", "quiet"],
      ["p-tjitske-hoekstra", "queued"],
    ]);
    const { keys, messages } = await sent();
    expect(keys).not.toContain("digest:p-sanne-hermans:2027-W23");
    const roel = messages.find((m) => !m.summary.startsWith("Weekoverzicht"));
    expect(roel?.blocks).toHaveLength(1);
    expect(roel?.summary).toMatch(/^Niets nieuws in Ulft deze week\.$/);
  });
});
