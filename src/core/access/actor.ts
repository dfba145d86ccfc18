import type { Lang } from "../shared/lang.js";
import type { AccountChannel } from "./chat-channel.js";

/** The professional behind a chat message, with what decides what they may see. */
export interface Actor {
  professionalId: string;
  name: string;
  organisationId: string | null;
  /** Preferred language of answers; null = follow the wording of the question. */
  locale: Lang | null;
  /** Wijken the professional works in. */
  wijkIds: string[];
  /** Wijken they coordinate (empty unless coordinator). */
  coordinatorOf: string[];
  /** CBS code of the municipality they are network coordinator of. */
  networkMunicipality: string | null;
  isAdmin: boolean;
}

/** How a message reached us: the channel, and the account on it. */
export interface ChatAccount {
  channel: AccountChannel;
  /** Slack team id, Teams tenant id; "" where the channel has none. */
  tenant: string;
  externalId: string;
  /**
   * The platform vouches for `tenant` (Teams: the authenticated activity's tenant): a linked
   * identity that names no tenant is bound to this one at first use, so that the same id from
   * another tenant is a stranger afterwards (issue #15).
   */
  tenantVouched?: boolean;
}

export interface IdentityPort {
  /** The active professional linked to this chat account, or null when unknown. */
  actorFor(account: ChatAccount): Promise<Actor | null>;
  actorById(professionalId: string): Promise<Actor | null>;
  setLocale(professionalId: string, lang: Lang): Promise<void>;
}
