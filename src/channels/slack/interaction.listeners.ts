/**
 * Buttons (block_actions) and modal submissions (view_submission). A button's action_id is the
 * intent (`feature.verb`) and its value the Action's data as JSON; a modal's private_metadata
 * carries the form's submit action, and its fields add to that data.
 */
import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  RespondFn,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { ActionResult } from "../../bot/bot.js";
import { AppError } from "../../core/shared/app-error.js";
import { errorText } from "../../views/error-text.js";
import type { Message } from "../../views/message.js";
import { publishHome, type SlackListenerContext } from "./conversation.listeners.js";
import {
  errorsForView,
  formToModal,
  parseFormButtonValue,
  parseModalMetadata,
  readSubmission,
} from "./form.modal.js";
import { intentFromActionId, OPEN_FORM_ACTION, renderMessage, type SlackMessage } from "./message.blocks.js";
import { dmRoute, formIn, openForm, type ReplyRoute, sendReplies } from "./slack-replies.js";
import { isDirectMessage, parseStringRecord, slackTurn } from "./slack-turn.js";

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;
type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function registerInteractionListeners(app: App, ctx: SlackListenerContext): void {
  app.action<BlockAction<ButtonAction>>({ type: "block_actions" }, (args) => onButton(ctx, args));
  app.view<ViewSubmitAction>({ type: "view_submission", callback_id: /.+/ }, (args) => onSubmit(ctx, args));
}

async function onButton(
  ctx: SlackListenerContext,
  { ack, body, action, respond }: ButtonArgs,
): Promise<void> {
  await ack();
  if (action.type !== "button") return;
  if (action.action_id === OPEN_FORM_ACTION) {
    const opened = parseFormButtonValue(action.value);
    if (!opened) throw new AppError("INPUT_INVALID", "open-form button with an unreadable form");
    await openForm(ctx.api, body.trigger_id, opened.form, opened.lang, body.channel?.id);
    return;
  }
  const data = parseStringRecord(action.value ?? "{}");
  if (!data) throw new AppError("INPUT_INVALID", `button ${action.action_id} with unreadable data`);
  const teamId = body.team?.id ?? body.user.team_id ?? "";
  // A button on a message others can read is pressed in a shared place: the bot keeps case data private.
  const place = visibleToOthers(body) ? "shared" : "personal";
  const turn = slackTurn(teamId, body.user.id, place, (body.user as { locale?: unknown }).locale);
  const result = await ctx.bot.handleAction(turn, intentFromActionId(action.action_id), data);
  await deliverActionResult(ctx, body, result, respond);
}

async function onSubmit(ctx: SlackListenerContext, { ack, body, view }: SubmitArgs): Promise<void> {
  const meta = parseModalMetadata(view.private_metadata);
  if (!meta) {
    await ack();
    throw new AppError("INPUT_INVALID", `modal ${view.callback_id} without Wijkbot metadata`);
  }
  const blockIds = Object.keys(view.state.values);
  const turn = slackTurn(body.team?.id ?? body.user.team_id ?? "", body.user.id, "personal");
  let result: ActionResult;
  try {
    result = await ctx.bot.handleAction(turn, meta.intent, {
      ...meta.data,
      ...readSubmission(view.state.values),
    });
  } catch (error) {
    // Slack keeps the modal open with this line on it; the boundary logs the error.
    const errors = errorsForView({ form: errorText(meta.lang, error) }, blockIds);
    await ack(Object.keys(errors).length > 0 ? { response_action: "errors", errors } : undefined);
    throw error;
  }
  const replies = result.update ? [result.update, ...result.replies] : result.replies;
  const next = replies.map((m) => ({ message: m, form: formIn(m) })).find((r) => r.form);
  if (next?.form?.errors && Object.keys(next.form.errors).length > 0) {
    await ack({ response_action: "errors", errors: errorsForView(next.form.errors, blockIds) });
    return;
  }
  if (next?.form) {
    const nextMeta = { ...meta, intent: next.form.submit.intent, data: next.form.submit.data };
    await ack({ response_action: "update", view: formToModal(next.form, nextMeta) });
  } else {
    await ack();
  }
  // Whatever else the bot says after a modal goes to the user's DM: a modal has no channel.
  const rest = replies.filter((m) => m !== next?.message);
  await sendReplies(ctx.api, rest, dmRoute(ctx.api, body.user.id));
}

async function deliverActionResult(
  ctx: SlackListenerContext,
  body: BlockAction,
  result: ActionResult,
  respond: RespondFn,
): Promise<void> {
  const channelId: string | undefined = body.channel?.id ?? body.container.channel_id;
  if (body.container.type !== "message" || !body.response_url) {
    // A button on the Home tab or in a modal: answers go to the DM, and the Home tab is redrawn.
    const replies = result.update ? [...result.replies, result.update] : result.replies;
    await sendReplies(ctx.api, replies, dmRoute(ctx.api, body.user.id, body.trigger_id));
    if (body.view?.type === "home") await publishHome(ctx, body.team?.id ?? "", body.user.id);
    return;
  }
  const dm = isDirectMessage(channelId);
  const replies: Message[] = [...result.replies];
  if (result.update) {
    // The original message may be seen by the whole channel: a private update may not replace it.
    if (result.update.visibility === "private" && visibleToOthers(body)) replies.unshift(result.update);
    else await respond({ replace_original: true, ...renderMessage(result.update) });
  }
  await sendReplies(ctx.api, replies, buttonRoute(ctx, body, respond, dm, channelId));
}

/** In a DM the answers are posted there; in a channel only the presser sees them (ephemeral). */
function buttonRoute(
  ctx: SlackListenerContext,
  body: BlockAction,
  respond: RespondFn,
  dm: boolean,
  channelId: string | undefined,
): ReplyRoute {
  if (dm && channelId) {
    const post = (p: SlackMessage) =>
      ctx.api.chat.postMessage({ channel: channelId, ...p, unfurl_links: false });
    return { shared: post, private: post, triggerId: body.trigger_id, channelId };
  }
  const ephemeral = (p: SlackMessage) =>
    respond({ response_type: "ephemeral", replace_original: false, ...p });
  return {
    shared: ephemeral,
    private: ephemeral,
    triggerId: body.trigger_id,
    ...(channelId ? { channelId } : {}),
  };
}

/** A button on a message in a channel, group DM or shared channel that is not ephemeral. */
function visibleToOthers(body: BlockAction): boolean {
  if (body.container.type !== "message" || !body.response_url) return false;
  const channelId: string | undefined = body.channel?.id ?? body.container.channel_id;
  return !isDirectMessage(channelId) && body.container.is_ephemeral !== true;
}
