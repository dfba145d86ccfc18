import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.js";
import { type CaseAccessFacts, caseAccess } from "./case-access.policy.js";

const actor = (extra: Partial<Actor>): Actor => ({
  professionalId: "p-me",
  name: "Me",
  organisationId: null,
  locale: null,
  wijkIds: [],
  coordinatorOf: [],
  networkMunicipality: null,
  isAdmin: false,
  ...extra,
});

const facts: CaseAccessFacts = {
  wijkId: "wyc",
  municipalityCode: "GM0935",
  coordinatorId: "p-coord",
  memberIds: ["p-gp", "p-me-not"],
  restricted: false,
};

describe("case access", () => {
  it("lets involved professionals see the case", () => {
    expect(caseAccess(actor({ professionalId: "p-gp" }), facts)).toBe("involved");
  });

  it("lets the case coordinator see it, also when restricted", () => {
    expect(caseAccess(actor({ professionalId: "p-coord" }), { ...facts, restricted: true })).toBe(
      "case-coordinator",
    );
  });

  it("lets coordinators of the wijk and the network coordinator of the municipality see it", () => {
    expect(caseAccess(actor({ coordinatorOf: ["wyc"] }), facts)).toBe("wijk-coordinator");
    expect(caseAccess(actor({ networkMunicipality: "GM0935" }), facts)).toBe("network-coordinator");
  });

  it("refuses a professional who merely works in the wijk", () => {
    expect(caseAccess(actor({ wijkIds: ["wyc"] }), facts)).toBeNull();
  });

  it("refuses coordinators of other wijken and other municipalities, and administrators", () => {
    expect(caseAccess(actor({ coordinatorOf: ["lim"] }), facts)).toBeNull();
    expect(caseAccess(actor({ networkMunicipality: "GM0344" }), facts)).toBeNull();
    expect(caseAccess(actor({ isAdmin: true }), facts)).toBeNull();
  });

  it("restricts an erased case to its coordinator", () => {
    expect(caseAccess(actor({ professionalId: "p-gp" }), { ...facts, restricted: true })).toBeNull();
  });
});
