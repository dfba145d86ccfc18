/**
 * What Slack puts around the words a person typed, taken off before the text reaches the bot:
 * the parser downstream knows no platform. Slack sends &, < and > escaped as entities, writes
 * mentions as <@U123> or <@U123|name>, channels as <#C1|name>, special mentions as <!here>, and
 * links as <https://x|label>.
 */

const MENTION = /<[@#!][^>]*>/g;
const LINK = /<(?:https?|mailto):[^>|]*(?:\|([^>]*))?>/g;

/** The words of a Slack message, as the bot reads them. */
export function slackMessageText(text: string | undefined, botUserId?: string): string {
  return stripSlackMarkup(cleanText(text, botUserId)).replace(/\s+/g, " ").trim();
}

/** Text as the user typed it: Slack's entities decoded, the mention of the bot itself removed. */
export function cleanText(text: string | undefined, botUserId?: string): string {
  let t = text ?? "";
  if (botUserId) t = t.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, "g"), " ");
  return t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
}

/** Mentions of people and channels go (they are no words of the question); a link leaves its label. */
export function stripSlackMarkup(text: string): string {
  return text
    .replace(LINK, (_m, label: string | undefined) => ` ${label ?? ""} `)
    .replace(MENTION, " ")
    .trim();
}
