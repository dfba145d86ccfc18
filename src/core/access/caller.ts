import type { Actor } from "./actor.js";
import type { AccountChannel } from "./chat-channel.js";

/**
 * Who a use case runs for, and through which channel it was asked: every audit record names both.
 * The bot builds it once per turn from the chat account; scheduled jobs act through "job".
 */
export interface Caller {
  actor: Actor;
  channel: AccountChannel | "job";
}
