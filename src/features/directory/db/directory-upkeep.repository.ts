/** Directory upkeep: stale entries, the outbox questions to their contact people, confirmation. */

import { dateColumn, isoDate } from "../../../db/repositories/dates.js";
import { enqueueNotices } from "../../../db/repositories/outbox.repository.js";
import type { PrismaClient } from "../../../generated/prisma/client.js";
import { CONFIRM_KIND } from "../core/directory-upkeep.notices.js";
import type { UpkeepStore } from "../core/directory-upkeep.ports.js";

const serviceSelect = {
  id: true,
  name: true,
  assuredDate: true,
  contacts: {
    where: { professional: { active: true } },
    select: { professionalId: true },
    orderBy: { position: "asc" as const },
  },
};

export function directoryUpkeepRepository(prisma: PrismaClient): UpkeepStore {
  return {
    async service(serviceId) {
      const row = await prisma.service.findUnique({ where: { id: serviceId }, select: serviceSelect });
      return row ? toService(row) : null;
    },

    async dueForConfirmation(before, askedSince, limit) {
      const asked = await prisma.outboxMessage.findMany({
        where: { kind: CONFIRM_KIND, createdAt: { gte: askedSince } },
        select: { idempotencyKey: true },
      });
      // Keys are directory-verify:<serviceId>:<recipientId>:<day>.
      const recent = new Set(asked.map((row) => row.idempotencyKey.split(":")[1]));
      const rows = await prisma.service.findMany({
        where: {
          active: true,
          assuredDate: { lt: dateColumn(before) },
          contacts: { some: { professional: { active: true } } },
        },
        select: serviceSelect,
        orderBy: { assuredDate: "asc" },
      });
      return rows
        .filter((row) => !recent.has(row.id))
        .slice(0, limit)
        .map(toService);
    },

    askToConfirm: (requests, now) => prisma.$transaction((tx) => enqueueNotices(tx, requests, now)),

    async markVerified(serviceId, day) {
      await prisma.service.update({ where: { id: serviceId }, data: { assuredDate: dateColumn(day) } });
    },
  };
}

function toService(row: {
  id: string;
  name: string;
  assuredDate: Date;
  contacts: { professionalId: string }[];
}) {
  return {
    id: row.id,
    name: row.name,
    assuredDate: isoDate(row.assuredDate),
    contactIds: row.contacts.map((c) => c.professionalId),
  };
}
