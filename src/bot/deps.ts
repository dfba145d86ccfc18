/** Everything the bot's handlers may use: core services and ports, never a database client. */
import type { IdentityPort } from "../core/access/actor.js";
import type { AdminService } from "../core/admin/admin.service.js";
import type { AuditPort } from "../core/audit/audit.port.js";
import type { AuditLogService } from "../core/audit/audit-log.service.js";
import type { CaseService } from "../core/cases/case.service.js";
import type { ConsultService } from "../core/consult/consult.service.js";
import type { DigestService } from "../core/digest/digest.service.js";
import type { TopicRecord } from "../core/directory/directory.ports.js";
import type { DirectoryUpkeepService } from "../core/directory/directory-upkeep.service.js";
import type { LookupService } from "../core/directory/lookup.service.js";
import type { ConsentWithdrawalService } from "../core/handover/consent-withdrawal.service.js";
import type { HandoverService } from "../core/handover/handover.service.js";
import type { HandoverRequestService } from "../core/handover/handover-request.service.js";
import type { Clock } from "../core/shared/clock.js";
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
  handovers: HandoverService;
  handoverRequests: HandoverRequestService;
  consentWithdrawal: ConsentWithdrawalService;
  consults: ConsultService;
  audit: AuditPort;
  admin: AdminService;
  auditLog: AuditLogService;
  upkeep: DirectoryUpkeepService;
  /** Topic names for views (from the directory). */
  topics(): Promise<TopicRecord[]>;
}
