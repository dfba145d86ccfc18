/**
 * Message -> Adaptive Card 1.5 (what Teams desktop and mobile render). Pure: no I/O. Buttons are
 * `Action.Execute` (Universal Actions) with `verb` = the intent and `data` = the Action's data, so
 * the bot can answer with a refreshed card in the invoke response.
 */
import type { Action, Block, Message } from "../../views/message.js";
import { renderForm } from "./form.card.js";
import { type CardElement, inlineElement, type MentionEntity, plainElement } from "./inline.card.js";

export const CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
export const CARD_VERSION = "1.5";

export interface AdaptiveCardJson {
  type: "AdaptiveCard";
  $schema: string;
  version: string;
  lang: string;
  fallbackText: string;
  body: CardElement[];
  msteams: { width: "Full"; entities?: MentionEntity[] };
  [key: string]: unknown;
}

const NOTICE_STYLE = { info: "accent", warning: "warning", success: "good", error: "attention" } as const;

/** One button as Action.Execute; a confirm becomes a ShowCard that asks first. */
export function renderAction(action: Action): CardElement {
  const execute: CardElement = {
    type: "Action.Execute",
    title: action.label,
    verb: action.intent,
    data: { ...action.data },
  };
  if (action.style === "primary") execute.style = "positive";
  if (action.style === "danger") execute.style = "destructive";
  if (!action.confirm) return execute;
  // Adaptive Cards have no confirm dialog: a ShowCard with the question and the real button.
  const { title, text, yes } = action.confirm;
  return {
    type: "Action.ShowCard",
    title: action.label,
    card: {
      type: "AdaptiveCard",
      body: [plainElement(title, { weight: "Bolder" }), plainElement(text)],
      actions: [{ ...execute, title: yes }],
    },
  };
}

function renderBlock(block: Block, mentions: MentionEntity[], lang: Message["lang"]): CardElement[] {
  switch (block.type) {
    case "heading":
      return [plainElement(block.text, { size: "Medium", weight: "Bolder" })];
    case "text":
      return [inlineElement(block.content, mentions)];
    case "context":
      return [inlineElement(block.content, mentions, { size: "Small", isSubtle: true })];
    case "notice":
      return [
        {
          type: "Container",
          style: NOTICE_STYLE[block.tone],
          items: [inlineElement(block.content, mentions)],
        },
      ];
    case "fields":
      return block.fields.map((field) => ({
        type: "ColumnSet",
        columns: [
          { type: "Column", width: "auto", items: [plainElement(field.label, { weight: "Bolder" })] },
          { type: "Column", width: "stretch", items: [inlineElement(field.value, mentions)] },
        ],
      }));
    case "list":
      return [
        {
          type: "Container",
          items: block.items.map((item) => inlineElement(["• ", ...item], mentions)),
        },
      ];
    case "divider":
      return [];
    case "actions":
      return [{ type: "ActionSet", actions: block.actions.map(renderAction) }];
    case "form":
      return renderForm(block.form, lang);
  }
}

/** Renders the body; a divider draws its line above the element that follows it. */
export function renderBody(message: Message, mentions: MentionEntity[]): CardElement[] {
  const body: CardElement[] = [];
  let separatorNext = false;
  for (const block of message.blocks) {
    if (block.type === "divider") {
      separatorNext = body.length > 0;
      continue;
    }
    const elements = renderBlock(block, mentions, message.lang);
    const first = elements[0];
    if (separatorNext && first) {
      elements[0] = { ...first, separator: true, spacing: "Medium" };
      separatorNext = false;
    }
    body.push(...elements);
  }
  return body;
}

export function renderMessageCard(message: Message): AdaptiveCardJson {
  const mentions: MentionEntity[] = [];
  const body = renderBody(message, mentions);
  const msteams: AdaptiveCardJson["msteams"] = { width: "Full" };
  if (mentions.length > 0) msteams.entities = dedupeMentions(mentions);
  return {
    type: "AdaptiveCard",
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    lang: message.lang,
    fallbackText: message.summary,
    body,
    msteams,
  };
}

function dedupeMentions(mentions: MentionEntity[]): MentionEntity[] {
  const seen = new Map<string, MentionEntity>();
  for (const m of mentions) seen.set(`${m.mentioned.id}|${m.text}`, m);
  return [...seen.values()];
}
