/**
 * Sending Messages in a turn, with the privacy rule: a "private" message is shown only in the
 * person's personal chat with the bot. Asked in a channel or group chat, the answer goes to the
 * personal chat (opened if needed) and the shared conversation gets a one-line notice.
 */
import { type Activity, CardFactory, type ConversationParameters, type TurnContext } from "botbuilder";
import type { Turn } from "../../bot/bot.js";
import type { ConversationStore } from "../../core/chat/chat.ports.js";
import { t } from "../../views/i18n.js";
import type { Message } from "../../views/message.js";
import { renderMessageCard } from "./message.card.js";
import type { WijkbotTeamsAdapter } from "./teams.adapter.js";
import { accountOf, storedReferenceOf, tenantOf } from "./teams.turn.js";

/** Audience of the Bot Framework connector in the public cloud. */
export const CONNECTOR_AUDIENCE = "https://api.botframework.com";

export interface SendDeps {
  adapter: WijkbotTeamsAdapter;
  conversations: ConversationStore;
}

export function activityOf(message: Message): Partial<Activity> {
  return {
    type: "message",
    summary: message.summary,
    attachments: [CardFactory.adaptiveCard(renderMessageCard(message))],
  };
}

/**
 * Runs `logic` in a proactive turn and rethrows what it threw. Without this the adapter's
 * onTurnError would swallow a failed send, and the outbox could not retry it.
 */
export async function runRethrowing(
  start: (logic: (ctx: TurnContext) => Promise<void>) => Promise<void>,
  logic: (ctx: TurnContext) => Promise<void>,
): Promise<void> {
  let failure: { error: unknown } | undefined;
  await start(async (ctx) => {
    try {
      await logic(ctx);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
}

/** Opens (or finds: Teams returns the existing one) the personal chat of the sender. */
export async function sendInPersonalChat(
  ctx: TurnContext,
  messages: Message[],
  deps: SendDeps,
): Promise<void> {
  const a = ctx.activity;
  const tenantId = tenantOf(a);
  const params: ConversationParameters = {
    isGroup: false,
    bot: a.recipient,
    members: [a.from],
    tenantId,
    channelData: { tenant: { id: tenantId } },
  };
  const start = (logic: (c: TurnContext) => Promise<void>) =>
    deps.adapter.createConversationAsync(
      deps.adapter.appId,
      "msteams",
      a.serviceUrl,
      CONNECTOR_AUDIENCE,
      params,
      logic,
    );
  await runRethrowing(start, async (personal) => {
    await deps.conversations.save(accountOf(a), storedReferenceOf(a, personal.activity.conversation.id));
    for (const message of messages) await personal.sendActivity(activityOf(message));
  });
}

export async function sendMessages(
  ctx: TurnContext,
  turn: Turn,
  messages: Message[],
  deps: SendDeps,
): Promise<void> {
  const hidden = turn.place === "shared" ? messages.filter((m) => m.visibility === "private") : [];
  for (const message of messages) {
    if (!hidden.includes(message)) await ctx.sendActivity(activityOf(message));
  }
  if (hidden.length === 0) return;
  await sendInPersonalChat(ctx, hidden, deps);
  await ctx.sendActivity({ type: "message", text: t(hidden[0]?.lang ?? "nl", "channel.sent-privately") });
}
