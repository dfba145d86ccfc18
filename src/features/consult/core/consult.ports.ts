/**
 * What the consult service needs from storage. Implemented in
 * src/features/consult/db/consult.repository.ts; faked in unit tests. Every write takes the audit
 * records and notices of the change: the store commits them in one transaction with it, so there
 * is no change without its notification and no notification without its change.
 */
import type { CaseAccessFacts } from "../../../core/access/case-access.policy.js";
import type { Lang } from "../../../core/shared/lang.js";
import type { QueuedNotice } from "../../../core/shared/notice.js";
import type { AuditEntry } from "../../audit/core/audit.port.js";
import type { Availability } from "../../directory/core/availability.policy.js";
import type { ConsultNotice } from "./consult.notices.js";
import type { ConsultStatus } from "./consult.state.js";
import type { AgendaItem, RecordedOutcome } from "./consult-agenda.policy.js";
import type { ProposedParticipant, RelativeRef, RosterMember } from "./participants.policy.js";
import type { AbsenceDays, TimeInterval } from "./slot-candidates.policy.js";
import type { Vote, VoteAnswer } from "./vote.policy.js";

export interface ConsultParticipantRecord {
  /** Row id (ConsultParticipant.id). */
  id: string;
  /** Null for a relative, known by `relativeLabel` only. */
  professionalId: string | null;
  name: string | null;
  email: string | null;
  locale: Lang | null;
  relativeLabel: string | null;
  role: string | null;
  required: boolean;
  attended: boolean | null;
}

export type { ConsultNotice, NoticeEvent } from "./consult.notices.js";

export interface ConsultSlotRecord extends TimeInterval {
  id: string;
}

export interface ConsultRecord {
  id: string;
  caseId: string;
  caseCode: string;
  access: CaseAccessFacts;
  status: ConsultStatus;
  organizerId: string;
  start: Date | null;
  durationMinutes: number;
  location: string | null;
  icsUid: string;
  icsSequence: number;
  outcome: string | null;
  remindedAt: Date | null;
  participants: ConsultParticipantRecord[];
  slots: ConsultSlotRecord[];
  /** `participantId` is the professional id of the voter. */
  votes: Vote[];
  agenda: AgendaItem[];
}

export interface PlanningCase {
  id: string;
  code: string;
  access: CaseAccessFacts;
  roster: RosterMember[];
  relatives: RelativeRef[];
}

/** A professional as the slot finder sees them. */
export interface ProfessionalSchedule {
  professionalId: string;
  availability: Availability;
  absence: AbsenceDays | null;
  /** Their scheduled consults (other than the one being planned). */
  busy: TimeInterval[];
}

export interface NewConsult {
  caseId: string;
  organizerId: string;
  durationMinutes: number;
  windowStart: Date;
  windowEnd: Date;
  participants: ProposedParticipant[];
  slots: TimeInterval[];
}

export interface Effects {
  audit: AuditEntry[];
  notices: QueuedNotice<ConsultNotice>[];
}

/** The expected current state of a guarded update: a concurrent change makes it a no-op. */
export interface ConsultGuard {
  status: ConsultStatus;
  icsSequence: number;
  remindedAt?: null;
}

export interface ConsultStateChange {
  status?: ConsultStatus;
  start?: Date;
  icsSequence?: number;
  remindedAt?: Date | null;
}

export type ParticipantChange =
  | { kind: "add-professional"; professionalId: string; role: string; required: boolean }
  | { kind: "add-relative"; relativeId: string | null; label: string }
  | { kind: "remove"; participantId: string }
  | { kind: "set-required"; participantId: string; required: boolean };

export interface ConsultListItem {
  consultId: string;
  caseCode: string;
  status: ConsultStatus;
  start: Date | null;
  durationMinutes: number;
  location: string | null;
  role: string | null;
  organiser: boolean;
}

export interface TaskItem {
  id: string;
  caseCode: string;
  consultId: string | null;
  text: string;
  dueOn: string;
}

export interface ConsultStore {
  caseForPlanning(code: string): Promise<PlanningCase | null>;
  schedules(
    professionalIds: readonly string[],
    between: TimeInterval,
    exceptConsultId?: string,
  ): Promise<ProfessionalSchedule[]>;
  create(consult: NewConsult, effects: (id: string) => Effects): Promise<string>;
  byId(id: string): Promise<ConsultRecord | null>;
  saveVote(
    consultId: string,
    vote: { professionalId: string; slotId: string; answer: VoteAnswer; at: Date },
    effects: Effects,
  ): Promise<boolean>;
  /** Applies `change` only when the consult is still in `guard`; false otherwise. */
  transition(
    consultId: string,
    guard: ConsultGuard,
    change: ConsultStateChange,
    effects: Effects,
  ): Promise<boolean>;
  editParticipants(consultId: string, change: ParticipantChange, effects: Effects): Promise<void>;
  addAgendaItem(consultId: string, item: AgendaItem, effects: Effects): Promise<void>;
  recordOutcome(
    consultId: string,
    guard: ConsultGuard,
    record: RecordedOutcome,
    effects: Effects,
  ): Promise<boolean>;
  /** Planning and upcoming scheduled consults the professional takes part in or organises. */
  mine(professionalId: string, now: Date, limit: number): Promise<ConsultListItem[]>;
  openTasks(professionalId: string, limit: number): Promise<TaskItem[]>;
  /** Scheduled, not reminded, starting between `from` and `to`. */
  reminderCandidates(from: Date, to: Date, limit: number): Promise<ConsultRecord[]>;
}
