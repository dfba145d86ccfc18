/**
 * "overzicht Wyckerpoort" / "digest Wyckerpoort" on demand, "stuur mijn overzicht op vrijdag
 * 16:00" to (re)schedule it, and the digest's nudge button for the holder of an overdue handover.
 * (The digest's other buttons are the directory's "klopt nog" and the cases' "open WYC-014".)
 */

import type { Capability } from "../../../bot/handler.js";
import { nudgeResultView, scheduleView, showView } from "../views/digest-replies.view.js";

export const digest: Capability = {
  name: "digest",
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
      const result = await ctx.deps.digests.nudge(ctx.caller, data.handoverId);
      return { replies: [nudgeResultView(result, ctx.lang)] };
    },
  },
};
