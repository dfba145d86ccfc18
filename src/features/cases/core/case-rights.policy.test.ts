import { describe, expect, it } from "vitest";
import type { Actor } from "../../../core/access/actor.js";
import { caseRights, manageBasis } from "./case-rights.policy.js";

const actor = (id: string, extra: Partial<Actor> = {}): Actor => ({
  professionalId: id,
  name: id,
  organisationId: null,
  locale: null,
  wijkIds: [],
  coordinatorOf: [],
  networkMunicipality: null,
  isAdmin: false,
  ...extra,
});
const facts = {
  wijkId: "w1",
  municipalityCode: "GM1",
  coordinatorId: "p-regie",
  memberIds: ["p-regie", "p-member"],
  restricted: false,
  regieOfferToId: null as string | null,
  status: "open",
};

describe("who may run a case", () => {
  it("is the regiehouder, the wijk's coordinator and the municipality's network coordinator", () => {
    expect(manageBasis(actor("p-regie"), facts)).toBe("regiehouder");
    expect(manageBasis(actor("p-c", { coordinatorOf: ["w1"] }), facts)).toBe("wijk-coordinator");
    expect(manageBasis(actor("p-n", { networkMunicipality: "GM1" }), facts)).toBe("network-coordinator");
  });

  it("is not someone only involved, a coordinator elsewhere or an administrator as such", () => {
    expect(manageBasis(actor("p-member"), facts)).toBeNull();
    expect(manageBasis(actor("p-c", { coordinatorOf: ["w2"] }), facts)).toBeNull();
    expect(manageBasis(actor("p-a", { isAdmin: true }), facts)).toBeNull();
  });

  it("leaves a restricted case to its regiehouder alone", () => {
    const restricted = { ...facts, restricted: true };
    expect(manageBasis(actor("p-regie"), restricted)).toBe("regiehouder");
    expect(manageBasis(actor("p-c", { coordinatorOf: ["w1"] }), restricted)).toBeNull();
  });

  it("lets only the colleague regie was offered to answer the offer, while the case is open", () => {
    const offered = { ...facts, regieOfferToId: "p-member" };
    expect(caseRights(actor("p-member"), offered)).toEqual({ manage: false, answerRegie: true });
    expect(caseRights(actor("p-regie"), offered)).toEqual({ manage: true, answerRegie: false });
    expect(caseRights(actor("p-member"), { ...offered, status: "closed" }).answerRegie).toBe(false);
  });
});
