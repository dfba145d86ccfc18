/**
 * Closed-loop capacity: `concurrency` clients each sending the next request as soon as the last
 * answered. Not a latency figure (it hides queueing); it says how many lookups per second the
 * process can do at all, which tells whether an open-loop rate is above what it can serve.
 */
import { request } from "./http-client.js";
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

/** Waits until the server answers its health check quickly again (the backlog of a run is gone). */
export async function quiesce(baseUrl: string, maxSeconds = 20): Promise<void> {
  const until = performance.now() + maxSeconds * 1000;
  while (performance.now() < until) {
    const t0 = performance.now();
    const ok = await request(`${baseUrl}/healthz`, { timeoutMs: 2_000 }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok && performance.now() - t0 < 20) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
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
