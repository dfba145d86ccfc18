/**
 * The message extension's search command ("lookup"): "who handles X in wijk Y" from the compose
 * box, answered with cards the person can insert into any conversation. Inserted cards are seen
 * by everyone there, so private answers are never offered.
 */
import { CardFactory, type MessagingExtensionResult, type TurnContext } from "botbuilder";
import type { Turn } from "../../bot/bot.js";
import { t } from "../../views/i18n.js";
import { renderMessageCard } from "./message.card.js";
import type { RouteDeps } from "./teams.deps.js";
import { turnOf } from "./teams.turn.js";

/** "schulden in Wyckerpoort" becomes a lookup question, unless it already is one. */
export function lookupText(query: string, lang: Turn["platformLang"]): string {
  if (/^(wie|who)\b/i.test(query)) return query;
  return lang === "en" ? `who handles ${query}` : `wie doet ${query}`;
}

function message(text: string): MessagingExtensionResult {
  return { type: "message", text };
}

export async function lookupQuery(
  ctx: TurnContext,
  parameters: Record<string, unknown>,
  deps: RouteDeps,
): Promise<MessagingExtensionResult> {
  const turn: Turn = { ...turnOf(ctx.activity), place: "shared" };
  const query = String(parameters.query ?? "").trim();
  if (!query || String(parameters.initialRun) === "true")
    return message(t(turn.platformLang ?? "nl", "channel.search-hint"));
  const answers = await deps.bot.handleText(turn, lookupText(query, turn.platformLang));
  const shareable = answers.filter((m) => m.visibility === "shared");
  if (shareable.length === 0) return message(t(turn.platformLang ?? "nl", "channel.nothing-to-insert"));
  return {
    type: "result",
    attachmentLayout: "list",
    attachments: shareable.map((m) => ({
      ...CardFactory.adaptiveCard(renderMessageCard(m)),
      preview: CardFactory.thumbnailCard(m.summary),
    })),
  };
}
