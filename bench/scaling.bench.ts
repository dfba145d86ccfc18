/**
 * How lookup latency grows with the directory: the same open-loop load on the web JSON API
 * against directories of 1%, 10% and 50% of the run's size (directory only, each in its own
 * fresh database) next to the full one measured by the main lookup benchmark.
 */
import { createBenchDatabase, dropBenchDatabase } from "./bench-database.js";
import { lookupQuestions } from "./corpus.js";
import { generateDirectory } from "./generate.js";
import { loadDataset } from "./load.js";
import type { LatencySummary } from "./stats.js";
import { benchWeb, warmWeb } from "./web.bench.js";
import { startWijkbot } from "./wijkbot-server.js";

export interface ScalingRow {
  fraction: number;
  wijken: number;
  services: number;
  professionals: number;
  answer: LatencySummary;
  errors: number;
}

export async function benchScalingPoint(
  settings: { server: string; seed: number; scale: number; now: Date; fakeApiUrl: string },
  fraction: number,
  load: { rate: number; seconds: number },
): Promise<ScalingRow> {
  const scale = settings.scale * fraction;
  const name = `wijkbot_bench_scale_${String(fraction).replace(".", "_")}`;
  const dir = generateDirectory({ seed: settings.seed, scale, now: settings.now });
  const url = await createBenchDatabase(settings.server, name);
  try {
    await loadDataset(url, dir, { cases: false });
    const server = await startWijkbot({
      databaseUrl: url,
      now: settings.now,
      fakeApiUrl: settings.fakeApiUrl,
      launcher: "node",
    });
    try {
      const questions = lookupQuestions(dir, 2_000);
      await warmWeb(server.url, questions);
      const report = await benchWeb(server.url, questions, load);
      return row(fraction, dir, report.latency.answer!, report.errors);
    } finally {
      await server.stop();
    }
  } finally {
    await dropBenchDatabase(settings.server, name);
  }
}

export function row(
  fraction: number,
  dir: { wijken: unknown[]; services: unknown[]; professionals: unknown[] },
  answer: LatencySummary,
  errors: number,
): ScalingRow {
  return {
    fraction,
    wijken: dir.wijken.length,
    services: dir.services.length,
    professionals: dir.professionals.length,
    answer,
    errors,
  };
}
