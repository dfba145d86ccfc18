/**
 * What a channel may ask about a person's inbox: the entries of the professional behind the chat
 * account, each notice rendered in the language that person reads now. An unknown account gets
 * null (the channel answers "not registered").
 */
import type { ChatAccount, IdentityPort } from "../core/access/actor.js";
import type { InboxReader } from "../core/inbox/inbox.port.js";
import { preferredLang } from "../core/shared/lang.js";
import type { Message } from "../views/message.js";
import { renderNotice } from "../views/notice.view.js";

export interface InboxMessage {
  id: string;
  createdAt: Date;
  message: Message;
}

export interface Inbox {
  latest(account: ChatAccount, limit?: number): Promise<InboxMessage[] | null>;
}

const MAX = 50;

export function createInbox(deps: { identities: IdentityPort; reader: InboxReader }): Inbox {
  return {
    async latest(account, limit = MAX) {
      const actor = await deps.identities.actorFor(account);
      if (!actor) return null;
      const entries = await deps.reader.latest(actor.professionalId, Math.min(Math.max(1, limit), MAX));
      const lang = preferredLang(actor.locale);
      return entries.map(({ id, createdAt, notice }) => ({
        id,
        createdAt,
        message: renderNotice(notice, lang),
      }));
    },
  };
}
