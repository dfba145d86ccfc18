/**
 * Slack mrkdwn for literal user text. Slack reads `&`, `<` and `>` as control characters
 * (`<!channel>`, `<@U…>`, `<url|text>`), so they become HTML entities; `*`, `_`, `~` and backticks
 * get zero-width spaces on both sides so that no word boundary makes them formatting. Every mrkdwn
 * text object we build also sets `verbatim: true`, which stops Slack's own auto-linking of names,
 * `@here` and URLs: only the typed nodes of the message (people, links) become Slack syntax.
 */

import type { Inline } from "../../views/message.js";
import type { MrkdwnElement } from "./block-kit.types.js";

const ZWSP = "\u200B";
const SLACK_USER_ID = /^[UW][A-Z0-9]+$/;
const SAFE_URL = /^(https?:\/\/|mailto:)[^\s<>|]+$/i;
const EMAIL = /^[^\s<>|@]+@[^\s<>|@]+\.[^\s<>|@]+$/;

export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[*_~`]/g, (c) => `${ZWSP}${c}${ZWSP}`)
    .replace(/^&gt;/gm, `${ZWSP}&gt;`);
}

/** The fallback `text` of a message (notifications, screen readers): control characters escaped. */
export function escapeControl(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function inlineToMrkdwn(inline: Inline): string {
  if (typeof inline === "string") return escapeMrkdwn(inline);
  switch (inline.kind) {
    case "strong": {
      const text = inline.text.trim();
      return text ? `*${escapeMrkdwn(text)}*` : "";
    }
    case "person": {
      const userId = inline.chatIds?.slack;
      return userId && SLACK_USER_ID.test(userId) ? `<@${userId}>` : escapeMrkdwn(inline.name);
    }
    case "link":
      return SAFE_URL.test(inline.url)
        ? `<${inline.url}|${escapeMrkdwn(inline.text)}>`
        : `${escapeMrkdwn(inline.text)} (${escapeMrkdwn(inline.url)})`;
    case "phone":
      return escapeMrkdwn(inline.number);
    case "email":
      return EMAIL.test(inline.address)
        ? `<mailto:${inline.address}|${escapeMrkdwn(inline.address)}>`
        : escapeMrkdwn(inline.address);
  }
}

export function inlinesToMrkdwn(content: Inline[]): string {
  return content.map(inlineToMrkdwn).join("");
}

/**
 * Cuts mrkdwn to at most `max` characters without splitting an entity (`&amp;`), a Slack token
 * (`<@U…>`, `<url|text>`) or a surrogate pair; ends with "…" when it cut.
 */
export function cutMrkdwn(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let head = text.slice(0, max - 1);
  const amp = head.lastIndexOf("&");
  if (amp > head.lastIndexOf(";")) head = head.slice(0, amp);
  const open = head.lastIndexOf("<");
  if (open > head.lastIndexOf(">")) head = head.slice(0, open);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return { text: `${head}…`, cut: true };
}

/** Cuts plain text (button labels, titles) to `max` characters. */
export function cutPlain(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}…`;
}

export function mrkdwn(text: string): MrkdwnElement {
  return { type: "mrkdwn", text, verbatim: true };
}
