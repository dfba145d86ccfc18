/**
 * Open-loop load: request i is due at start + i/rate whatever happened to the ones before, so a
 * slow server cannot slow the load down and hide its own queueing (no coordinated omission).
 * Latency is counted from the moment a request was due, not from when it was sent.
 */
import { type LatencySummary, summarize } from "./stats.js";

/** What one request measured: milliseconds from due time to each milestone, or an error. */
export type ShotResult =
  | { ok: true; marks: Record<string, number> }
  /** Failed, but what was reached before failing still counts (a Slack ack without an answer). */
  | { ok: false; error: string; marks?: Record<string, number> };

export interface OpenLoopReport {
  rate: number;
  seconds: number;
  sent: number;
  /** Per milestone (e.g. "ack", "answer"): latency summary over the successful requests. */
  latency: Record<string, LatencySummary>;
  errors: number;
  errorSamples: string[];
  /** Requests that went out more than 5 ms after they were due: the load generator lagging. */
  lateSends: number;
}

const TIMEOUT_MS = 10_000;

export async function openLoop(options: {
  rate: number;
  seconds: number;
  fire: (i: number, dueAt: number) => Promise<ShotResult>;
}): Promise<OpenLoopReport> {
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const start = performance.now() + 20;
  const pending: Promise<ShotResult>[] = [];
  let lateSends = 0;
  for (let i = 0; i < total; ) {
    const now = performance.now();
    while (i < total && start + i * interval <= now) {
      const due = start + i * interval;
      if (now - due > 5) lateSends += 1;
      pending.push(withTimeout(options.fire(i, due)));
      i += 1;
    }
    const wait = start + i * interval - performance.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
  }
  const results = await Promise.all(pending);
  const marks = new Map<string, number[]>();
  const errorSamples: string[] = [];
  for (const r of results) {
    if (!r.ok && errorSamples.length < 5) errorSamples.push(r.error);
    for (const [name, ms] of Object.entries(r.marks ?? {})) {
      if (!marks.has(name)) marks.set(name, []);
      marks.get(name)!.push(ms);
    }
  }
  const errors = results.filter((r) => !r.ok).length;
  return {
    rate: options.rate,
    seconds: options.seconds,
    sent: total,
    // Per milestone, "errors" is every request that did not reach it.
    latency: Object.fromEntries(
      [...marks].map(([name, values]) => [name, summarize(values, total - values.length)]),
    ),
    errors,
    errorSamples,
    lateSends,
  };
}

function withTimeout(shot: Promise<ShotResult>): Promise<ShotResult> {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve({ ok: false, error: `no answer within ${TIMEOUT_MS} ms` }),
      TIMEOUT_MS,
    );
    shot.then(
      (r) => {
        clearTimeout(timer);
        resolve(r);
      },
      (e: unknown) => {
        clearTimeout(timer);
        resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
      },
    );
  });
}
