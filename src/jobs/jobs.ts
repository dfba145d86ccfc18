/**
 * Every job this service runs, on the services the bot uses too (core.services, built once in
 * services.ts). Each capability with scheduled or queued work adds its entry.
 */
import type { Core } from "../app.types.js";
import type { Channel } from "../channels/channel.js";
import { isChatChannel } from "../core/access/chat-channel.js";
import type { Notifier } from "../core/shared/notifier.port.js";
import { retentionJob } from "../features/cases/jobs/retention.job.js";
import { consultReminderJob } from "../features/consult/jobs/consult-reminder.job.js";
import { weeklyDigestJob } from "../features/digest/jobs/weekly-digest.job.js";
import { directoryUpkeepJob } from "../features/directory/jobs/directory-upkeep.job.js";
import { contactRetentionJob } from "../features/handover/jobs/contact-retention.job.js";
import { handoverDeadlineJob } from "../features/handover/jobs/handover-deadline.job.js";
import type { JobDefinition, JobRunner } from "./job-runner.js";
import { type Deliverers, outboxDeliveryJob } from "./outbox-delivery.job.js";

export function jobDefinitions(
  core: Pick<Core, "services" | "clock" | "logger" | "config"> & { notifier: Notifier },
  channels: Channel[],
  runner: () => JobRunner | undefined,
): JobDefinition[] {
  const { services, clock, logger, config, notifier } = core;
  const { stores } = services;
  const deliverers: Deliverers = {};
  for (const channel of channels) {
    if (isChatChannel(channel.name) && channel.deliver) {
      deliverers[channel.name] = channel.deliver.bind(channel);
    }
  }
  return [
    outboxDeliveryJob({ store: stores.outbox, channels: deliverers, clock, logger, runner }),
    weeklyDigestJob({
      runs: stores.digestRuns,
      digests: services.digests,
      identities: services.identities,
      clock,
      logger,
      onQueued: async () => notifier.queued(),
    }),
    consultReminderJob({ consults: services.consults, logger }),
    handoverDeadlineJob({ store: stores.handovers, audit: services.audit, clock, notifier, logger }),
    contactRetentionJob({
      store: stores.handovers,
      clock,
      contactDays: config.retention.contactDays,
      logger,
    }),
    retentionJob({ store: stores.retention, clock, logger, policy: config.retention }),
    directoryUpkeepJob({ upkeep: services.upkeep, logger }),
  ];
}
