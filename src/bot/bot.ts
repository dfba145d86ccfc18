/**
 * What every channel talks to. A channel maps its platform user to a ChatAccount, hands over the
 * text or the pressed button, and renders the messages it gets back. No channel sees the
 * database, and nothing here knows a platform.
 */
import type { ChatAccount } from "../core/access/actor.js";
import type { Message } from "../views/message.js";

export interface Turn {
  account: ChatAccount;
  /** Where the answer will be shown: a personal chat, or a place others can read. */
  place: "personal" | "shared";
  /** Language the platform reports for this user (Slack locale, Teams locale), if any. */
  platformLang?: "nl" | "en";
}

export interface ActionResult {
  /** New messages to show the person who pressed. */
  replies: Message[];
  /** A replacement for the message that held the button (Teams refresh, Slack update). */
  update?: Message;
}

export interface Bot {
  handleText(turn: Turn, text: string): Promise<Message[]>;
  /**
   * A button press or form submit: `intent` is `feature.verb`, `data` the button's own data. Both
   * come from the platform unchecked; the bot checks them against language/intents.ts.
   */
  handleAction(turn: Turn, intent: string, data: Record<string, string>): Promise<ActionResult>;
}
