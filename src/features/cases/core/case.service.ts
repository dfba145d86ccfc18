/**
 * "casus WYC-014" and "mijn casussen". Every read of case data is audited, refused reads too; a
 * code that exists but is not the asker's answers exactly like a code that does not exist.
 */
import type { Caller } from "../../../core/access/caller.js";
import { caseAccess } from "../../../core/access/case-access.policy.js";
import { AppError } from "../../../core/shared/app-error.js";
import type { Clock } from "../../../core/shared/clock.js";
import type { AuditPort } from "../../audit/core/audit.port.js";
import type { CaseListItem, CaseReader, CaseRecord } from "./case.ports.js";

const MY_CASES_LIMIT = 25;

export class CaseService {
  constructor(private readonly deps: { cases: CaseReader; audit: AuditPort; clock: Clock }) {}

  async show({ actor, channel }: Caller, code: string): Promise<CaseRecord> {
    const now = this.deps.clock.now();
    const record = await this.deps.cases.byCode(code, now);
    const basis = record ? caseAccess(actor, record) : null;
    await this.deps.audit.record({
      event: "case.view",
      action: "read",
      at: now,
      actorId: actor.professionalId,
      channel,
      caseId: record?.id ?? null,
      caseCode: code,
      authorised: basis !== null,
      detail: basis ? { basis } : { found: record !== null },
    });
    if (!record || !basis) throw caseNotFound(code);
    return record;
  }

  async mine({ actor, channel }: Caller): Promise<CaseListItem[]> {
    const items = await this.deps.cases.mine(actor.professionalId, MY_CASES_LIMIT);
    await this.deps.audit.record({
      event: "case.list",
      action: "read",
      at: this.deps.clock.now(),
      actorId: actor.professionalId,
      channel,
      authorised: true,
      detail: { count: items.length },
    });
    return items;
  }
}

/** The one answer for "does not exist" and "not yours": nothing tells them apart. */
export function caseNotFound(code: string): AppError {
  return new AppError("CASE_NOT_FOUND", `case ${code} not found or not accessible`, {
    userMessageKey: "case.not-found",
    details: { code },
  });
}
