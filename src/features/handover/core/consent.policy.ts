/**
 * No valid consent, no handover. A consent record is valid for a handover when it is not
 * withdrawn, not expired at `now`, covers the receiving service (null = any service) and the
 * purpose. The reason it is not comes back as data, for the refusal the referrer sees.
 */
export interface ConsentFacts {
  id: string;
  /** null = any receiving service for the purpose. */
  serviceId: string | null;
  purpose: string;
  recordedAt: Date;
  validUntil: Date | null;
  withdrawnAt: Date | null;
}

export interface ConsentNeed {
  serviceId: string;
  purpose: string;
  now: Date;
}

export type ConsentProblem =
  | "HANDOVER_CONSENT_MISSING"
  | "HANDOVER_CONSENT_WITHDRAWN"
  | "HANDOVER_CONSENT_EXPIRED"
  | "HANDOVER_CONSENT_OTHER_SERVICE"
  | "HANDOVER_CONSENT_OTHER_PURPOSE";

export type ConsentCheck = { valid: true; consentId: string } | { valid: false; reason: ConsentProblem };

export function checkConsent(consent: ConsentFacts | null | undefined, need: ConsentNeed): ConsentCheck {
  if (!consent) return { valid: false, reason: "HANDOVER_CONSENT_MISSING" };
  if (consent.withdrawnAt && consent.withdrawnAt.getTime() <= need.now.getTime()) {
    return { valid: false, reason: "HANDOVER_CONSENT_WITHDRAWN" };
  }
  // Recorded "from now on": a record dated in the future does not cover today.
  if (consent.recordedAt.getTime() > need.now.getTime())
    return { valid: false, reason: "HANDOVER_CONSENT_MISSING" };
  if (consent.validUntil && consent.validUntil.getTime() <= need.now.getTime()) {
    return { valid: false, reason: "HANDOVER_CONSENT_EXPIRED" };
  }
  if (consent.serviceId !== null && consent.serviceId !== need.serviceId) {
    return { valid: false, reason: "HANDOVER_CONSENT_OTHER_SERVICE" };
  }
  if (normalisePurpose(consent.purpose) !== normalisePurpose(need.purpose)) {
    return { valid: false, reason: "HANDOVER_CONSENT_OTHER_PURPOSE" };
  }
  return { valid: true, consentId: consent.id };
}

// When no record fits, the reason shown is the one of the record that came closest: telling a
// referrer "expired" helps more than "for another service" when both exist.
const CLOSENESS: readonly ConsentProblem[] = [
  "HANDOVER_CONSENT_EXPIRED",
  "HANDOVER_CONSENT_WITHDRAWN",
  "HANDOVER_CONSENT_OTHER_PURPOSE",
  "HANDOVER_CONSENT_OTHER_SERVICE",
  "HANDOVER_CONSENT_MISSING",
];

/** Picks a valid record among a case's consents, or the most telling reason there is none. */
export function findValidConsent(consents: readonly ConsentFacts[], need: ConsentNeed): ConsentCheck {
  let best: ConsentProblem = "HANDOVER_CONSENT_MISSING";
  for (const consent of consents) {
    const check = checkConsent(consent, need);
    if (check.valid) return check;
    if (CLOSENESS.indexOf(check.reason) < CLOSENESS.indexOf(best)) best = check.reason;
  }
  return { valid: false, reason: best };
}

function normalisePurpose(purpose: string): string {
  return purpose.trim().toLowerCase();
}
