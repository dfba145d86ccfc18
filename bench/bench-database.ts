/**
 * The benchmark's own database on the local server: created fresh, migrated with the project's
 * migrator, dropped at the end. Nothing here touches any other database.
 */
import pg from "pg";
import { openDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";

export const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432";

export function databaseUrl(server: string, name: string): string {
  return `${server.replace(/\/+$/, "")}/${name}`;
}

async function onAdmin<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(server, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * `--pg-tuned`: per-database settings worth comparing against the stock server (see
 * docs/performance.md). JIT compilation cost 300+ ms on single digest statements that sweep a
 * municipality, and random_page_cost 1.1 tells the planner the data is in memory or on SSD.
 */
export const TUNED_SETTINGS: Record<string, string> = { jit: "off", random_page_cost: "1.1" };

export async function createBenchDatabase(
  server: string,
  name: string,
  settings: Record<string, string> = {},
): Promise<string> {
  if (!/^wijkbot_bench[a-z0-9_]*$/.test(name)) throw new Error(`refusing to create database ${name}`);
  await onAdmin(server, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
    for (const [key, value] of Object.entries(settings)) {
      if (!/^[a-z_]+$/.test(key) || !/^[a-z0-9.]+$/.test(value))
        throw new Error(`bad setting ${key}=${value}`);
      await client.query(`ALTER DATABASE ${name} SET ${key} = '${value}'`);
    }
  });
  const url = databaseUrl(server, name);
  const db = await openDatabase({ kind: "postgres", url });
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  return url;
}

export async function dropBenchDatabase(server: string, name: string): Promise<void> {
  if (!/^wijkbot_bench[a-z0-9_]*$/.test(name)) throw new Error(`refusing to drop database ${name}`);
  await onAdmin(server, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
