import { DateTime } from "luxon";
import { localDate } from "../../../core/calendar/amsterdam-time.js";
import type { Clock } from "../../../core/shared/clock.js";
import { dateColumn } from "../../../db/repositories/dates.js";
import type { JobDefinition } from "../../../jobs/job-runner.js";
import { scheduledJob } from "../../../jobs/scheduled-job.js";
import type { Logger } from "../../../logging.js";
import type { RetentionStore } from "../core/retention.ports.js";

/**
 * Daily retention (QUALITY.md): personal fields of cases closed longer than `caseMonths` ago and
 * audit records older than `auditYears` (never under five: the audit table's trigger refuses).
 * Contact details of ended handovers have their own job (contact-retention.job.ts). Idempotent: purged rows are
 * skipped, so a rerun or a second replica finds nothing left to do. Logs counts only.
 */
export const RETENTION_QUEUE = "retention";

export interface RetentionPolicy {
  caseMonths: number;
  auditYears: number;
}

export interface RetentionCounts {
  casesPurged: number;
  auditDeleted: number;
}

export function retentionCutoffs(now: Date, policy: RetentionPolicy) {
  const today = DateTime.fromISO(localDate(now), { zone: "UTC" });
  return {
    // closedOn is a calendar date: closed on a day before this one.
    closedBefore: dateColumn(today.minus({ months: policy.caseMonths }).toISODate() ?? localDate(now)),
    auditBefore: DateTime.fromJSDate(now)
      .minus({ years: Math.max(5, policy.auditYears) })
      .toJSDate(),
  };
}

export async function applyRetention(deps: {
  store: RetentionStore;
  clock: Clock;
  policy: RetentionPolicy;
}): Promise<RetentionCounts> {
  const now = deps.clock.now();
  const cut = retentionCutoffs(now, deps.policy);
  return {
    casesPurged: await deps.store.purgeClosedCases(cut.closedBefore, now),
    auditDeleted: await deps.store.deleteOldAudit(cut.auditBefore),
  };
}

export function retentionJob(deps: {
  store: RetentionStore;
  clock: Clock;
  logger: Logger;
  policy: RetentionPolicy;
}): JobDefinition {
  return scheduledJob({
    name: RETENTION_QUEUE,
    // 03:15 Amsterdam: quiet hours; the start-up run catches up after downtime.
    cron: "15 3 * * *",
    policy: "stately",
    logger: deps.logger,
    logAs: "retention applied",
    work: () => applyRetention(deps),
  });
}
