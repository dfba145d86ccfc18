/** Reading handovers, services and cases into the shapes of src/features/handover/core/handover.ports.ts. */

import type { DbClient } from "../../../db/repositories/audit.repository.js";
import { isoDate } from "../../../db/repositories/dates.js";
import type { Prisma } from "../../../generated/prisma/client.js";
import type { ConsentFacts } from "../core/consent.policy.js";
import type {
  ContactChannel,
  HandoverCase,
  HandoverRecord,
  ServiceOption,
  Urgency,
} from "../core/handover.ports.js";
import type { HandoverStatus } from "../core/handover.state.js";

export const serviceSelect = {
  id: true,
  name: true,
  organisationId: true,
  responseWorkingDays: true,
  topics: { select: { topicId: true } },
  wijken: { select: { wijkId: true } },
  contacts: {
    where: { professional: { active: true } },
    select: {
      professional: {
        select: {
          id: true,
          name: true,
          absenceFrom: true,
          absenceTo: true,
          deputy: { select: { id: true, name: true, active: true } },
        },
      },
    },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.ServiceSelect;

type ServiceRow = Prisma.ServiceGetPayload<{ select: typeof serviceSelect }>;

export function toServiceOption(row: ServiceRow): ServiceOption {
  return {
    id: row.id,
    name: row.name,
    organisationId: row.organisationId,
    responseWorkingDays: row.responseWorkingDays,
    topicIds: row.topics.map((t) => t.topicId),
    wijkIds: row.wijken.map((w) => w.wijkId),
    contacts: row.contacts.map(({ professional: p }) => ({
      id: p.id,
      name: p.name,
      // A deputy who has left stands in for nobody.
      absence:
        p.absenceFrom && p.absenceTo
          ? {
              from: isoDate(p.absenceFrom),
              to: isoDate(p.absenceTo),
              deputy: p.deputy?.active ? { id: p.deputy.id, name: p.deputy.name } : null,
            }
          : null,
    })),
  };
}

const consentSelect = {
  id: true,
  serviceId: true,
  purpose: true,
  recordedAt: true,
  validUntil: true,
  withdrawnAt: true,
} satisfies Prisma.ConsentRecordSelect;

export const caseSelect = {
  id: true,
  code: true,
  wijkId: true,
  coordinatorId: true,
  restrictedAt: true,
  wijk: { select: { name: true, municipalityCode: true } },
  members: { select: { professionalId: true } },
  consents: { select: consentSelect },
} satisfies Prisma.CaseSelect;

type CaseRow = Prisma.CaseGetPayload<{ select: typeof caseSelect }>;

export function toHandoverCase(row: CaseRow): HandoverCase {
  return {
    id: row.id,
    code: row.code,
    wijkId: row.wijkId,
    wijkName: row.wijk.name,
    access: {
      wijkId: row.wijkId,
      municipalityCode: row.wijk.municipalityCode,
      coordinatorId: row.coordinatorId,
      memberIds: row.members.map((m) => m.professionalId),
      restricted: row.restrictedAt !== null,
    },
    consents: row.consents satisfies ConsentFacts[],
  };
}

export const handoverSelect = {
  id: true,
  status: true,
  fromId: true,
  toProfessionalId: true,
  acceptedById: true,
  contactAttempts: true,
  version: true,
  topicId: true,
  urgency: true,
  reason: true,
  contactChannel: true,
  contactBestTime: true,
  phoneCipher: true,
  consentId: true,
  sendable: true,
  requestedAt: true,
  deadlineAt: true,
  reminderSentAt: true,
  escalatedAt: true,
  endedAt: true,
  toService: { select: serviceSelect },
  case: { select: caseSelect },
} satisfies Prisma.HandoverSelect;

type HandoverRow = Prisma.HandoverGetPayload<{ select: typeof handoverSelect }>;

export async function toHandoverRecords(client: DbClient, rows: HandoverRow[]): Promise<HandoverRecord[]> {
  const ids = new Set<string>();
  for (const r of rows) for (const id of [r.fromId, r.acceptedById, r.toProfessionalId]) if (id) ids.add(id);
  const people = await client.professional.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true },
  });
  const names = Object.fromEntries(people.map((p) => [p.id, p.name]));
  return rows.map((row) => {
    const kase = toHandoverCase(row.case);
    return {
      id: row.id,
      caseId: kase.id,
      caseCode: kase.code,
      wijkId: kase.wijkId,
      wijkName: kase.wijkName,
      access: kase.access,
      state: {
        status: row.status as HandoverStatus,
        fromId: row.fromId,
        toServiceId: row.toService.id,
        toProfessionalId: row.toProfessionalId,
        acceptedById: row.acceptedById,
        contactAttempts: row.contactAttempts,
        version: row.version,
      },
      topicId: row.topicId,
      service: toServiceOption(row.toService),
      urgency: row.urgency as Urgency,
      reason: row.reason,
      contactChannel: row.contactChannel as ContactChannel,
      contactBestTime: row.contactBestTime,
      phoneCipher: row.phoneCipher,
      consentId: row.consentId,
      consents: kase.consents,
      sendable: row.sendable,
      requestedAt: row.requestedAt,
      deadlineAt: row.deadlineAt,
      reminderSentAt: row.reminderSentAt,
      escalatedAt: row.escalatedAt,
      endedAt: row.endedAt,
      names,
    };
  });
}
