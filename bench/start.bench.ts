/**
 * Cold start to ready: `npx tsx src/main.ts` spawned with the benchmark's environment, timed
 * until `/readyz` answers 200, a few times (the median counts); then the first lookup (which
 * builds the vocabulary from the directory) and resident memory once idle.
 */
import type { Question } from "./corpus.js";
import { median } from "./stats.js";
import { askWeb } from "./web.bench.js";
import { startWijkbot } from "./wijkbot-server.js";

export interface StartResult {
  launcher: string;
  runsMs: number[];
  medianMs: number;
  firstLookupMs: number;
  idleRssMb: number;
}

const IDLE_SETTLE_MS = 3_000;

export async function benchStart(
  settings: { databaseUrl: string; now: Date; fakeApiUrl: string },
  question: Question,
  runs: number,
): Promise<StartResult> {
  const runsMs: number[] = [];
  let firstLookupMs = Number.NaN;
  let idleRssMb = Number.NaN;
  for (let i = 0; i < runs; i++) {
    const server = await startWijkbot({ ...settings, launcher: "npx" });
    try {
      runsMs.push(Math.round(server.readyMs));
      if (i === runs - 1) {
        const t0 = performance.now();
        const reply = await askWeb(server.url, question);
        firstLookupMs = Math.round(performance.now() - t0);
        if (reply.status !== 200)
          throw new Error(`first lookup: HTTP ${reply.status} ${reply.body.slice(0, 200)}`);
        await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
        idleRssMb = server.rssMb();
      }
    } finally {
      await server.stop();
    }
  }
  return { launcher: "npx tsx src/main.ts", runsMs, medianMs: median(runsMs), firstLookupMs, idleRssMb };
}
