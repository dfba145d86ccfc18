import type { JobDefinition } from "../../../jobs/job-runner.js";
import { scheduledJob } from "../../../jobs/scheduled-job.js";
import type { Logger } from "../../../logging.js";
import type { DeadlineDeps } from "../core/handover-deadlines.service.js";
import { runHandoverDeadlines } from "../core/handover-deadlines.service.js";

/**
 * Handover deadlines: the reminder to the receiver on the last working day (09:00) and the
 * escalation to the wijk coordinator once the deadline has passed. Runs every ten minutes; each
 * reminder and escalation is queued in the transaction that sets reminderSentAt / escalatedAt,
 * so a rerun, a retry after a crash or a second replica never sends twice, and a run after
 * downtime catches up.
 */
export const HANDOVER_DEADLINE_QUEUE = "handover-deadlines";

export function handoverDeadlineJob(deps: DeadlineDeps & { logger: Logger }): JobDefinition {
  return scheduledJob({
    name: HANDOVER_DEADLINE_QUEUE,
    cron: "*/10 * * * *",
    policy: "short",
    logger: deps.logger,
    logAs: "handover deadlines",
    work: () => runHandoverDeadlines(deps),
    worthLogging: (report) => report.reminded + report.escalated > 0,
  });
}
