/**
 * Proactive sends (notifications, digests) from a stored reference. Teams limits bots per thread
 * and per tenant and answers 429, at times 412 or 5xx. botbuilder's HTTP pipeline already retries
 * 429 and 5xx three times with backoff (measured against the fake connector: 4 requests, then a
 * RestError), so retrying those here as well would multiply the load on a throttled service.
 * 412 it does not retry: that is done here, with exponential backoff and jitter. Whatever still
 * fails is rethrown, so the outbox job retries later instead of losing the message.
 */
import type { Activity, TurnContext } from "botbuilder";
import type { ConversationStore } from "../../core/chat/chat.ports.js";
import { AppError } from "../../core/shared/app-error.js";
import type { Message } from "../../views/message.js";
import type { DeliveryTarget } from "../channel.js";
import type { WijkbotTeamsAdapter } from "./teams.adapter.js";
import { activityOf, CONNECTOR_AUDIENCE, runRethrowing } from "./teams.send.js";
import { conversationReferenceOf, type StoredReference, storedReferenceSchema } from "./teams.turn.js";

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const defaultRetry: RetryOptions = {
  attempts: 4,
  baseMs: 500,
  maxMs: 8_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Statuses botbuilder gives up on at once but that pass (412: a concurrent write in Teams). */
const RETRYABLE = new Set([412]);

function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; response?: { status?: unknown } } | null;
  const status = e?.statusCode ?? e?.response?.status;
  return typeof status === "number" ? status : undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: { get?: (n: string) => string | undefined } } } | null)
    ?.response?.headers;
  const value = Number(headers?.get?.("retry-after"));
  return Number.isFinite(value) && value > 0 ? value * 1000 : undefined;
}

export async function withRetry<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const status = statusOf(error);
      if (status === undefined || !RETRYABLE.has(status) || attempt >= options.attempts) throw error;
      const backoff = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
      // Jitter (50–100 % of the backoff), so that many deliveries do not retry in step.
      const wait = Math.max(retryAfterMs(error) ?? 0, backoff * (0.5 + options.random() / 2));
      await options.sleep(Math.min(wait, options.maxMs));
    }
  }
}

export interface DeliveryDeps {
  adapter: WijkbotTeamsAdapter;
  conversations: ConversationStore;
  retry: RetryOptions;
}

async function sendOnce(
  ref: StoredReference,
  target: DeliveryTarget,
  activity: Partial<Activity>,
  deps: DeliveryDeps,
) {
  const send = async (ctx: TurnContext) => {
    await ctx.sendActivity(activity);
  };
  const { adapter } = deps;
  if (ref.conversationId) {
    const reference = conversationReferenceOf({ ...ref, conversationId: ref.conversationId });
    return runRethrowing((logic) => adapter.continueConversationAsync(adapter.appId, reference, logic), send);
  }
  // Known from a channel only: open the personal chat (Teams returns the existing one) and keep it.
  const params = {
    isGroup: false,
    bot: { id: ref.bot.id, name: ref.bot.name ?? "" },
    members: [{ id: ref.user.id, name: "" }],
    tenantId: ref.tenantId,
    channelData: { tenant: { id: ref.tenantId } },
  };
  const start = (logic: (ctx: TurnContext) => Promise<void>) =>
    adapter.createConversationAsync(
      adapter.appId,
      "msteams",
      ref.serviceUrl,
      CONNECTOR_AUDIENCE,
      params,
      logic,
    );
  return runRethrowing(start, async (ctx) => {
    const account = { channel: "teams" as const, tenant: target.tenant, externalId: target.externalId };
    await deps.conversations.save(account, { ...ref, conversationId: ctx.activity.conversation.id });
    await send(ctx);
  });
}

export async function deliver(target: DeliveryTarget, message: Message, deps: DeliveryDeps): Promise<void> {
  const parsed = storedReferenceSchema.safeParse(target.conversationRef);
  if (!parsed.success) {
    throw new AppError("INTERNAL", "teams: the stored conversation reference is not usable", {
      details: { issues: parsed.error.issues.map((i) => i.path.join(".")) },
    });
  }
  const activity = activityOf(message);
  await withRetry(() => sendOnce(parsed.data, target, activity, deps), deps.retry);
}
