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
      const result = await ctx.deps.admin.link(
        ctx.actor,
        { channel, externalId, tenant, professionalId },
        ctx.turn.account.channel,
      );
      return [adminResultView(result, ctx.lang)];
    },
    "admin.unlink": async (ctx, command) => {
      const { channel, externalId, tenant } = command;
      const result = await ctx.deps.admin.unlink(
        ctx.actor,
        { channel, externalId, tenant },
        ctx.turn.account.channel,
      );
      return [adminResultView(result, ctx.lang)];
    },
    "admin.deactivate": async (ctx, command) => [
      adminResultView(
        await ctx.deps.admin.deactivate(ctx.actor, command.professionalId, ctx.turn.account.channel),
        ctx.lang,
      ),
    ],
    "case.erase": async (ctx, command) => [
      erasureResultView(
        await ctx.deps.admin.erase(ctx.actor, command.caseCode, ctx.turn.account.channel),
        ctx.lang,
      ),
    ],
    "audit.query": async (ctx, command) => {
      const { caseCode, professionalText, from, to } = command;
      const result = await ctx.deps.auditLog.query(
        ctx.actor,
        { caseCode, professionalText, from, to },
        ctx.turn.account.channel,
      );
      return [auditQueryView(result, ctx.lang)];
    },
    "audit.export": async (ctx, command) => [
      auditExportView(
        await ctx.deps.auditLog.export(ctx.actor, command.caseCode, command.format, ctx.turn.account.channel),
        ctx.lang,
      ),
    ],
  },
  actions: {
    // Replaces the digest's handler of the same intent (this capability is listed after it):
    // contact people and administrators confirm here; a coordinator who is neither still
    // confirms under the digest's rule (entries of the wijken they coordinate).
    "directory.verify": async (ctx, data) => {
      const result = await ctx.deps.upkeep.verify(ctx.actor, String(data.serviceId ?? "").slice(0, 200));
      const coordinator = ctx.actor.coordinatorOf.length > 0 || ctx.actor.networkMunicipality !== null;
      if (result.kind === "not-contact" && coordinator && coordinatorVerify)
        return coordinatorVerify(ctx, data);
      return { replies: [upkeepVerifyView(result, ctx.lang)] };
    },
  },
};
