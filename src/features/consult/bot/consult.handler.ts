/**
 * "plan palliatief consult voor WYC-021 volgende week", "mijn consulten", "mijn taken", and the
 * consult's buttons and forms. Their payloads are checked against consult.intents.ts before a
 * handler runs. A form button first answers with the form; its submit does the work.
 */
import type { Capability, HandlerContext } from "../../../bot/handler.js";
import { AppError } from "../../../core/shared/app-error.js";
import { noticeMessage } from "../../../views/common.view.js";
import { t } from "../../../views/i18n.js";
import { icsMessage, relativesMessage } from "../views/consult.view.js";
import { answerView, planView } from "../views/consult-answer.view.js";
import { addParticipantForm, agendaForm, rescheduleForm } from "../views/consult-forms.view.js";
import { attendanceView, myConsultsView, myTasksView } from "../views/consult-lists.view.js";
import { outcome } from "./consult-outcome.handler.js";
import { answered, replies } from "./consult-replies.js";

const show = (ctx: HandlerContext, consultId: string) => ctx.deps.consults.show(ctx.caller, consultId);

export const consults: Capability = {
  name: "consult",
  commands: {
    "consult.plan": async (ctx, command) => {
      if (!command.caseCode) return [noticeMessage(ctx.lang, "info", t(ctx.lang, "consult.plan.which-case"))];
      const result = await ctx.deps.consults.plan(ctx.caller, command.caseCode, command.windowText);
      return planView(result, ctx.lang, ctx.caller.actor.professionalId, command.windowText);
    },
    "consults.mine": async (ctx) => [myConsultsView(await ctx.deps.consults.mine(ctx.caller), ctx.lang)],
    "tasks.mine": async (ctx) => [myTasksView(await ctx.deps.consults.tasks(ctx.caller), ctx.lang)],
  },
  actions: {
    "consult.show": async (ctx, { consultId }) =>
      answered(ctx, { ...(await show(ctx, consultId)), ics: null, forwardToRelatives: false }),
    "consult.vote": async (ctx, data) => answered(ctx, await ctx.deps.consults.vote(ctx.caller, data)),
    "consult.confirm": async (ctx, data) => answered(ctx, await ctx.deps.consults.confirm(ctx.caller, data)),
    "consult.cancel": async (ctx, { consultId }) =>
      answered(ctx, await ctx.deps.consults.cancel(ctx.caller, consultId)),
    "consult.reschedule": async (ctx, data) => {
      if (data.submitted !== "true")
        return replies([rescheduleForm((await show(ctx, data.consultId)).consult, ctx.lang)]);
      const { consultId, date, time } = data;
      const answer = await ctx.deps.consults.reschedule(ctx.caller, { consultId, date, time });
      if (answer.refusal?.kind === "slot") {
        const error = answerView(answer, ctx.lang, ctx.caller.actor.professionalId)[0]!.summary;
        return replies([rescheduleForm(answer.consult, ctx.lang, { time: error })]);
      }
      return answered(ctx, answer);
    },
    "consult.agenda-add": async (ctx, data) => {
      if (data.submitted !== "true")
        return replies([agendaForm((await show(ctx, data.consultId)).consult, ctx.lang)]);
      return answered(ctx, await ctx.deps.consults.addAgendaItem(ctx.caller, data.consultId, data.text));
    },
    "consult.outcome": outcome,
    "consult.attendance": async (ctx, { consultId }) => {
      const list = await ctx.deps.consults.attendance(ctx.caller, consultId);
      if (!list)
        return replies([
          noticeMessage(ctx.lang, "warning", t(ctx.lang, "consult.attendance.not-member"), "private"),
        ]);
      return replies([attendanceView(list, ctx.lang)]);
    },
    "consult.invite": async (ctx, { consultId }) => {
      const answer = await show(ctx, consultId);
      return answer.ics ? replies([icsMessage(answer.ics, ctx.lang)]) : answered(ctx, answer);
    },
    "consult.relatives": async (ctx, { consultId }) => {
      const answer = await show(ctx, consultId);
      if (!answer.forwardToRelatives)
        return replies([noticeMessage(ctx.lang, "warning", t(ctx.lang, "consult.refused.not-organiser"))]);
      return replies([relativesMessage(answer.consult, answer.ics, ctx.lang)]);
    },
    "consult.participant-add": async (ctx, data) => {
      const { consult } = await show(ctx, data.consultId);
      if (data.submitted !== "true") {
        const record = await ctx.deps.cases.show(ctx.caller, consult.caseCode);
        const roster = record.members.map((m) => ({ professionalId: m.id, name: m.name, role: m.role }));
        return replies([addParticipantForm(consult, roster, ctx.lang)]);
      }
      const professionalId = (data.professionalId ?? "").trim();
      const label = (data.relativeLabel ?? "").trim();
      const edit = professionalId
        ? {
            kind: "add-professional" as const,
            professionalId,
            role: await roleOnCase(ctx, consult.caseCode, professionalId),
            required: false,
          }
        : { kind: "add-relative" as const, label };
      return answered(ctx, await ctx.deps.consults.editParticipant(ctx.caller, data.consultId, edit));
    },
    "consult.participant-remove": async (ctx, { consultId, participantId }) =>
      answered(
        ctx,
        await ctx.deps.consults.editParticipant(ctx.caller, consultId, { kind: "remove", participantId }),
      ),
    "consult.participant-required": async (ctx, { consultId, participantId, required }) => {
      const edit = { kind: "set-required" as const, participantId, required: required === "true" };
      return answered(ctx, await ctx.deps.consults.editParticipant(ctx.caller, consultId, edit));
    },
  },
};

/** Only people on the case roster can be added; anyone else is refused like an unknown person. */
async function roleOnCase(ctx: HandlerContext, code: string, professionalId: string): Promise<string> {
  const record = await ctx.deps.cases.show(ctx.caller, code);
  const member = record.members.find((m) => m.id === professionalId);
  if (!member) {
    throw new AppError("INPUT_INVALID", "participant not on the case roster", {
      userMessageKey: "error.input-invalid",
      details: { detail: professionalId.slice(0, 40) },
    });
  }
  return member.role;
}
