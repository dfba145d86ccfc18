import type { Channel, DeliveryTarget } from "../channels/channel.js";
import { type ChatChannel, isChatChannel } from "../core/access/chat-channel.js";
import type { ChatTarget, ClaimedNotice, OutboxStore } from "../core/notices/outbox.port.js";
import type { Clock } from "../core/shared/clock.js";
import type { Logger } from "../logging.js";
import type { Message } from "../views/message.js";
import { renderNotice } from "../views/notice.view.js";
import { describeError, isPermanent, retryAfterSeconds, retryDelayMs } from "./delivery-retry.js";
import type { JobDefinition, JobRunner } from "./job-runner.js";

/**
 * Delivers the outbox: claims due notices, renders each in the language its recipient reads now,
 * files it in the recipient's web inbox, sends it to the person's chat channel, and marks it
 * sent, or schedules a retry with backoff. The inbox comes first, so a person without a reachable
 * chat channel (or whose channel is down) still sees it.
 *
 * Exactly-once as far as a chat API allows: a row is sent only by the dispatcher holding its
 * lease, and a retry only follows a failed call. The one gap left is a process dying between a
 * successful API call and `markSent`; the lease then expires and the message goes again.
 */
export const OUTBOX_QUEUE = "outbox-delivery";

export type Deliverers = Partial<Record<ChatChannel, NonNullable<Channel["deliver"]>>>;

export interface DeliverySettings {
  batchSize: number;
  /** Must exceed a channel's call timeout: a lease that runs out means "sender died". */
  leaseSeconds: number;
  maxAttempts: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** Batches per run before yielding to other jobs. */
  maxBatches: number;
}

export const DEFAULT_DELIVERY: DeliverySettings = {
  batchSize: 10,
  leaseSeconds: 120,
  maxAttempts: 8,
  baseDelaySeconds: 5,
  maxDelaySeconds: 30 * 60,
  maxBatches: 20,
};

export interface DeliveryDeps {
  store: OutboxStore;
  channels: Deliverers;
  clock: Clock;
  logger: Logger;
  settings?: Partial<DeliverySettings>;
  /** [0, 1); injectable so tests can pin the jitter. */
  random?: () => number;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/** Delivers everything due now, batch by batch. Safe to run on several replicas at once. */
export async function deliverDueMessages(deps: DeliveryDeps): Promise<DeliveryReport> {
  const settings = { ...DEFAULT_DELIVERY, ...deps.settings };
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (let batch = 0; batch < settings.maxBatches; batch += 1) {
    const now = deps.clock.now();
    const leaseUntil = new Date(now.getTime() + settings.leaseSeconds * 1000);
    const claimed = await deps.store.claimDue(now, leaseUntil, settings.batchSize);
    if (claimed.length === 0) break;
    // In parallel, each bounded by its channel's timeout, so the batch ends well inside the lease.
    const outcomes = await Promise.all(claimed.map((row) => deliverOne(deps, settings, row)));
    for (const outcome of outcomes) report[outcome] += 1;
  }
  return report;
}

async function deliverOne(
  deps: DeliveryDeps,
  settings: DeliverySettings,
  row: ClaimedNotice,
): Promise<keyof DeliveryReport> {
  const { store, clock, logger } = deps;
  const log = logger.child({ outboxId: row.id, kind: row.kind });
  if (row.attempts >= settings.maxAttempts)
    return giveUp(deps, row, "gave up: the sender died mid-send too often");
  // Retrying cannot help these: a row from before typed notices (#12), or a view that throws.
  const { notice } = row;
  if (!notice) return giveUp(deps, row, "not a notice this version reads");
  let message: Message;
  try {
    message = renderNotice(notice, row.lang);
  } catch (error) {
    return giveUp(deps, row, `rendering failed: ${describeError(error)}`);
  }
  await store.fileInInbox(row.id, notice, clock.now());
  const target = pickTarget(await store.chatTargets(row.recipientId), deps.channels);
  if (!target) {
    // Web inbox only: that is this person's channel.
    await store.markSent(row.id, clock.now());
    return "sent";
  }
  try {
    await target.deliver(toDeliveryTarget(target.chat), message);
  } catch (error) {
    return handleFailure(deps, settings, row, target.chat.channel, error);
  }
  const stillOurs = await store.markSent(row.id, clock.now());
  if (!stillOurs)
    log.warn({ channel: target.chat.channel }, "delivered while being cancelled (consent withdrawn)");
  else log.info({ channel: target.chat.channel }, "outbox message delivered");
  return "sent";
}

async function giveUp(deps: DeliveryDeps, row: ClaimedNotice, reason: string): Promise<"failed"> {
  await deps.store.markFailed(row.id, row.attempts, reason);
  deps.logger.error(
    { outboxId: row.id, kind: row.kind, attempts: row.attempts, reason },
    "outbox message failed",
  );
  return "failed";
}

async function handleFailure(
  deps: DeliveryDeps,
  settings: DeliverySettings,
  row: ClaimedNotice,
  channel: string,
  error: unknown,
): Promise<keyof DeliveryReport> {
  const attempts = row.attempts + 1;
  const description = describeError(error);
  const log = deps.logger.child({ outboxId: row.id, kind: row.kind, channel, attempts });
  if (isPermanent(error) || attempts >= settings.maxAttempts) {
    await deps.store.markFailed(row.id, attempts, description);
    log.error({ error: description }, "outbox message failed; it stays in the web inbox");
    return "failed";
  }
  const delayMs = retryDelayMs(attempts, retryAfterSeconds(error), settings, deps.random ?? Math.random);
  const notBefore = new Date(deps.clock.now().getTime() + delayMs);
  await deps.store.retryLater(row.id, attempts, notBefore, description);
  log.warn({ error: description, retryInMs: delayMs }, "outbox delivery failed; will retry");
  return "retried";
}

/** The most recently linked account on a channel this process can deliver to: one target only,
 * so a retry after a partial failure never sends to a second channel twice. */
function pickTarget(targets: ChatTarget[], channels: Deliverers) {
  for (const chat of targets) {
    const deliver = isChatChannel(chat.channel) ? channels[chat.channel] : undefined;
    if (deliver) return { chat, deliver };
  }
  return null;
}

function toDeliveryTarget(chat: ChatTarget): DeliveryTarget {
  return { tenant: chat.tenant, externalId: chat.externalId, conversationRef: chat.conversationRef };
}

/**
 * The job: runs on a kick after a commit, on a wake-up at the next due retry, and each minute as
 * a sweep that also recovers rows left behind by a process that died.
 */
export function outboxDeliveryJob(
  deps: DeliveryDeps & { runner: () => JobRunner | undefined },
): JobDefinition {
  return {
    name: OUTBOX_QUEUE,
    cron: "* * * * *",
    policy: "short",
    pollingIntervalSeconds: 2,
    async run() {
      const report = await deliverDueMessages(deps);
      if (report.sent + report.retried + report.failed > 0) deps.logger.info(report, "outbox run");
      await scheduleWakeUp(deps);
    },
  };
}

/** Asks for a run right after a commit that queued notifications. Never inside the transaction. */
export async function kickOutbox(runner: JobRunner): Promise<void> {
  await runner.send(OUTBOX_QUEUE, {}, { singletonKey: "kick" });
}

async function scheduleWakeUp(deps: DeliveryDeps & { runner: () => JobRunner | undefined }): Promise<void> {
  const runner = deps.runner();
  const next = await deps.store.nextDueAt();
  if (!runner || !next) return;
  const inMs = next.getTime() - deps.clock.now().getTime();
  // The minute sweep covers anything further away; one wake-up per due second at most.
  if (inMs > 60_000) return;
  const second = Math.ceil(next.getTime() / 1000);
  await runner.send(OUTBOX_QUEUE, {}, { startAfter: next, singletonKey: `wake:${second}` });
}
