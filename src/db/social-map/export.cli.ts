/**
 * `npm run export -- [--format json|hsds|csv|xlsx] [PATH]`: writes the configured database as a
 * social map. json and csv go to stdout without PATH; hsds writes a folder, or a .zip when PATH
 * ends in .zip; xlsx needs PATH.
 */
import { loadConfigOrExit } from "../../config.js";
import { openCliDatabase } from "./cli-database.js";
import { exportSocialMap } from "./export.js";
import { EXPORT_FORMATS, type ExportFormat, exportText, writeExport } from "./export-file.js";

const USAGE = `Usage: npm run export -- [--format ${EXPORT_FORMATS.join("|")}] [PATH]\n`;

function parseArgs(args: string[]): { format: ExportFormat; file: string | undefined } | null {
  const at = args.indexOf("--format");
  const format = at >= 0 ? args[at + 1] : "json";
  const rest = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  if (
    !EXPORT_FORMATS.includes(format as ExportFormat) ||
    rest.length > 1 ||
    rest.some((a) => a.startsWith("--"))
  )
    return null;
  if ((format === "hsds" || format === "xlsx") && rest.length === 0) return null;
  return { format: format as ExportFormat, file: rest[0] };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfigOrExit();
  const opened = await openCliDatabase(config.database);
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    return 1;
  }
  try {
    const map = await exportSocialMap(opened.db.prisma);
    if (!args.file) {
      process.stdout.write(exportText(map, args.format as "json" | "csv"));
      return 0;
    }
    await writeExport(map, args.format, args.file);
    const counts =
      args.format === "json"
        ? `${map.wijken.length} wijken, ${map.services.length} services, ${map.professionals.length} professionals, ${map.cases.length} cases`
        : `${map.services.length} services`;
    process.stderr.write(`Exported ${counts} to ${args.file} (${args.format})\n`);
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
