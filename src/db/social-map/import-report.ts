/** The short human report of an import, as the CLI prints it. */
import type { FileImportReport } from "./import.js";
import { COLLECTIONS } from "./social-map.schema.js";
import { formatProblem } from "./validate.js";

export function describeImport(file: string, report: FileImportReport): string {
  const warnings =
    "warnings" in report && report.warnings.length > 0
      ? `Warnings:\n${report.warnings.map((w) => `  ${formatProblem(w)}\n`).join("")}`
      : "";
  if (report.status !== "imported") {
    const problems = report.problems.map((p) => `  ${formatProblem(p)}\n`).join("");
    return `${file}: ${report.problems.length} problem(s), nothing was imported:\n${problems}${warnings}`;
  }
  const lines = COLLECTIONS.map((name) => {
    const c = report.counts[name];
    return `  ${name.padEnd(20)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged\n`;
  });
  const outcome = report.changed ? `directory revision is now ${report.revision}` : "nothing changed";
  return `Imported ${file} (${outcome}):\n${lines.join("")}${warnings}`;
}
