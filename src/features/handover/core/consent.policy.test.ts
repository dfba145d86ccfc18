import { describe, expect, it } from "vitest";
import { type ConsentFacts, checkConsent, findValidConsent } from "./consent.policy.js";

const now = new Date("2026-11-23T10:00:00Z");
const consent: ConsentFacts = {
  id: "c-1",
  serviceId: "svc-debt",
  purpose: "schuldhulp",
  recordedAt: new Date("2026-11-20T09:00:00Z"),
  validUntil: new Date("2027-05-20T00:00:00Z"),
  withdrawnAt: null,
};
const need = { serviceId: "svc-debt", purpose: "schuldhulp", now };

describe("checkConsent", () => {
  it("accepts a current record for this service and purpose", () => {
    expect(checkConsent(consent, need)).toEqual({ valid: true, consentId: "c-1" });
  });

  it("accepts a record for any service (null) and without end date, purpose compared loosely", () => {
    const open = { ...consent, serviceId: null, validUntil: null, purpose: " Schuldhulp " };
    expect(checkConsent(open, need)).toEqual({ valid: true, consentId: "c-1" });
  });

  it.each([
    ["missing", null, "HANDOVER_CONSENT_MISSING"],
    [
      "withdrawn",
      { ...consent, withdrawnAt: new Date("2026-11-22T00:00:00Z") },
      "HANDOVER_CONSENT_WITHDRAWN",
    ],
    ["expired", { ...consent, validUntil: new Date("2026-11-23T09:59:59Z") }, "HANDOVER_CONSENT_EXPIRED"],
    ["expiring at exactly now", { ...consent, validUntil: now }, "HANDOVER_CONSENT_EXPIRED"],
    ["for another service", { ...consent, serviceId: "svc-other" }, "HANDOVER_CONSENT_OTHER_SERVICE"],
    ["for another purpose", { ...consent, purpose: "eenzaamheid" }, "HANDOVER_CONSENT_OTHER_PURPOSE"],
    [
      "recorded in the future",
      { ...consent, recordedAt: new Date("2026-11-24T00:00:00Z") },
      "HANDOVER_CONSENT_MISSING",
    ],
  ] as const)("refuses consent that is %s", (_label, record, reason) => {
    expect(checkConsent(record, need)).toEqual({ valid: false, reason });
  });

  it("still counts a withdrawal scheduled after now as not yet withdrawn", () => {
    const later = { ...consent, withdrawnAt: new Date("2026-11-24T00:00:00Z") };
    expect(checkConsent(later, need).valid).toBe(true);
    expect(checkConsent(later, { ...need, now: new Date("2026-11-25T00:00:00Z") })).toEqual({
      valid: false,
      reason: "HANDOVER_CONSENT_WITHDRAWN",
    });
  });
});

describe("findValidConsent", () => {
  it("finds the valid record among others", () => {
    const records = [
      { ...consent, id: "old", validUntil: new Date("2026-01-01T00:00:00Z") },
      { ...consent, id: "new" },
    ];
    expect(findValidConsent(records, need)).toEqual({ valid: true, consentId: "new" });
  });

  it("reports the closest reason when none is valid, and missing when there are none", () => {
    const records = [
      { ...consent, id: "a", serviceId: "svc-other" },
      { ...consent, id: "b", validUntil: new Date("2026-01-01T00:00:00Z") },
    ];
    expect(findValidConsent(records, need)).toEqual({ valid: false, reason: "HANDOVER_CONSENT_EXPIRED" });
    expect(findValidConsent([], need)).toEqual({ valid: false, reason: "HANDOVER_CONSENT_MISSING" });
  });
});
