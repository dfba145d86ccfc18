/**
 * The outcome form: outcome text, who attended (a toggle per professional) and up to three
 * action points (text, owner, due date). A row with only some of its fields filled is shown
 * again with the problem on the field; the rules themselves live in consult-agenda.policy.ts.
 */

import type { ActionHandler } from "../../../bot/handler.js";
import { t } from "../../../views/i18n.js";
import type { ActionPointInput } from "../core/consult-agenda.policy.js";
import { refusalText } from "../views/consult-answer.view.js";
import { OUTCOME_ACTION_ROWS, outcomeForm } from "../views/consult-forms.view.js";
import { answered, replies } from "./consult-replies.js";

export const outcome: ActionHandler<"consult.outcome"> = async (ctx, data) => {
  const { consultId } = data;
  const current = await ctx.deps.consults.show(ctx.caller, consultId);
  if (data.submitted !== "true") return replies([outcomeForm(current.consult, ctx.lang)]);
  const { points, errors } = actionPoints(data, t(ctx.lang, "consult.required"));
  if (Object.keys(errors).length > 0) return replies([outcomeForm(current.consult, ctx.lang, errors)]);
  const attendedIds = current.consult.participants.flatMap((p) =>
    p.professionalId && data[`attended.${p.professionalId}`] === "true" ? [p.professionalId] : [],
  );
  const answer = await ctx.deps.consults.recordOutcome(ctx.caller, {
    consultId,
    outcome: (data.outcome ?? "").slice(0, 5000),
    actionPoints: points,
    attendedIds,
  });
  if (answer.refusal?.kind === "outcome" && answer.refusal.refusal.kind === "action-point-invalid") {
    const field = `action${answer.refusal.refusal.index + 1}.text`;
    const text = refusalText(answer.refusal, answer, ctx.lang);
    return replies([outcomeForm(answer.consult, ctx.lang, { [field]: text })]);
  }
  return answered(ctx, answer);
};

function actionPoints(
  data: Record<string, string>,
  missing: string,
): { points: ActionPointInput[]; errors: Record<string, string> } {
  const points: ActionPointInput[] = [];
  const errors: Record<string, string> = {};
  for (let n = 1; n <= OUTCOME_ACTION_ROWS; n += 1) {
    const text = (data[`action${n}.text`] ?? "").trim();
    const ownerId = (data[`action${n}.owner`] ?? "").trim();
    const dueOn = (data[`action${n}.due`] ?? "").trim();
    if (!text && !ownerId && !dueOn) continue;
    if (!text) errors[`action${n}.text`] = missing;
    else if (!ownerId) errors[`action${n}.owner`] = missing;
    else if (!dueOn) errors[`action${n}.due`] = missing;
    else points.push({ ownerId, text: text.slice(0, 1000), dueOn: dueOn.slice(0, 10) });
  }
  return { points, errors };
}
