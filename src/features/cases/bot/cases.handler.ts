/** "casus WYC-014", "mijn casussen", and the "open case" buttons of other answers. */

import type { Capability, HandlerContext } from "../../../bot/handler.js";
import { caseCode } from "../../../language/command.schema.js";
import type { Message } from "../../../views/message.js";
import { caseNotFound } from "../core/case.service.js";
import { caseView, myCasesView } from "../views/case.view.js";

async function showCase(ctx: HandlerContext, code: string): Promise<Message> {
  const record = await ctx.deps.cases.show(ctx.caller, code);
  return caseView(record, await ctx.deps.topics(), ctx.lang);
}

export const cases: Capability = {
  commands: {
    "case.show": async (ctx, command) => [await showCase(ctx, command.code)],
    "cases.mine": async (ctx) => [myCasesView(await ctx.deps.cases.mine(ctx.caller), ctx.lang)],
  },
  actions: {
    "case.show": async (ctx, data) => {
      const code = caseCode.safeParse(data.code);
      if (!code.success) throw caseNotFound(String(data.code ?? "").slice(0, 20));
      return { replies: [await showCase(ctx, code.data)] };
    },
  },
};
