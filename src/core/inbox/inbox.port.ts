/**
 * The web inbox: every notification a professional got, whatever their chat channel (the outbox
 * job files each notice here first). Read through the bot's inbox, which maps the chat account to
 * the professional and renders each notice in the language they read now, so a channel never
 * reads the database.
 */
import type { Notice } from "../notices/notices.js";

export interface InboxEntry {
  id: string;
  createdAt: Date;
  notice: Notice;
}

export interface InboxReader {
  /** The newest entries first; entries that hold no notice (filed before #12) are left out. */
  latest(professionalId: string, limit: number): Promise<InboxEntry[]>;
}
