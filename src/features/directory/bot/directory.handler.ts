/**
 * "wie doet schulden in Wyckerpoort?", the wijk-choice buttons of a follow-up question, and the
 * "klopt nog" button that confirms a directory entry.
 */

import type { ActionHandler, Capability } from "../../../bot/handler.js";
import { isDigestRecipient } from "../../digest/core/digest-scope.policy.js";
import { verifyResultView } from "../../digest/views/digest-replies.view.js";
import { upkeepVerifyView } from "../views/directory-upkeep.view.js";
import { lookupView } from "../views/lookup.view.js";

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
      });
      return [lookupView(result, ctx.lang)];
    },
  },
  actions: {
    "lookup.choose-wijk": async (ctx, data) => {
      const result = await ctx.deps.lookup.lookup(ctx.caller, {
        topicIds: (data.topicIds ?? "").split(",").filter(Boolean),
        wijkId: data.wijkId ?? null,
        wijkText: null,
        wijkSuggestions: [],
        unknownTopicText: null,
        topicSuggestions: [],
      });
      return { replies: [lookupView(result, ctx.lang)] };
    },
    "directory.verify": verify,
  },
};
