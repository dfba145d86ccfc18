-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Municipality" (
    "cbsCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("cbsCode")
);

-- CreateTable
CREATE TABLE "Wijk" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "municipalityCode" TEXT NOT NULL,

    CONSTRAINT "Wijk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "synonymsNl" TEXT[],
    "synonymsEn" TEXT[],
    "positiveHealthDimension" TEXT,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "intakePhone" TEXT,
    "intakeHours" TEXT,
    "responseWorkingDays" INTEGER NOT NULL DEFAULT 2,
    "assuredDate" DATE NOT NULL,
    "notes" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceTopic" (
    "topicId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "ServiceTopic_pkey" PRIMARY KEY ("topicId","serviceId")
);

-- CreateTable
CREATE TABLE "ServiceWijk" (
    "wijkId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "ServiceWijk_pkey" PRIMARY KEY ("wijkId","serviceId")
);

-- CreateTable
CREATE TABLE "ServiceContact" (
    "serviceId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ServiceContact_pkey" PRIMARY KEY ("serviceId","professionalId")
);

-- CreateTable
CREATE TABLE "Professional" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organisationId" TEXT,
    "email" TEXT,
    "languages" TEXT[],
    "locale" TEXT,
    "isCoordinator" BOOLEAN NOT NULL DEFAULT false,
    "networkMunicipality" TEXT,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "availability" JSONB NOT NULL DEFAULT '{}',
    "absenceFrom" DATE,
    "absenceTo" DATE,
    "deputyId" TEXT,

    CONSTRAINT "Professional_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfessionalWijk" (
    "wijkId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,

    CONSTRAINT "ProfessionalWijk_pkey" PRIMARY KEY ("wijkId","professionalId")
);

-- CreateTable
CREATE TABLE "ProfessionalTopic" (
    "topicId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,

    CONSTRAINT "ProfessionalTopic_pkey" PRIMARY KEY ("topicId","professionalId")
);

-- CreateTable
CREATE TABLE "ChatIdentity" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "tenant" TEXT NOT NULL DEFAULT '',
    "externalId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "conversationRef" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "openedOn" DATE NOT NULL,
    "closedOn" DATE,
    "topics" TEXT[],
    "coordinatorId" TEXT,
    "summary" TEXT,
    "restrictedAt" TIMESTAMP(3),
    "purgedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseCodeCounter" (
    "prefix" TEXT NOT NULL,
    "next" INTEGER NOT NULL,

    CONSTRAINT "CaseCodeCounter_pkey" PRIMARY KEY ("prefix")
);

-- CreateTable
CREATE TABLE "CaseMember" (
    "caseId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseMember_pkey" PRIMARY KEY ("caseId","professionalId")
);

-- CreateTable
CREATE TABLE "CaseRelative" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "contactPreference" TEXT,

    CONSTRAINT "CaseRelative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "form" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "serviceId" TEXT,
    "validUntil" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnBy" TEXT,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Handover" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toServiceId" TEXT NOT NULL,
    "toProfessionalId" TEXT,
    "acceptedById" TEXT,
    "topicId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "urgency" TEXT NOT NULL DEFAULT 'normal',
    "reason" TEXT NOT NULL,
    "contactChannel" TEXT NOT NULL,
    "contactBestTime" TEXT,
    "phoneCipher" TEXT,
    "contactAttempts" INTEGER NOT NULL DEFAULT 0,
    "consentId" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "deadlineAt" TIMESTAMP(3) NOT NULL,
    "reminderSentAt" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "purgedAt" TIMESTAMP(3),
    "sendable" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Handover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandoverEvent" (
    "id" TEXT NOT NULL,
    "handoverId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "type" TEXT NOT NULL,
    "byId" TEXT,
    "note" TEXT,
    "data" JSONB,

    CONSTRAINT "HandoverEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consult" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'palliatief-consult',
    "status" TEXT NOT NULL,
    "organizerId" TEXT NOT NULL,
    "start" TIMESTAMP(3),
    "durationMinutes" INTEGER NOT NULL DEFAULT 45,
    "location" TEXT,
    "windowStart" TIMESTAMP(3),
    "windowEnd" TIMESTAMP(3),
    "icsUid" TEXT NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "outcome" TEXT,
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultParticipant" (
    "id" TEXT NOT NULL,
    "consultId" TEXT NOT NULL,
    "professionalId" TEXT,
    "relativeLabel" TEXT,
    "role" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "attended" BOOLEAN,

    CONSTRAINT "ConsultParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultSlot" (
    "id" TEXT NOT NULL,
    "consultId" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "end" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultVote" (
    "slotId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultVote_pkey" PRIMARY KEY ("slotId","participantId")
);

-- CreateTable
CREATE TABLE "ConsultAgendaItem" (
    "id" TEXT NOT NULL,
    "consultId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "addedById" TEXT,

    CONSTRAINT "ConsultAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPoint" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "consultId" TEXT,
    "ownerId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "ActionPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestSubscription" (
    "id" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "wijkIds" TEXT[],
    "scope" TEXT NOT NULL DEFAULT 'wijken',
    "day" TEXT NOT NULL DEFAULT 'mon',
    "time" TEXT NOT NULL DEFAULT '08:00',
    "quietWhenEmpty" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "DigestSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "weekKey" TEXT NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'building',
    "late" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LookupGap" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "askedById" TEXT,
    "wijkId" TEXT,
    "topicId" TEXT,
    "kind" TEXT NOT NULL,
    "term" TEXT,

    CONSTRAINT "LookupGap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRecord" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "event" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "onBehalfOfId" TEXT,
    "channel" TEXT NOT NULL,
    "caseId" TEXT,
    "caseCode" TEXT,
    "subject" TEXT,
    "authorised" BOOLEAN NOT NULL,
    "consentBasis" TEXT,
    "detail" JSONB,

    CONSTRAINT "AuditRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "caseId" TEXT,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboxItem" (
    "id" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "outboxId" TEXT,
    "payload" JSONB NOT NULL,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "InboxItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcessedEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppState" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppState_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Wijk_municipalityCode_idx" ON "Wijk"("municipalityCode");

-- CreateIndex
CREATE INDEX "Service_organisationId_idx" ON "Service"("organisationId");

-- CreateIndex
CREATE INDEX "ServiceTopic_serviceId_idx" ON "ServiceTopic"("serviceId");

-- CreateIndex
CREATE INDEX "ServiceWijk_serviceId_idx" ON "ServiceWijk"("serviceId");

-- CreateIndex
CREATE INDEX "ServiceContact_professionalId_idx" ON "ServiceContact"("professionalId");

-- CreateIndex
CREATE INDEX "Professional_organisationId_idx" ON "Professional"("organisationId");

-- CreateIndex
CREATE INDEX "ProfessionalWijk_professionalId_idx" ON "ProfessionalWijk"("professionalId");

-- CreateIndex
CREATE INDEX "ProfessionalTopic_professionalId_idx" ON "ProfessionalTopic"("professionalId");

-- CreateIndex
CREATE INDEX "ChatIdentity_professionalId_idx" ON "ChatIdentity"("professionalId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatIdentity_channel_tenant_externalId_key" ON "ChatIdentity"("channel", "tenant", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_code_key" ON "Case"("code");

-- CreateIndex
CREATE INDEX "Case_wijkId_status_idx" ON "Case"("wijkId", "status");

-- CreateIndex
CREATE INDEX "Case_coordinatorId_idx" ON "Case"("coordinatorId");

-- CreateIndex
CREATE INDEX "CaseMember_professionalId_idx" ON "CaseMember"("professionalId");

-- CreateIndex
CREATE INDEX "CaseRelative_caseId_idx" ON "CaseRelative"("caseId");

-- CreateIndex
CREATE INDEX "ConsentRecord_caseId_idx" ON "ConsentRecord"("caseId");

-- CreateIndex
CREATE INDEX "Handover_caseId_idx" ON "Handover"("caseId");

-- CreateIndex
CREATE INDEX "Handover_toServiceId_status_idx" ON "Handover"("toServiceId", "status");

-- CreateIndex
CREATE INDEX "Handover_fromId_status_idx" ON "Handover"("fromId", "status");

-- CreateIndex
CREATE INDEX "Handover_status_deadlineAt_idx" ON "Handover"("status", "deadlineAt");

-- CreateIndex
CREATE INDEX "HandoverEvent_handoverId_at_idx" ON "HandoverEvent"("handoverId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Consult_icsUid_key" ON "Consult"("icsUid");

-- CreateIndex
CREATE INDEX "Consult_caseId_idx" ON "Consult"("caseId");

-- CreateIndex
CREATE INDEX "Consult_status_start_idx" ON "Consult"("status", "start");

-- CreateIndex
CREATE INDEX "ConsultParticipant_consultId_idx" ON "ConsultParticipant"("consultId");

-- CreateIndex
CREATE INDEX "ConsultParticipant_professionalId_idx" ON "ConsultParticipant"("professionalId");

-- CreateIndex
CREATE INDEX "ConsultSlot_consultId_idx" ON "ConsultSlot"("consultId");

-- CreateIndex
CREATE INDEX "ConsultAgendaItem_consultId_idx" ON "ConsultAgendaItem"("consultId");

-- CreateIndex
CREATE INDEX "ActionPoint_ownerId_doneAt_idx" ON "ActionPoint"("ownerId", "doneAt");

-- CreateIndex
CREATE INDEX "ActionPoint_caseId_idx" ON "ActionPoint"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "DigestSubscription_professionalId_scope_key" ON "DigestSubscription"("professionalId", "scope");

-- CreateIndex
CREATE UNIQUE INDEX "DigestRun_professionalId_weekKey_key" ON "DigestRun"("professionalId", "weekKey");

-- CreateIndex
CREATE INDEX "LookupGap_wijkId_at_idx" ON "LookupGap"("wijkId", "at");

-- CreateIndex
CREATE INDEX "AuditRecord_caseCode_at_idx" ON "AuditRecord"("caseCode", "at");

-- CreateIndex
CREATE INDEX "AuditRecord_actorId_at_idx" ON "AuditRecord"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditRecord_at_idx" ON "AuditRecord"("at");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_idempotencyKey_key" ON "OutboxMessage"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_notBefore_idx" ON "OutboxMessage"("status", "notBefore");

-- CreateIndex
CREATE INDEX "OutboxMessage_caseId_status_idx" ON "OutboxMessage"("caseId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "InboxItem_outboxId_key" ON "InboxItem"("outboxId");

-- CreateIndex
CREATE INDEX "InboxItem_professionalId_createdAt_idx" ON "InboxItem"("professionalId", "createdAt");

-- AddForeignKey
ALTER TABLE "Wijk" ADD CONSTRAINT "Wijk_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("cbsCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTopic" ADD CONSTRAINT "ServiceTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTopic" ADD CONSTRAINT "ServiceTopic_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceWijk" ADD CONSTRAINT "ServiceWijk_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceWijk" ADD CONSTRAINT "ServiceWijk_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceContact" ADD CONSTRAINT "ServiceContact_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceContact" ADD CONSTRAINT "ServiceContact_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Professional" ADD CONSTRAINT "Professional_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Professional" ADD CONSTRAINT "Professional_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Professional"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfessionalWijk" ADD CONSTRAINT "ProfessionalWijk_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfessionalWijk" ADD CONSTRAINT "ProfessionalWijk_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfessionalTopic" ADD CONSTRAINT "ProfessionalTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfessionalTopic" ADD CONSTRAINT "ProfessionalTopic_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatIdentity" ADD CONSTRAINT "ChatIdentity_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMember" ADD CONSTRAINT "CaseMember_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMember" ADD CONSTRAINT "CaseMember_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseRelative" ADD CONSTRAINT "CaseRelative_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_toServiceId_fkey" FOREIGN KEY ("toServiceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "ConsentRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverEvent" ADD CONSTRAINT "HandoverEvent_handoverId_fkey" FOREIGN KEY ("handoverId") REFERENCES "Handover"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consult" ADD CONSTRAINT "Consult_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultParticipant" ADD CONSTRAINT "ConsultParticipant_consultId_fkey" FOREIGN KEY ("consultId") REFERENCES "Consult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultSlot" ADD CONSTRAINT "ConsultSlot_consultId_fkey" FOREIGN KEY ("consultId") REFERENCES "Consult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultVote" ADD CONSTRAINT "ConsultVote_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "ConsultSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultVote" ADD CONSTRAINT "ConsultVote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "ConsultParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultAgendaItem" ADD CONSTRAINT "ConsultAgendaItem_consultId_fkey" FOREIGN KEY ("consultId") REFERENCES "Consult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPoint" ADD CONSTRAINT "ActionPoint_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPoint" ADD CONSTRAINT "ActionPoint_consultId_fkey" FOREIGN KEY ("consultId") REFERENCES "Consult"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Audit records are append-only (NEN 7513): updates are refused, and deletes only for records
-- past the five-year minimum retention. Hand-written; Prisma's schema language has no triggers.
CREATE FUNCTION "audit_record_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'AuditRecord is append-only';
  END IF;
  IF OLD."at" > now() - interval '5 years' THEN
    RAISE EXCEPTION 'AuditRecord is kept at least five years';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditRecord_append_only"
  BEFORE UPDATE OR DELETE ON "AuditRecord"
  FOR EACH ROW EXECUTE FUNCTION "audit_record_append_only"();
