/**
 * The directory as the lookup reads it. Each lookup is one indexed query per topic: services
 * joined through ServiceTopic(topicId, serviceId) and ServiceWijk(wijkId, serviceId), whose
 * primary keys lead with the selective column.
 */

import { chatIdsOf } from "../../../core/access/chat-channel.js";
import { isoDate } from "../../../db/repositories/dates.js";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import type { Absence, Availability } from "../core/availability.policy.js";
import type { ContactPerson, DirectoryReader, ServiceRecord, TopicRecord } from "../core/directory.ports.js";

const personSelect = {
  id: true,
  name: true,
  role: true,
  email: true,
  availability: true,
  absenceFrom: true,
  absenceTo: true,
  deputyId: true,
  identities: { select: { channel: true, externalId: true } },
} satisfies Prisma.ProfessionalSelect;

const serviceSelect = {
  id: true,
  name: true,
  intakePhone: true,
  intakeHours: true,
  responseWorkingDays: true,
  assuredDate: true,
  notes: true,
  organisation: { select: { id: true, name: true, phone: true, email: true } },
  topics: { select: { topicId: true } },
  wijken: { select: { wijkId: true } },
  contacts: {
    orderBy: { position: "asc" },
    select: {
      professional: {
        select: { ...personSelect, active: true, deputy: { select: { ...personSelect, active: true } } },
      },
    },
  },
} satisfies Prisma.ServiceSelect;

type PersonRow = Prisma.ProfessionalGetPayload<{ select: typeof personSelect }>;
type ServiceRow = Prisma.ServiceGetPayload<{ select: typeof serviceSelect }>;

export function toContactPerson(row: PersonRow): ContactPerson {
  const absence: Absence | null =
    row.absenceFrom && row.absenceTo
      ? { from: isoDate(row.absenceFrom), to: isoDate(row.absenceTo), deputyId: row.deputyId }
      : null;
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    email: row.email,
    availability: (row.availability ?? {}) as Availability,
    absence,
    chatIds: chatIdsOf(row.identities),
  };
}

function toServiceRecord(row: ServiceRow): ServiceRecord {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    intakePhone: row.intakePhone,
    intakeHours: row.intakeHours,
    responseWorkingDays: row.responseWorkingDays,
    assuredDate: isoDate(row.assuredDate),
    notes: row.notes,
    topicIds: row.topics.map((t) => t.topicId),
    wijkIds: row.wijken.map((w) => w.wijkId),
    contacts: row.contacts
      .filter((c) => c.professional.active)
      .map(({ professional }) => ({
        ...toContactPerson(professional),
        // A deputy who has left is no deputy: the absent person is shown without one.
        deputy: professional.deputy?.active ? toContactPerson(professional.deputy) : null,
      })),
  };
}

export function directoryRepository(prisma: PrismaClient): DirectoryReader {
  return {
    async wijk(id) {
      return prisma.wijk.findUnique({
        where: { id },
        select: { id: true, name: true, municipalityCode: true },
      });
    },
    async topics(): Promise<TopicRecord[]> {
      return prisma.topic.findMany({
        select: { id: true, nameNl: true, nameEn: true },
        orderBy: { nameNl: "asc" },
      });
    },
    async servicesFor(topicId, wijkId) {
      const rows = await prisma.service.findMany({
        where: { active: true, topics: { some: { topicId } }, wijken: { some: { wijkId } } },
        select: serviceSelect,
        take: 50,
      });
      return rows.map(toServiceRecord);
    },
    async servicesNearby(topicId, wijk, limit) {
      const rows = await prisma.service.findMany({
        where: {
          active: true,
          topics: { some: { topicId } },
          wijken: { some: { wijk: { municipalityCode: wijk.municipalityCode } }, none: { wijkId: wijk.id } },
        },
        select: serviceSelect,
        orderBy: { assuredDate: "desc" },
        take: limit,
      });
      return rows.map(toServiceRecord);
    },
    async recordGap(gap) {
      await prisma.lookupGap.create({ data: gap });
    },
  };
}
