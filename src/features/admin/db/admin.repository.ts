/**
 * Administration writes: chat identity links and the deactivation of a professional who leaves.
 * Every change commits together with its audit record (and, for a deactivation, with the
 * coordinators' notifications in the outbox), or not at all.
 */

import { type DbClient, recordAudit } from "../../../db/repositories/audit.repository.js";
import { enqueueNotices } from "../../../db/repositories/outbox.repository.js";
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.js";
import type { AuditEntry } from "../../audit/core/audit.port.js";
import type { DeactivationFacts } from "../core/admin.notices.js";
import type { AdminStore, DeactivationReport } from "../core/admin.ports.js";

const OPEN_HANDOVER = ["requested", "accepted", "contacted"];

export function adminRepository(prisma: PrismaClient): AdminStore {
  return {
    async professional(id) {
      return prisma.professional.findUnique({
        where: { id },
        select: { id: true, name: true, active: true },
      });
    },

    async link(account, professionalId, audit) {
      return prisma.$transaction(async (tx) => {
        const key = { channel: account.channel, tenant: account.tenant, externalId: account.externalId };
        const existing = await tx.chatIdentity.findUnique({
          where: { channel_tenant_externalId: key },
          select: { professionalId: true },
        });
        const previous =
          existing && existing.professionalId !== professionalId ? existing.professionalId : null;
        await tx.chatIdentity.upsert({
          where: { channel_tenant_externalId: key },
          // A relink drops the conversation reference: it led to the previous person's chat.
          update: { professionalId, ...(previous ? { conversationRef: Prisma.DbNull } : {}) },
          create: { ...key, professionalId },
        });
        await recordAudit(tx, { ...audit, detail: { ...audit.detail, previousProfessionalId: previous } });
        return { previous };
      });
    },

    async unlink(account, audit) {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.chatIdentity.deleteMany({
          where: {
            channel: account.channel,
            externalId: account.externalId,
            ...(account.tenant !== null ? { tenant: account.tenant } : {}),
          },
        });
        await recordAudit(tx, { ...audit, detail: { count } });
        return count;
      });
    },

    deactivate: (professionalId, audit) =>
      prisma.$transaction((tx) => deactivateIn(tx, professionalId, audit)),
  };
}

async function deactivateIn(
  tx: DbClient,
  professionalId: string,
  audit: AuditEntry,
): Promise<DeactivationReport> {
  const now = audit.at;
  const leaver = await tx.professional.update({
    where: { id: professionalId },
    data: { active: false },
    select: { name: true, wijken: { select: { wijkId: true } } },
  });
  const handovers = await reassignHandovers(tx, professionalId, audit);
  const points = await reassignActionPoints(tx, professionalId);
  const wijkIds = new Set([
    ...leaver.wijken.map((w) => w.wijkId),
    ...handovers.map((h) => h.wijkId),
    ...points.map((p) => p.wijkId),
  ]);
  const coordinators = await tx.professional.findMany({
    where: {
      isCoordinator: true,
      active: true,
      id: { not: professionalId },
      wijken: { some: { wijkId: { in: [...wijkIds] } } },
    },
    select: { id: true },
  });
  const facts: DeactivationFacts = {
    leaverName: leaver.name,
    handovers: handovers.map(({ caseCode, serviceName }) => ({ caseCode, serviceName })),
    actionPoints: points.map(({ caseCode, movedTo }) => ({ caseCode, movedTo })),
  };
  const notices = coordinators.map((coordinator) => ({
    kind: "admin.deactivated" as const,
    recipientId: coordinator.id,
    facts,
    idempotencyKey: `deactivate:${professionalId}:${now.toISOString()}:${coordinator.id}`,
  }));
  await enqueueNotices(tx, notices, now);
  const report: DeactivationReport = {
    handovers: handovers.length,
    actionPoints: points.filter((p) => p.movedTo === "coordinator").length,
    actionPointsWithoutOwner: points.filter((p) => p.movedTo === "nobody").length,
    coordinatorsTold: coordinators.length,
  };
  await recordAudit(tx, { ...audit, detail: { ...audit.detail, ...report } });
  return report;
}

interface Reassigned {
  caseCode: string;
  wijkId: string;
  serviceName: string;
}

/** Open handovers the leaver holds or was named for go back to the receiving service. */
async function reassignHandovers(
  tx: DbClient,
  professionalId: string,
  audit: AuditEntry,
): Promise<Reassigned[]> {
  const rows = await tx.handover.findMany({
    where: {
      status: { in: OPEN_HANDOVER },
      OR: [{ acceptedById: professionalId }, { toProfessionalId: professionalId }],
    },
    select: {
      id: true,
      status: true,
      caseId: true,
      case: { select: { code: true, wijkId: true } },
      toService: { select: { name: true } },
    },
  });
  for (const row of rows) {
    await tx.handover.update({
      where: { id: row.id },
      data: {
        acceptedById: null,
        toProfessionalId: null,
        // Accepted but not yet called: the service must pick it up again. Contacted stays contacted.
        status: row.status === "accepted" ? "requested" : row.status,
        version: { increment: 1 },
      },
    });
    await tx.handoverEvent.create({
      data: {
        handoverId: row.id,
        at: audit.at,
        type: "reassigned",
        byId: audit.actorId,
        data: { from: professionalId, to: "service", cause: "deactivated" },
      },
    });
    await recordAudit(tx, {
      event: "handover.reassign",
      action: "update",
      at: audit.at,
      actorId: audit.actorId,
      channel: audit.channel,
      caseId: row.caseId,
      caseCode: row.case.code,
      subject: `handover:${row.id}`,
      authorised: true,
      detail: { cause: "deactivated", previousHolder: professionalId },
    });
  }
  return rows.map((r) => ({ caseCode: r.case.code, wijkId: r.case.wijkId, serviceName: r.toService.name }));
}

/** Open action points go to the case coordinator; without another coordinator they stay, flagged. */
async function reassignActionPoints(
  tx: DbClient,
  professionalId: string,
): Promise<{ caseCode: string; wijkId: string; movedTo: "coordinator" | "nobody" }[]> {
  const rows = await tx.actionPoint.findMany({
    where: { ownerId: professionalId, doneAt: null },
    select: { id: true, case: { select: { code: true, wijkId: true, coordinatorId: true } } },
  });
  const result: { caseCode: string; wijkId: string; movedTo: "coordinator" | "nobody" }[] = [];
  for (const row of rows) {
    const to = row.case.coordinatorId;
    if (to && to !== professionalId)
      await tx.actionPoint.update({ where: { id: row.id }, data: { ownerId: to } });
    result.push({
      caseCode: row.case.code,
      wijkId: row.case.wijkId,
      movedTo: to && to !== professionalId ? "coordinator" : "nobody",
    });
  }
  return result;
}
