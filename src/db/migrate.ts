/**
 * Applies prisma/migrations in order, recording them in Prisma's own `_prisma_migrations` table
 * so that `prisma migrate status` and this runner agree.
 *
 * Why not `prisma migrate deploy` at start: PGlite is single-process, so the CLI cannot migrate
 * the database the server holds open, and starting the CLI costs seconds of the 3 s start budget.
 * On PostgreSQL an advisory lock lets several replicas start at once.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database, SqlExecutor } from "./database.js";

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const LOCK_KEY = 7_301_920_614;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

export async function migrate(db: Database): Promise<MigrationReport> {
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return db.withSession(async (session) => {
    if (db.kind === "postgres") await session.executeSql("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      return await applyPending(session, names);
    } finally {
      if (db.kind === "postgres") await session.executeSql("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  });
}

async function applyPending(session: SqlExecutor, names: string[]): Promise<MigrationReport> {
  await session.executeSql(CREATE_TABLE);
  const done = await session.executeSql(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Map(done.rows.map((r) => [String(r.migration_name), String(r.checksum)]));
  const report: MigrationReport = { applied: [], alreadyApplied: 0 };
  for (const name of names) {
    const sql = await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
    const checksum = createHash("sha256").update(sql).digest("hex");
    const previous = applied.get(name);
    if (previous !== undefined) {
      if (previous !== checksum) throw new Error(`Migration ${name} was changed after it was applied`);
      report.alreadyApplied += 1;
      continue;
    }
    await applyOne(session, name, sql, checksum);
    report.applied.push(name);
  }
  return report;
}

async function applyOne(session: SqlExecutor, name: string, sql: string, checksum: string): Promise<void> {
  // One transaction per migration: a failing migration leaves nothing half-applied.
  await session.executeSql("BEGIN");
  try {
    await session.executeSql(sql);
    await session.executeSql(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 1)`,
      [randomUUID(), checksum, name],
    );
    await session.executeSql("COMMIT");
  } catch (error) {
    await session.executeSql("ROLLBACK");
    throw error;
  }
}
