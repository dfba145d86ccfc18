import type { JobDefinition } from "../../../jobs/job-runner.js";
import { scheduledJob } from "../../../jobs/scheduled-job.js";
import type { Logger } from "../../../logging.js";
import type { ConsultService } from "../core/consult.service.js";

/**
 * Consult reminders, the working day before at 09:00 (consult.state.ts reminderInstant). Runs
 * every ten minutes; each reminder is queued in the outbox in the transaction that sets
 * remindedAt, so a rerun, a retry after a crash or a second replica never reminds twice, and a
 * run after downtime catches up on what was missed (until the consult starts).
 */
export const CONSULT_REMINDER_QUEUE = "consult-reminders";

export function consultReminderJob(deps: { consults: ConsultService; logger: Logger }): JobDefinition {
  return scheduledJob({
    name: CONSULT_REMINDER_QUEUE,
    cron: "*/10 * * * *",
    policy: "short",
    logger: deps.logger,
    logAs: "consult reminders queued",
    work: async () => ({ sent: await deps.consults.remindDue() }),
    worthLogging: (report) => report.sent > 0,
  });
}
