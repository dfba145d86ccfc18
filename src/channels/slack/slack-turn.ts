/**
 * Slack payload -> the bot's Turn: the account (workspace + user), where the answer shows, and the
 * language Slack reports. The text itself is cleaned in slack-markup.ts.
 */
import type { Turn } from "../../bot/bot.js";
import type { Lang } from "../../core/shared/lang.js";

export function slackTurn(teamId: string, userId: string, place: Turn["place"], locale?: unknown): Turn {
  const turn: Turn = { account: { channel: "slack", tenant: teamId, externalId: userId }, place };
  const lang = langFromLocale(locale);
  if (lang) turn.platformLang = lang;
  return turn;
}

/** Slack locales look like "en-US", "nl-NL"; anything else leaves the choice to the bot. */
export function langFromLocale(locale: unknown): Lang | undefined {
  if (typeof locale !== "string") return undefined;
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return base === "en" ? "en" : base === "nl" ? "nl" : undefined;
}

/** A Slack DM channel id starts with D: what is shown there only the user (and the bot) sees. */
export function isDirectMessage(channelId: string | undefined): boolean {
  return typeof channelId === "string" && channelId.startsWith("D");
}

/** A button's value back to the Action's data; anything that is not a flat string map is refused. */
export function parseStringRecord(raw: unknown): Record<string, string> | undefined {
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== "string") return undefined;
    out[k] = v;
  }
  return out;
}
