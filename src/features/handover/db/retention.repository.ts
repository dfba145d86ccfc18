/**
 * The retention periods, applied: personal fields of closed cases and audit records past their
 * minimum keeping time. (Contact details of ended handovers: src/features/handover/jobs/contact-retention.job.ts.) Each purge writes an audit
 * record (actor: the system) in the same transaction; rows already purged are skipped, so a
 * second run the same day changes nothing.
 */

import { recordAudit } from "../../../db/repositories/audit.repository.js";
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { RetentionStore } from "../../cases/core/retention.ports.js";
import { purgeCasePersonalFields } from "../../cases/db/case-purge.js";

const BATCH = 200;

export function retentionRepository(prisma: PrismaClient): RetentionStore {
  return {
    async purgeClosedCases(closedBefore, now) {
      let total = 0;
      for (;;) {
        const batch = await prisma.case.findMany({
          where: { status: "closed", closedOn: { lt: closedBefore }, purgedAt: null },
          select: { id: true, code: true },
          take: BATCH,
        });
        if (batch.length === 0) return total;
        await prisma.$transaction(async (tx) => {
          await purgeCasePersonalFields(
            tx,
            batch.map((c) => c.id),
            now,
          );
          for (const c of batch) {
            await recordAudit(tx, {
              event: "retention.case-purge",
              action: "delete",
              at: now,
              actorId: null,
              channel: "job",
              caseId: c.id,
              caseCode: c.code,
              authorised: true,
            });
          }
        });
        total += batch.length;
      }
    },

    async deleteOldAudit(before) {
      // The database's own clock decides as well: the trigger measures five years from now(),
      // and an application clock fixed in the future (WIJKBOT_NOW) must not make this fail.
      return prisma.$executeRaw`
        DELETE FROM "AuditRecord"
        WHERE "at" < ${before} AND "at" < now() - interval '5 years'`;
    },
  };
}
