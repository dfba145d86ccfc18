/**
 * Text in: the /wijk slash command, mentions in channels, direct messages, the "ask Wijkbot"
 * message shortcut, and the App Home tab. Each only gathers the inputs, asks the bot and routes
 * the answer; errors go to the channel's error boundary (slack-error.boundary.ts).
 */
import type {
  AllMiddlewareArgs,
  App,
  MessageShortcut,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
} from "@slack/bolt";
import type { Bot } from "../../bot/bot.js";
import type { ConversationStore } from "../../core/chat/chat.ports.js";
import type { Intent } from "../../language/index.js";
import type { Logger } from "../../logging.js";
import { t } from "../../views/i18n.js";
import { renderHome, type SlackMessage } from "./message.blocks.js";
import { slackMessageText } from "./slack-markup.js";
import { type ReplyRoute, sendReplies, type WebClient } from "./slack-replies.js";
import { isDirectMessage, slackTurn } from "./slack-turn.js";

export const SLASH_COMMAND = "/wijk";
export const ASK_SHORTCUT = "wijkbot_ask";

/** The intent whose answer fills the App Home tab: open handovers, consults, wijken, help. */
export const HOME_INTENT: Intent = "home.show";

export interface SlackListenerContext {
  bot: Bot;
  api: WebClient;
  logger: Logger;
  conversations: ConversationStore;
}

type Args<T> = T & AllMiddlewareArgs;

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
  app.command(SLASH_COMMAND, (args) => onSlashCommand(ctx, args));
  app.event("app_mention", (args) => onMention(ctx, args));
  app.message((args) => onDirectMessage(ctx, args));
  app.shortcut<MessageShortcut>(ASK_SHORTCUT, (args) => onAskShortcut(ctx, args));
  app.event("app_home_opened", (args) => onHomeOpened(ctx, args));
}

async function onSlashCommand(
  ctx: SlackListenerContext,
  { command, ack, respond }: Args<SlackCommandMiddlewareArgs>,
) {
  // Slack needs the ack within 3 s; the answer follows through the response_url.
  await ack();
  const turn = slackTurn(command.team_id, command.user_id, "personal");
  const messages = await ctx.bot.handleText(turn, slackMessageText(command.text) || "help");
  // Slash answers are ephemeral: only the one who asked sees them, wherever they asked.
  const ephemeral = (p: SlackMessage) => respond({ response_type: "ephemeral", ...p });
  await sendReplies(ctx.api, messages, {
    shared: ephemeral,
    private: ephemeral,
    triggerId: command.trigger_id,
    channelId: command.channel_id,
  });
}

async function onMention(
  ctx: SlackListenerContext,
  { event, body, context }: Args<SlackEventMiddlewareArgs<"app_mention">>,
) {
  // A mention inside a DM also arrives as message.im: answer it there only.
  const user = event.user;
  if (!user || isDirectMessage(event.channel)) return;
  const turn = slackTurn(body.team_id, user, "shared");
  const messages = await ctx.bot.handleText(turn, slackMessageText(event.text, context.botUserId) || "help");
  const thread_ts = event.thread_ts ?? event.ts;
  const route: ReplyRoute = {
    shared: (p) => ctx.api.chat.postMessage({ channel: event.channel, thread_ts, ...p, unfurl_links: false }),
    private: (p) => ctx.api.chat.postEphemeral({ channel: event.channel, user, thread_ts, ...p }),
  };
  await sendReplies(ctx.api, messages, route);
  // Others saw the question: one neutral line tells them it was answered, and nothing more.
  const hidden = messages.find((m) => m.visibility === "private");
  if (hidden) {
    const text = t(hidden.lang, "channel.answered-privately");
    await ctx.api.chat.postMessage({ channel: event.channel, thread_ts, text, unfurl_links: false });
  }
}

async function onDirectMessage(
  ctx: SlackListenerContext,
  { message, body }: Args<SlackEventMiddlewareArgs<"message">>,
) {
  const m = message as ImMessage;
  if (m.subtype !== undefined || m.bot_id || m.channel_type !== "im" || !m.user) return;
  const turn = slackTurn(body.team_id, m.user, "personal");
  const messages = await ctx.bot.handleText(turn, slackMessageText(m.text) || "help");
  const post = (p: SlackMessage) =>
    ctx.api.chat.postMessage({ channel: m.channel, ...p, unfurl_links: false });
  await sendReplies(ctx.api, messages, { shared: post, private: post });
}

async function onAskShortcut(
  ctx: SlackListenerContext,
  { shortcut, ack, respond }: Args<SlackShortcutMiddlewareArgs<MessageShortcut>>,
) {
  await ack();
  // Only the message shortcut carries the message; a global one with our id would not.
  if ((shortcut as { type: string }).type !== "message_action") return;
  const teamId = shortcut.team?.id ?? shortcut.user.team_id ?? "";
  const turn = slackTurn(teamId, shortcut.user.id, "personal");
  const messages = await ctx.bot.handleText(turn, slackMessageText(shortcut.message.text) || "help");
  const ephemeral = (p: SlackMessage) =>
    respond({ response_type: "ephemeral", replace_original: false, ...p });
  await sendReplies(ctx.api, messages, {
    shared: ephemeral,
    private: ephemeral,
    triggerId: shortcut.trigger_id,
    channelId: shortcut.channel.id,
  });
}

async function onHomeOpened(
  ctx: SlackListenerContext,
  { event, body }: Args<SlackEventMiddlewareArgs<"app_home_opened">>,
) {
  if (event.tab === "messages") {
    // Remember the DM so the outbox can post there without conversations.open first.
    await ctx.conversations.save(slackTurn(body.team_id, event.user, "personal").account, {
      dmChannel: event.channel,
    });
    return;
  }
  if (event.tab === "home") await publishHome(ctx, body.team_id, event.user);
}

/** The Home tab is whatever the bot answers to HOME_INTENT. */
export async function publishHome(ctx: SlackListenerContext, teamId: string, userId: string): Promise<void> {
  const { replies: messages } = await ctx.bot.handleAction(
    slackTurn(teamId, userId, "personal"),
    HOME_INTENT,
    {},
  );
  await ctx.api.views.publish({ user_id: userId, view: renderHome(messages) });
}
