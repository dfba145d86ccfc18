/**
 * Pre-built PGlite databases for tests: one migrated and empty, one with the demo social map.
 * Migrating and seeding a fresh PGlite costs seconds (tens of seconds on a loaded machine); loading
 * a dump well under one. The dumps are keyed by a hash of the migrations, the demo map and the
 * import code, so a change to any of them rebuilds them; they live in the OS temp directory.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { FakeClock } from "../../src/core/shared/clock.js";
import { fromPGlite } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { seedDemoIfEmpty } from "../../src/db/social-map/seed.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

function templateKey(): string {
  const hash = createHash("sha256");
  const inputs = [
    ...filesUnder(path.join(ROOT, "prisma/migrations")),
    path.join(ROOT, "prisma/demo-social-map.json"),
    ...filesUnder(path.join(ROOT, "src/db/social-map")).filter((f) => !f.endsWith(".test.ts")),
  ];
  for (const file of inputs) hash.update(file).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

export interface TemplatePaths {
  migrated: string;
  demo: string;
}

export function templatePaths(): TemplatePaths {
  const dir = path.join(tmpdir(), `wijkbot-test-templates-${templateKey()}`);
  return { migrated: path.join(dir, "migrated.tar"), demo: path.join(dir, "demo.tar") };
}

/** Builds the dumps if they are missing; safe when several processes race (atomic rename). */
export async function ensureTemplates(): Promise<TemplatePaths> {
  const paths = templatePaths();
  if (existsSync(paths.migrated) && existsSync(paths.demo)) return paths;
  mkdirSync(path.dirname(paths.migrated), { recursive: true });
  const pglite = new PGlite();
  const db = await fromPGlite(pglite);
  await migrate(db);
  await writeAtomically(paths.migrated, await pglite.dumpDataDir("none"));
  // A fixed, early clock: rows stamped at import time sort before anything a test adds.
  await seedDemoIfEmpty(db.prisma, new FakeClock("2026-01-01T00:00:00Z"));
  await writeAtomically(paths.demo, await pglite.dumpDataDir("none"));
  await db.close();
  return paths;
}

async function writeAtomically(file: string, blob: Blob): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.from(await blob.arrayBuffer()));
  renameSync(temporary, file);
}
