/**
 * Who may see a case (QUALITY.md): the professionals involved in it, its coordinator (regie),
 * coordinators of its wijk, and the network coordinator of its municipality. Administrators manage
 * the directory and the audit log; that alone does not open case data.
 */
import type { Actor } from "./actor.js";

export interface CaseAccessFacts {
  wijkId: string;
  municipalityCode: string;
  coordinatorId: string | null;
  memberIds: readonly string[];
  /** An erasure request under a retention duty restricts the case to its coordinator. */
  restricted: boolean;
}

export type CaseAccessBasis = "involved" | "case-coordinator" | "wijk-coordinator" | "network-coordinator";

export function caseAccess(actor: Actor, facts: CaseAccessFacts): CaseAccessBasis | null {
  if (facts.coordinatorId === actor.professionalId) return "case-coordinator";
  if (facts.restricted) return null;
  if (facts.memberIds.includes(actor.professionalId)) return "involved";
  if (actor.coordinatorOf.includes(facts.wijkId)) return "wijk-coordinator";
  if (actor.networkMunicipality !== null && actor.networkMunicipality === facts.municipalityCode) {
    return "network-coordinator";
  }
  return null;
}
