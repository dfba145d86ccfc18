/**
 * Card buttons and form submits (Action.Execute, invoke `adaptiveCard/action`). The answer goes
 * back in the invoke response: the refreshed card when the Bot gives one (`update`), otherwise a
 * short message. Teams waits only a few seconds for that response, so nothing slow belongs here;
 * notifications to other people go through the outbox.
 */

import type { AdaptiveCard } from "@microsoft/teams-ai";
import { CardFactory, type TurnContext } from "botbuilder";
import type { Turn } from "../../bot/bot.js";
import type { Logger } from "../../logging.js";
import { t } from "../../views/i18n.js";
import type { Message } from "../../views/message.js";
import { renderMessageCard } from "./message.card.js";
import { once, type RouteDeps } from "./teams.deps.js";
import { sendInPersonalChat, sendMessages } from "./teams.send.js";
import { turnOf } from "./teams.turn.js";

/** Card data and input values as the Bot expects them: strings only. */
export function stringData(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || value === null) continue;
    out[key] =
      typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  }
  return out;
}

/** In a shared conversation everyone should see the new state (an accept, a vote), not only the presser. */
async function refreshForEveryone(ctx: TurnContext, card: AdaptiveCard, logger: Logger): Promise<void> {
  const id = ctx.activity.replyToId;
  if (!id) return;
  try {
    await ctx.updateActivity({ id, type: "message", attachments: [CardFactory.adaptiveCard(card)] });
  } catch (error) {
    // A card inserted by a person (message extension) may not be the bot's to edit; the presser
    // still gets the refreshed card from the invoke response.
    const status = (error as { statusCode?: number }).statusCode;
    logger.warn({ status, activityId: ctx.activity.id }, "teams: could not refresh the card for everyone");
  }
}

async function answerWith(
  ctx: TurnContext,
  turn: Turn,
  update: Message,
  deps: RouteDeps,
): Promise<AdaptiveCard | string> {
  if (update.visibility === "private" && turn.place === "shared") {
    await sendInPersonalChat(ctx, [update], deps);
    return t(update.lang, "channel.sent-privately");
  }
  const card = renderMessageCard(update);
  if (turn.place === "shared") await refreshForEveryone(ctx, card, deps.logger);
  return card;
}

export async function executeAction(
  ctx: TurnContext,
  data: Record<string, unknown>,
  deps: RouteDeps,
): Promise<AdaptiveCard | string> {
  const verb = String((ctx.activity.value as { action?: { verb?: unknown } }).action?.verb ?? "");
  const turn = turnOf(ctx.activity);
  const outcome = await once(deps.events, ctx.activity, async () => {
    const result = await deps.bot.handleAction(turn, verb, stringData(data));
    if (result.replies.length > 0) await sendMessages(ctx, turn, result.replies, deps);
    if (result.update) return answerWith(ctx, turn, result.update, deps);
    return t(result.replies[0]?.lang ?? turn.platformLang ?? "nl", "channel.done");
  });
  return outcome === "duplicate" ? t(turn.platformLang ?? "nl", "channel.already-handled") : outcome;
}
