/**
 * The columns the generator fills, per table, in COPY order. Columns left out take their
 * database default (createdAt, version, …). Kept beside the generator so a schema change that
 * breaks the load shows up here first.
 */
export const TABLES = {
  Municipality: ["cbsCode", "name"],
  Wijk: ["id", "name", "aliases", "municipalityCode"],
  Topic: ["id", "nameNl", "nameEn", "synonymsNl", "synonymsEn", "positiveHealthDimension"],
  Organisation: ["id", "name", "kind", "phone", "email", "website"],
  Service: [
    "id",
    "organisationId",
    "name",
    "intakePhone",
    "intakeHours",
    "responseWorkingDays",
    "assuredDate",
    "notes",
  ],
  ServiceTopic: ["topicId", "serviceId"],
  ServiceWijk: ["wijkId", "serviceId"],
  ServiceContact: ["serviceId", "professionalId", "position"],
  Professional: [
    "id",
    "name",
    "role",
    "organisationId",
    "email",
    "languages",
    "isCoordinator",
    "networkMunicipality",
    "availability",
    "absenceFrom",
    "absenceTo",
    "deputyId",
  ],
  ProfessionalWijk: ["wijkId", "professionalId"],
  ProfessionalTopic: ["topicId", "professionalId"],
  ChatIdentity: ["id", "channel", "tenant", "externalId", "professionalId"],
  Case: ["id", "code", "wijkId", "status", "openedOn", "closedOn", "topics", "coordinatorId", "summary"],
  CaseCodeCounter: ["prefix", "next"],
  CaseMember: ["caseId", "professionalId", "role", "addedAt"],
  ConsentRecord: [
    "id",
    "caseId",
    "recordedById",
    "recordedAt",
    "form",
    "purpose",
    "serviceId",
    "validUntil",
    "withdrawnAt",
    "withdrawnBy",
  ],
  Handover: [
    "id",
    "caseId",
    "fromId",
    "toServiceId",
    "acceptedById",
    "topicId",
    "status",
    "urgency",
    "reason",
    "contactChannel",
    "contactBestTime",
    "contactAttempts",
    "consentId",
    "requestedAt",
    "deadlineAt",
    "reminderSentAt",
    "escalatedAt",
    "endedAt",
  ],
  HandoverEvent: ["id", "handoverId", "at", "type", "byId", "note"],
  Consult: [
    "id",
    "caseId",
    "status",
    "organizerId",
    "start",
    "location",
    "windowStart",
    "windowEnd",
    "icsUid",
    "outcome",
  ],
  ConsultParticipant: ["id", "consultId", "professionalId", "relativeLabel", "role", "required", "attended"],
  ConsultSlot: ["id", "consultId", "start", "end"],
  ConsultVote: ["slotId", "participantId", "answer", "at"],
  ConsultAgendaItem: ["id", "consultId", "position", "text", "addedById"],
  ActionPoint: ["id", "caseId", "consultId", "ownerId", "text", "dueOn", "doneAt"],
  DigestSubscription: ["id", "professionalId", "wijkIds", "scope", "day", "time"],
  LookupGap: ["id", "at", "askedById", "wijkId", "topicId", "kind", "term"],
  AppState: ["key", "value", "updatedAt"],
} as const satisfies Record<string, readonly string[]>;

export type TableName = keyof typeof TABLES;

/** A value as COPY will read it: Date → timestamp, string[] → text[], object → json. */
export type CopyValue = string | number | boolean | null | Date | readonly string[] | Record<string, unknown>;

export interface RowSink {
  row(table: TableName, values: CopyValue[]): void;
}

/** Big tables whose secondary indexes are dropped during the load and built once after it. */
export const BULK_TABLES: TableName[] = [
  "Case",
  "CaseMember",
  "ConsentRecord",
  "Handover",
  "HandoverEvent",
  "ChatIdentity",
  "ProfessionalWijk",
  "ProfessionalTopic",
  "Professional",
];

export const DAY = 86_400_000;

/** "2026-11-23" for a date column. */
export function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
