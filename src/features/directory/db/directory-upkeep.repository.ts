/** Directory upkeep: stale entries, the outbox questions to their contact people, confirmation. */

import type { Lang } from "../../../core/shared/lang.js";
import { dateColumn, isoDate } from "../../../db/repositories/dates.js";
import { enqueueNotification } from "../../../db/repositories/outbox.repository.js";
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { Message } from "../../../views/message.js";
import type { ConfirmationRequest, UpkeepStore } from "../core/directory-upkeep.ports.js";

export const CONFIRM_KIND = "directory.confirm-request";

export type RenderConfirmation = (request: ConfirmationRequest, lang: Lang) => Message;

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

export function directoryUpkeepRepository(
  prisma: PrismaClient,
  options: { render: RenderConfirmation },
): UpkeepStore {
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

    async askToConfirm(requests, now) {
      const recipients = await prisma.professional.findMany({
        where: { id: { in: [...new Set(requests.map((r) => r.recipientId))] } },
        select: { id: true, locale: true },
      });
      const langOf = new Map(recipients.map((p) => [p.id, p.locale === "en" ? "en" : "nl"] as const));
      return prisma.$transaction(async (tx) => {
        let queued = 0;
        for (const request of requests) {
          const outcome = await enqueueNotification(
            tx,
            {
              recipientId: request.recipientId,
              kind: CONFIRM_KIND,
              message: options.render(request, langOf.get(request.recipientId) ?? "nl"),
              idempotencyKey: request.idempotencyKey,
            },
            now,
          );
          if (outcome === "queued") queued += 1;
        }
        return queued;
      });
    },

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
