/** What the services that change cases need from storage (src/features/cases/db/case-work.repository.ts). */
import type { CaseEffects, CaseFacts, CaseOutcome, PersonRef } from "./case-work.model.js";

export interface WijkRef {
  id: string;
  name: string;
  municipalityCode: string;
}

export interface NewCase {
  id: string;
  code: string;
  wijkId: string;
  /** Europe/Amsterdam calendar date, "YYYY-MM-DD". */
  openedOn: string;
  topicIds: string[];
  regieId: string;
  /** Involved from the start: the creator, with the role the directory gives them. */
  member: PersonRef;
}

/**
 * A change to one case, applied only while the case still matches `expect`: two people pressing
 * the same button, or one pressing twice, change the case once.
 */
export interface CaseChange {
  caseId: string;
  expect: { status: "open" | "closed"; coordinatorId: string | null; regieOfferToId?: string | null };
  set: {
    status?: "open" | "closed";
    coordinatorId?: string | null;
    regieOfferToId?: string | null;
    regieOfferById?: string | null;
    outcome?: CaseOutcome | null;
    /** "YYYY-MM-DD"; the day retention counts from. */
    closedOn?: string | null;
  };
  /** Open action points of the case are marked done at this instant (closing). */
  settleActionPointsAt?: Date;
}

export interface CaseWorkStore {
  wijk(id: string): Promise<WijkRef | null>;
  /** By directory id, or a part of the name; active and inactive alike (the caller decides). */
  findProfessionals(text: string, limit: number): Promise<PersonRef[]>;
  professional(id: string): Promise<PersonRef | null>;
  /** The next pseudonymous code of the series ("WYC-015"). */
  issueCaseCode(prefix: string): Promise<string>;
  facts(code: string): Promise<CaseFacts | null>;
  create(kase: NewCase, effects: CaseEffects): Promise<void>;
  /** "already" when they were involved before: nothing written. */
  involve(caseId: string, person: PersonRef, at: Date, effects: CaseEffects): Promise<"applied" | "already">;
  /** "absent" when they were not involved: nothing written. */
  release(caseId: string, professionalId: string, effects: CaseEffects): Promise<"applied" | "absent">;
  apply(change: CaseChange, effects: CaseEffects): Promise<"applied" | "conflict">;
  actionPoint(id: string): Promise<{ id: string; ownerId: string; caseCode: string; done: boolean } | null>;
  /** "conflict" when it was done already. */
  settleActionPoint(id: string, at: Date, effects: CaseEffects): Promise<"applied" | "conflict">;
}
