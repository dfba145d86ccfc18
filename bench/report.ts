/** The results file and the table printed at the end of a run, with the targets checked. */
import { writeFileSync } from "node:fs";
import os from "node:os";
import type { LatencySummary } from "./stats.js";

export interface Target {
  name: string;
  target: string;
  value: string;
  met: boolean | null;
}

export interface Row {
  section: string;
  figure: string;
  value: string;
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export function loadNow(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

export function latencyText(s: LatencySummary | undefined): string {
  if (!s || s.count === 0) return "no successful requests";
  return `p50 ${s.p50} ms · p99 ${s.p99} ms · max ${s.max} ms · ${s.count} ok`;
}

export function printTable(rows: Row[], targets: Target[]): void {
  const w1 = Math.max(...rows.map((r) => r.section.length), 7);
  const w2 = Math.max(...rows.map((r) => r.figure.length), 6);
  const lines = rows.map((r) => `${r.section.padEnd(w1)}  ${r.figure.padEnd(w2)}  ${r.value}`);
  const mark = (t: Target) => (t.met === null ? "  n/a " : t.met ? "  met " : " MISSED");
  const tw = Math.max(...targets.map((t) => t.name.length), 6);
  process.stdout.write(
    [
      "",
      `${"section".padEnd(w1)}  ${"figure".padEnd(w2)}  value`,
      "-".repeat(w1 + w2 + 40),
      ...lines,
      "",
      "targets",
      ...targets.map(
        (t) => `${mark(t)}  ${t.name.padEnd(tw)}  target ${t.target.padEnd(12)}  measured ${t.value}`,
      ),
      "",
    ].join("\n"),
  );
}

export function writeResults(path: string, results: unknown): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
