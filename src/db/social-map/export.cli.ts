/** `npm run export -- [FILE]`: writes the configured database as a social map (stdout without FILE). */
import { writeFile } from "node:fs/promises";
import { loadConfigOrExit } from "../../config.js";
import { openCliDatabase } from "./cli-database.js";
import { exportSocialMap } from "./export.js";

async function main(): Promise<number> {
  const file = process.argv[2];
  const config = loadConfigOrExit();
  const opened = await openCliDatabase(config.database);
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    return 1;
  }
  try {
    const map = await exportSocialMap(opened.db.prisma);
    // One-space indentation, as the demo file: an export of the demo diffs clean against it.
    const text = `${JSON.stringify(map, null, 1)}\n`;
    if (!file) {
      process.stdout.write(text);
      return 0;
    }
    await writeFile(file, text, "utf8");
    const counts = `${map.wijken.length} wijken, ${map.services.length} services, ${map.professionals.length} professionals, ${map.cases.length} cases`;
    process.stderr.write(`Exported ${counts} to ${file}\n`);
    return 0;
  } finally {
    await opened.db.close();
  }
}

// A process holding PGlite may not exit by itself: exit explicitly.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Export failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
