/**
 * "wie doet schulden in Wyckerpoort?", the buttons of a follow-up question (which wijk, or which
 * topic when a situation could mean more than one), and the "klopt nog" button that confirms a
 * directory entry, and a professional\'s own absence
 * ("ik ben afwezig tot 4 december, vervanger Mark Janssen", "ik ben terug").
 */

import type { ActionResult } from "../../../bot/bot.js";
import type { ActionHandler, Capability, HandlerContext } from "../../../bot/handler.js";
import type { IntentData } from "../../../language/index.js";
import { isDigestRecipient } from "../../digest/core/digest-scope.policy.js";
import { verifyResultView } from "../../digest/views/digest-replies.view.js";
import { settledQuery } from "../core/lookup.service.js";
import { absenceView } from "../views/absence.view.js";
import { upkeepVerifyView } from "../views/directory-upkeep.view.js";
import { lookupView } from "../views/lookup.view.js";
import { serviceEditView } from "../views/service-edit.view.js";

/**
 * Two rules confirm an entry. Its contact people and administrators may always (the upkeep
 * question); a coordinator who is neither may for an entry in the wijken they coordinate (the
 * digest's stale-entry button). Anyone else hears who may confirm it.
 */
const verify: ActionHandler<"directory.verify"> = async (ctx, { serviceId }) => {
  const result = await ctx.deps.upkeep.verify(ctx.caller, serviceId);
  if (result.kind === "not-contact" && isDigestRecipient(ctx.caller.actor)) {
    const byCoordinator = await ctx.deps.digests.verify(ctx.caller, serviceId);
    return { replies: [verifyResultView(byCoordinator, ctx.lang)] };
  }
  return { replies: [upkeepVerifyView(result, ctx.lang)] };
};

/** A button picked the wijk or the topic the question left open: look up with both. */
async function settled(
  ctx: HandlerContext,
  data: IntentData<"lookup.choose-wijk" | "lookup.choose-topic">,
): Promise<ActionResult> {
  const topicIds = (data.topicIds ?? "").split(",").filter(Boolean);
  const result = await ctx.deps.lookup.lookup(ctx.caller, settledQuery(topicIds, data.wijkId || null));
  return { replies: [lookupView(result, ctx.lang)] };
}

export const directory: Capability = {
  name: "directory",
  commands: {
    lookup: async (ctx, command) => {
      const result = await ctx.deps.lookup.lookup(ctx.caller, {
        topicIds: command.topics.map((topic) => topic.id),
        wijkId: command.wijk?.id ?? null,
        wijkText: command.wijkText,
        wijkSuggestions: command.wijkSuggestions,
        unknownTopicText: command.unknownTopicText,
        topicSuggestions: command.topicSuggestions,
        topicChoices: command.topicChoices,
        unknownWords: command.unknownWords,
      });
      return [lookupView(result, ctx.lang)];
    },
    "service.edit": async (ctx, command) => [
      serviceEditView(await ctx.deps.serviceEdit.choose(ctx.caller, command.serviceText), ctx.lang),
    ],
    "absence.report": async (ctx, command) => [
      absenceView(await ctx.deps.absence.report(ctx.caller, command), ctx.lang),
    ],
  },
  actions: {
    "lookup.choose-wijk": (ctx, data) => settled(ctx, data),
    "lookup.choose-topic": (ctx, data) => settled(ctx, data),
    "directory.verify": verify,
    "directory.edit-service": async (ctx, data) => {
      const result =
        data.submitted === "true"
          ? await ctx.deps.serviceEdit.save(ctx.caller, data.serviceId, data)
          : await ctx.deps.serviceEdit.open(ctx.caller, data.serviceId);
      return { replies: [serviceEditView(result, ctx.lang)] };
    },
  },
};
