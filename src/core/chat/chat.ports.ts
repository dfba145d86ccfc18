/**
 * What a channel needs to remember about its platform, without touching the database itself:
 * the inbound event ids already handled, and where proactive messages reach a person.
 * Implemented in src/db/repositories (inbound-event and identity repositories).
 */
import type { ChatAccount } from "../access/actor.js";

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
