/**
 * Text in: the /wijk slash command, mentions in channels, direct messages, the "ask Wijkbot"
 * message shortcut, and the App Home tab. Each only gathers the inputs, asks the bot and routes
 * the answer; errors go to the channel's error boundary (slack-error.boundary.ts).
 */
import type { App } from "@slack/bolt";
import type { Bot } from "../../bot/bot.js";
import type { Logger } from "../../logging.js";
import type { ConversationStore } from "../channel.js";
import { renderHome, type SlackMessage } from "./message.blocks.js";
import { type ReplyRoute, sendReplies, type WebClient } from "./slack-replies.js";
import { cleanText, isDirectMessage, slackTurn } from "./slack-turn.js";

export const SLASH_COMMAND = "/wijk";
export const ASK_SHORTCUT = "wijkbot_ask";

export interface SlackListenerContext {
  bot: Bot;
  api: WebClient;
  logger: Logger;
  conversations: ConversationStore;
}

/** Minimal shape of the message events we answer (Bolt's union is wider than we need). */
interface ImMessage {
  subtype?: string;
  channel_type?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  channel: string;
}

export function registerConversationListeners(app: App, ctx: SlackListenerContext): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    // Slack needs the ack within 3 s; the answer follows through the response_url.
    await ack();
    const turn = slackTurn(command.team_id, command.user_id, "personal");
    const messages = await ctx.bot.handleText(turn, cleanText(command.text) || "help");
    // Slash answers are ephemeral: only the one who asked sees them, wherever they asked.
    const ephemeral = (p: SlackMessage) => respond({ response_type: "ephemeral", ...p });
    await sendReplies(ctx.api, messages, {
      shared: ephemeral,
      private: ephemeral,
      triggerId: command.trigger_id,
      channelId: command.channel_id,
    });
  });

  app.event("app_mention", async ({ event, body, context }) => {
    // A mention inside a DM also arrives as message.im: answer it there only.
    if (!event.user || isDirectMessage(event.channel)) return;
    const turn = slackTurn(body.team_id, event.user, "shared");
    const messages = await ctx.bot.handleText(turn, cleanText(event.text, context.botUserId) || "help");
    const thread_ts = event.thread_ts ?? event.ts;
    const user = event.user;
    const route: ReplyRoute = {
      shared: (p) =>
        ctx.api.chat.postMessage({ channel: event.channel, thread_ts, ...p, unfurl_links: false }),
      private: (p) => ctx.api.chat.postEphemeral({ channel: event.channel, user, thread_ts, ...p }),
    };
    await sendReplies(ctx.api, messages, route);
  });

  app.message(async ({ message, body }) => {
    const m = message as ImMessage;
    if (m.subtype !== undefined || m.bot_id || m.channel_type !== "im" || !m.user) return;
    const turn = slackTurn(body.team_id, m.user, "personal");
    const messages = await ctx.bot.handleText(turn, cleanText(m.text) || "help");
    const post = (p: SlackMessage) =>
      ctx.api.chat.postMessage({ channel: m.channel, ...p, unfurl_links: false });
    await sendReplies(ctx.api, messages, { shared: post, private: post });
  });

  app.shortcut(ASK_SHORTCUT, async ({ shortcut, ack, respond }) => {
    await ack();
    if (shortcut.type !== "message_action") return;
    const teamId = shortcut.team?.id ?? shortcut.user.team_id ?? "";
    const turn = slackTurn(teamId, shortcut.user.id, "personal");
    const messages = await ctx.bot.handleText(turn, cleanText(shortcut.message.text) || "help");
    const ephemeral = (p: SlackMessage) =>
      respond({ response_type: "ephemeral", replace_original: false, ...p });
    await sendReplies(ctx.api, messages, {
      shared: ephemeral,
      private: ephemeral,
      triggerId: shortcut.trigger_id,
      channelId: shortcut.channel.id,
    });
  });

  app.event("app_home_opened", async ({ event, body }) => {
    if (event.tab === "messages") {
      // Remember the DM so the outbox can post there without conversations.open first.
      const account = slackTurn(body.team_id, event.user, "personal").account;
      await ctx.conversations.save(account, { dmChannel: event.channel });
      return;
    }
    if (event.tab === "home") await publishHome(ctx, body.team_id, event.user);
  });
}

/**
 * What the Home tab asks the bot. TODO(#1): "home" once the bot has its `home` command (open
 * handovers, consults, wijken, help); today "home" would be read as a lookup of housing, so the
 * tab shows the help until then.
 */
export const HOME_TEXT = "help";

/** The Home tab is whatever the bot answers to HOME_TEXT. */
export async function publishHome(ctx: SlackListenerContext, teamId: string, userId: string): Promise<void> {
  const messages = await ctx.bot.handleText(slackTurn(teamId, userId, "personal"), HOME_TEXT);
  await ctx.api.views.publish({ user_id: userId, view: renderHome(messages) });
}
