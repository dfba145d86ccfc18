/**
 * Administration and the audit trail in chat: link/unlink chat accounts, deactivate a leaver,
 * erasure requests, audit queries and exports (administrators only; the services refuse and
 * audit everyone else), and the directory's "klopt nog" button for its contact people.
 */

import type { ActionHandler, Capability } from "../../../bot/handler.js";
import { auditExportView, auditQueryView } from "../../audit/views/audit.view.js";
import { digest } from "../../digest/bot/digest.handler.js";
import { upkeepVerifyView } from "../../directory/views/directory-upkeep.view.js";
import { adminResultView, erasureResultView } from "../views/admin.view.js";

const coordinatorVerify: ActionHandler | undefined = digest.actions["directory.verify"];

export const trust: Capability = {
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
    "audit.query": async (ctx, command) => {
      const { caseCode, professionalText, from, to } = command;
      const result = await ctx.deps.auditLog.query(ctx.caller, { caseCode, professionalText, from, to });
      return [auditQueryView(result, ctx.lang)];
    },
    "audit.export": async (ctx, command) => [
      auditExportView(await ctx.deps.auditLog.export(ctx.caller, command.caseCode, command.format), ctx.lang),
    ],
  },
  actions: {
    // Replaces the digest's handler of the same intent (this capability is listed after it):
    // contact people and administrators confirm here; a coordinator who is neither still
    // confirms under the digest's rule (entries of the wijken they coordinate).
    "directory.verify": async (ctx, data) => {
      const result = await ctx.deps.upkeep.verify(ctx.caller, String(data.serviceId ?? "").slice(0, 200));
      const coordinator =
        ctx.caller.actor.coordinatorOf.length > 0 || ctx.caller.actor.networkMunicipality !== null;
      if (result.kind === "not-contact" && coordinator && coordinatorVerify)
        return coordinatorVerify(ctx, data);
      return { replies: [upkeepVerifyView(result, ctx.lang)] };
    },
  },
};
