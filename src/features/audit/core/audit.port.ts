/**
 * The audit trail in the spirit of NEN 7513: who did what to which case, when, through which
 * channel, on whose behalf, whether it was allowed, and on which consent. Written in the same
 * transaction as the change it records (a read is recorded in its own write).
 */
export type AuditAction = "create" | "read" | "update" | "delete" | "export";

/** Ids, codes, counts and states only: never names, phone numbers or free text. */
export type AuditDetail = Record<string, string | number | boolean | null>;

export interface AuditEntry {
  /** `feature.what`, e.g. "handover.accept", "case.view", "audit.query". */
  event: string;
  action: AuditAction;
  at: Date;
  /** The professional acting; null for the system (jobs) or an unregistered chat user. */
  actorId: string | null;
  onBehalfOfId?: string | null;
  /** How it came in: an AccountChannel (core/access/chat-channel.ts), or "job" for the system. */
  channel: string;
  caseId?: string | null;
  caseCode?: string | null;
  /** What else was touched, as an id ("handover:…", "consent:…", "chat:slack:T1:U1"). */
  subject?: string | null;
  authorised: boolean;
  /** The consent record the access rests on, when it rests on one. */
  consentBasis?: string | null;
  detail?: AuditDetail;
}

export interface AuditPort {
  record(entry: AuditEntry): Promise<void>;
}
