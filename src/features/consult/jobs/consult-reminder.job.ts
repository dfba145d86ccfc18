import type { JobDefinition } from "../../../jobs/job-runner.js";
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
  return {
    name: CONSULT_REMINDER_QUEUE,
    cron: "*/10 * * * *",
    policy: "short",
    async run() {
      const sent = await deps.consults.remindDue();
      if (sent > 0) deps.logger.info({ sent }, "consult reminders queued");
    },
  };
}
