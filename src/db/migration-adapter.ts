/**
 * Driver adapter for the Prisma CLI (prisma.config.ts): `prisma migrate diff`, `migrate dev`,
 * `studio`. The application applies migrations itself (src/db/migrate.ts); this only serves tools.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { loadConfigOrExit } from "../config.js";
import { pgliteAdapter } from "./pglite-adapter.js";

const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function reportNameAsText(result: unknown): unknown {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/**
 * Works around prisma/orm#27403: migrating through @prisma/adapter-pg fails with "Column type
 * 'name' could not be deserialized". Reporting `name` columns as `text` is enough; both the
 * callback and the promise form of `query` are wrapped because pg uses both internally.
 */
class NameAsTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's overloaded query signature
  override query(...args: any[]): any {
    const callback = args.findIndex((a) => typeof a === "function");
    if (callback >= 0) {
      const original = args[callback];
      args[callback] = (err: unknown, res: unknown) => original(err, reportNameAsText(res));
      // biome-ignore lint/suspicious/noExplicitAny: see above
      return (super.query as any)(...args);
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const result = (super.query as any)(...args);
    return typeof result?.then === "function" ? result.then(reportNameAsText) : result;
  }
}

export function createMigrationAdapter() {
  const db = loadConfigOrExit().database;
  if (db.kind === "postgres") {
    return new PrismaPg(new pg.Pool({ connectionString: db.url, Client: NameAsTextClient }));
  }
  mkdirSync(path.resolve(db.dataDir), { recursive: true });
  return pgliteAdapter(new PGlite(path.resolve(db.dataDir, "pglite")));
}
