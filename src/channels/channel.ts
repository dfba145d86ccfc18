/**
 * The contract between main.ts and a channel (Slack, Teams, web). A channel translates: platform
 * request -> Bot -> platform response. It never touches the database; what it needs to remember
 * (inbound event ids, where to reach a user) goes through the ports below.
 */
import type { Express } from "express";
import type { Bot } from "../bot/bot.js";
import type { Config } from "../config.js";
import type { ChatAccount } from "../core/access/actor.js";
import type { Clock } from "../core/shared/clock.js";
import type { Logger } from "../logging.js";
import type { Message } from "../views/message.js";

/** Remembers inbound event ids so that a platform's retries are handled once. */
export interface InboundEventLog {
  /**
   * "new": first delivery, or a retry of one that failed: handle it.
   * "duplicate": already handled or being handled: do nothing.
   */
  claim(id: string, source: string): Promise<"new" | "duplicate">;
  complete(id: string): Promise<void>;
  /** Handling failed: a later retry may claim it again. */
  fail(id: string): Promise<void>;
}

/** Where proactive messages reach a professional on a channel (stored as plain JSON). */
export interface ConversationStore {
  save(account: ChatAccount, ref: unknown): Promise<void>;
}

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
