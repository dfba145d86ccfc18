/**
 * The teams-ai routes. The first matching route wins, so the specific ones (message extension,
 * card actions, installs) come first and the catch-all message route last; otherwise it would
 * swallow card submits.
 */

import type { Application } from "@microsoft/teams-ai";
import { ActivityTypes, type TurnContext } from "botbuilder";
import { executeAction } from "./teams.actions.js";
import { once, type RouteDeps } from "./teams.deps.js";
import { lookupQuery } from "./teams.lookup.js";
import { teamsMessageText } from "./teams.markup.js";
import { sendMessages } from "./teams.send.js";
import { accountOf, storedReferenceOf, turnOf } from "./teams.turn.js";

/** A card verb is an intent: `feature.verb`. */
const INTENT = /^[a-z][\w-]*(\.[\w-]+)+$/i;

async function remember(ctx: TurnContext, deps: RouteDeps): Promise<void> {
  const a = ctx.activity;
  if (!a.serviceUrl || !a.from?.id) return;
  await deps.conversations.save(accountOf(a), storedReferenceOf(a));
}

async function onMessage(ctx: TurnContext, deps: RouteDeps): Promise<void> {
  const text = teamsMessageText(ctx.activity.text);
  await once(deps.events, ctx.activity, async () => {
    await remember(ctx, deps);
    if (!text) return;
    const turn = turnOf(ctx.activity);
    await sendMessages(ctx, turn, await deps.bot.handleText(turn, text), deps);
  });
}

/**
 * The bot was added to a personal chat, team or group chat: remember where the person is and, in
 * a personal chat, greet with the help text (Teams' app validation expects a welcome there).
 * A personal install also sends an installationUpdate; that one only remembers, so the welcome
 * comes once.
 */
async function onBotAdded(ctx: TurnContext, deps: RouteDeps): Promise<void> {
  const a = ctx.activity;
  if (!(a.membersAdded ?? []).some((m) => m.id === a.recipient?.id)) return;
  await once(deps.events, a, async () => {
    await remember(ctx, deps);
    const turn = turnOf(a);
    if (turn.place !== "personal") return;
    await sendMessages(ctx, turn, await deps.bot.handleText(turn, "help"), deps);
  });
}

export function registerRoutes(app: Application, deps: RouteDeps): void {
  app.messageExtensions.query("lookup", (ctx, _state, query) => lookupQuery(ctx, query.parameters, deps));
  app.adaptiveCards.actionExecute(INTENT, (ctx, _state, data: Record<string, unknown>) =>
    executeAction(ctx, data, deps),
  );
  app.conversationUpdate("membersAdded", (ctx) => onBotAdded(ctx, deps));
  app.activity(ActivityTypes.InstallationUpdate, (ctx) =>
    ctx.activity.action?.startsWith("add") ? remember(ctx, deps) : Promise.resolve(),
  );
  app.activity(ActivityTypes.Message, (ctx) => onMessage(ctx, deps));
}
