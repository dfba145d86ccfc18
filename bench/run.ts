/**
 * `npm run bench`: generates the synthetic country, loads it into a fresh PostgreSQL database,
 * measures, prints a table and writes bench/results.json. A benchmark measures; nothing here
 * fails because a figure is slow (targets are reported, not asserted).
 */
import { createBenchDatabase, dropBenchDatabase, TUNED_SETTINGS } from "./bench-database.js";
import { lookupQuestions } from "./corpus.js";
import { benchDigests, type DigestResult } from "./digest.bench.js";
import { generateDirectory } from "./generate.js";
import { startCaptureServer } from "./http-client.js";
import { type LoadReport, loadDataset } from "./load.js";
import { benchLookups, type LookupResults } from "./lookup.bench.js";
import { type BenchOptions, parseOptions } from "./options.js";
import { benchParse, type ParseResult } from "./parse.bench.js";
import { loadNow, machine, printTable, writeResults } from "./report.js";
import { benchScalingPoint, type ScalingRow, sizes } from "./scaling.bench.js";
import { benchStart, type StartResult } from "./start.bench.js";
import { rowsOf, targetsOf } from "./summary.js";
import { benchUnderstanding, type UnderstandingResult } from "./understanding.bench.js";
import { startWijkbot } from "./wijkbot-server.js";

export interface Results {
  machine: ReturnType<typeof machine>;
  node: string;
  date: string;
  options: Omit<BenchOptions, "server" | "output" | "keep" | "pgTuned">;
  /** Per-database PostgreSQL settings the run used ({} = the server's own). */
  postgresSettings: Record<string, string>;
  dataset?: {
    generateSeconds: number;
    sizes: ReturnType<typeof sizes>;
    counts: Record<string, number>;
    load: LoadReport;
  };
  parse?: ParseResult;
  /** The failures stay out of results.json: the corpus and `npx tsx bench/understanding.bench.ts` show them. */
  understanding?: Omit<UnderstandingResult, "failures">;
  /** The same on questions written after the thesaurus was tuned: how well it generalises. */
  understandingHeldOut?: Omit<UnderstandingResult, "failures">;
  start?: StartResult;
  lookup?: LookupResults;
  scaling?: ScalingRow[];
  digest?: DigestResult;
  skipped: string[];
  totalSeconds?: number;
}

const DB_NAME = "wijkbot_bench";
const SCALING_FRACTIONS = [0.01, 0.1, 0.5];

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const wants = (part: string) => opts.only === null || opts.only.includes(part);
  const results: Results = {
    machine: machine(),
    node: process.version,
    date: new Date().toISOString(),
    options: {
      scale: opts.scale,
      full: opts.full,
      seed: opts.seed,
      now: opts.now,
      rate: opts.rate,
      lowRate: opts.lowRate,
      durationSeconds: opts.durationSeconds,
      only: opts.only,
    },
    postgresSettings: opts.pgTuned ? TUNED_SETTINGS : {},
    skipped: [],
  };
  const say = (text: string) =>
    process.stdout.write(
      `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s, load ${loadNow()}] ${text}\n`,
    );

  say(`generating the directory at scale ${opts.scale} (seed ${opts.seed})`);
  const t0 = performance.now();
  const dir = generateDirectory({ seed: opts.seed, scale: opts.scale, now: opts.now });
  const generateSeconds = (performance.now() - t0) / 1000;
  if (wants("parse")) {
    say("parsing throughput");
    results.parse = benchParse(dir, opts.full ? 5 : 2);
  }
  if (wants("understanding")) {
    say("understanding situation questions on two maps");
    const { failures: _failures, ...understanding } = benchUnderstanding(opts.full ? 5 : 2);
    results.understanding = understanding;
    const { failures: _heldOut, ...heldOut } = benchUnderstanding(0, "understanding-holdout.tsv");
    results.understandingHeldOut = heldOut;
  }
  const needsServer = ["start", "web", "slack", "teams", "scaling", "digest"].some(wants);
  if (!needsServer) return finish(opts, results, started);

  say("creating and loading the benchmark database (COPY)");
  const url = await createBenchDatabase(opts.server, DB_NAME, results.postgresSettings);
  const capture = await startCaptureServer();
  try {
    const load = await loadDataset(url, dir, { cases: true });
    results.dataset = {
      generateSeconds: Math.round(generateSeconds * 10) / 10,
      sizes: sizes(dir),
      counts: {
        municipalities: dir.municipalities.length,
        wijken: dir.wijken.length,
        topics: dir.topics.length,
        organisations: dir.organisations.length,
        services: dir.services.length,
        professionals: dir.professionals.length,
        ...load.counts,
      },
      load,
    };
    say(`loaded ${load.counts.open} open cases in ${load.seconds.toFixed(1)} s`);
    const questions = lookupQuestions(dir, 5_000);
    const settings = { databaseUrl: url, now: opts.now, fakeApiUrl: capture.url };
    if (wants("start")) {
      say("cold start");
      results.start = await benchStart(settings, questions[0]!, opts.full ? 3 : 2);
    }
    if (["web", "slack", "teams"].some(wants)) {
      say(`lookups at ${opts.rate} req/s for ${opts.durationSeconds} s per channel`);
      const server = await startWijkbot({ ...settings, launcher: "node" });
      try {
        results.lookup = await benchLookups(server, capture, questions, {
          rate: opts.rate,
          lowRate: opts.lowRate,
          seconds: opts.durationSeconds,
        });
        results.skipped.push(...results.lookup.skipped);
      } finally {
        await server.stop();
      }
    }
    if (wants("digest")) {
      say("all weekly digests for the country");
      results.digest = await benchDigests(url, opts.now).catch((error: Error) => {
        results.skipped.push(`digest: ${error.message.split("\n").slice(0, 3).join(" ").slice(0, 300)}`);
        return undefined;
      });
    }
    if (wants("scaling")) results.scaling = await scaling(opts, results, capture.url, say);
  } finally {
    await capture.close();
    if (!opts.keep) await dropBenchDatabase(opts.server, DB_NAME);
    else say(`kept database ${url}`);
  }
  finish(opts, results, started);
}

async function scaling(opts: BenchOptions, results: Results, fakeApiUrl: string, say: (t: string) => void) {
  const rows: ScalingRow[] = [];
  const settings = {
    settings: results.postgresSettings,
    server: opts.server,
    seed: opts.seed,
    scale: opts.scale,
    now: opts.now,
    fakeApiUrl,
  };
  for (const fraction of SCALING_FRACTIONS) {
    say(`scaling: directory at ${fraction * 100}% of scale ${opts.scale}`);
    rows.push(await benchScalingPoint(settings, fraction, 5));
  }
  const point = results.lookup?.webPoint;
  if (point && results.dataset) rows.push({ fraction: 1, ...results.dataset.sizes, ...point });
  return rows;
}

function finish(opts: BenchOptions, results: Results, started: number): void {
  results.totalSeconds = Math.round((performance.now() - started) / 100) / 10;
  printTable(rowsOf(results), targetsOf(results));
  writeResults(opts.output, { ...results, targets: targetsOf(results) });
  process.stdout.write(`results written to ${opts.output}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
