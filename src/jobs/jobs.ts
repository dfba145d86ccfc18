/** Every job this service runs. Each capability with scheduled or queued work adds its entry. */
import type { Core } from "../app.types.js";
import type { Channel } from "../channels/channel.js";
import { ConsultService } from "../core/consult/consult.service.js";
import { DigestService } from "../core/digest/digest.service.js";
import { DirectoryUpkeepService } from "../core/directory/directory-upkeep.service.js";
import { auditRepository } from "../db/repositories/audit.repository.js";
import { consultRepository } from "../db/repositories/consult.repository.js";
import { digestRepository } from "../db/repositories/digest.repository.js";
import { digestActionsRepository, digestRunRepository } from "../db/repositories/digest-runs.repository.js";
import { directoryUpkeepRepository } from "../db/repositories/directory-upkeep.repository.js";
import { handoverRepository } from "../db/repositories/handover.repository.js";
import { identityRepository } from "../db/repositories/identity.repository.js";
import { outboxRepository } from "../db/repositories/outbox.repository.js";
import { retentionRepository } from "../db/repositories/retention.repository.js";
import { consultNoticeMessage } from "../views/consult-notice.view.js";
import { confirmationRequestView } from "../views/directory-upkeep.view.js";
import { handoverNoticeMessage } from "../views/handover-notice.view.js";
import { consultReminderJob } from "./consult-reminder.job.js";
import { contactRetentionJob } from "./contact-retention.job.js";
import { directoryUpkeepJob } from "./directory-upkeep.job.js";
import { handoverDeadlineJob } from "./handover-deadline.job.js";
import type { JobDefinition, JobRunner } from "./job-runner.js";
import { type Deliverers, outboxDeliveryJob } from "./outbox-delivery.job.js";
import { retentionJob } from "./retention.job.js";
import { weeklyDigestJob } from "./weekly-digest.job.js";

export function jobDefinitions(
  core: Core,
  channels: Channel[],
  runner: () => JobRunner | undefined,
): JobDefinition[] {
  const { db, clock, logger } = core;
  const deliverers: Deliverers = {};
  for (const channel of channels) {
    if ((channel.name === "slack" || channel.name === "teams") && channel.deliver) {
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
    store: consultRepository(db.prisma, { clock, render: consultNoticeMessage }),
    audit: auditRepository(db.prisma),
    clock,
    notifier: core.notifier,
  });
  const handovers = handoverRepository(db.prisma, { render: handoverNoticeMessage });
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
        store: directoryUpkeepRepository(db.prisma, { render: confirmationRequestView }),
        clock,
        confirmAfterDays: core.config.directory.confirmAfterDays,
        notifier: core.notifier,
      }),
      logger,
    }),
  ];
}
