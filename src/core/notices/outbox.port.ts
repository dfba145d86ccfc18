/**
 * What the outbox delivery job (src/jobs/outbox-delivery.job.ts) needs from the database.
 * Implemented in src/db/repositories/outbox.repository.ts.
 */
import type { Lang } from "../shared/lang.js";
import type { Notice } from "./notices.js";

export interface ClaimedNotice {
  id: string;
  recipientId: string;
  kind: string;
  /** Null when the row holds no notice this version can read (one rendered before #12). */
  notice: Notice | null;
  /** The recipient's language now, not when the notice was written. */
  lang: Lang;
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

export interface OutboxStore {
  /** Takes up to `limit` due notices (or ones whose sender died) and leases them until `leaseUntil`. */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedNotice[]>;
  chatTargets(recipientId: string): Promise<ChatTarget[]>;
  /** Files the notice in its recipient's web inbox; a second call for the same row does nothing. */
  fileInInbox(outboxId: string, notice: Notice, now: Date): Promise<void>;
  /** False when the row is no longer ours (cancelled meanwhile, or lease taken over). */
  markSent(id: string, now: Date): Promise<boolean>;
  retryLater(id: string, attempts: number, notBefore: Date, lastError: string): Promise<void>;
  markFailed(id: string, attempts: number, lastError: string): Promise<void>;
  /** The earliest instant a pending notice becomes due, or a lease expires. */
  nextDueAt(): Promise<Date | null>;
}
