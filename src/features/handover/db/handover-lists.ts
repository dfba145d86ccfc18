/** "mijn overdrachten" and the retention purge of contact details. */

import { recordAudit } from "../../../db/repositories/audit.repository.js";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import type { HandoverListItem } from "../core/handover.ports.js";
import type { HandoverStatus } from "../core/handover.state.js";

const OPEN = ["requested", "accepted", "contacted"];

const listSelect = {
  id: true,
  topicId: true,
  status: true,
  requestedAt: true,
  deadlineAt: true,
  toService: { select: { name: true } },
  case: { select: { code: true, wijk: { select: { name: true } } } },
} satisfies Prisma.HandoverSelect;

type ListRow = Prisma.HandoverGetPayload<{ select: typeof listSelect }>;

function toItem(row: ListRow): HandoverListItem {
  return {
    id: row.id,
    caseCode: row.case.code,
    topicId: row.topicId,
    wijkName: row.case.wijk.name,
    serviceName: row.toService.name,
    status: row.status as HandoverStatus,
    requestedAt: row.requestedAt,
    deadlineAt: row.deadlineAt,
  };
}

/** Sent by the professional, and received: accepted by them, or open and meant for them. */
export async function handoverListing(
  prisma: PrismaClient,
  professionalId: string,
  limit: number,
): Promise<{ sent: HandoverListItem[]; received: HandoverListItem[] }> {
  const order = [{ requestedAt: "desc" as const }];
  const [sent, received] = await Promise.all([
    prisma.handover.findMany({
      where: { fromId: professionalId },
      select: listSelect,
      orderBy: order,
      take: limit,
    }),
    prisma.handover.findMany({
      where: {
        OR: [
          { acceptedById: professionalId },
          {
            status: "requested",
            OR: [
              { toProfessionalId: professionalId },
              { toService: { contacts: { some: { professionalId } } } },
            ],
          },
        ],
      },
      select: listSelect,
      orderBy: order,
      take: limit,
    }),
  ]);
  const openFirst = (a: HandoverListItem, b: HandoverListItem) =>
    Number(OPEN.includes(b.status)) - Number(OPEN.includes(a.status));
  return { sent: sent.map(toItem).sort(openFirst), received: received.map(toItem).sort(openFirst) };
}

/**
 * Clears the phone number and best time of handovers that ended before `endedBefore`, each with
 * an audit record, in one transaction. Idempotent: purged rows no longer match.
 */
export async function purgeContactDetails(
  prisma: PrismaClient,
  endedBefore: Date,
  now: Date,
  limit: number,
): Promise<number> {
  const due = await prisma.handover.findMany({
    where: {
      endedAt: { lt: endedBefore },
      purgedAt: null,
      OR: [{ phoneCipher: { not: null } }, { contactBestTime: { not: null } }],
    },
    select: { id: true, caseId: true, case: { select: { code: true } } },
    take: limit,
  });
  if (due.length === 0) return 0;
  return prisma.$transaction(async (tx) => {
    let purged = 0;
    for (const row of due) {
      // Per row and guarded: another purger (a replica, the general retention job) may be first.
      const { count } = await tx.handover.updateMany({
        where: { id: row.id, purgedAt: null },
        data: { phoneCipher: null, contactBestTime: null, purgedAt: now },
      });
      if (count === 0) continue;
      purged += 1;
      await recordAudit(tx, {
        event: "handover.contact-purge",
        action: "delete",
        at: now,
        actorId: null,
        channel: "job",
        caseId: row.caseId,
        caseCode: row.case.code,
        subject: `handover:${row.id}`,
        authorised: true,
        detail: { fields: "contact" },
      });
    }
    return purged;
  });
}
