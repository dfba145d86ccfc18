import { describe, expect, it } from "vitest";
import type { Actor } from "../../../core/access/actor.js";
import type { HandoverRecord, ServiceOption } from "./handover.ports.js";
import { isOfReceivingService, receiversOf } from "./handover-notices.policy.js";

const service: ServiceOption = {
  id: "svc",
  name: "Sociaal Team",
  organisationId: "org",
  responseWorkingDays: 2,
  topicIds: [],
  wijkIds: [],
  contacts: [
    {
      id: "anouk",
      name: "Anouk",
      absence: { from: "2026-11-23", to: "2026-12-04", deputy: { id: "mark", name: "Mark" } },
    },
    { id: "youssef", name: "Youssef", absence: { from: "2026-11-23", to: "2026-11-24", deputy: null } },
    { id: "ingrid", name: "Ingrid", absence: null },
  ],
};

describe("a contact's absence and deputy in handovers", () => {
  it("sends a new request to the deputy of a contact who is away today, too", () => {
    expect(receiversOf(service, null, "referrer", "2026-11-30")).toEqual([
      "anouk",
      "mark",
      "youssef",
      "ingrid",
    ]);
    expect(receiversOf(service, "anouk", "mark", "2026-11-30")).toEqual(["anouk", "youssef", "ingrid"]);
  });

  it("sends it to the contacts alone once the absence is over, or without a deputy", () => {
    expect(receiversOf(service, null, "referrer", "2026-12-05")).toEqual(["anouk", "youssef", "ingrid"]);
    expect(receiversOf(service, null, "referrer")).toEqual(["anouk", "youssef", "ingrid"]);
  });

  it("lets the deputy act for the receiving service while the contact is away", () => {
    const record = { service, state: { toProfessionalId: null } } as unknown as HandoverRecord;
    const mark = { professionalId: "mark", organisationId: "elsewhere" } as Actor;
    expect(isOfReceivingService(mark, record, "2026-11-30")).toBe(true);
    expect(isOfReceivingService(mark, record, "2026-12-07")).toBe(false);
  });
});
