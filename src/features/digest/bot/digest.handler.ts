/**
 * "overzicht Wyckerpoort" / "digest Wyckerpoort" on demand, "stuur mijn overzicht op vrijdag
 * 16:00" to (re)schedule it, and the digest's buttons: nudge the holder of an overdue handover,
 * mark a directory entry verified. ("Open WYC-014" is case.show, handled by the cases capability.)
 */

import type { Capability } from "../../../bot/handler.js";
import { nudgeResultView, scheduleView, showView, verifyResultView } from "../views/digest-replies.view.js";

export const digest: Capability = {
  commands: {
    "digest.show": async (ctx, command) => {
      const ask = { wijkId: command.wijk?.id ?? null, wijkText: command.wijkText };
      return [showView(await ctx.deps.digests.show(ctx.caller, ask), ctx.lang)];
    },
    "digest.schedule": async (ctx, command) => {
      const result = await ctx.deps.digests.schedule(ctx.caller, {
        day: command.day,
        time: command.time,
        wijkIds: command.wijkIds,
        pause: command.quiet === true,
      });
      return [scheduleView(result, ctx.lang)];
    },
  },
  actions: {
    "digest.nudge": async (ctx, data) => {
      const result = await ctx.deps.digests.nudge(ctx.caller, String(data.handoverId ?? ""));
      return { replies: [nudgeResultView(result, ctx.lang)] };
    },
    "directory.verify": async (ctx, data) => {
      const result = await ctx.deps.digests.verify(ctx.caller, String(data.serviceId ?? ""));
      return { replies: [verifyResultView(result, ctx.lang)] };
    },
  },
};
