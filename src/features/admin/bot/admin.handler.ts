/**
 * Administration in chat: link and unlink chat accounts, deactivate a leaver, erasure requests.
 * Administrators only; the service refuses and audits everyone else.
 */

import type { Capability } from "../../../bot/handler.js";
import { adminResultView, erasureResultView } from "../views/admin.view.js";

export const admin: Capability = {
  name: "admin",
  commands: {
    "admin.link": async (ctx, command) => {
      const { channel, externalId, tenant, professionalId } = command;
      const result = await ctx.deps.admin.link(ctx.caller, { channel, externalId, tenant, professionalId });
      return [adminResultView(result, ctx.lang)];
    },
    "admin.unlink": async (ctx, command) => {
      const { channel, externalId, tenant } = command;
      const result = await ctx.deps.admin.unlink(ctx.caller, { channel, externalId, tenant });
      return [adminResultView(result, ctx.lang)];
    },
    "admin.deactivate": async (ctx, command) => [
      adminResultView(await ctx.deps.admin.deactivate(ctx.caller, command.professionalId), ctx.lang),
    ],
    "case.erase": async (ctx, command) => [
      erasureResultView(await ctx.deps.admin.erase(ctx.caller, command.caseCode), ctx.lang),
    ],
  },
  actions: {},
};
