/**
 * Running a case from chat (issue 16): what a case looks like to the services that change it,
 * the ways a case can end, and the notices those changes send. Pure types and constants.
 */
import type { CaseAccessFacts } from "../../../core/access/case-access.policy.js";
import type { AuditEntry } from "../../audit/core/audit.port.js";

/** How a case ended: a fixed list, so closing never asks for free text about the citizen. */
export const CASE_OUTCOMES = [
  "goal-reached",
  "referred",
  "moved",
  "declined-help",
  "deceased",
  "other",
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** The case as the services that change it see it: access facts, state and what is still open. */
export interface CaseFacts extends CaseAccessFacts {
  id: string;
  code: string;
  wijkName: string;
  status: "open" | "closed";
  regieOfferToId: string | null;
  regieOfferById: string | null;
  open: { handovers: number; consults: number; actionPoints: number };
}

export interface PersonRef {
  id: string;
  name: string;
  role: string;
  active: boolean;
}

export type CaseNoticeEvent =
  | "involved"
  | "released"
  | "regie-offered"
  | "regie-accepted"
  | "regie-refused"
  | "regie-assigned"
  | "regie-lost"
  | "closed"
  | "reopened";

/** What a notice tells: codes, wijk and colleagues' names; never anything about the citizen. */
export interface CaseNoticeFacts {
  caseCode: string;
  wijkName: string;
  byName: string;
  /** The other colleague the event is about (new regiehouder, ...), when there is one. */
  otherName: string | null;
  outcome: CaseOutcome | null;
}

export interface CaseNoticeDraft {
  recipientId: string;
  event: CaseNoticeEvent;
  facts: CaseNoticeFacts;
  /** Unique per change and recipient: a retried command queues the notice once. */
  idempotencyKey: string;
  caseId: string;
}

/** Written in the transaction of the change they belong to. */
export interface CaseEffects {
  audit: AuditEntry[];
  notices: CaseNoticeDraft[];
}
