/**
 * Warm handover in chat: "overdracht WYC-014 naar schuldhulp", the lookup's "start handover"
 * button, the form's submit, the receiver's and referrer's buttons, "mijn overdrachten" and a
 * consent withdrawal. Handlers only gather inputs and pick the view; the services decide.
 */

import type { ActionResult } from "../../../bot/bot.js";
import type { Capability, HandlerContext } from "../../../bot/handler.js";
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

/** `v` is the version the button was drawn for; absent on older buttons and typed commands. */
async function act(
  ctx: HandlerContext,
  button: { id: string; v?: number | undefined },
  command: HandoverCommand,
): Promise<ActionResult> {
  const outcome = await ctx.deps.handovers.act(ctx.caller, button.id, command, button.v);
  return { replies: actOutcomeMessages(outcome, ctx.lang) };
}

export const handover: Capability = {
  name: "handover",
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
      const prefill = {
        caseCode: data.caseCode ?? null,
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
        const record = await ctx.deps.handovers.load(ctx.caller, data.id, "handover.decline");
        return { replies: [declineFormMessage(record, ctx.lang)] };
      }
      return act(ctx, data, { type: "decline", reason: data.reason.slice(0, 500) });
    },
    "handover.forward": async (ctx, data) => {
      const [serviceId, professionalId] = (data.target ?? "").split("|");
      if (!serviceId || !data.reason?.trim()) {
        const { record, services } = await ctx.deps.handovers.forwardOptions(ctx.caller, data.id);
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
    "handover.details": async (ctx, { id }) => {
      const { record, phone } = await ctx.deps.handovers.contactDetails(ctx.caller, id);
      return { replies: [acceptedMessage(record, phone, ctx.lang)] };
    },
    "consent.withdraw": async (ctx, { code }) => {
      const outcome = await ctx.deps.consentWithdrawal.withdraw(ctx.caller, code);
      return { replies: [withdrawalMessage(outcome, ctx.lang)] };
    },
  },
};
