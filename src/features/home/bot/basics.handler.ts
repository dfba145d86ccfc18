/** Help, language preference and the fallback for text that is not a command. */

import type { Capability } from "../../../bot/handler.js";
import { helpMessage, noticeMessage } from "../../../views/common.view.js";
import { t } from "../../../views/i18n.js";

export const basics: Capability = {
  commands: {
    help: async (ctx) => [helpMessage(ctx.lang)],
    unknown: async (ctx) => [noticeMessage(ctx.lang, "info", t(ctx.lang, "unknown.text"))],
    "language.set": async (ctx, command) => {
      await ctx.deps.identities.setLocale(ctx.caller.actor.professionalId, command.to);
      return [noticeMessage(command.to, "success", t(command.to, "language.set"))];
    },
  },
  actions: {},
};
