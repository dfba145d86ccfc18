/**
 * The vocabulary of a handover: its states, who acts, what they ask, what is appended, and the
 * refusals. The rules live in handover.state.ts.
 */
/** Every state a handover can be in: the import format and the notices check against this list. */
export const HANDOVER_STATUSES = [
  "requested",
  "accepted",
  "contacted",
  "completed",
  "declined",
  "forwarded",
  "cancelled",
  "withdrawn",
] as const;

export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

export const OPEN_STATUSES: readonly HandoverStatus[] = ["requested", "accepted", "contacted"];

export interface HandoverState {
  status: HandoverStatus;
  /** The referrer. */
  fromId: string;
  toServiceId: string;
  toProfessionalId: string | null;
  acceptedById: string | null;
  contactAttempts: number;
  version: number;
}

/** Who asks: a person (with whether they belong to the receiving service), or the system. */
export type HandoverActor =
  | { kind: "person"; professionalId: string; ofReceivingService: boolean }
  | { kind: "system" };

export type HandoverCommand =
  | { type: "accept" }
  | { type: "decline"; reason: string }
  | { type: "forward"; toServiceId: string; toProfessionalId: string | null; reason: string }
  | { type: "record-contact"; reached: boolean }
  | { type: "complete"; note: string | null }
  | { type: "cancel"; reason: string | null }
  | { type: "withdraw" };

export type HandoverEventType =
  | "requested"
  | "accepted"
  | "declined"
  | "forwarded"
  | "contacted"
  | "contact-failed"
  | "completed"
  | "cancelled"
  | "withdrawn";

/** One row for the append-only HandoverEvent table. `note` is free text: never log it. */
export interface HandoverEventDraft {
  type: HandoverEventType;
  at: Date;
  byId: string | null;
  note: string | null;
  data: Record<string, string | number | boolean | null> | null;
}

export type HandoverRefusal =
  | { ok: false; refused: "HANDOVER_ALREADY_ACCEPTED"; by: string }
  | { ok: false; refused: "HANDOVER_CLOSED"; status: HandoverStatus }
  | { ok: false; refused: "HANDOVER_NOT_RECEIVER" }
  | { ok: false; refused: "HANDOVER_NOT_ACCEPTOR"; by: string | null }
  | { ok: false; refused: "HANDOVER_NOT_REFERRER" }
  | { ok: false; refused: "HANDOVER_SYSTEM_ONLY" }
  | { ok: false; refused: "HANDOVER_NOT_ACCEPTED" }
  | { ok: false; refused: "HANDOVER_NOT_CONTACTED" }
  | { ok: false; refused: "HANDOVER_ALREADY_CONTACTED" }
  | { ok: false; refused: "HANDOVER_REASON_REQUIRED" }
  | { ok: false; refused: "HANDOVER_FORWARD_TO_SAME" };

export type HandoverRefusalCode = HandoverRefusal["refused"];

export type TransitionResult =
  | { ok: true; state: HandoverState; event: HandoverEventDraft }
  | HandoverRefusal;
