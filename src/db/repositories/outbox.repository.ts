import { randomUUID } from "node:crypto";
import { checkNotice, type Notice, readNotice } from "../../core/notices/notices.js";
import type { OutboxStore } from "../../core/notices/outbox.port.js";
import { preferredLang } from "../../core/shared/lang.js";
import type { QueuedNotice } from "../../core/shared/notice.js";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { DbClient } from "./audit.repository.js";

/**
 * The transactional outbox. Writers call `enqueueNotice` with the `tx` of the transaction that
 * changes the state it announces, so both commit or neither does. A row holds a typed notice:
 * `kind` and `recipientId` in their columns, the facts as JSON in `payload`; it is rendered only
 * when delivered (src/jobs/outbox-delivery.job.ts reads through `outboxRepository` after commit).
 *
 * Rows written before notices (#12) hold a rendered message instead: they fail the schema when
 * claimed and are marked failed, never sent; the web inbox leaves such entries out.
 *
 * Never call pg-boss or `Database.executeSql` while such a transaction is open: on PGlite they
 * wait for the transaction's lock, which waits for them (see PLATFORM-NOTES, deadlock trap).
 */
export async function enqueueNotice(
  tx: DbClient,
  queued: QueuedNotice<Notice>,
  now: Date,
): Promise<"queued" | "duplicate"> {
  // Checked before writing: a wrong shape fails the whole change, not its delivery later.
  const notice = checkNotice(queued);
  // ON CONFLICT DO NOTHING: a unique violation would abort the caller's whole transaction.
  const { count } = await tx.outboxMessage.createMany({
    data: [
      {
        id: randomUUID(),
        createdAt: now,
        recipientId: notice.recipientId,
        kind: notice.kind,
        payload: notice.facts as unknown as Prisma.InputJsonValue,
        idempotencyKey: queued.idempotencyKey,
        caseId: queued.caseId ?? null,
        notBefore: queued.notBefore ?? now,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1 ? "queued" : "duplicate";
}

/** Queues several notices in order; returns how many were new. */
export async function enqueueNotices(
  tx: DbClient,
  queued: QueuedNotice<Notice>[],
  now: Date,
): Promise<number> {
  let count = 0;
  for (const entry of queued) if ((await enqueueNotice(tx, entry, now)) === "queued") count += 1;
  return count;
}

/**
 * Consent withdrawn: nothing still queued for the case goes out, not even to the web inbox.
 * Rows being sent are cancelled too, so that one whose sender died is not sent again when its
 * lease runs out; a call already under way at this moment cannot be called back.
 */
export async function cancelQueuedForCase(tx: DbClient, caseId: string): Promise<number> {
  const { count } = await tx.outboxMessage.updateMany({
    where: { caseId, status: { in: ["pending", "sending"] } },
    data: { status: "cancelled", lockedUntil: null },
  });
  return count;
}

interface ClaimRow {
  id: string;
  recipientId: string;
  kind: string;
  payload: unknown;
  locale: string | null;
  attempts: number;
}

export function outboxRepository(prisma: PrismaClient): OutboxStore {
  return {
    async claimDue(now, leaseUntil, limit) {
      // SKIP LOCKED: concurrent dispatchers (replicas) each take different rows, none waits.
      const rows = await prisma.$queryRaw<ClaimRow[]>`
        UPDATE "OutboxMessage" AS m
        SET status = 'sending', "lockedUntil" = ${leaseUntil},
            attempts = CASE WHEN m.status = 'sending' THEN m.attempts + 1 ELSE m.attempts END
        WHERE m.id IN (
          SELECT id FROM "OutboxMessage"
          WHERE (status = 'pending' AND "notBefore" <= ${now})
             OR (status = 'sending' AND "lockedUntil" < ${now})
          ORDER BY "notBefore"
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
        RETURNING m.id, m."recipientId", m.kind, m.payload, m.attempts,
          (SELECT p.locale FROM "Professional" AS p WHERE p.id = m."recipientId") AS locale`;
      return rows.map((row) => ({
        id: row.id,
        recipientId: row.recipientId,
        kind: row.kind,
        notice: readNotice({
          kind: row.kind,
          recipientId: row.recipientId,
          facts: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload,
        }),
        // Read at delivery: a person who switched language meanwhile gets the new one.
        lang: preferredLang(row.locale),
        attempts: Number(row.attempts),
      }));
    },
    async chatTargets(recipientId) {
      const rows = await prisma.chatIdentity.findMany({
        where: { professionalId: recipientId, professional: { active: true } },
        select: { channel: true, tenant: true, externalId: true, conversationRef: true, createdAt: true },
        orderBy: { createdAt: "desc" },
      });
      return rows.filter((row) => row.conversationRef !== null);
    },
    async fileInInbox(outboxId, { kind, recipientId, facts }, now) {
      await prisma.inboxItem.createMany({
        data: [
          {
            id: randomUUID(),
            professionalId: recipientId,
            createdAt: now,
            outboxId,
            payload: { kind, facts } as unknown as Prisma.InputJsonValue,
          },
        ],
        skipDuplicates: true,
      });
    },
    async markSent(id, now) {
      const { count } = await prisma.outboxMessage.updateMany({
        where: { id, status: "sending" },
        data: { status: "sent", sentAt: now, lockedUntil: null },
      });
      return count === 1;
    },
    async retryLater(id, attempts, notBefore, lastError) {
      await prisma.outboxMessage.updateMany({
        where: { id, status: "sending" },
        data: { status: "pending", attempts, notBefore, lockedUntil: null, lastError },
      });
    },
    async markFailed(id, attempts, lastError) {
      await prisma.outboxMessage.updateMany({
        where: { id, status: "sending" },
        data: { status: "failed", attempts, lockedUntil: null, lastError },
      });
    },
    async nextDueAt() {
      const [pending, sending] = await Promise.all([
        prisma.outboxMessage.findFirst({
          where: { status: "pending" },
          orderBy: { notBefore: "asc" },
          select: { notBefore: true },
        }),
        prisma.outboxMessage.findFirst({
          where: { status: "sending" },
          orderBy: { lockedUntil: "asc" },
          select: { lockedUntil: true },
        }),
      ]);
      const times = [pending?.notBefore, sending?.lockedUntil].filter((t): t is Date => t instanceof Date);
      return times.length > 0 ? new Date(Math.min(...times.map((t) => t.getTime()))) : null;
    },
  };
}
