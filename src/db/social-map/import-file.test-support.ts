/** Test-only: a database with the demo and the Deventer region, and the fixture paths. */
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach } from "vitest";
import { memoryDatabase } from "../../../test/support/test-database.js";
import { type Clock, FakeClock } from "../../core/shared/clock.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";
import type { ImportReport } from "./import.js";
import { type FileImportReport, importSocialMapFile } from "./import-file.js";

const DIR = fileURLToPath(new URL("../../../test/fixtures/social-map/deventer/", import.meta.url));
export const FIXTURE = {
  region: path.join(DIR, "region.json"),
  hsds: path.join(DIR, "hsds"),
  spreadsheet: path.join(DIR, "diensten.csv"),
  demo: fileURLToPath(new URL("../../../prisma/demo-social-map.json", import.meta.url)),
};

export type Imported = Extract<ImportReport, { status: "imported" }>;

export function imported(report: FileImportReport): Imported {
  if (report.status !== "imported") throw new Error(JSON.stringify(report.problems, null, 1));
  return report;
}

export async function importDemoAndRegion(prisma: PrismaClient, clock: Clock): Promise<void> {
  imported(await importSocialMapFile(prisma, FIXTURE.demo, clock));
  imported(await importSocialMapFile(prisma, FIXTURE.region, clock));
}

/** A copy of the HSDS fixture that a test may break. */
export async function hsdsCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "wijkbot-hsds-"));
  await cp(FIXTURE.hsds, dir, { recursive: true });
  return dir;
}

export function totalChanges(report: Imported): number {
  return Object.values(report.counts).reduce((sum, c) => sum + c.created + c.updated, 0);
}

export const clock = new FakeClock("2026-11-20T09:00:00+01:00");

/**
 * A fresh in-memory database for each test with the demo and the Deventer region, plus `more`
 * (fixture paths imported after them). Returns a getter: the database changes per test.
 */
export function useRegionDatabase(...more: string[]): () => Database {
  let db: Database;
  beforeEach(async () => {
    db = await memoryDatabase();
    await importDemoAndRegion(db.prisma, clock);
    for (const file of more) imported(await importSocialMapFile(db.prisma, file, clock));
  }, 120_000);
  afterEach(async () => {
    await db.close();
  });
  return () => db;
}
