/**
 * Opening the configured database from a command-line tool. The embedded PGlite database is
 * single-process and takes no lock of its own: a second process opening the directory the
 * server holds would succeed and corrupt it. A running PGlite keeps `postmaster.pid` in its
 * directory (removed on a clean close), so its presence means "in use".
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Config } from "../../config.js";
import { type Clock, fixedClock, systemClock } from "../../core/shared/clock.js";
import { type Database, openDatabase } from "../database.js";
import { migrate } from "../migrate.js";

const IN_USE_ADVICE = "stop the server first or use DATABASE_URL";

export type CliDatabase = { ok: true; db: Database } | { ok: false; message: string };

export async function openCliDatabase(settings: Config["database"]): Promise<CliDatabase> {
  if (settings.kind === "pglite") {
    const pidFile = path.join(path.resolve(settings.dataDir), "pglite", "postmaster.pid");
    if (existsSync(pidFile)) {
      return {
        ok: false,
        message:
          `The embedded database in ${path.resolve(settings.dataDir)} is in use by another process: ${IN_USE_ADVICE}. ` +
          `(If no server runs, it was not stopped cleanly: start and stop it once.)`,
      };
    }
  }
  let db: Database | undefined;
  try {
    db = await openDatabase(settings);
    await migrate(db);
    return { ok: true, db };
  } catch (error) {
    await db?.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `Cannot open the database (${settings.kind}): ${reason}. ${capitalise(IN_USE_ADVICE)}.`,
    };
  }
}

export function cliClock(config: Config): Clock {
  return config.fixedNow ? fixedClock(config.fixedNow) : systemClock;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
