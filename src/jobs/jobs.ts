/** Every job this service runs. Each capability with scheduled or queued work adds its entry. */
import type { Core } from "../app.js";
import type { Channel } from "../channels/channel.js";
import { outboxRepository } from "../db/repositories/outbox.repository.js";
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
    if ((channel.name === "slack" || channel.name === "teams") && channel.deliver) {
      deliverers[channel.name] = channel.deliver.bind(channel);
    }
  }
  return [
    outboxDeliveryJob({ store: outboxRepository(db.prisma), channels: deliverers, clock, logger, runner }),
  ];
}
