/**
 * Who may change a case (issue 16). Pure. The regiehouder runs the case; the coordinators of its
 * wijk and the network coordinator of its municipality may step in (assign regie, staff, close).
 * Being involved lets you see a case, not change who else sees it.
 */
import type { Actor } from "../../../core/access/actor.js";
import type { CaseAccessFacts } from "../../../core/access/case-access.policy.js";

export type ManageBasis = "regiehouder" | "wijk-coordinator" | "network-coordinator";

export function manageBasis(actor: Actor, facts: CaseAccessFacts): ManageBasis | null {
  if (facts.coordinatorId === actor.professionalId) return "regiehouder";
  if (facts.restricted) return null;
  if (actor.coordinatorOf.includes(facts.wijkId)) return "wijk-coordinator";
  if (actor.networkMunicipality !== null && actor.networkMunicipality === facts.municipalityCode) {
    return "network-coordinator";
  }
  return null;
}

/** What the viewer of a case may press now: the case view offers exactly these buttons. */
export interface CaseRights {
  manage: boolean;
  /** Regie was offered to the viewer, who has not answered yet. */
  answerRegie: boolean;
}

export function caseRights(
  actor: Actor,
  facts: CaseAccessFacts & { regieOfferToId: string | null; status: string },
): CaseRights {
  return {
    manage: manageBasis(actor, facts) !== null,
    answerRegie: facts.status === "open" && facts.regieOfferToId === actor.professionalId,
  };
}
