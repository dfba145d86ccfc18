import type { CaseAccessFacts } from "../../../core/access/case-access.policy.js";
import type { ChatIds } from "../../../core/access/chat-channel.js";

export interface CasePerson {
  id: string;
  name: string;
  role: string;
  chatIds: ChatIds;
}

export interface CaseRecord extends CaseAccessFacts {
  id: string;
  code: string;
  wijkName: string;
  status: string;
  openedOn: string;
  /** How a closed case ended (case-work.model.ts CASE_OUTCOMES); null while open. */
  outcome: string | null;
  regieOfferToId: string | null;
  topicIds: string[];
  coordinator: CasePerson | null;
  members: CasePerson[];
  relativeLabels: string[];
  openHandovers: { id: string; topicId: string; serviceName: string; status: string; requestedAt: Date }[];
  upcomingConsults: { id: string; start: Date | null; status: string }[];
}

export interface CaseListItem {
  code: string;
  wijkName: string;
  status: string;
  role: string | null;
  openHandovers: number;
}

export interface CaseReader {
  byCode(code: string, now: Date): Promise<CaseRecord | null>;
  /** Cases the professional is involved in or coordinates, open first. */
  mine(professionalId: string, limit: number): Promise<CaseListItem[]>;
}
