/**
 * What the weekly digest needs from storage. Implemented in src/features/digest/db/digest.repository.ts
 * (aggregates in SQL, never a whole table in memory); faked in unit tests.
 */
import type { Weekday } from "../../../core/calendar/amsterdam-time.js";
import type { QueuedNotice } from "../../../core/shared/notice.js";
import type { NudgeNotice } from "./nudge.notices.js";

/** A set of wijken reported as one section: one wijk, or all wijken of a municipality rolled up. */
export interface DigestScope {
  key: string;
  /** Wijk name, or the municipality's name for a roll-up. */
  name: string;
  wijkIds: string[];
  rollup: boolean;
}

/** The period the digest looks at; all instants, computed on the Amsterdam clock by the service. */
export interface DigestWindow {
  now: Date;
  /** Start of "this week": the seven days before now. */
  since: Date;
  /** End of "the next seven days" (consults). */
  until: Date;
  /** Local dates (YYYY-MM-DD): today, and the day before which an entry counts as stale. */
  today: string;
  sinceDay: string;
  staleBefore: string;
  /** Holidays (YYYY-MM-DD, weekdays only) for working-day counts done in SQL. */
  holidays: string[];
}

export interface DigestCounts {
  openCases: number;
  newCases: number;
  awaitingAcceptance: number;
  overdueHandovers: number;
  completedThisWeek: number;
  /** Median working days from request to first contact of those completed; null when none. */
  medianDaysToContact: number | null;
  consultsNext7Days: number;
  actionPointsOverdue: number;
  staleEntries: number;
  lookupGaps: number;
}

export type DigestItem =
  | {
      kind: "overdue-handover";
      handoverId: string;
      caseCode: string;
      serviceName: string;
      /** Who holds it: the acceptor, else the named receiver; null = the service as a whole. */
      holderName: string | null;
      deadlineAt: Date;
      urgent: boolean;
    }
  | {
      kind: "awaiting-acceptance";
      handoverId: string;
      caseCode: string;
      serviceName: string;
      requestedAt: Date;
      urgent: boolean;
    }
  | { kind: "action-point-overdue"; caseCode: string; ownerName: string | null; dueOn: string }
  | { kind: "consult"; caseCode: string; start: Date }
  | { kind: "stale-entry"; serviceId: string; serviceName: string; assuredDate: string }
  | {
      kind: "lookup-gap";
      gapKind: string;
      topicId: string | null;
      topicName: { nl: string; en: string } | null;
      /** The unmatched words of the question (normalised), never the whole question. */
      term: string | null;
      count: number;
    };

/** Counts and (bounded) items of one scope, as read from storage. */
export interface ScopeFigures {
  counts: DigestCounts;
  items: DigestItem[];
}

export interface DigestReader {
  /** Names of these wijken (unknown ids left out). */
  wijken(ids: string[]): Promise<{ id: string; name: string; municipalityCode: string }[]>;
  municipality(cbsCode: string): Promise<{ name: string; wijkIds: string[] } | null>;
  /** Counts and the first `itemLimit` items of each kind per scope, keyed by scope key. */
  figures(scopes: DigestScope[], window: DigestWindow, itemLimit: number): Promise<Map<string, ScopeFigures>>;
}

export interface SubscriptionRecord {
  id: string;
  professionalId: string;
  wijkIds: string[];
  scope: "wijken" | "municipality";
  day: Weekday;
  time: string;
  quietWhenEmpty: boolean;
  active: boolean;
}

export interface SubscriptionStore {
  forProfessional(professionalId: string): Promise<SubscriptionRecord[]>;
  /** Creates or updates the subscription of (professionalId, scope). */
  save(subscription: Omit<SubscriptionRecord, "id">): Promise<SubscriptionRecord>;
}

/** An overdue handover as the nudge needs it. */
export interface NudgeTarget {
  handoverId: string;
  caseCode: string;
  wijkId: string;
  serviceName: string;
  status: string;
  deadlineAt: Date;
  /** The acceptor, else the named receiver, else the service's first contact person. */
  holderId: string | null;
}

export interface DigestActionsPort {
  nudgeTarget(handoverId: string): Promise<NudgeTarget | null>;
  /**
   * Queues the nudge in the outbox; "duplicate" when that key was queued already (one per
   * handover per local day).
   */
  queueNudge(nudge: QueuedNotice<NudgeNotice>, now: Date): Promise<"queued" | "duplicate">;
  serviceWijken(serviceId: string): Promise<{ name: string; wijkIds: string[] } | null>;
  markVerified(serviceId: string, day: string): Promise<void>;
}
