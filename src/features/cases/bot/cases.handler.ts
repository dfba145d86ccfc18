/**
 * "casus WYC-014", "mijn casussen", and running a case from chat (issue 16): create, involve,
 * release, regie, close and reopen, typed or by button. Handlers gather inputs and pick the view;
 * the services decide and check rights again on every press.
 */
import type { ActionResult } from "../../../bot/bot.js";
import type { Capability, HandlerContext } from "../../../bot/handler.js";
import type { Message } from "../../../views/message.js";
import { myTasksView } from "../../consult/views/consult-lists.view.js";
import { caseRights } from "../core/case-rights.policy.js";
import type { CaseWorkResult } from "../core/case-work.result.js";
import { caseView, myCasesView } from "../views/case.view.js";
import { caseWorkMessage } from "../views/case-work.view.js";

async function showCase(ctx: HandlerContext, code: string): Promise<Message> {
  const record = await ctx.deps.cases.show(ctx.caller, code);
  return caseView(record, await ctx.deps.topics(), ctx.lang, caseRights(ctx.caller.actor, record));
}

/** The answer, and after a change the case as it is now, with the buttons that fit it now. */
async function answer(ctx: HandlerContext, result: CaseWorkResult): Promise<Message[]> {
  const replies = [caseWorkMessage(result, ctx.lang)];
  const changed = ["involved", "released", "regie-assigned", "regie-accepted", "reopened", "closed"];
  if (changed.includes(result.kind) && "code" in result) replies.push(await showCase(ctx, result.code));
  return replies;
}

const act = async (ctx: HandlerContext, result: Promise<CaseWorkResult>): Promise<ActionResult> => ({
  replies: await answer(ctx, await result),
});

export const cases: Capability = {
  name: "cases",
  commands: {
    "case.show": async (ctx, command) => [await showCase(ctx, command.code)],
    "cases.mine": async (ctx) => [myCasesView(await ctx.deps.cases.mine(ctx.caller), ctx.lang)],
    "case.create": async (ctx, c) =>
      answer(
        ctx,
        await ctx.deps.caseWork.create.create(ctx.caller, {
          wijkId: c.wijk?.id ?? null,
          wijkSuggestions: c.wijkSuggestions,
          topicIds: c.topicIds,
          regieText: c.regieText,
        }),
      ),
    "case.involve": async (ctx, c) =>
      answer(ctx, await ctx.deps.caseWork.team.involve(ctx.caller, c.code, c.personText)),
    "case.release": async (ctx, c) =>
      answer(ctx, await ctx.deps.caseWork.team.release(ctx.caller, c.code, c.personText)),
    "case.regie": async (ctx, c) =>
      answer(ctx, await ctx.deps.caseWork.team.handRegie(ctx.caller, c.code, c.personText)),
    "case.close": async (ctx, c) =>
      answer(ctx, await ctx.deps.caseWork.closing.close(ctx.caller, c.code, null)),
    "case.reopen": async (ctx, c) => answer(ctx, await ctx.deps.caseWork.closing.reopen(ctx.caller, c.code)),
  },
  actions: {
    "case.show": async (ctx, data) => ({ replies: [await showCase(ctx, data.code)] }),
    "case.close": (ctx, d) =>
      act(ctx, ctx.deps.caseWork.closing.close(ctx.caller, d.code, d.outcome ?? null)),
    "case.reopen": (ctx, d) => act(ctx, ctx.deps.caseWork.closing.reopen(ctx.caller, d.code)),
    "case.release": (ctx, d) => act(ctx, ctx.deps.caseWork.team.release(ctx.caller, d.code, d.id)),
    "case.regie-accept": (ctx, d) => act(ctx, ctx.deps.caseWork.team.answerRegie(ctx.caller, d.code, true)),
    "case.regie-refuse": (ctx, d) => act(ctx, ctx.deps.caseWork.team.answerRegie(ctx.caller, d.code, false)),
    // The list again after, so the next task's button is at hand.
    "task.done": async (ctx, d) => ({
      replies: [
        caseWorkMessage(await ctx.deps.caseWork.tasks.done(ctx.caller, d.id), ctx.lang),
        myTasksView(await ctx.deps.consults.tasks(ctx.caller), ctx.lang),
      ],
    }),
  },
};
