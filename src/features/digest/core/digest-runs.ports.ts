/** What the weekly digest job needs from storage: the subscriptions, and the once-per-week claim. */
import type { QueuedNotice } from "../../../core/shared/notice.js";
import type { WeeklyDigestNotice } from "./digest.notices.js";
import type { SubscriptionRecord } from "./digest.ports.js";

export interface DigestRunClaim {
  professionalId: string;
  weekKey: string;
  scheduledAt: Date;
  late: boolean;
  now: Date;
}

export interface DigestRunStore {
  /** Active subscriptions, each with the last ISO week its professional got a digest. */
  activeSubscriptions(): Promise<{ subscription: SubscriptionRecord; lastWeekKey: string | null }[]>;
  /**
   * Claims (professional, week) and queues the digest in one transaction: "queued" only for the
   * one caller whose INSERT won. A null notice records the week as done without sending (a quiet
   * week the coordinator wants no line for). A rollback undoes claim and notice alike, so the
   * next tick sends it.
   */
  claimAndQueue(
    claim: DigestRunClaim,
    notice: QueuedNotice<WeeklyDigestNotice> | null,
  ): Promise<"queued" | "recorded" | "taken">;
}
