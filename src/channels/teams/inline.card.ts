/**
 * Inline content -> Adaptive Card text elements. Everything in a Message is literal text, so the
 * default is a RichTextBlock of TextRuns: TextRuns are never parsed as Markdown (Adaptive Cards
 * spec), which is the only escape that works alike on Teams desktop, iOS and Android (backslash
 * escapes do not). Only a line that mentions a Teams user needs a Markdown TextBlock, because
 * Teams replaces `<at>…</at>` in TextBlocks only; there every user-typed character is escaped.
 */
import type { Inline } from "../../views/message.js";

export type CardElement = Record<string, unknown>;

/** A Teams mention entity, listed in the card's `msteams.entities`. */
export interface MentionEntity {
  type: "mention";
  text: string;
  mentioned: { id: string; name: string };
}

export interface TextStyle {
  size?: "Small" | "Default" | "Medium" | "Large";
  weight?: "Bolder";
  isSubtle?: boolean;
  color?: "Good" | "Warning" | "Attention" | "Accent";
}

// U+2060 WORD JOINER: invisible, but `<⁠at>` no longer matches Teams' mention tag.
const WORD_JOINER = "\u2060";

/** Breaks `<at>`/`</at>` so Teams never turns typed text into a mention. */
export function neutraliseMentionTags(text: string): string {
  return text.replace(/<(\/?)(at)\b/gi, `<${WORD_JOINER}$1$2`);
}

/**
 * Escapes literal text for a Markdown TextBlock: Markdown punctuation gets a backslash, a line
 * that starts like a list or heading gets its marker escaped, and HTML is entity-encoded (so
 * `<at>` cannot form a mention tag and `<b>` stays text).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\*_[\]()#`~|!]/g, "\\$&")
    .replace(/^(\s*)([-+])(?=\s)/gm, "$1\\$2")
    .replace(/^(\s*\d+)\.(?=\s)/gm, "$1\\.");
}

function hrefOf(inline: Exclude<Inline, string>): string | undefined {
  switch (inline.kind) {
    case "link":
      // Only web links: a `javascript:` or `file:` URL from imported data must not become a button.
      return /^https?:\/\//i.test(inline.url) ? inline.url : undefined;
    case "phone":
      return `tel:${inline.number.replace(/[^\d+]/g, "")}`;
    case "email":
      return /^[^\s@<>()]+@[^\s@<>()]+$/.test(inline.address) ? `mailto:${inline.address}` : undefined;
    default:
      return undefined;
  }
}

function visibleText(inline: Exclude<Inline, string>): string {
  switch (inline.kind) {
    case "strong":
    case "link":
      return inline.text;
    case "person":
      return inline.name;
    case "phone":
      return inline.number;
    case "email":
      return inline.address;
  }
}

function textRun(inline: Inline, style: TextStyle): CardElement {
  if (typeof inline === "string") return { type: "TextRun", text: neutraliseMentionTags(inline), ...style };
  const run: CardElement = { type: "TextRun", text: neutraliseMentionTags(visibleText(inline)), ...style };
  if (inline.kind === "strong" || inline.kind === "person") run.weight = "Bolder";
  const href = hrefOf(inline);
  if (href) run.selectAction = { type: "Action.OpenUrl", url: href };
  return run;
}

/** The name as it appears between `<at>` tags; it must equal the entity's text exactly. */
function mentionText(name: string): string {
  return `<at>${name.replace(/[<>&]/g, "")}</at>`;
}

function markdownOf(inline: Inline, mentions: MentionEntity[]): string {
  if (typeof inline === "string") return escapeMarkdown(inline);
  if (inline.kind === "person" && inline.chatIds?.teams) {
    const text = mentionText(inline.name);
    mentions.push({ type: "mention", text, mentioned: { id: inline.chatIds.teams, name: inline.name } });
    return text;
  }
  const label = escapeMarkdown(visibleText(inline));
  if (inline.kind === "strong" || inline.kind === "person") return `**${label}**`;
  const href = hrefOf(inline);
  return href
    ? `[${label}](${encodeURI(href).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)})`
    : label;
}

function hasMention(content: Inline[]): boolean {
  return content.some((i) => typeof i !== "string" && i.kind === "person" && Boolean(i.chatIds?.teams));
}

/**
 * One paragraph of inline content. Mentions found are appended to `mentions`, which the message
 * renderer puts in `msteams.entities`.
 */
export function inlineElement(
  content: Inline[],
  mentions: MentionEntity[],
  style: TextStyle = {},
): CardElement {
  if (hasMention(content)) {
    const text = content.map((i) => markdownOf(i, mentions)).join("");
    return { type: "TextBlock", text, wrap: true, ...style };
  }
  return { type: "RichTextBlock", inlines: content.map((i) => textRun(i, style)) };
}

/** Plain literal text as one element (headings, labels). */
export function plainElement(text: string, style: TextStyle = {}): CardElement {
  return {
    type: "RichTextBlock",
    inlines: [{ type: "TextRun", text: neutraliseMentionTags(text), ...style }],
  };
}
