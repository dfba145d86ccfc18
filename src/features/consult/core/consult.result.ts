/**
 * What the consult use cases answer with: the consult as it is now, what happened, and the
 * refusal when nothing happened. Refusals are expected outcomes (data), not errors.
 */

import type { ConsultListItem, ConsultRecord, TaskItem } from "./consult.ports.js";
import type { ConsultRefusal } from "./consult.state.js";
import type { AgendaRefusal, OutcomeRefusal } from "./consult-agenda.policy.js";
import type { ParticipantEditRefusal } from "./participants.policy.js";
import type { RequestedSlotRefusal } from "./requested-slot.policy.js";
import type { NearestSlot } from "./slot-finder.policy.js";
import type { VoteRefusal } from "./vote.policy.js";

export type PlanResult =
  | {
      kind: "planned";
      consult: ConsultRecord;
      /** Fewer than three common slots: the nearest options, also proposed for the vote. */
      nearest: NearestSlot[];
      missingRoles: string[];
      windowUnderstood: boolean;
    }
  | {
      kind: "no-slots";
      caseCode: string;
      nearest: NearestSlot[];
      missingRoles: string[];
      windowUnderstood: boolean;
    }
  | { kind: "not-involved"; caseCode: string };

export type ConsultEvent =
  | "shown"
  | "voted"
  | "confirmed"
  | "rescheduled"
  | "cancelled"
  | "participants-changed"
  | "agenda-added"
  | "outcome-recorded";

export type Refusal =
  | { kind: "vote"; reason: VoteRefusal }
  | { kind: "state"; refusal: ConsultRefusal }
  | { kind: "participants"; reason: ParticipantEditRefusal }
  | { kind: "agenda"; reason: AgendaRefusal }
  | { kind: "outcome"; refusal: OutcomeRefusal }
  | { kind: "slot"; refusal: RequestedSlotRefusal }
  | { kind: "not-organiser" }
  | { kind: "slot-unknown" }
  /** Someone else changed the consult at the same moment: nothing was changed by this request. */
  | { kind: "changed-meanwhile" };

export interface ConsultAnswer {
  consult: ConsultRecord;
  event: ConsultEvent;
  /** The actor's own copy of the invite of this revision (REQUEST or CANCEL), when there is one. */
  ics: string | null;
  refusal: Refusal | null;
  /** The actor is the organiser and there are relatives: offer the text and .ics to forward. */
  forwardToRelatives: boolean;
}

export interface MyConsults {
  items: ConsultListItem[];
}

export interface MyTasks {
  items: TaskItem[];
}

export interface AttendanceList {
  consult: ConsultRecord;
  /** "name;role;required;attended" lines with a header: for accreditation (CSV, semicolons as Excel-NL expects). */
  csv: string;
}
