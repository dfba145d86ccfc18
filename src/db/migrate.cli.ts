/** npm run db:migrate — applies pending migrations to the configured database and exits. */
import { loadConfigOrExit } from "../config.js";
import { openDatabase } from "./database.js";
import { migrate } from "./migrate.js";

const config = loadConfigOrExit();
try {
  const db = await openDatabase(config.database);
  const report = await migrate(db);
  await db.close();
  process.stdout.write(
    report.applied.length > 0
      ? `applied: ${report.applied.join(", ")}\n`
      : `up to date (${report.alreadyApplied} migrations)\n`,
  );
  process.exit(0);
} catch (error) {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  if (config.database.kind === "pglite")
    process.stderr.write("Is the server running on the same data dir? Stop it first.\n");
  process.exit(1);
}
