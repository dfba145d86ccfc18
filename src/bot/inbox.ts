/**
 * What a channel may ask about a person's inbox: the entries of the professional behind the chat
 * account. An unknown account gets null (the channel answers "not registered").
 */
import type { ChatAccount, IdentityPort } from "../core/access/actor.js";
import type { InboxEntry, InboxReader } from "../core/inbox/inbox.port.js";

export interface Inbox {
  latest(account: ChatAccount, limit?: number): Promise<InboxEntry[] | null>;
}

const MAX = 50;

export function createInbox(deps: { identities: IdentityPort; reader: InboxReader }): Inbox {
  return {
    async latest(account, limit = MAX) {
      const actor = await deps.identities.actorFor(account);
      if (!actor) return null;
      return deps.reader.latest(actor.professionalId, Math.min(Math.max(1, limit), MAX));
    },
  };
}
