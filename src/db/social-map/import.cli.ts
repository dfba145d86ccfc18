/**
 * `npm run import -- PATH [--overwrite-chat-edits]`: imports a social map into the configured
 * database, whatever its format (our JSON, an HSDS 3.0 package folder or .zip, HSDS services
 * JSON, the spreadsheet template as CSV or .xlsx), and prints what changed, or every problem
 * with its file, row and column or JSON path (exit 1, nothing imported).
 */
import { loadConfigOrExit } from "../../config.js";
import { cliClock, openCliDatabase } from "./cli-database.js";
import { importSocialMapFile } from "./import-file.js";
import { describeImport } from "./import-report.js";

const OVERWRITE = "--overwrite-chat-edits";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  const unknown = args.filter((a) => a.startsWith("--") && a !== OVERWRITE);
  if (!file || unknown.length > 0) {
    process.stderr.write(`Usage: npm run import -- PATH [${OVERWRITE}]\n`);
    return 2;
  }
  const config = loadConfigOrExit();
  const opened = await openCliDatabase(config.database);
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    return 1;
  }
  try {
    const report = await importSocialMapFile(opened.db.prisma, file, cliClock(config), {
      overwriteChatEdits: args.includes(OVERWRITE),
    });
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
