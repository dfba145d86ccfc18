/**
 * The chat platforms people are linked on: a professional has at most one account per platform
 * (a chat identity), the outbox can deliver there, and views mention people by it. This is the
 * one place the list is written; everything else derives from it (see "Adding a channel" in
 * docs/engineering.md).
 */

/** Each platform with the name people know it by (a product name, the same in every language). */
const CHAT_CHANNEL_NAMES = {
  slack: "Slack",
  teams: "Teams",
} as const;

export type ChatChannel = keyof typeof CHAT_CHANNEL_NAMES;

/** Every chat platform, in the order of the declaration above. */
export const CHAT_CHANNELS = Object.keys(CHAT_CHANNEL_NAMES) as readonly ChatChannel[];

/** A person's account id on each chat platform they are linked on (Slack user id, Teams AAD id). */
export type ChatIds = Partial<Record<ChatChannel, string>>;

/**
 * How a message reached us: a chat platform, the built-in web chat or the command line. Web and
 * CLI know the professional directly, so nobody is linked on them.
 */
export type AccountChannel = ChatChannel | "web" | "cli";

export function isChatChannel(name: string): name is ChatChannel {
  return Object.hasOwn(CHAT_CHANNEL_NAMES, name);
}

export function chatChannelName(channel: ChatChannel): string {
  return CHAT_CHANNEL_NAMES[channel];
}

/** The ids from a professional's linked identities; the first identity per platform wins. */
export function chatIdsOf(identities: readonly { channel: string; externalId: string }[]): ChatIds {
  const ids: ChatIds = {};
  for (const { channel, externalId } of identities) {
    if (isChatChannel(channel) && ids[channel] === undefined) ids[channel] = externalId;
  }
  return ids;
}
