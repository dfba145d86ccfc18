/** Command-line options of `npm run bench`. Quick by default; `--full` is the national size. */
import { parseArgs } from "node:util";

export interface BenchOptions {
  scale: number;
  full: boolean;
  seed: number;
  /** The instant the data is generated around and the server's clock is fixed at. */
  now: Date;
  rate: number;
  /** A second, low rate for Slack and bare Bolt, so that a ratio exists when ours cannot keep up. */
  lowRate: number;
  durationSeconds: number;
  server: string;
  keep: boolean;
  /** Per-database settings jit=off, random_page_cost=1.1 instead of the server's own. */
  pgTuned: boolean;
  only: string[] | null;
  output: string;
}

const USAGE = `npm run bench -- [--full] [--scale 0.01..1] [--rate 200] [--low-rate 20] [--duration 10] [--seed 20261123]
                   [--only load,parse,understanding,web,slack,teams,digest,start,scaling] [--keep] [--pg-tuned] [--server postgresql://…]
                   [--output bench/results.json]`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      full: { type: "boolean", default: false },
      scale: { type: "string" },
      seed: { type: "string", default: "20261123" },
      now: { type: "string", default: "2026-11-23T10:30:00+01:00" },
      rate: { type: "string", default: "200" },
      "low-rate": { type: "string", default: "20" },
      duration: { type: "string" },
      server: { type: "string", default: "postgresql://postgres@127.0.0.1:5432" },
      keep: { type: "boolean", default: false },
      "pg-tuned": { type: "boolean", default: false },
      only: { type: "string" },
      output: { type: "string", default: "bench/results.json" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const scale = Number(values.scale ?? (values.full ? 1 : 0.05));
  if (!(scale >= 0.01 && scale <= 1)) throw new Error(`--scale must be between 0.01 and 1\n${USAGE}`);
  const now = new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be an ISO instant\n${USAGE}`);
  return {
    scale,
    full: values.full,
    seed: Number(values.seed),
    now,
    rate: Number(values.rate),
    lowRate: Number(values["low-rate"]),
    durationSeconds: Number(values.duration ?? (values.full ? 10 : 5)),
    server: values.server,
    keep: values.keep,
    pgTuned: values["pg-tuned"],
    only: values.only ? values.only.split(",").map((s) => s.trim()) : null,
    output: values.output,
  };
}
