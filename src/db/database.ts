/**
 * Opens the one database: PGlite in process (the embedded default, files under WIJKBOT_DATA_DIR)
 * or a PostgreSQL server (DATABASE_URL). Everything else gets a Prisma client and a raw SQL
 * executor from here; nothing else knows which of the two it is.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Config } from "../config.js";
import { PrismaClient } from "../generated/prisma/client.js";
import { pgliteAdapter } from "./pglite-adapter.js";

export interface SqlExecutor {
  /** Runs one statement with parameters, or a parameterless batch of several statements. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export interface Database extends SqlExecutor {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  /** pg connection string, for pg-boss on a server; undefined on PGlite. */
  url: string | undefined;
  /** Runs `work` on one connection: session state (advisory locks, BEGIN…COMMIT) stays on it. */
  withSession<T>(work: (session: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openDatabase(settings: Config["database"]): Promise<Database> {
  return settings.kind === "postgres" ? openPostgres(settings.url) : openPGlite(settings.dataDir);
}

/** In-memory PGlite, for unit tests: a real PostgreSQL dialect with nothing on disk. */
export async function openMemoryDatabase(): Promise<Database> {
  return fromPGlite(new PGlite());
}

async function openPGlite(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  return fromPGlite(new PGlite(path.join(dir, "pglite")));
}

export async function fromPGlite(pglite: PGlite): Promise<Database> {
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite) });
  // PGlite's query() refuses several statements in one call; exec() takes batches but no
  // parameters. pg-boss and the migrator send both kinds.
  const executeSql: SqlExecutor["executeSql"] = async (text, values) => {
    if (values && values.length > 0) {
      const result = await pglite.query<Record<string, unknown>>(text, values);
      return { rows: result.rows };
    }
    const results = await pglite.exec(text);
    return { rows: (results.at(-1)?.rows as Record<string, unknown>[]) ?? [] };
  };
  return {
    kind: "pglite",
    prisma,
    url: undefined,
    executeSql,
    // PGlite has exactly one connection.
    withSession: (work) => work({ executeSql }),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  // Fail fast when the server is down instead of queueing requests behind a dead pool.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 3_000 });
  pool.on("error", () => {
    // Idle clients that lose their server are dropped by the pool; requests report the outage.
  });
  releaseDeadCheckedOutClients(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgres",
    prisma,
    url,
    executeSql: (text, values) => runOn(pool, text, values),
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work({ executeSql: (text, values) => runOn(client, text, values) });
      } finally {
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * Prisma 6.19's transaction manager sends ROLLBACK (or COMMIT) before it releases the connection
 * of an interactive transaction. When the connection died mid-transaction that statement throws,
 * the release never happens, and the pool keeps a dead client checked out for good: each outage
 * during a transaction costs one of the pool's connections, and `pool.end()` (graceful shutdown)
 * waits forever. Found by test/integration/faults.int.test.ts. A checked-out client whose
 * connection ends is released here, as broken, once; a later release by its owner is ignored.
 */
function releaseDeadCheckedOutClients(pool: pg.Pool): void {
  const checkedOut = new Set<pg.PoolClient>();
  const watched = new WeakSet<pg.PoolClient>();
  pool.on("release", (_error, client) => checkedOut.delete(client));
  pool.on("acquire", (client) => {
    checkedOut.add(client);
    if (watched.has(client)) return;
    watched.add(client);
    client.on("end", () => {
      if (!checkedOut.has(client)) return;
      const release = client.release;
      // The owner's own release after this one must not throw "released twice".
      client.release = () => undefined;
      try {
        release.call(client, new Error("connection lost during a transaction"));
      } catch {
        // Released meanwhile by its owner: nothing left to do.
      }
    });
  });
}

async function runOn(queryable: pg.Pool | pg.PoolClient, text: string, values?: unknown[]) {
  const result = await queryable.query(text, values);
  // A batch of several statements yields one result per statement; callers want the last.
  const last = Array.isArray(result) ? result.at(-1) : result;
  return { rows: (last?.rows as Record<string, unknown>[]) ?? [] };
}
