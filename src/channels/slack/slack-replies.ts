/**
 * Where the bot's messages go. Private messages (phone numbers, consent) only reach the user:
 * ephemerally, in their DM or in a modal; never as a plain post in a shared channel.
 */
import type { webApi } from "@slack/bolt";
import type { Lang } from "../../core/shared/lang.js";
import type { Form, Message } from "../../views/message.js";
import { formToModal } from "./form.modal.js";
import { renderMessage, type SlackMessage } from "./message.blocks.js";

export type WebClient = webApi.WebClient;

export interface ReplyRoute {
  /** Where others may read along (a thread in a channel, or the DM itself). */
  shared(payload: SlackMessage): Promise<unknown>;
  /** Only the user sees it: ephemeral, or their DM. */
  private(payload: SlackMessage): Promise<unknown>;
  /** Lets the first form open as a modal (Slack's trigger_id is valid once, for 3 s). */
  triggerId?: string;
  channelId?: string;
}

export async function sendReplies(api: WebClient, messages: Message[], route: ReplyRoute): Promise<void> {
  let triggerId = route.triggerId;
  for (const message of messages) {
    const form = formIn(message);
    if (form && triggerId) {
      await openForm(api, triggerId, form, message.lang, route.channelId, message);
      triggerId = undefined;
      continue;
    }
    const payload = renderMessage(message);
    await (message.visibility === "private" ? route.private(payload) : route.shared(payload));
  }
}

export function formIn(message: Message): Form | undefined {
  for (const block of message.blocks) if (block.type === "form") return block.form;
  return undefined;
}

export async function openForm(
  api: WebClient,
  triggerId: string,
  form: Form,
  lang: Lang,
  channelId?: string,
  around?: Message,
): Promise<void> {
  const intro = around ? around.blocks.filter((b) => b.type !== "form") : [];
  const meta = {
    intent: form.submit.intent,
    data: form.submit.data,
    lang,
    ...(channelId ? { channelId } : {}),
  };
  await api.views.open({ trigger_id: triggerId, view: formToModal(form, meta, intro) });
}

/**
 * The user's DM with the bot (the App Home's Messages tab): safe for everything. `knownDm` is the
 * DM channel remembered from app_home_opened; without it the DM is opened first.
 */
export async function postToUser(
  api: WebClient,
  userId: string,
  payload: SlackMessage,
  knownDm?: string,
): Promise<void> {
  const channel = knownDm ?? (await api.conversations.open({ users: userId })).channel?.id;
  if (!channel) throw new Error("conversations.open returned no channel");
  await api.chat.postMessage({ channel, text: payload.text, blocks: payload.blocks, unfurl_links: false });
}

/** The DM channel id stored as a conversation reference, when it looks like one. */
export function dmChannelOf(ref: unknown): string | undefined {
  const dm = (ref as { dmChannel?: unknown } | null | undefined)?.dmChannel;
  return typeof dm === "string" && /^D[A-Z0-9]+$/.test(dm) ? dm : undefined;
}

/** A route that answers everything in the user's DM. */
export function dmRoute(api: WebClient, userId: string, triggerId?: string): ReplyRoute {
  const toUser = (p: SlackMessage) => postToUser(api, userId, p);
  return { shared: toUser, private: toUser, ...(triggerId ? { triggerId } : {}) };
}
