/**
 * What the handover use cases need from storage. Implemented in
 * src/features/handover/db/handover.repository.ts; faked in unit tests. Every write takes the audit
 * records and notices of the change and commits them in ONE transaction with it: no state change
 * without its notification, no notification without its state change.
 */
import type { CaseAccessFacts } from "../../../core/access/case-access.policy.js";
import type { AuditEntry } from "../../audit/core/audit.port.js";
import type { ConsentFacts, ConsentProblem } from "./consent.policy.js";
import type {
  HandoverEventDraft,
  HandoverEventType,
  HandoverRefusalCode,
  HandoverState,
  HandoverStatus,
} from "./handover.model.js";

/** Consent for a handover is consent for this purpose (the demo map and the form use it too). */
export const HANDOVER_PURPOSE = "warme overdracht";
export const REASON_MAX = 500;

export type Urgency = "normal" | "urgent";
export type ContactChannel = "phone" | "citizen-calls";
export type ConsentForm = "verbal" | "written";

export interface PersonRef {
  id: string;
  name: string;
}

export interface ServiceOption {
  id: string;
  name: string;
  organisationId: string;
  responseWorkingDays: number;
  topicIds: string[];
  wijkIds: string[];
  /** The service's contact people: they hear of new requests (or their deputy, while away). */
  contacts: ContactRef[];
}

/** A contact person with their recorded absence (days inclusive, Amsterdam) and deputy. */
export interface ContactRef extends PersonRef {
  absence?: { from: string; to: string; deputy: PersonRef | null } | null;
}

export interface WijkRef {
  id: string;
  name: string;
}

export interface HandoverCase {
  id: string;
  code: string;
  wijkId: string;
  wijkName: string;
  access: CaseAccessFacts;
  consents: ConsentFacts[];
}

export interface HandoverRecord {
  id: string;
  caseId: string;
  caseCode: string;
  wijkId: string;
  wijkName: string;
  access: CaseAccessFacts;
  state: HandoverState;
  topicId: string;
  service: ServiceOption;
  urgency: Urgency;
  reason: string;
  contactChannel: ContactChannel;
  contactBestTime: string | null;
  /** Ciphertext; only the acceptor ever sees it decrypted. */
  phoneCipher: string | null;
  consentId: string | null;
  /** All consent records of the case: forwarding checks the scope against them. */
  consents: ConsentFacts[];
  /** False for imported handovers without consent: they can never move on. */
  sendable: boolean;
  requestedAt: Date;
  deadlineAt: Date;
  reminderSentAt: Date | null;
  escalatedAt: Date | null;
  endedAt: Date | null;
  /** Names of the people the views mention (referrer, acceptor, named receiver). */
  names: Record<string, string>;
}

export type NoticeEvent = HandoverEventType | "reminder" | "escalated" | "consent-withdrawn";

/** What a notice may say: case code, topic, wijk, service and state; never contact details. */
export interface NoticeFacts {
  handoverId: string;
  caseCode: string;
  topicId: string;
  wijkName: string;
  serviceName: string;
  status: HandoverStatus;
  urgency: Urgency;
  version: number;
  deadlineAt: Date;
  /** Who did it (a professional's name), when someone did. */
  byName: string | null;
  /**
   * The request's reason (for receivers) or the decline reason (for the referrer). Free text:
   * rendered literally, in a private message only.
   */
  note: string | null;
  /** Directory alternatives offered to a referrer after a decline. */
  alternatives: string[];
  attempts: number;
  /** Working days past the deadline (escalations). */
  overdueDays: number;
}

/**
 * A notice as the use cases draft it; the store completes it with the topic's name
 * (queuedHandoverNotice in handover.notices.ts) when it writes it to the outbox.
 */
export interface HandoverNoticeDraft {
  recipientId: string;
  event: NoticeEvent;
  /** Unique per handover, version, event and recipient: a retry queues it once. */
  idempotencyKey: string;
  /** Lets a consent withdrawal cancel it while queued; null for the withdrawal notice itself. */
  caseId: string | null;
  facts: NoticeFacts;
}

/** Why a step was refused: the state machine's reason, a consent problem, or the service's own. */
export type ActRefusal =
  | { code: HandoverRefusalCode; by: string | null }
  | { code: ConsentProblem; by: null }
  | { code: "HANDOVER_STALE" | "HANDOVER_SERVICE_NOT_IN_WIJK" | "HANDOVER_RECEIVER_UNKNOWN"; by: null };

export interface Effects {
  audit: AuditEntry[];
  notices: HandoverNoticeDraft[];
}

export interface NewConsent {
  id: string;
  recordedById: string;
  recordedAt: Date;
  form: ConsentForm;
  purpose: string;
  serviceId: string | null;
  validUntil: Date | null;
}

/** One new handover row with its first event; a new case and consent when the form made them. */
export interface NewHandover {
  id: string;
  caseId: string;
  newCase: { code: string; wijkId: string; openedOn: string; topicId: string } | null;
  newConsent: NewConsent | null;
  consentId: string;
  fromId: string;
  toServiceId: string;
  toProfessionalId: string | null;
  topicId: string;
  urgency: Urgency;
  reason: string;
  contactChannel: ContactChannel;
  contactBestTime: string | null;
  phoneCipher: string | null;
  requestedAt: Date;
  deadlineAt: Date;
  event: HandoverEventDraft;
}

/** A guarded update: applied only when the row still has `expectedVersion`. */
export interface HandoverChange {
  id: string;
  expectedVersion: number;
  state: HandoverState;
  event: HandoverEventDraft;
  /** Set when the handover ends (the retention clock for its contact details starts). */
  endedAt: Date | null;
  /** Someone who now belongs on the case roster (the acceptor). */
  addMember: { professionalId: string; role: string } | null;
  /** Forwarding: the handover that takes over, in the same transaction. */
  successor: NewHandover | null;
}

export interface HandoverListItem {
  id: string;
  caseCode: string;
  topicId: string;
  wijkName: string;
  serviceName: string;
  status: HandoverStatus;
  requestedAt: Date;
  deadlineAt: Date;
}

export interface HandoverStore {
  caseByCode(code: string): Promise<HandoverCase | null>;
  wijken(ids: readonly string[]): Promise<WijkRef[]>;
  /** Active services covering the topic in the wijk. */
  servicesFor(topicId: string, wijkId: string): Promise<ServiceOption[]>;
  /** Active services in the wijk, any topic (the form when no topic is known yet). */
  servicesInWijk(wijkId: string): Promise<ServiceOption[]>;
  service(id: string): Promise<ServiceOption | null>;
  /** Issues the next pseudonymous code for the prefix ("WYC-015"); gaps after a failure are harmless. */
  issueCaseCode(prefix: string): Promise<string>;
  create(handover: NewHandover, effects: Effects): Promise<void>;
  byId(id: string): Promise<HandoverRecord | null>;
  /** "conflict" when the row moved on meanwhile: nothing was written. */
  apply(change: HandoverChange, effects: Effects): Promise<"applied" | "conflict">;
  /**
   * Marks the case's consents withdrawn, applies the changes (open handovers -> withdrawn),
   * cancels everything still queued for the case, then writes the effects. Returns how many
   * queued notifications were cancelled, or "conflict" (nothing written) when one of the
   * handovers moved on meanwhile.
   */
  withdrawConsent(
    caseId: string,
    byId: string,
    now: Date,
    changes: HandoverChange[],
    effects: Effects,
  ): Promise<number | "conflict">;
  openForCase(caseId: string): Promise<HandoverRecord[]>;
  mine(
    professionalId: string,
    limit: number,
  ): Promise<{ sent: HandoverListItem[]; received: HandoverListItem[] }>;
  wijkCoordinators(wijkId: string): Promise<string[]>;
  /** Open handovers (requested or accepted) whose reminder or escalation may be due at `now`. */
  dueForDeadline(now: Date, limit: number): Promise<HandoverRecord[]>;
  /** Sets reminderSentAt / escalatedAt if still null, with the effects; false when already set. */
  markDeadline(id: string, kind: "reminder" | "escalation", now: Date, effects: Effects): Promise<boolean>;
  /**
   * Clears the contact details of handovers that ended before `endedBefore`, each with its audit
   * record, in one transaction per batch. Returns how many were purged.
   */
  purgeContacts(endedBefore: Date, now: Date, limit: number): Promise<number>;
}
