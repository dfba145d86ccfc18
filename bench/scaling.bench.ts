/**
 * How lookup latency grows with the directory: on the web JSON API, one lookup at a time (pure
 * service time) and the closed-loop capacity, against directories of 1%, 10% and 50% of the
 * run's size (directory only, each in its own fresh database) and the full one. Not the
 * open-loop 200/s load: where the process cannot serve that rate, every size would just show
 * the same queue.
 */
import { createBenchDatabase, dropBenchDatabase } from "./bench-database.js";
import { capacity, serialLatency } from "./capacity.js";
import { lookupQuestions, type Question } from "./corpus.js";
import { generateDirectory } from "./generate.js";
import { loadDataset } from "./load.js";
import type { LatencySummary } from "./stats.js";
import { askWeb, warmWeb } from "./web.bench.js";
import { startWijkbot } from "./wijkbot-server.js";

export interface ScalingRow {
  fraction: number;
  wijken: number;
  services: number;
  professionals: number;
  /** One lookup at a time: service time without queueing. */
  serial: LatencySummary;
  /** Closed loop, 16 clients. */
  requestsPerSecond: number;
}

const SERIAL_LOOKUPS = 300;

/** The two figures of a row, measured on a running server. */
export async function measurePoint(baseUrl: string, questions: Question[], seconds: number) {
  const send = async (i: number) => (await askWeb(baseUrl, questions[i % questions.length]!)).status === 200;
  const serial = await serialLatency(send, SERIAL_LOOKUPS);
  const { requestsPerSecond } = await capacity(send, { concurrency: 16, seconds });
  return { serial, requestsPerSecond };
}

export async function benchScalingPoint(
  settings: {
    settings: Record<string, string>;
    server: string;
    seed: number;
    scale: number;
    now: Date;
    fakeApiUrl: string;
  },
  fraction: number,
  seconds: number,
): Promise<ScalingRow> {
  const scale = settings.scale * fraction;
  const name = `wijkbot_bench_scale_${String(fraction).replace(".", "_")}`;
  const dir = generateDirectory({ seed: settings.seed, scale, now: settings.now });
  const url = await createBenchDatabase(settings.server, name, settings.settings);
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
      return { fraction, ...sizes(dir), ...(await measurePoint(server.url, questions, seconds)) };
    } finally {
      await server.stop();
    }
  } finally {
    await dropBenchDatabase(settings.server, name);
  }
}

export function sizes(dir: { wijken: unknown[]; services: unknown[]; professionals: unknown[] }) {
  return {
    wijken: dir.wijken.length,
    services: dir.services.length,
    professionals: dir.professionals.length,
  };
}
