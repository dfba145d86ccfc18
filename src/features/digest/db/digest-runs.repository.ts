/**
 * Writes of the digest: the weekly runs (claimed exactly once per recipient per ISO week) and the
 * two buttons (nudge the holder of an overdue handover, mark an entry verified).
 */
import { randomUUID } from "node:crypto";
import { dateColumn } from "../../../db/repositories/dates.js";
import { enqueueNotice } from "../../../db/repositories/outbox.repository.js";
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { DigestActionsPort } from "../core/digest.ports.js";
import type { DigestRunStore } from "../core/digest-runs.ports.js";
import { toSubscription } from "./digest.repository.js";

export function digestRunRepository(prisma: PrismaClient): DigestRunStore {
  return {
    async activeSubscriptions() {
      const rows = await prisma.digestSubscription.findMany({
        where: { active: true },
        orderBy: [{ professionalId: "asc" }, { scope: "asc" }],
      });
      const last = await prisma.digestRun.groupBy({
        by: ["professionalId"],
        where: { professionalId: { in: [...new Set(rows.map((r) => r.professionalId))] } },
        _max: { weekKey: true },
      });
      const lastBy = new Map(last.map((r) => [r.professionalId, r._max.weekKey]));
      return rows.map((row) => ({
        subscription: toSubscription(row),
        lastWeekKey: lastBy.get(row.professionalId) ?? null,
      }));
    },
    async claimAndQueue(claim, notice) {
      return prisma.$transaction(async (tx) => {
        const status = notice ? "queued" : "quiet";
        // ON CONFLICT DO NOTHING: the loser of a race gets no row back instead of an aborted transaction.
        const won = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO "DigestRun" (id, "professionalId", "weekKey", "scheduledAt", status, late, "startedAt", "sentAt")
          VALUES (${randomUUID()}, ${claim.professionalId}, ${claim.weekKey}, ${claim.scheduledAt}, ${status},
                  ${claim.late}, ${claim.now}, ${claim.now})
          ON CONFLICT ("professionalId", "weekKey") DO NOTHING
          RETURNING id`;
        if (won.length === 0) return "taken";
        if (!notice) return "recorded";
        await enqueueNotice(tx, notice, claim.now);
        return "queued";
      });
    },
  };
}

export function digestActionsRepository(prisma: PrismaClient): DigestActionsPort {
  return {
    async nudgeTarget(handoverId) {
      const h = await prisma.handover.findUnique({
        where: { id: handoverId },
        select: {
          id: true,
          status: true,
          deadlineAt: true,
          acceptedById: true,
          toProfessionalId: true,
          case: { select: { code: true, wijkId: true } },
          toService: {
            select: {
              name: true,
              contacts: { orderBy: { position: "asc" }, take: 1, select: { professionalId: true } },
            },
          },
        },
      });
      if (!h) return null;
      const holderId =
        h.acceptedById ?? h.toProfessionalId ?? h.toService.contacts[0]?.professionalId ?? null;
      const holder = holderId
        ? await prisma.professional.findUnique({ where: { id: holderId }, select: { active: true } })
        : null;
      return {
        handoverId: h.id,
        caseCode: h.case.code,
        wijkId: h.case.wijkId,
        serviceName: h.toService.name,
        status: h.status,
        deadlineAt: h.deadlineAt,
        holderId: holder?.active ? holderId : null,
      };
    },
    queueNudge: (nudge, now) => enqueueNotice(prisma, nudge, now),
    async serviceWijken(serviceId) {
      const row = await prisma.service.findUnique({
        where: { id: serviceId },
        select: { name: true, wijken: { select: { wijkId: true } } },
      });
      return row ? { name: row.name, wijkIds: row.wijken.map((w) => w.wijkId) } : null;
    },
    async markVerified(serviceId, day) {
      await prisma.service.update({ where: { id: serviceId }, data: { assuredDate: dateColumn(day) } });
    },
  };
}
