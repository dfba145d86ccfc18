/**
 * What the directory capability needs from storage. Implemented in src/db/repositories; faked in
 * unit tests.
 */
import type { ChatIds } from "../../../core/access/chat-channel.js";
import type { Absence, Availability } from "./availability.policy.js";

export interface ContactPerson {
  id: string;
  name: string;
  role: string;
  email: string | null;
  availability: Availability;
  absence: Absence | null;
  chatIds: ChatIds;
}

export interface ContactWithDeputy extends ContactPerson {
  deputy: ContactPerson | null;
}

export interface ServiceRecord {
  id: string;
  name: string;
  organisation: { id: string; name: string; phone: string | null; email: string | null };
  intakePhone: string | null;
  intakeHours: string | null;
  responseWorkingDays: number;
  /** Day the entry was last verified (YYYY-MM-DD). */
  assuredDate: string;
  topicIds: string[];
  wijkIds: string[];
  notes: string | null;
  contacts: ContactWithDeputy[];
}

export interface WijkRecord {
  id: string;
  name: string;
  municipalityCode: string;
}

export interface TopicRecord {
  id: string;
  nameNl: string;
  nameEn: string;
}

export type GapKind = "unknown-wijk" | "unknown-topic" | "no-service";

export interface LookupGapRecord {
  at: Date;
  askedById: string | null;
  wijkId: string | null;
  topicId: string | null;
  kind: GapKind;
  /** Only the unmatched words, normalised; never the whole question. */
  term: string | null;
}

export interface DirectoryReader {
  wijk(id: string): Promise<WijkRecord | null>;
  topics(): Promise<TopicRecord[]>;
  /** Active services covering `topicId` in `wijkId`. */
  servicesFor(topicId: string, wijkId: string): Promise<ServiceRecord[]>;
  /** Active services for the topic in other wijken of the same municipality (the nearest help). */
  servicesNearby(topicId: string, wijk: WijkRecord, limit: number): Promise<ServiceRecord[]>;
  recordGap(gap: LookupGapRecord): Promise<void>;
}
