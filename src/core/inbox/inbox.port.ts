/**
 * The web inbox: every notification a professional got, whatever their chat channel (the outbox
 * job files each one here first). Read through the bot's inbox, which maps the chat account to
 * the professional, so a channel never reads the database.
 */
import type { Message } from "../../views/message.js";

export interface InboxEntry {
  id: string;
  createdAt: Date;
  message: Message;
}

export interface InboxReader {
  /** The newest entries first. */
  latest(professionalId: string, limit: number): Promise<InboxEntry[]>;
}
