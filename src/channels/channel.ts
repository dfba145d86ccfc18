/**
 * The contract between main.ts and a channel (Slack, Teams, web). A channel translates: platform
 * request -> Bot -> platform response. It never touches the database; what it needs to remember
 * (inbound event ids, where to reach a user) goes through the ports of src/core/chat/chat.ports.ts.
 */
import type { Express } from "express";
import type { Bot } from "../bot/bot.js";
import type { Config } from "../config.js";
import type { ConversationStore, InboundEventLog } from "../core/chat/chat.ports.js";
import type { Clock } from "../core/shared/clock.js";
import type { Logger } from "../logging.js";
import type { Message } from "../views/message.js";

export interface ChannelDeps {
  bot: Bot;
  config: Config;
  logger: Logger;
  clock: Clock;
  events: InboundEventLog;
  conversations: ConversationStore;
}

/** A delivery target as the outbox knows it: the professional's linked chat account. */
export interface DeliveryTarget {
  tenant: string;
  externalId: string;
  conversationRef: unknown;
}

export interface Channel {
  /** Its folder's name; a ChatChannel when people are linked on it (then the outbox delivers there). */
  name: string;
  /** Adds the channel's routes to the shared HTTP server. */
  mount(app: Express): void;
  start?(): Promise<void>;
  stop(): Promise<void>;
  /** Sends a notification to one person (used by the outbox job). */
  deliver?(target: DeliveryTarget, message: Message): Promise<void>;
}
