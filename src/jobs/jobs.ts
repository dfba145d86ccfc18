/** Every job this service runs. Each capability with scheduled or queued work adds its entry. */
import type { Core } from "../app.types.js";
import type { Channel } from "../channels/channel.js";
import { isChatChannel } from "../core/access/chat-channel.js";
import { auditRepository } from "../db/repositories/audit.repository.js";
import { identityRepository } from "../db/repositories/identity.repository.js";
import { outboxRepository } from "../db/repositories/outbox.repository.js";
import { retentionJob } from "../features/cases/jobs/retention.job.js";
import { ConsultService } from "../features/consult/core/consult.service.js";
import { consultRepository } from "../features/consult/db/consult.repository.js";
import { consultReminderJob } from "../features/consult/jobs/consult-reminder.job.js";
import { DigestService } from "../features/digest/core/digest.service.js";
import { digestRepository } from "../features/digest/db/digest.repository.js";
import {
  digestActionsRepository,
  digestRunRepository,
} from "../features/digest/db/digest-runs.repository.js";
import { weeklyDigestJob } from "../features/digest/jobs/weekly-digest.job.js";
import { DirectoryUpkeepService } from "../features/directory/core/directory-upkeep.service.js";
import { directoryUpkeepRepository } from "../features/directory/db/directory-upkeep.repository.js";
import { directoryUpkeepJob } from "../features/directory/jobs/directory-upkeep.job.js";
import { handoverRepository } from "../features/handover/db/handover.repository.js";
import { retentionRepository } from "../features/handover/db/retention.repository.js";
import { contactRetentionJob } from "../features/handover/jobs/contact-retention.job.js";
import { handoverDeadlineJob } from "../features/handover/jobs/handover-deadline.job.js";
import type { JobDefinition, JobRunner } from "./job-runner.js";
import { type Deliverers, outboxDeliveryJob } from "./outbox-delivery.job.js";

export function jobDefinitions(
  core: Core,
  channels: Channel[],
  runner: () => JobRunner | undefined,
): JobDefinition[] {
  const { db, clock, logger } = core;
  const deliverers: Deliverers = {};
  for (const channel of channels) {
    if (isChatChannel(channel.name) && channel.deliver) {
      deliverers[channel.name] = channel.deliver.bind(channel);
    }
  }
  const digestStore = digestRepository(db.prisma);
  const digests = new DigestService({
    reader: digestStore,
    subscriptions: digestStore,
    actions: digestActionsRepository(db.prisma),
    clock,
    audit: auditRepository(db.prisma),
  });
  const consults = new ConsultService({
    store: consultRepository(db.prisma, { clock }),
    audit: auditRepository(db.prisma),
    clock,
    notifier: core.notifier,
  });
  const handovers = handoverRepository(db.prisma);
  return [
    outboxDeliveryJob({ store: outboxRepository(db.prisma), channels: deliverers, clock, logger, runner }),
    weeklyDigestJob({
      runs: digestRunRepository(db.prisma),
      digests,
      identities: identityRepository(db.prisma),
      clock,
      logger,
      onQueued: async () => core.notifier.queued(),
    }),
    consultReminderJob({ consults, logger }),
    handoverDeadlineJob({
      store: handovers,
      audit: auditRepository(db.prisma),
      clock,
      notifier: core.notifier,
      logger,
    }),
    contactRetentionJob({ store: handovers, clock, contactDays: core.config.retention.contactDays, logger }),
    retentionJob({ store: retentionRepository(db.prisma), clock, logger, policy: core.config.retention }),
    directoryUpkeepJob({
      upkeep: new DirectoryUpkeepService({
        store: directoryUpkeepRepository(db.prisma),
        clock,
        confirmAfterDays: core.config.directory.confirmAfterDays,
        notifier: core.notifier,
      }),
      logger,
    }),
  ];
}
