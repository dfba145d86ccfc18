/**
 * `npm run import -- FILE`: imports a social map into the configured database and prints what
 * changed, or every problem with its JSON path (exit 1, nothing imported).
 */
import { loadConfigOrExit } from "../../config.js";
import { cliClock, openCliDatabase } from "./cli-database.js";
import { importSocialMapFile } from "./import.js";
import { describeImport } from "./import-report.js";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("Usage: npm run import -- FILE.json\n");
    return 2;
  }
  const config = loadConfigOrExit();
  const opened = await openCliDatabase(config.database);
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    return 1;
  }
  try {
    const report = await importSocialMapFile(opened.db.prisma, file, cliClock(config));
    process.stdout.write(describeImport(file, report));
    return report.status === "imported" ? 0 : 1;
  } finally {
    await opened.db.close();
  }
}

// A process holding PGlite may not exit by itself: exit explicitly.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
