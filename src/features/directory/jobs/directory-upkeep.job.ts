import type { JobDefinition } from "../../../jobs/job-runner.js";
import { scheduledJob } from "../../../jobs/scheduled-job.js";
import type { Logger } from "../../../logging.js";
import type { DirectoryUpkeepService } from "../core/directory-upkeep.service.js";

/**
 * Daily at 09:05 Amsterdam (office hours, so the question is seen): asks the contact people of
 * each service whose entry is older than WIJKBOT_DIRECTORY_CONFIRM_DAYS to confirm it. The
 * idempotency key (service, recipient, day) and the 30-day pause make reruns harmless.
 */
export const DIRECTORY_UPKEEP_QUEUE = "directory-upkeep";

export function directoryUpkeepJob(deps: { upkeep: DirectoryUpkeepService; logger: Logger }): JobDefinition {
  return scheduledJob({
    name: DIRECTORY_UPKEEP_QUEUE,
    cron: "5 9 * * *",
    policy: "stately",
    logger: deps.logger,
    logAs: "directory confirmation requests queued",
    work: () => deps.upkeep.askDue(),
    worthLogging: (report) => report.services > 0,
  });
}
