/** Reading services for their edit form and writing what changed, as chat edits (versioned, audited). */
import { bumpDirectoryRevision } from "../../../db/social-map/import.js";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import type { DirectoryEditRecord } from "../core/directory-edit.model.js";
import type { EditableService, ServiceChanges, ServiceEditStore } from "../core/service-edit.ports.js";
import { recordChatEdit } from "./directory-edit.repository.js";

const select = {
  id: true,
  name: true,
  intakePhone: true,
  intakeHours: true,
  responseWorkingDays: true,
  contacts: { select: { professionalId: true }, orderBy: { position: "asc" } },
  wijken: { select: { wijkId: true } },
  topics: { select: { topicId: true } },
} satisfies Prisma.ServiceSelect;

type Row = Prisma.ServiceGetPayload<{ select: typeof select }>;

const toService = (row: Row): EditableService => ({
  id: row.id,
  name: row.name,
  contactIds: row.contacts.map((c) => c.professionalId),
  intakePhone: row.intakePhone,
  intakeHours: row.intakeHours,
  responseWorkingDays: row.responseWorkingDays,
  wijkIds: row.wijken.map((w) => w.wijkId).sort(),
  topicIds: row.topics.map((t) => t.topicId).sort(),
});

/** The value of a field before the change, in the format's terms. */
function previousOf(service: EditableService, field: keyof ServiceChanges) {
  const values = {
    "intake.phone": service.intakePhone,
    "intake.hours": service.intakeHours,
    responseWorkingDays: service.responseWorkingDays,
    wijken: service.wijkIds,
    topics: service.topicIds,
  };
  return values[field];
}

export function serviceEditRepository(prisma: PrismaClient): ServiceEditStore {
  return {
    async service(id) {
      const row = await prisma.service.findFirst({ where: { id, active: true }, select });
      return row ? toService(row) : null;
    },
    async servicesOf(professionalId) {
      const rows = await prisma.service.findMany({
        where: { active: true, contacts: { some: { professionalId } } },
        select,
        orderBy: { name: "asc" },
      });
      return rows.map(toService);
    },
    async servicesNamed(text) {
      const rows = await prisma.service.findMany({
        where: { active: true, name: { contains: text.trim(), mode: "insensitive" } },
        select,
        orderBy: { name: "asc" },
        take: 10,
      });
      return rows.map(toService);
    },
    async names() {
      const [wijken, topics] = await Promise.all([
        prisma.wijk.findMany({
          select: { id: true, name: true, aliases: true, municipality: { select: { name: true } } },
        }),
        prisma.topic.findMany({
          select: { id: true, nameNl: true, nameEn: true, synonymsNl: true, synonymsEn: true },
        }),
      ]);
      return { wijken: wijken.map((w) => ({ ...w, municipality: w.municipality.name })), topics };
    },
    async save({ service, changes, byId, channel, at }) {
      await prisma.$transaction(async (tx) => {
        const id = service.id;
        await tx.service.update({
          where: { id },
          data: {
            ...("intake.phone" in changes ? { intakePhone: changes["intake.phone"] } : {}),
            ...("intake.hours" in changes ? { intakeHours: changes["intake.hours"] } : {}),
            ...(changes.responseWorkingDays !== undefined
              ? { responseWorkingDays: changes.responseWorkingDays }
              : {}),
          },
        });
        if (changes.wijken) {
          await tx.serviceWijk.deleteMany({ where: { serviceId: id } });
          await tx.serviceWijk.createMany({
            data: changes.wijken.map((wijkId) => ({ wijkId, serviceId: id })),
          });
        }
        if (changes.topics) {
          await tx.serviceTopic.deleteMany({ where: { serviceId: id } });
          await tx.serviceTopic.createMany({
            data: changes.topics.map((topicId) => ({ topicId, serviceId: id })),
          });
        }
        for (const [field, value] of Object.entries(changes) as [
          keyof ServiceChanges,
          DirectoryEditRecord["value"],
        ][]) {
          const edit = {
            entity: "service",
            entityId: id,
            field,
            value,
            previous: previousOf(service, field),
            byId,
            channel,
          } as const;
          await recordChatEdit(tx, edit, at);
        }
        await bumpDirectoryRevision(tx, at);
      });
    },
  };
}
