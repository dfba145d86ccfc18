/** How the consult handlers answer a button: a list of messages, or the consult as it now stands. */
import type { ActionResult } from "../../../bot/bot.js";
import type { HandlerContext } from "../../../bot/handler.js";
import type { ConsultAnswer } from "../core/consult.result.js";
import { answerView } from "../views/consult-answer.view.js";

export const replies = (messages: ActionResult["replies"]): ActionResult => ({ replies: messages });

/** The consult as the actor now sees it, with the buttons that fit their part in it. */
export const answered = (ctx: HandlerContext, answer: ConsultAnswer): ActionResult =>
  replies(answerView(answer, ctx.lang, ctx.caller.actor.professionalId));
