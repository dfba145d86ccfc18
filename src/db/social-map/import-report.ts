/** The short human report of an import, as the CLI prints it. */
import { englishCount } from "../../core/shared/english-count.js";
import type { FileImportReport } from "./import-file.js";
import { COLLECTIONS } from "./social-map.schema.js";
import { formatProblem } from "./validate.js";

export function describeImport(file: string, report: FileImportReport): string {
  const warnings =
    "warnings" in report && report.warnings.length > 0
      ? `Warnings:\n${report.warnings.map((w) => `  ${formatProblem(w)}\n`).join("")}`
      : "";
  if (report.status !== "imported") {
    const problems = report.problems.map((p) => `  ${formatProblem(p)}\n`).join("");
    const format = "format" in report && report.format ? `Read as ${report.format}.\n` : "";
    const count = englishCount(report.problems.length, "problem", "problems");
    return `${format}${file}: ${count}, nothing was imported:\n${problems}${warnings}`;
  }
  const lines = COLLECTIONS.map((name) => {
    const c = report.counts[name];
    return `  ${name.padEnd(20)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged\n`;
  });
  const outcome = report.changed ? `directory revision is now ${report.revision}` : "nothing changed";
  const format = report.format ? `Read as ${report.format}.\n` : "";
  const conflicts =
    report.conflicts.length > 0
      ? `Conflicts with edits made in chat (the chat value was kept; --overwrite-chat-edits lets the file win):\n${report.conflicts.map((c) => `  ${formatProblem(c)}\n`).join("")}`
      : "";
  return `${format}Imported ${file} (${outcome}):\n${lines.join("")}${conflicts}${warnings}`;
}
