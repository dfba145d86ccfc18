/**
 * Message -> Block Kit. Pure: no I/O, no Bolt. User text is escaped (mrkdwn.format.ts) and every
 * Block Kit limit is respected by cutting cleanly and adding one "… more" context line.
 */
import type { Lang } from "../../core/shared/lang.js";
import { t } from "../../views/i18n.js";
import type { Action, Block, Form, Message } from "../../views/message.js";
import type { Button, HomeView, KnownBlock } from "./block-kit.types.js";
import {
  cutMrkdwn,
  cutPlain,
  escapeControl,
  escapeMrkdwn,
  inlinesToMrkdwn,
  mrkdwn,
} from "./mrkdwn.format.js";
import { SLACK_LIMITS as L } from "./slack-limits.js";

/** action_id of the button that opens a form sent inside a message (value: `{ lang, form }`). */
export const OPEN_FORM_ACTION = "slack.open_form";

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

interface RenderState {
  lang: Lang;
  cut: boolean;
}

const TONE_EMOJI = {
  info: ":information_source:",
  warning: ":warning:",
  success: ":white_check_mark:",
  error: ":x:",
};

export function renderMessage(message: Message): SlackMessage {
  return {
    text: fallbackText(message.summary),
    blocks: renderBlocks(message.blocks, message.lang, L.messageBlocks),
  };
}

/** Blocks within `max`, ending with a "… more" line when anything was cut. */
export function renderBlocks(blocks: Block[], lang: Lang, max: number): KnownBlock[] {
  const state: RenderState = { lang, cut: false };
  return fitBlocks(
    blocks.flatMap((block) => renderBlock(block, state)),
    state,
    max,
  );
}

/** The App Home tab: the messages one after the other, within a view's 100 blocks. */
export function renderHome(messages: Message[]): HomeView {
  const lang = messages[0]?.lang ?? "nl";
  const state: RenderState = { lang, cut: false };
  const blocks = messages.flatMap((message, i) => [
    ...(i > 0 ? [{ type: "divider" } as KnownBlock] : []),
    ...message.blocks.flatMap((block) => renderBlock(block, state)),
  ]);
  return { type: "home", blocks: fitBlocks(blocks, state, L.viewBlocks) };
}

export function fallbackText(summary: string): string {
  return cutPlain(escapeControl(summary), L.fallbackText);
}

function renderBlock(block: Block, state: RenderState): KnownBlock[] {
  switch (block.type) {
    case "heading":
      return [{ type: "header", text: plain(cutPlain(block.text, L.headerText)) }];
    case "text":
      return [section(inlinesToMrkdwn(block.content), state)];
    case "notice":
      return [section(`${TONE_EMOJI[block.tone]} ${inlinesToMrkdwn(block.content)}`, state)];
    case "list":
      return [section(block.items.map((item) => `• ${inlinesToMrkdwn(item)}`).join("\n"), state)];
    case "context":
      return [
        {
          type: "context",
          elements: [mrkdwn(fitText(inlinesToMrkdwn(block.content), L.contextText, state))],
        },
      ];
    case "fields":
      return chunk(block.fields, L.fields).map((fields) => ({
        type: "section",
        fields: fields.map((f) =>
          mrkdwn(fitText(`*${escapeMrkdwn(f.label)}*\n${inlinesToMrkdwn(f.value)}`, L.fieldText, state)),
        ),
      }));
    case "divider":
      return [{ type: "divider" }];
    case "actions":
      return renderActions(block.actions, state);
    case "form":
      return renderFormInMessage(block.form, state);
  }
}

function renderActions(actions: Action[], state: RenderState): KnownBlock[] {
  return chunk(actions, L.actionsElements).map((group) => {
    const seen = new Map<string, number>();
    const elements = group.flatMap((action) => {
      const n = (seen.get(action.intent) ?? 0) + 1;
      seen.set(action.intent, n);
      const made = actionButton(action, actionIdFor(action.intent, n));
      if (!made) state.cut = true;
      return made ? [made] : [];
    });
    return { type: "actions", elements };
  });
}

/**
 * action_id is the intent; Slack wants it unique within a block, so a second button with the same
 * intent gets "~2" (intentFromActionId strips it again).
 */
export function actionIdFor(intent: string, occurrence: number): string {
  return occurrence <= 1 ? intent : `${intent}~${occurrence}`;
}

export function intentFromActionId(actionId: string): string {
  return actionId.replace(/~\d+$/, "");
}

/** A button for an Action, or undefined when its data does not fit Slack's 2000-char value. */
export function actionButton(action: Action, actionId: string): Button | undefined {
  const value = JSON.stringify(action.data);
  if (value.length > L.buttonValue || actionId.length > L.actionId) return undefined;
  const button: Button = {
    type: "button",
    action_id: actionId,
    text: plain(cutPlain(action.label, L.buttonText)),
    value,
  };
  if (action.style) button.style = action.style;
  if (action.confirm) {
    button.confirm = {
      title: plain(cutPlain(action.confirm.title, L.confirmTitle)),
      text: plain(cutPlain(action.confirm.text, L.confirmText)),
      confirm: plain(cutPlain(action.confirm.yes, L.confirmButton)),
      deny: plain(cutPlain(action.confirm.no, L.confirmButton)),
    };
  }
  return button;
}

/** A message cannot hold a working form: it shows a button that opens it as a modal. */
function renderFormInMessage(form: Form, state: RenderState): KnownBlock[] {
  const title = section(`*${escapeMrkdwn(form.title)}*`, state);
  const value = JSON.stringify({ lang: state.lang, form });
  if (value.length > L.buttonValue) {
    return [
      title,
      { type: "context", elements: [mrkdwn(escapeMrkdwn(t(state.lang, "channel.form-too-large")))] },
    ];
  }
  const open: Button = {
    type: "button",
    action_id: OPEN_FORM_ACTION,
    text: plain(t(state.lang, "channel.open-form")),
    value,
    style: "primary",
  };
  return [title, { type: "actions", elements: [open] }];
}

function section(text: string, state: RenderState): KnownBlock {
  return { type: "section", text: mrkdwn(fitText(text || " ", L.sectionText, state)) };
}

function fitText(text: string, max: number, state: RenderState): string {
  const result = cutMrkdwn(text, max);
  if (result.cut) state.cut = true;
  return result.text;
}

function fitBlocks(blocks: KnownBlock[], state: RenderState, max: number): KnownBlock[] {
  const over = blocks.length > max;
  if (!over && !state.cut) return blocks;
  const kept = blocks.slice(0, over || blocks.length === max ? max - 1 : blocks.length);
  return [...kept, { type: "context", elements: [mrkdwn(escapeMrkdwn(t(state.lang, "channel.shortened")))] }];
}

export function plain(text: string): { type: "plain_text"; text: string; emoji: boolean } {
  return { type: "plain_text", text: text || " ", emoji: true };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
