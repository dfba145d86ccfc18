/** Everything the bot's handlers may use: core services and ports, never a database client. */
import type { IdentityPort } from "../core/access/actor.js";
import type { Clock } from "../core/shared/clock.js";
import type { AdminService } from "../features/admin/core/admin.service.js";
import type { AuditPort } from "../features/audit/core/audit.port.js";
import type { AuditLogService } from "../features/audit/core/audit-log.service.js";
import type { CaseService } from "../features/cases/core/case.service.js";
import type { CaseWork } from "../features/cases/core/case-work.js";
import type { ConsultService } from "../features/consult/core/consult.service.js";
import type { DigestService } from "../features/digest/core/digest.service.js";
import type { AbsenceService } from "../features/directory/core/absence.service.js";
import type { TopicRecord } from "../features/directory/core/directory.ports.js";
import type { DirectoryUpkeepService } from "../features/directory/core/directory-upkeep.service.js";
import type { LookupService } from "../features/directory/core/lookup.service.js";
import type { ServiceEditService } from "../features/directory/core/service-edit.service.js";
import type { ConsentWithdrawalService } from "../features/handover/core/consent-withdrawal.service.js";
import type { HandoverService } from "../features/handover/core/handover.service.js";
import type { HandoverRequestService } from "../features/handover/core/handover-request.service.js";
import type { Logger } from "../logging.js";
import type { LexiconProvider } from "./lexicon-provider.js";

export interface BotDeps {
  clock: Clock;
  logger: Logger;
  identities: IdentityPort;
  lexicon: LexiconProvider;
  lookup: LookupService;
  digests: DigestService;
  cases: CaseService;
  caseWork: CaseWork;
  handovers: HandoverService;
  handoverRequests: HandoverRequestService;
  consentWithdrawal: ConsentWithdrawalService;
  consults: ConsultService;
  audit: AuditPort;
  admin: AdminService;
  auditLog: AuditLogService;
  upkeep: DirectoryUpkeepService;
  absence: AbsenceService;
  serviceEdit: ServiceEditService;
  /** Topic names for views (from the directory). */
  topics(): Promise<TopicRecord[]>;
}
