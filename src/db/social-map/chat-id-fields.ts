/**
 * How the social-map format writes a professional's chat accounts: one field per chat platform,
 * named `<channel>UserId`, null when not linked. Derived from the ChatChannel list, so a new chat
 * platform gets its field in the format without code here.
 */
import { CHAT_CHANNELS, type ChatChannel, type ChatIds } from "../../core/access/chat-channel.js";

export type ChatIdField = `${ChatChannel}UserId`;

export const chatIdField = (channel: ChatChannel): ChatIdField => `${channel}UserId`;

/** Every platform's field, in the order of the ChatChannel list. */
export const CHAT_ID_FIELDS: readonly ChatIdField[] = CHAT_CHANNELS.map(chatIdField);

/** The format's fields for these ids: every platform present, null where not linked. */
export function chatIdFieldsOf(ids: ChatIds): Record<ChatIdField, string | null> {
  return Object.fromEntries(
    CHAT_CHANNELS.map((channel) => [chatIdField(channel), ids[channel] ?? null]),
  ) as Record<ChatIdField, string | null>;
}

/** The ids a professional record names, as identity keys "channel:externalId". */
export function chatIdentityKeys(record: Partial<Record<ChatIdField, string | null>>): string[] {
  return CHAT_CHANNELS.flatMap((channel) => {
    const externalId = record[chatIdField(channel)];
    return externalId ? [`${channel}:${externalId}`] : [];
  });
}
