/**
 * "plan palliatief consult voor WYC-021 volgende week", "mijn consulten", "mijn taken", and the
 * consult's buttons and forms. Button data comes back from the chat platform: it is validated
 * here before it reaches the service. A form button first answers with the form; its submit
 * (data.submitted = "true") does the work.
 */
import { z } from "zod/v4";
import type { ActionResult } from "../../../bot/bot.js";
import type { ActionHandler, Capability, HandlerContext } from "../../../bot/handler.js";
import { AppError } from "../../../core/shared/app-error.js";
import { noticeMessage } from "../../../views/common.view.js";
import { VOTE_ANSWERS } from "../core/vote.policy.js";
import { ct } from "../views/consult.texts.js";
import { icsMessage, relativesMessage } from "../views/consult.view.js";
import { answerView, planView } from "../views/consult-answer.view.js";
import { addParticipantForm, agendaForm, rescheduleForm } from "../views/consult-forms.view.js";
import { attendanceView, myConsultsView, myTasksView } from "../views/consult-lists.view.js";
import { parseData, replies } from "./consult-input.js";
import { outcome } from "./consult-outcome.handler.js";

const id = z.string().min(1).max(80);
const consultData = z.object({ consultId: id });
const slotData = consultData.extend({ slotId: id });

function withConsult(
  work: (ctx: HandlerContext, consultId: string, data: Record<string, string>) => Promise<ActionResult>,
): ActionHandler {
  return (ctx, data) => work(ctx, parseData(consultData, data).consultId, data);
}

const show = (ctx: HandlerContext, consultId: string) => ctx.deps.consults.show(ctx.caller, consultId);

export const consults: Capability = {
  commands: {
    "consult.plan": async (ctx, command) => {
      if (!command.caseCode) return [noticeMessage(ctx.lang, "info", ct(ctx.lang, "plan.which-case"))];
      const result = await ctx.deps.consults.plan(ctx.caller, command.caseCode, command.windowText);
      return planView(result, ctx.lang, ctx.caller.actor.professionalId, command.windowText);
    },
    "consults.mine": async (ctx) => [myConsultsView(await ctx.deps.consults.mine(ctx.caller), ctx.lang)],
    "tasks.mine": async (ctx) => [myTasksView(await ctx.deps.consults.tasks(ctx.caller), ctx.lang)],
  },
  actions: {
    "consult.show": withConsult(async (ctx, consultId) => {
      const answer = await show(ctx, consultId);
      return replies(
        answerView(
          { ...answer, ics: null, forwardToRelatives: false },
          ctx.lang,
          ctx.caller.actor.professionalId,
        ),
      );
    }),
    "consult.vote": async (ctx, data) => {
      const input = parseData(
        slotData.extend({ answer: z.enum(VOTE_ANSWERS as ["yes", "no", "if-needed"]) }),
        data,
      );
      const answer = await ctx.deps.consults.vote(ctx.caller, input);
      return replies(answerView(answer, ctx.lang, ctx.caller.actor.professionalId));
    },
    "consult.confirm": async (ctx, data) => {
      const answer = await ctx.deps.consults.confirm(ctx.caller, parseData(slotData, data));
      return replies(answerView(answer, ctx.lang, ctx.caller.actor.professionalId));
    },
    "consult.cancel": withConsult(async (ctx, consultId) =>
      replies(
        answerView(
          await ctx.deps.consults.cancel(ctx.caller, consultId),
          ctx.lang,
          ctx.caller.actor.professionalId,
        ),
      ),
    ),
    "consult.reschedule": withConsult(async (ctx, consultId, data) => {
      if (data.submitted !== "true")
        return replies([rescheduleForm((await show(ctx, consultId)).consult, ctx.lang)]);
      const input = parseData(
        consultData.extend({ date: z.string().max(10), time: z.string().max(5) }),
        data,
      );
      const answer = await ctx.deps.consults.reschedule(ctx.caller, input);
      if (answer.refusal?.kind === "slot") {
        const error = answerView(answer, ctx.lang, ctx.caller.actor.professionalId)[0]!.summary;
        return replies([rescheduleForm(answer.consult, ctx.lang, { time: error })]);
      }
      return replies(answerView(answer, ctx.lang, ctx.caller.actor.professionalId));
    }),
    "consult.agenda-add": withConsult(async (ctx, consultId, data) => {
      if (data.submitted !== "true")
        return replies([agendaForm((await show(ctx, consultId)).consult, ctx.lang)]);
      const text = parseData(consultData.extend({ text: z.string().max(2000) }), data).text;
      const answer = await ctx.deps.consults.addAgendaItem(ctx.caller, consultId, text);
      return replies(answerView(answer, ctx.lang, ctx.caller.actor.professionalId));
    }),
    "consult.outcome": outcome,
    "consult.attendance": withConsult(async (ctx, consultId) => {
      const list = await ctx.deps.consults.attendance(ctx.caller, consultId);
      if (!list)
        return replies([
          noticeMessage(ctx.lang, "warning", ct(ctx.lang, "attendance.not-member"), "private"),
        ]);
      return replies([attendanceView(list, ctx.lang)]);
    }),
    "consult.invite": withConsult(async (ctx, consultId) => {
      const answer = await show(ctx, consultId);
      return replies(
        answer.ics
          ? [icsMessage(answer.ics, ctx.lang)]
          : answerView(answer, ctx.lang, ctx.caller.actor.professionalId),
      );
    }),
    "consult.relatives": withConsult(async (ctx, consultId) => {
      const answer = await show(ctx, consultId);
      if (!answer.forwardToRelatives)
        return replies([noticeMessage(ctx.lang, "warning", ct(ctx.lang, "refused.not-organiser"))]);
      return replies([relativesMessage(answer.consult, answer.ics, ctx.lang)]);
    }),
    "consult.participant-add": withConsult(async (ctx, consultId, data) => {
      const { consult } = await show(ctx, consultId);
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
      const answer = await ctx.deps.consults.editParticipant(ctx.caller, consultId, edit);
      return replies(answerView(answer, ctx.lang, ctx.caller.actor.professionalId));
    }),
    "consult.participant-remove": withConsult(async (ctx, consultId, data) => {
      const { participantId } = parseData(consultData.extend({ participantId: id }), data);
      const answer = await ctx.deps.consults.editParticipant(ctx.caller, consultId, {
        kind: "remove",
        participantId,
      });
      return replies(answerView(answer, ctx.lang, ctx.caller.actor.professionalId));
    }),
    "consult.participant-required": withConsult(async (ctx, consultId, data) => {
      const input = parseData(
        consultData.extend({ participantId: id, required: z.enum(["true", "false"]) }),
        data,
      );
      const edit = {
        kind: "set-required" as const,
        participantId: input.participantId,
        required: input.required === "true",
      };
      const answer = await ctx.deps.consults.editParticipant(ctx.caller, consultId, edit);
      return replies(answerView(answer, ctx.lang, ctx.caller.actor.professionalId));
    }),
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
