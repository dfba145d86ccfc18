import type { IdentityPort } from "../../../core/access/actor.js";
import { type DueWeeklyRun, dueWeeklyRun } from "../../../core/calendar/iso-week.js";
import type { Clock } from "../../../core/shared/clock.js";
import type { QueuedNotice } from "../../../core/shared/notice.js";
import type { JobDefinition } from "../../../jobs/job-runner.js";
import type { Logger } from "../../../logging.js";
import type { WeeklyDigestNotice } from "../core/digest.notices.js";
import type { SubscriptionRecord } from "../core/digest.ports.js";
import type { DigestReport } from "../core/digest.result.js";
import type { DigestService } from "../core/digest.service.js";
import type { DigestRunStore } from "../core/digest-runs.ports.js";
import { quietWeekOutcome } from "../core/quiet-week.policy.js";

/**
 * The weekly digest. Every minute: find the recipients whose digest is due this ISO week
 * (dueWeeklyRun: scheduled time passed, not sent this week; a run missed while the service was
 * down goes out once when it is back, marked late), build it, and claim the (recipient, week) row
 * in the same transaction that queues the message in the outbox. The unique key of DigestRun is
 * what makes it once: with several replicas, after a crash mid-run, after downtime.
 */
export const WEEKLY_DIGEST_QUEUE = "weekly-digest";

export interface WeeklyDigestDeps {
  runs: DigestRunStore;
  digests: DigestService;
  identities: Pick<IdentityPort, "actorById">;
  clock: Clock;
  logger: Logger;
  /** Called after a tick that queued messages (kick the outbox delivery); never inside a transaction. */
  onQueued?: () => Promise<void>;
}

export interface DigestTickReport {
  queued: number;
  quiet: number;
  taken: number;
  failed: number;
}

/** Recipients whose figures are read together; bounded, so memory stays flat at any size. */
const BATCH_SIZE = 500;
/** Parallel claims and look-ups per batch; the pool has 10 connections. */
const CONCURRENCY = 4;

interface DueRecipient {
  professionalId: string;
  subscriptions: SubscriptionRecord[];
  due: DueWeeklyRun;
}

export async function sendDueDigests(deps: WeeklyDigestDeps): Promise<DigestTickReport> {
  const now = deps.clock.now();
  const report: DigestTickReport = { queued: 0, quiet: 0, taken: 0, failed: 0 };
  const due: DueRecipient[] = [];
  for (const [professionalId, entries] of byProfessional(await deps.runs.activeSubscriptions())) {
    try {
      const run = firstDue(entries, now);
      if (run) due.push({ professionalId, subscriptions: entries.map((e) => e.subscription), due: run });
    } catch (error) {
      // A broken schedule of one recipient must not hold up the rest.
      report.failed += 1;
      deps.logger.error({ err: error, professionalId }, "weekly digest schedule unreadable");
    }
  }
  for (let i = 0; i < due.length; i += BATCH_SIZE) {
    await sendBatch(deps, due.slice(i, i + BATCH_SIZE), now, report);
  }
  if (report.queued > 0) await deps.onQueued?.();
  return report;
}

async function sendBatch(deps: WeeklyDigestDeps, batch: DueRecipient[], now: Date, report: DigestTickReport) {
  const tally = (outcome: "queued" | "recorded" | "taken") => {
    if (outcome === "queued") report.queued += 1;
    else if (outcome === "taken") report.taken += 1;
    else report.quiet += 1;
  };
  const actors = await mapLimit(batch, (r) => deps.identities.actorById(r.professionalId));
  const present = batch.flatMap((r, i) => (actors[i] ? [{ ...r, actor: actors[i] }] : []));
  let digests: DigestReport[];
  try {
    const requests = present.map((r) => ({
      actor: r.actor,
      subscriptions: r.subscriptions,
      options: { late: r.due.late, scheduledAt: r.due.scheduledAt, channel: "job" },
    }));
    digests = await deps.digests.buildMany(requests, now);
  } catch (error) {
    // Unclaimed, the whole batch is tried again next minute.
    report.failed += batch.length;
    deps.logger.error({ err: error, recipients: batch.length }, "weekly digest batch failed");
    return;
  }
  // Gone or inactive: record the week so the check is not repeated every minute.
  const gone = batch.filter((_, i) => !actors[i]).map((r) => ({ r, notice: null }));
  const built = present.map((r, i) => ({ r, notice: noticeFor(r, digests[i]!) }));
  await mapLimit([...gone, ...built], async ({ r, notice }) => {
    try {
      tally(await deps.runs.claimAndQueue({ professionalId: r.professionalId, ...r.due, now }, notice));
    } catch (error) {
      // Rolled back with its claim: sent on the next tick.
      report.failed += 1;
      deps.logger.error({ err: error, professionalId: r.professionalId }, "weekly digest failed");
    }
  });
}

function noticeFor(r: DueRecipient, digest: DigestReport): QueuedNotice<WeeklyDigestNotice> | null {
  const quietChoice = quietWeekOutcome(r.subscriptions.every((s) => s.quietWhenEmpty));
  if (digest.sections.length === 0 || (digest.quiet && quietChoice === "nothing")) return null;
  return {
    kind: "digest.weekly",
    recipientId: r.professionalId,
    facts: digest,
    idempotencyKey: `digest:${r.professionalId}:${r.due.weekKey}`,
  };
}

/** `work` over `items`, CONCURRENCY at a time, results in order. */
async function mapLimit<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

type Entry = { subscription: SubscriptionRecord; lastWeekKey: string | null };

function byProfessional(entries: Entry[]): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = map.get(entry.subscription.professionalId) ?? [];
    list.push(entry);
    map.set(entry.subscription.professionalId, list);
  }
  return map;
}

/** One digest per recipient per week: the earliest of their subscriptions that is due decides. */
function firstDue(entries: Entry[], now: Date): DueWeeklyRun | null {
  const due = entries
    .map((e) => dueWeeklyRun({ day: e.subscription.day, time: e.subscription.time }, e.lastWeekKey, now))
    .filter((d): d is DueWeeklyRun => d !== null)
    .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  return due[0] ?? null;
}

/** The pg-boss job: every minute on the Amsterdam clock; claims make overlapping ticks harmless. */
export function weeklyDigestJob(deps: WeeklyDigestDeps): JobDefinition {
  return {
    name: WEEKLY_DIGEST_QUEUE,
    cron: "* * * * *",
    policy: "stately",
    retryLimit: 0,
    async run() {
      const report = await sendDueDigests(deps);
      if (report.queued + report.quiet + report.failed > 0) deps.logger.info(report, "weekly digest tick");
    },
  };
}
