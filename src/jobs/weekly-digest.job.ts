import type { IdentityPort } from "../core/access/actor.js";
import { type DueWeeklyRun, dueWeeklyRun } from "../core/calendar/iso-week.js";
import type { SubscriptionRecord } from "../core/digest/digest.ports.js";
import type { DigestService } from "../core/digest/digest.service.js";
import { quietWeekOutcome } from "../core/digest/quiet-week.policy.js";
import type { Clock } from "../core/shared/clock.js";
import type { DigestRunStore } from "../db/repositories/digest-runs.repository.js";
import type { OutboxNotification } from "../db/repositories/outbox.repository.js";
import type { Logger } from "../logging.js";
import { digestView } from "../views/digest.view.js";
import type { JobDefinition } from "./job-runner.js";

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

export async function sendDueDigests(deps: WeeklyDigestDeps): Promise<DigestTickReport> {
  const now = deps.clock.now();
  const report: DigestTickReport = { queued: 0, quiet: 0, taken: 0, failed: 0 };
  for (const [professionalId, entries] of byProfessional(await deps.runs.activeSubscriptions())) {
    try {
      const due = firstDue(entries, now);
      if (!due) continue;
      const subscriptions = entries.map((e) => e.subscription);
      const outcome = await sendOne(deps, professionalId, subscriptions, due, now);
      if (outcome === "queued") report.queued += 1;
      else if (outcome === "taken") report.taken += 1;
      else report.quiet += 1;
    } catch (error) {
      // One recipient's failure must not hold up the rest; unclaimed, it is retried next minute.
      report.failed += 1;
      deps.logger.error({ err: error, professionalId }, "weekly digest failed");
    }
  }
  if (report.queued > 0) await deps.onQueued?.();
  return report;
}

async function sendOne(
  deps: WeeklyDigestDeps,
  professionalId: string,
  subscriptions: SubscriptionRecord[],
  due: DueWeeklyRun,
  now: Date,
): Promise<"queued" | "recorded" | "taken"> {
  const claim = { professionalId, ...due, now };
  const actor = await deps.identities.actorById(professionalId);
  // Gone or no longer a coordinator: record the week so the check is not repeated every minute.
  if (!actor) return deps.runs.claimAndQueue(claim, null);
  const options = { late: due.late, scheduledAt: due.scheduledAt, channel: "job" };
  const report = await deps.digests.build(actor, subscriptions, now, options);
  const silent =
    report.sections.length === 0 ||
    (report.quiet && quietWeekOutcome(subscriptions.every((s) => s.quietWhenEmpty)) === "nothing");
  const notification: OutboxNotification | null = silent
    ? null
    : {
        recipientId: professionalId,
        kind: "digest.weekly",
        message: digestView(report, actor.locale ?? "nl", { onDemand: false }),
        idempotencyKey: `digest:${professionalId}:${due.weekKey}`,
      };
  return deps.runs.claimAndQueue(claim, notification);
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
