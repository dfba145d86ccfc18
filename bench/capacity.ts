/**
 * Closed-loop capacity: `concurrency` clients each sending the next request as soon as the last
 * answered. Not a latency figure (it hides queueing); it says how many lookups per second the
 * process can do at all, which tells whether an open-loop rate is above what it can serve.
 */
import { readFileSync } from "node:fs";
import { type LatencySummary, summarize } from "./stats.js";

export async function capacity(
  send: (i: number) => Promise<boolean>,
  options: { concurrency: number; seconds: number },
): Promise<{ requestsPerSecond: number; errors: number; concurrency: number }> {
  const until = performance.now() + options.seconds * 1000;
  let done = 0;
  let errors = 0;
  let next = 0;
  const client = async () => {
    while (performance.now() < until) {
      const ok = await send(next++).catch(() => false);
      if (ok) done += 1;
      else errors += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  return { requestsPerSecond: Math.round(done / elapsed), errors, concurrency: options.concurrency };
}

/**
 * Waits until the server process is idle again (under 5% of a core over half a second): requests
 * the client gave up on are still being worked off inside the server, and the next measurement
 * must not pay for them. A fast /healthz is not enough: the event loop is free while queries wait.
 */
export async function quiesce(pid: number, maxSeconds = 60): Promise<void> {
  const until = performance.now() + maxSeconds * 1000;
  let before = cpuMs(pid);
  while (performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuMs(pid);
    if (Number.isNaN(now) || now - before < 25) return;
    before = now;
  }
}

/** User + system CPU time of a process in ms, from /proc (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** One request at a time: the latency of a lookup with no queueing at all. */
export async function serialLatency(
  send: (i: number) => Promise<boolean>,
  count: number,
): Promise<LatencySummary> {
  const samples: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const ok = await send(i).catch(() => false);
    if (ok) samples.push(performance.now() - t0);
    else errors += 1;
  }
  return summarize(samples, errors);
}
