/** Directory upkeep: services whose entry is due for confirmation, and marking one confirmed. */
import type { QueuedNotice } from "../../../core/shared/notice.js";
import type { ConfirmationNotice } from "./directory-upkeep.notices.js";

export interface UpkeepService {
  id: string;
  name: string;
  /** Calendar date (Europe/Amsterdam) the entry was last confirmed. */
  assuredDate: string;
  /** Active contact people, in their listed order. */
  contactIds: string[];
}

/** Keyed per service, recipient and day: a rerun the same day queues nothing twice. */
export type ConfirmationRequest = QueuedNotice<ConfirmationNotice>;

export interface UpkeepStore {
  service(serviceId: string): Promise<UpkeepService | null>;
  /** Active services with contact people, assured before `before`, not asked since `askedSince`. */
  dueForConfirmation(before: string, askedSince: Date, limit: number): Promise<UpkeepService[]>;
  /** Queues the questions in the outbox (one transaction); returns how many were queued. */
  askToConfirm(requests: ConfirmationRequest[], now: Date): Promise<number>;
  markVerified(serviceId: string, day: string): Promise<void>;
}
