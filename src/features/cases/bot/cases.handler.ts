/** "casus WYC-014", "mijn casussen", and the "open case" buttons of other answers. */

import type { Capability, HandlerContext } from "../../../bot/handler.js";
import type { Message } from "../../../views/message.js";
import { caseView, myCasesView } from "../views/case.view.js";

async function showCase(ctx: HandlerContext, code: string): Promise<Message> {
  const record = await ctx.deps.cases.show(ctx.caller, code);
  return caseView(record, await ctx.deps.topics(), ctx.lang);
}

export const cases: Capability = {
  name: "cases",
  commands: {
    "case.show": async (ctx, command) => [await showCase(ctx, command.code)],
    "cases.mine": async (ctx) => [myCasesView(await ctx.deps.cases.mine(ctx.caller), ctx.lang)],
  },
  actions: {
    "case.show": async (ctx, data) => ({ replies: [await showCase(ctx, data.code)] }),
  },
};
