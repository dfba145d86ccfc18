/** What the digest capability answers with: data for src/features/digest/views/digest.view.ts, never prose. */
import type { Weekday } from "../../../core/calendar/amsterdam-time.js";
import type { DigestCounts, DigestItem, DigestScope } from "./digest.ports.js";

export interface DigestSection {
  scope: DigestScope;
  counts: DigestCounts;
  /** Most urgent first, at most MAX_ITEMS_PER_SECTION. */
  items: DigestItem[];
  /** Items left out of `items` (the counts still include them). */
  moreItems: number;
}

export interface DigestReport {
  recipientId: string;
  generatedAt: Date;
  sections: DigestSection[];
  /** Nothing new or stuck in any section (quiet-week.policy.ts). */
  quiet: boolean;
  /** Set for a scheduled digest sent after its time (the service was down). */
  late: boolean;
  scheduledAt: Date | null;
}

export type ShowResult =
  | { kind: "digest"; report: DigestReport }
  | { kind: "not-coordinator" }
  /** The wijk is unknown, or not one the asker coordinates: the same answer for both. */
  | { kind: "not-yours"; text: string | null; own: { id: string; name: string }[] };

export type ScheduleResult =
  | {
      kind: "scheduled";
      day: Weekday;
      time: string;
      wijkNames: string[];
      municipalityName: string | null;
      nextAt: Date;
    }
  | { kind: "paused" }
  | { kind: "not-coordinator" }
  | { kind: "not-yours"; wijkNames: string[] };

export type NudgeResult =
  | { kind: "nudged"; caseCode: string }
  | { kind: "already-today"; caseCode: string }
  | { kind: "not-overdue"; caseCode: string }
  | { kind: "no-holder"; caseCode: string }
  | { kind: "not-found" };

export type VerifyResult = { kind: "verified"; serviceName: string; day: string } | { kind: "not-found" };
