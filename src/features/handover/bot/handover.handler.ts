/**
 * Warm handover in chat: "overdracht WYC-014 naar schuldhulp", the lookup's "start handover"
 * button, the form's submit, the receiver's and referrer's buttons, "mijn overdrachten" and a
 * consent withdrawal. Handlers only gather inputs and pick the view; the services decide.
 */

import type { ActionResult } from "../../../bot/bot.js";
import type { Capability, HandlerContext } from "../../../bot/handler.js";
import { caseCode } from "../../../language/command.schema.js";
import { noticeMessage } from "../../../views/common.view.js";
import { t } from "../../../views/i18n.js";
import type { HandoverCommand } from "../core/handover.state.js";
import {
  acceptedMessage,
  actOutcomeMessages,
  myHandoversMessage,
  submitOutcomeMessages,
  withdrawalMessage,
} from "../views/handover.view.js";
import { declineFormMessage, forwardFormMessage, handoverFormMessage } from "../views/handover-form.view.js";

async function openForm(ctx: HandlerContext, prefill: Record<string, string | null | undefined>) {
  const model = await ctx.deps.handoverRequests.openForm(ctx.caller, prefill);
  return handoverFormMessage(model, await ctx.deps.topics(), ctx.lang);
}

/** The version a button was drawn for; absent on older buttons and typed commands. */
function versionOf(data: Record<string, string>): number | undefined {
  return data.v !== undefined && /^\d{1,9}$/.test(data.v) ? Number(data.v) : undefined;
}

async function act(
  ctx: HandlerContext,
  data: Record<string, string>,
  command: HandoverCommand,
): Promise<ActionResult> {
  const outcome = await ctx.deps.handovers.act(ctx.caller, String(data.id ?? ""), command, versionOf(data));
  return { replies: actOutcomeMessages(outcome, ctx.lang) };
}

export const handover: Capability = {
  commands: {
    "handover.start": async (ctx, command) => [
      await openForm(ctx, {
        caseCode: command.caseCode,
        topicId: command.topicId,
        serviceText: command.serviceText,
      }),
    ],
    "handovers.mine": async (ctx) => [
      myHandoversMessage(
        await ctx.deps.handovers.mine(ctx.caller),
        await ctx.deps.topics(),
        ctx.deps.clock.now(),
        ctx.lang,
      ),
    ],
  },
  actions: {
    "handover.start": async (ctx, data) => {
      const code = caseCode.safeParse(data.caseCode);
      const prefill = {
        caseCode: code.success ? code.data : null,
        serviceId: data.serviceId ?? null,
        topicId: data.topicId ?? null,
        wijkId: data.wijkId ?? null,
      };
      return { replies: [await openForm(ctx, prefill)] };
    },
    "handover.submit": async (ctx, data) => {
      const outcome = await ctx.deps.handoverRequests.submit(ctx.caller, data);
      return { replies: submitOutcomeMessages(outcome, await ctx.deps.topics(), ctx.lang) };
    },
    "handover.accept": (ctx, data) => act(ctx, data, { type: "accept" }),
    "handover.decline": async (ctx, data) => {
      if (!data.reason?.trim()) {
        const record = await ctx.deps.handovers.load(ctx.caller, String(data.id ?? ""), "handover.decline");
        return { replies: [declineFormMessage(record, ctx.lang)] };
      }
      return act(ctx, data, { type: "decline", reason: data.reason.slice(0, 500) });
    },
    "handover.forward": async (ctx, data) => {
      const [serviceId, professionalId] = (data.target ?? "").split("|");
      if (!serviceId || !data.reason?.trim()) {
        const { record, services } = await ctx.deps.handovers.forwardOptions(
          ctx.caller,
          String(data.id ?? ""),
        );
        return { replies: [forwardFormMessage(record, services, ctx.lang)] };
      }
      const reason = data.reason.slice(0, 500);
      return act(ctx, data, {
        type: "forward",
        toServiceId: serviceId,
        toProfessionalId: professionalId || null,
        reason,
      });
    },
    "handover.contact": (ctx, data) =>
      act(ctx, data, { type: "record-contact", reached: data.reached === "yes" }),
    "handover.complete": (ctx, data) =>
      act(ctx, data, { type: "complete", note: data.note?.slice(0, 500) ?? null }),
    "handover.cancel": (ctx, data) =>
      act(ctx, data, { type: "cancel", reason: data.reason?.slice(0, 500) ?? null }),
    "handover.details": async (ctx, data) => {
      const { record, phone } = await ctx.deps.handovers.contactDetails(ctx.caller, String(data.id ?? ""));
      return { replies: [acceptedMessage(record, phone, ctx.lang)] };
    },
    "consent.withdraw": async (ctx, data) => {
      const code = caseCode.safeParse(data.code);
      if (!code.success)
        return { replies: [noticeMessage(ctx.lang, "warning", t(ctx.lang, "handover.not-found"))] };
      const outcome = await ctx.deps.consentWithdrawal.withdraw(ctx.caller, code.data);
      return { replies: [withdrawalMessage(outcome, ctx.lang)] };
    },
  },
};
