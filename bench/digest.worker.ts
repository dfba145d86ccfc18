/**
 * Runs one weekly-digest tick for the whole country in its own process, exactly as the
 * `weekly-digest` job does (sendDueDigests: build every due digest, claim the week and queue the
 * message in one transaction), with the clock fixed on a Monday after 08:00 so every
 * subscription is due. Samples its own resident memory every 50 ms and prints one JSON line.
 * Usage: tsx bench/digest.worker.ts <databaseUrl> <nowIso>
 */
import { createCore } from "../src/app.js";
import { parseConfig } from "../src/config.js";
import { sendDueDigests } from "../src/features/digest/jobs/weekly-digest.job.js";

const [databaseUrl, now] = process.argv.slice(2);
const parsed = parseConfig({
  PORT: "0",
  DATABASE_URL: databaseUrl,
  WIJKBOT_DEMO: "false",
  WIJKBOT_JOBS: "false",
  LOG_LEVEL: "silent",
  WIJKBOT_NOW: now,
});
if (!parsed.ok) throw new Error(parsed.problems.join("; "));

const rss = () => process.memoryUsage().rss / 1024 ** 2;
let peak = rss();
const baseline = peak;
const sampler = setInterval(() => {
  peak = Math.max(peak, rss());
}, 50);

const core = await createCore(parsed.config);
const { db, clock, logger, services } = core;
const deps = {
  runs: services.stores.digestRuns,
  digests: services.digests,
  identities: services.identities,
  clock,
  logger,
};
const subscriptions = (await deps.runs.activeSubscriptions()).length;
const started = performance.now();
const report = await sendDueDigests(deps);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, rss());
const queued = await db.executeSql(
  `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE kind = 'digest.weekly'`,
);
await core.close();
process.stdout.write(
  `${JSON.stringify({
    subscriptions,
    ...report,
    outboxMessages: queued.rows[0]?.n ?? null,
    seconds: Math.round(seconds * 100) / 100,
    peakRssMb: Math.round(peak),
    baselineRssMb: Math.round(baseline),
  })}\n`,
);
