/** "wie doet schulden in Wyckerpoort?" and the wijk-choice buttons of a follow-up question. */

import type { Capability } from "../../../bot/handler.js";
import { lookupView } from "../views/lookup.view.js";

export const lookup: Capability = {
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
  },
};
