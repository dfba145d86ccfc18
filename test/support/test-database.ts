/**
 * Databases for tests. Unit tests get a fresh in-memory PGlite loaded from a migrated template
 * (migrating from scratch costs seconds; loading the template well under one). Integration tests
 * get a fresh PostgreSQL database on the server named by WIJKBOT_TEST_DATABASE_URL.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Database, fromPGlite, openDatabase } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { ensureTemplates } from "./database-templates.js";

async function template(kind: "migrated" | "demo"): Promise<Blob> {
  const paths = await ensureTemplates();
  return new Blob([readFileSync(paths[kind])]);
}

/** A fresh, migrated, empty in-memory database. Close it in afterEach/afterAll. */
export async function memoryDatabase(): Promise<Database> {
  return fromPGlite(new PGlite({ loadDataDir: await template("migrated") }));
}

/** A fresh in-memory database holding the demo social map. */
export async function demoMemoryDatabase(): Promise<Database> {
  return fromPGlite(new PGlite({ loadDataDir: await template("demo") }));
}

/**
 * A temp directory for WIJKBOT_DATA_DIR that already holds the migrated demo database, so that a
 * server or CLI started on it skips the slow first migration and seed. Remove it after the test.
 */
export async function demoDataDir(prefix: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const pglite = new PGlite(path.join(dir, "pglite"), { loadDataDir: await template("demo") });
  await pglite.waitReady;
  await pglite.close();
  return dir;
}

/** Server URL for integration tests; CI sets it, and a developer may. */
export function postgresTestUrl(): string | undefined {
  return process.env.WIJKBOT_TEST_DATABASE_URL;
}

/** A fresh, migrated database on the PostgreSQL server, dropped again by `drop()`. */
export async function serverDatabase(): Promise<{ db: Database; url: string; drop(): Promise<void> }> {
  const base = postgresTestUrl();
  if (!base) throw new Error("WIJKBOT_TEST_DATABASE_URL is not set");
  const name = `wijkbot_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString() });
  await migrate(db);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close().catch(() => undefined);
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
