/**
 * What is not one job's: help, the language preference, the fallback for text that is not a
 * command, and the personal overview behind Slack's App Home (and any channel's "home" view): my
 * open handovers, my upcoming consults, my wijken and the help. The overview composes the answers
 * the other capabilities already give, so each list looks the same wherever it is shown.
 */

import type { Capability, HandlerContext } from "../../../bot/handler.js";
import type { Lang } from "../../../core/shared/lang.js";
import { helpMessage, noticeMessage } from "../../../views/common.view.js";
import { t } from "../../../views/i18n.js";
import type { Message } from "../../../views/message.js";
import { consults } from "../../consult/bot/consult.handler.js";
import { handover } from "../../handover/bot/handover.handler.js";

async function wijkenMessage(ctx: HandlerContext): Promise<Message> {
  const lexicon = await ctx.deps.lexicon.get();
  const names = ctx.caller.actor.wijkIds.map((id) => lexicon.wijkName(id) ?? id);
  const lang: Lang = ctx.lang;
  const text = names.length > 0 ? names.join(", ") : t(lang, "home.no-wijken");
  return {
    lang,
    summary: t(lang, "home.wijken"),
    blocks: [
      { type: "heading", text: t(lang, "home.wijken") },
      { type: "text", content: [text] },
    ],
    visibility: "shared",
  };
}

export const home: Capability = {
  name: "home",
  commands: {
    help: async (ctx) => [helpMessage(ctx.lang)],
    unknown: async (ctx) => [noticeMessage(ctx.lang, "info", t(ctx.lang, "unknown.text"))],
    "language.set": async (ctx, command) => {
      await ctx.deps.identities.setLocale(ctx.caller.actor.professionalId, command.to);
      return [noticeMessage(command.to, "success", t(command.to, "language.set"))];
    },
  },
  actions: {
    "home.show": async (ctx) => {
      const command = { lang: ctx.lang } as const;
      const handovers =
        (await handover.commands["handovers.mine"]?.(ctx, { kind: "handovers.mine", ...command })) ?? [];
      const upcoming =
        (await consults.commands["consults.mine"]?.(ctx, { kind: "consults.mine", ...command })) ?? [];
      return { replies: [...handovers, ...upcoming, await wijkenMessage(ctx), helpMessage(ctx.lang)] };
    },
  },
};
