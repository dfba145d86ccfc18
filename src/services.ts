/**
 * The core, built once: every use case and the ports it runs on, over one database, clock and
 * notifier. app.ts hands it to the bot and the channels, jobs.ts to the jobs, so a service the
 * bot uses and the same service a job uses are one object with one set of dependencies.
 */

import type { Config } from "./config.js";
import type { DemoPeople } from "./core/access/demo-people.port.js";
import type { InboundEventLog } from "./core/chat/chat.ports.js";
import type { InboxReader } from "./core/inbox/inbox.port.js";
import type { OutboxStore } from "./core/notices/outbox.port.js";
import type { Clock } from "./core/shared/clock.js";
import type { LexiconSourcePort } from "./core/shared/lexicon-source.port.js";
import type { Notifier } from "./core/shared/notifier.port.js";
import type { Database } from "./db/database.js";
import { fieldCipher } from "./db/field-cipher.js";
import { auditRepository } from "./db/repositories/audit.repository.js";
import { demoPeopleRepository } from "./db/repositories/demo-people.repository.js";
import { type IdentityRepository, identityRepository } from "./db/repositories/identity.repository.js";
import { inboundEventRepository } from "./db/repositories/inbound-event.repository.js";
import { inboxRepository } from "./db/repositories/inbox.repository.js";
import { outboxRepository } from "./db/repositories/outbox.repository.js";
import { AdminService } from "./features/admin/core/admin.service.js";
import { adminRepository } from "./features/admin/db/admin.repository.js";
import { erasureRepository } from "./features/admin/db/erasure.repository.js";
import type { AuditPort } from "./features/audit/core/audit.port.js";
import { AuditLogService } from "./features/audit/core/audit-log.service.js";
import { auditLogRepository } from "./features/audit/db/audit-log.repository.js";
import { CaseService } from "./features/cases/core/case.service.js";
import { type CaseWork, caseWork } from "./features/cases/core/case-work.js";
import type { RetentionStore } from "./features/cases/core/retention.ports.js";
import { caseRepository } from "./features/cases/db/case.repository.js";
import { caseWorkRepository } from "./features/cases/db/case-work.repository.js";
import { ConsultService } from "./features/consult/core/consult.service.js";
import { consultRepository } from "./features/consult/db/consult.repository.js";
import { DigestService } from "./features/digest/core/digest.service.js";
import type { DigestRunStore } from "./features/digest/core/digest-runs.ports.js";
import { digestRepository } from "./features/digest/db/digest.repository.js";
import { digestActionsRepository, digestRunRepository } from "./features/digest/db/digest-runs.repository.js";
import { AbsenceService } from "./features/directory/core/absence.service.js";
import type { TopicRecord } from "./features/directory/core/directory.ports.js";
import { DirectoryUpkeepService } from "./features/directory/core/directory-upkeep.service.js";
import { LookupService } from "./features/directory/core/lookup.service.js";
import { ServiceEditService } from "./features/directory/core/service-edit.service.js";
import { directoryRepository } from "./features/directory/db/directory.repository.js";
import { absenceRepository } from "./features/directory/db/directory-edit.repository.js";
import { directoryUpkeepRepository } from "./features/directory/db/directory-upkeep.repository.js";
import { lexiconSourceRepository } from "./features/directory/db/lexicon-source.repository.js";
import { serviceEditRepository } from "./features/directory/db/service-edit.repository.js";
import { ConsentWithdrawalService } from "./features/handover/core/consent-withdrawal.service.js";
import type { HandoverStore } from "./features/handover/core/handover.ports.js";
import { HandoverService } from "./features/handover/core/handover.service.js";
import { HandoverRequestService } from "./features/handover/core/handover-request.service.js";
import { handoverRepository } from "./features/handover/db/handover.repository.js";
import { retentionRepository } from "./features/handover/db/retention.repository.js";

export interface Services {
  lookup: LookupService;
  digests: DigestService;
  cases: CaseService;
  caseWork: CaseWork;
  consults: ConsultService;
  admin: AdminService;
  auditLog: AuditLogService;
  upkeep: DirectoryUpkeepService;
  absence: AbsenceService;
  serviceEdit: ServiceEditService;
  handovers: HandoverService;
  handoverRequests: HandoverRequestService;
  consentWithdrawal: ConsentWithdrawalService;
  /** Topic names for views (from the directory). */
  topics(): Promise<TopicRecord[]>;
  identities: IdentityRepository;
  audit: AuditPort;
  lexiconSource: LexiconSourcePort;
  /** What the jobs read and write besides the services. */
  stores: {
    handovers: HandoverStore;
    digestRuns: DigestRunStore;
    retention: RetentionStore;
    outbox: OutboxStore;
  };
  /** What the channels remember and show through the bot. */
  inbox: InboxReader;
  inboundEvents: InboundEventLog;
  demoPeople: DemoPeople;
}

export function createServices(deps: {
  db: Database;
  clock: Clock;
  config: Config;
  notifier: Notifier;
}): Services {
  const { db, clock, config, notifier } = deps;
  const { prisma } = db;
  const audit = auditRepository(prisma);
  const directory = directoryRepository(prisma);
  const digestStore = digestRepository(prisma);
  const auditLog = auditLogRepository(prisma);
  const handoverStore = handoverRepository(prisma);
  const handoverDeps = {
    store: handoverStore,
    audit,
    clock,
    notifier,
    cipher: fieldCipher(config.encryptionKeys),
  };
  return {
    lookup: new LookupService({ directory, clock }),
    digests: new DigestService({
      reader: digestStore,
      subscriptions: digestStore,
      actions: digestActionsRepository(prisma),
      clock,
      audit,
      notifier,
    }),
    cases: new CaseService({ cases: caseRepository(prisma), audit, clock }),
    caseWork: caseWork({ store: caseWorkRepository(prisma), audit, clock, notifier }),
    consults: new ConsultService({ store: consultRepository(prisma, { clock }), audit, clock, notifier }),
    admin: new AdminService({
      store: adminRepository(prisma),
      erasure: erasureRepository(prisma),
      audit,
      clock,
      notifier,
    }),
    auditLog: new AuditLogService({ reader: auditLog, people: auditLog, audit, clock }),
    upkeep: new DirectoryUpkeepService({
      store: directoryUpkeepRepository(prisma),
      clock,
      confirmAfterDays: config.directory.confirmAfterDays,
      notifier,
    }),
    absence: new AbsenceService({ store: absenceRepository(prisma), clock }),
    serviceEdit: new ServiceEditService({ store: serviceEditRepository(prisma), clock }),
    handovers: new HandoverService(handoverDeps),
    handoverRequests: new HandoverRequestService(handoverDeps),
    consentWithdrawal: new ConsentWithdrawalService(handoverDeps),
    topics: () => directory.topics(),
    identities: identityRepository(prisma),
    audit,
    lexiconSource: lexiconSourceRepository(prisma),
    stores: {
      handovers: handoverStore,
      digestRuns: digestRunRepository(prisma),
      retention: retentionRepository(prisma),
      outbox: outboxRepository(prisma),
    },
    inbox: inboxRepository(prisma),
    inboundEvents: inboundEventRepository(prisma, clock),
    demoPeople: demoPeopleRepository(prisma),
  };
}
