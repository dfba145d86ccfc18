/**
 * Writing an export in each format: our JSON, an HSDS 3.0 package (a folder, or a .zip when the
 * path ends in .zip), the spreadsheet template as CSV (";" between cells and a byte-order mark,
 * as Dutch Excel opens it) or .xlsx.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import writeXlsxFile from "write-excel-file/node";
import { hsdsPackage } from "./formats/hsds-export.js";
import { spreadsheetRows } from "./formats/spreadsheet-export.js";
import type { SocialMap } from "./social-map.schema.js";

export const EXPORT_FORMATS = ["json", "hsds", "csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The text of a single-file format (json, csv), for stdout or a file. */
export function exportText(map: SocialMap, format: "json" | "csv"): string {
  // One-space indentation, as the demo file: an export of the demo diffs clean against it.
  if (format === "json") return `${JSON.stringify(map, null, 1)}\n`;
  return `\uFEFF${stringify(spreadsheetRows(map), { delimiter: ";" })}`;
}

export async function writeExport(map: SocialMap, format: ExportFormat, target: string): Promise<void> {
  if (format === "json" || format === "csv") return writeFile(target, exportText(map, format), "utf8");
  if (format === "xlsx") {
    const data = spreadsheetRows(map).map((row) => row.map((value) => ({ value: value ?? undefined })));
    return writeXlsxFile(data, { sheet: "Diensten", stickyRowsCount: 1 }).toFile(target);
  }
  const files = hsdsPackage(map, map.about ?? "Wijkbot sociale kaart");
  if (target.endsWith(".zip")) {
    const zip = zipSync(Object.fromEntries([...files].map(([name, text]) => [name, strToU8(text)])));
    return writeFile(target, zip);
  }
  await mkdir(target, { recursive: true });
  for (const [name, text] of files) await writeFile(path.join(target, name), text, "utf8");
}
