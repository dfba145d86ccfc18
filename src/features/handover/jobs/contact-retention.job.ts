import type { Clock } from "../../../core/shared/clock.js";
import type { JobDefinition } from "../../../jobs/job-runner.js";
import { scheduledJob } from "../../../jobs/scheduled-job.js";
import type { Logger } from "../../../logging.js";
import type { HandoverStore } from "../core/handover.ports.js";

/**
 * Daily purge of the citizen's contact details (phone, best time to call) of handovers that ended
 * more than `contactDays` ago. Idempotent: a purged handover no longer matches, and each purge is
 * audited in the transaction that makes it. Logs counts only.
 */
export const CONTACT_RETENTION_QUEUE = "handover-contact-retention";
const BATCH = 500;
const MAX_BATCHES = 100;

export async function purgeExpiredContacts(deps: {
  store: Pick<HandoverStore, "purgeContacts">;
  clock: Clock;
  contactDays: number;
}): Promise<number> {
  const now = deps.clock.now();
  const endedBefore = new Date(now.getTime() - deps.contactDays * 86_400_000);
  let total = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const purged = await deps.store.purgeContacts(endedBefore, now, BATCH);
    total += purged;
    if (purged < BATCH) break;
  }
  return total;
}

export function contactRetentionJob(deps: {
  store: Pick<HandoverStore, "purgeContacts">;
  clock: Clock;
  contactDays: number;
  logger: Logger;
}): JobDefinition {
  return scheduledJob({
    name: CONTACT_RETENTION_QUEUE,
    cron: "15 3 * * *",
    policy: "short",
    logger: deps.logger,
    logAs: "handover contact details purged",
    work: async () => ({ purged: await purgeExpiredContacts(deps), contactDays: deps.contactDays }),
  });
}
