/** Erasure requests: restrict, or erase the personal fields and restrict, with the audit record. */

import { recordAudit } from "../../../db/repositories/audit.repository.js";
import type { PrismaClient } from "../../../generated/prisma/client.js";
import { purgeCasePersonalFields } from "../../cases/db/case-purge.js";
import type { ErasureStore } from "../core/admin.ports.js";

const OPEN_HANDOVER = ["requested", "accepted", "contacted"];

export function erasureRepository(prisma: PrismaClient): ErasureStore {
  return {
    async caseForErasure(code) {
      const row = await prisma.case.findUnique({
        where: { code },
        select: {
          id: true,
          code: true,
          status: true,
          restrictedAt: true,
          _count: { select: { handovers: { where: { status: { in: OPEN_HANDOVER } } } } },
        },
      });
      if (!row) return null;
      return {
        id: row.id,
        code: row.code,
        status: row.status,
        openHandovers: row._count.handovers,
        restricted: row.restrictedAt !== null,
      };
    },
    async restrict(caseId, now, audit) {
      await prisma.$transaction(async (tx) => {
        // A second request keeps the first restriction's date.
        await tx.case.updateMany({ where: { id: caseId, restrictedAt: null }, data: { restrictedAt: now } });
        await recordAudit(tx, audit);
      });
    },
    async eraseAndRestrict(caseId, now, audit) {
      await prisma.$transaction(async (tx) => {
        await purgeCasePersonalFields(tx, [caseId], now);
        await tx.case.updateMany({ where: { id: caseId, restrictedAt: null }, data: { restrictedAt: now } });
        await recordAudit(tx, audit);
      });
    },
  };
}
