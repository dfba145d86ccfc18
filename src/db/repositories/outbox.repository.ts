import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { Message } from "../../views/message.js";
import type { DbClient } from "./audit.repository.js";

/**
 * The transactional outbox. Writers call `enqueueNotification` with the `tx` of the transaction
 * that changes the state it announces, so both commit or neither does. The delivery job
 * (src/jobs/outbox-delivery.job.ts) reads through `outboxRepository` after commit.
 *
 * Never call pg-boss or `Database.executeSql` while such a transaction is open: on PGlite they
 * wait for the transaction's lock, which waits for them (see PLATFORM-NOTES, deadlock trap).
 */
export interface OutboxNotification {
  /** The professional to notify. */
  recipientId: string;
  /** `feature.event`, e.g. "handover.accepted": for metrics and logs; never personal. */
  kind: string;
  message: Message;
  /**
   * Unique per notification, derived from what causes it, e.g. `handover:<id>:v3:<recipientId>`.
   * Enqueuing the same key twice (a button pressed twice, a retried request) queues it once.
   */
  idempotencyKey: string;
  /** Lets a consent withdrawal cancel everything still queued for the case. */
  caseId?: string | null;
  /** Not before this instant (a reminder for later); default: now. */
  notBefore?: Date;
}

export async function enqueueNotification(
  tx: DbClient,
  notification: OutboxNotification,
  now: Date,
): Promise<"queued" | "duplicate"> {
  // ON CONFLICT DO NOTHING: a unique violation would abort the caller's whole transaction.
  const { count } = await tx.outboxMessage.createMany({
    data: [
      {
        id: randomUUID(),
        createdAt: now,
        recipientId: notification.recipientId,
        kind: notification.kind,
        payload: notification.message as unknown as Prisma.InputJsonValue,
        idempotencyKey: notification.idempotencyKey,
        caseId: notification.caseId ?? null,
        notBefore: notification.notBefore ?? now,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1 ? "queued" : "duplicate";
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

export interface ClaimedMessage {
  id: string;
  recipientId: string;
  kind: string;
  message: Message;
  /** Failed attempts so far (a lease that expired mid-send counts as one). */
  attempts: number;
}

export interface ChatTarget {
  channel: string;
  tenant: string;
  externalId: string;
  conversationRef: unknown;
  createdAt: Date;
}

/** What the delivery job needs from the database. */
export interface OutboxStore {
  /** Takes up to `limit` due messages (or ones whose sender died) and leases them until `leaseUntil`. */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedMessage[]>;
  chatTargets(recipientId: string): Promise<ChatTarget[]>;
  /** Files the message in the recipient's web inbox; a second call for the same message does nothing. */
  fileInInbox(message: ClaimedMessage, now: Date): Promise<void>;
  /** False when the row is no longer ours (cancelled meanwhile, or lease taken over). */
  markSent(id: string, now: Date): Promise<boolean>;
  retryLater(id: string, attempts: number, notBefore: Date, lastError: string): Promise<void>;
  markFailed(id: string, attempts: number, lastError: string): Promise<void>;
  /** The earliest instant a pending message becomes due, or a lease expires. */
  nextDueAt(): Promise<Date | null>;
}

interface ClaimRow {
  id: string;
  recipientId: string;
  kind: string;
  payload: unknown;
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
        RETURNING m.id, m."recipientId", m.kind, m.payload, m.attempts`;
      return rows.map((row) => ({
        id: row.id,
        recipientId: row.recipientId,
        kind: row.kind,
        message: (typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload) as Message,
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
    async fileInInbox(message, now) {
      await prisma.inboxItem.createMany({
        data: [
          {
            id: randomUUID(),
            professionalId: message.recipientId,
            createdAt: now,
            outboxId: message.id,
            payload: message.message as unknown as Prisma.InputJsonValue,
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
