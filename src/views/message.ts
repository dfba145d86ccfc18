/**
 * The platform-neutral message every capability answers with. Channels render it: Block Kit
 * (Slack), Adaptive Cards (Teams), HTML (web), plain text (CLI). Renderers are pure functions.
 *
 * Every string in here is literal text: renderers escape it for their platform, so nothing a user
 * typed can become a mention, a link or markup. Emphasis, people and links are typed nodes.
 */

import type { ChatIds } from "../core/access/chat-channel.js";
import type { Lang } from "../core/shared/lang.js";
import type { Intent } from "../language/intents.js";

export type { Lang };

export type Inline =
  | string
  | { kind: "strong"; text: string }
  /** `chatIds` only when the person is linked on some chat platform: renderers mention them there. */
  | { kind: "person"; professionalId: string; name: string; chatIds?: ChatIds }
  | { kind: "link"; url: string; text: string }
  | { kind: "phone"; number: string }
  | { kind: "email"; address: string };

export type Block =
  | { type: "heading"; text: string }
  | { type: "text"; content: Inline[] }
  | { type: "fields"; fields: { label: string; value: Inline[] }[] }
  | { type: "context"; content: Inline[] }
  | { type: "notice"; tone: "info" | "warning" | "success" | "error"; content: Inline[] }
  | { type: "list"; items: Inline[][] }
  | { type: "divider" }
  | { type: "actions"; actions: Action[] }
  | { type: "form"; form: Form };

/**
 * A button. `intent` is `feature.verb` ("handover.start"): the same string is Slack's action_id,
 * the Teams card verb and the web action. Only a declared intent compiles (language/intents.ts),
 * and each has a handler. `data` comes back verbatim when it is pressed.
 */
export interface Action {
  intent: Intent;
  label: string;
  data: Record<string, string>;
  style?: "primary" | "danger";
  /** Asks "are you sure?" before sending. */
  confirm?: { title: string; text: string; yes: string; no: string };
}

export type FormField =
  | {
      kind: "text";
      name: string;
      label: string;
      required: boolean;
      maxLength: number;
      multiline?: boolean;
      value?: string;
      placeholder?: string;
    }
  | {
      kind: "select";
      name: string;
      label: string;
      required: boolean;
      options: { value: string; label: string }[];
      value?: string;
    }
  | { kind: "date"; name: string; label: string; required: boolean; value?: string }
  | { kind: "time"; name: string; label: string; required: boolean; value?: string }
  | { kind: "toggle"; name: string; label: string; value?: boolean };

/** A form: a modal in Slack, an input card in Teams, an inline form on the web. */
export interface Form {
  id: string;
  title: string;
  fields: FormField[];
  submit: Action;
  /** Errors from a previous submit, by field name, shown on the field that is wrong. */
  errors?: Record<string, string>;
}

export interface Message {
  lang: Lang;
  /** One line of plain text: notification preview, fallback text, CLI summary. */
  summary: string;
  blocks: Block[];
  /**
   * "private": may hold details (phone numbers, consent) and must only be shown to the recipient
   * (ephemeral in Slack, personal chat in Teams, never a shared channel).
   */
  visibility: "shared" | "private";
}

/** A professional as an inline node: channels turn it into a mention where they have an id. */
export function personInline(person: { id: string; name: string; chatIds: ChatIds }): Inline {
  const linked = Object.values(person.chatIds).some(Boolean);
  return {
    kind: "person",
    professionalId: person.id,
    name: person.name,
    ...(linked ? { chatIds: person.chatIds } : {}),
  };
}

export function textBlock(...content: Inline[]): Block {
  return { type: "text", content };
}

/** The plain characters of inline content, as used in summaries and plain-text renderers. */
export function inlineToPlain(inline: Inline): string {
  if (typeof inline === "string") return inline;
  switch (inline.kind) {
    case "strong":
      return inline.text;
    case "person":
      return inline.name;
    case "link":
      return `${inline.text} (${inline.url})`;
    case "phone":
      return inline.number;
    case "email":
      return inline.address;
  }
}
