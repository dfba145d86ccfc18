/**
 * The audit trail in chat: "audit WYC-014", "audit p-anouk-peeters van 1 maart", and the export
 * of a case's trail. Administrators only; the service refuses and audits everyone else.
 */

import type { Capability } from "../../../bot/handler.js";
import { auditExportView, auditQueryView } from "../views/audit.view.js";

export const audit: Capability = {
  name: "audit",
  commands: {
    "audit.query": async (ctx, command) => {
      const { caseCode, professionalText, from, to } = command;
      const result = await ctx.deps.auditLog.query(ctx.caller, { caseCode, professionalText, from, to });
      return [auditQueryView(result, ctx.lang)];
    },
    "audit.export": async (ctx, command) => [
      auditExportView(await ctx.deps.auditLog.export(ctx.caller, command.caseCode, command.format), ctx.lang),
    ],
  },
  actions: {},
};
