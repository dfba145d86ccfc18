/**
 * What a change to a case comes to. Expected outcomes are data (STYLE.md): a name that fits
 * nobody, a colleague who may not do this, a case that is still busy. Not-found is thrown.
 */
import type { CaseFacts, CaseOutcome, PersonRef } from "./case-work.model.js";

export type PersonProblem =
  | { kind: "unknown-person"; text: string }
  | { kind: "ambiguous-person"; text: string; candidates: PersonRef[] }
  | { kind: "inactive-person"; person: PersonRef };

export type CaseWorkResult =
  | PersonProblem
  | { kind: "created"; code: string; wijkName: string; regie: PersonRef | null }
  | { kind: "need-wijk"; suggestions: string[] }
  | { kind: "not-allowed"; code: string; regieName: string | null }
  | { kind: "involved"; code: string; person: PersonRef }
  | { kind: "already-involved"; code: string; person: PersonRef }
  | { kind: "released"; code: string; person: PersonRef }
  | { kind: "not-involved"; code: string; person: PersonRef }
  | { kind: "release-regiehouder"; code: string; person: PersonRef }
  | { kind: "regie-offered"; code: string; person: PersonRef }
  | { kind: "regie-assigned"; code: string; person: PersonRef }
  | { kind: "regie-already"; code: string; person: PersonRef }
  | { kind: "regie-accepted"; code: string }
  | { kind: "regie-refused"; code: string }
  | { kind: "no-regie-offer"; code: string }
  | { kind: "choose-outcome"; code: string; open: CaseFacts["open"] }
  | { kind: "close-blocked"; code: string; open: CaseFacts["open"] }
  | { kind: "closed"; code: string; outcome: CaseOutcome; settledActionPoints: number }
  | { kind: "reopened"; code: string }
  | { kind: "already"; code: string; status: "open" | "closed" }
  | { kind: "task-done"; code: string }
  | { kind: "task-already-done"; code: string }
  | { kind: "conflict"; code: string };
