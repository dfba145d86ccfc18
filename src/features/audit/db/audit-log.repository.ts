/** Reads the audit trail for administrators' queries and access-request exports. */

import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import type { AuditFilter, AuditReader, AuditRow, PeopleFinder } from "../core/audit-log.ports.js";

const rowSelect = {
  id: true,
  at: true,
  event: true,
  action: true,
  actorId: true,
  onBehalfOfId: true,
  channel: true,
  caseCode: true,
  subject: true,
  authorised: true,
  consentBasis: true,
  detail: true,
} satisfies Prisma.AuditRecordSelect;

type Row = Prisma.AuditRecordGetPayload<{ select: typeof rowSelect }>;

function toRow(row: Row): AuditRow {
  const detail =
    row.detail && typeof row.detail === "object" && !Array.isArray(row.detail) ? row.detail : null;
  return { ...row, id: row.id.toString(), detail: detail as Record<string, unknown> | null };
}

function where(filter: AuditFilter): Prisma.AuditRecordWhereInput {
  return {
    ...(filter.caseCode ? { caseCode: filter.caseCode } : {}),
    ...(filter.professionalId
      ? {
          OR: [
            { actorId: filter.professionalId },
            { onBehalfOfId: filter.professionalId },
            { subject: `professional:${filter.professionalId}` },
          ],
        }
      : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
}

export function auditLogRepository(prisma: PrismaClient): AuditReader & PeopleFinder {
  return {
    async find(filter, limit) {
      const rows = await prisma.auditRecord.findMany({
        where: where(filter),
        select: rowSelect,
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: limit,
      });
      return rows.map(toRow);
    },
    async trailOfCase(caseCode) {
      const rows = await prisma.auditRecord.findMany({
        where: { caseCode },
        select: rowSelect,
        orderBy: [{ at: "asc" }, { id: "asc" }],
      });
      return rows.map(toRow);
    },
    async findProfessionals(text, limit) {
      const trimmed = text.trim().slice(0, 200);
      if (!trimmed) return [];
      return prisma.professional.findMany({
        where: { OR: [{ id: trimmed }, { name: { contains: trimmed, mode: "insensitive" } }] },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
        take: limit,
      });
    },
  };
}
