import { describe, expect, it } from "vitest";
import type { Caller } from "../../../core/access/caller.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { EditableService, ServiceChanges, ServiceEditStore } from "./service-edit.ports.js";
import { ServiceEditService } from "./service-edit.service.js";

const SERVICE: EditableService = {
  id: "svc-st-oost",
  name: "Sociaal Team Oost",
  contactIds: ["anouk"],
  intakePhone: "+31 43 000 1001",
  intakeHours: "ma–vr 09:00–12:00",
  responseWorkingDays: 2,
  wijkIds: ["wyckerpoort"],
  topicIds: ["debts"],
};

class FakeStore implements ServiceEditStore {
  saved: ServiceChanges[] = [];
  async service(id: string) {
    return id === SERVICE.id ? SERVICE : null;
  }
  async servicesOf(id: string) {
    return SERVICE.contactIds.includes(id) ? [SERVICE] : [];
  }
  async servicesNamed() {
    return [SERVICE];
  }
  async names() {
    return {
      wijken: [
        { id: "wyckerpoort", name: "Wyckerpoort", aliases: ["Wijckerpoort"], municipality: "Maastricht" },
        { id: "limmel", name: "Limmel", aliases: [], municipality: "Maastricht" },
      ],
      topics: [
        { id: "debts", nameNl: "Schulden", nameEn: "Debts", synonymsNl: ["schuldhulp"], synonymsEn: [] },
        { id: "housing", nameNl: "Wonen", nameEn: "Housing", synonymsNl: [], synonymsEn: [] },
      ],
    };
  }
  async save(change: { changes: ServiceChanges }) {
    this.saved.push(change.changes);
  }
}

const caller = (id: string, isAdmin = false) =>
  ({ actor: { professionalId: id, isAdmin }, channel: "web" }) as Caller;
const unchangedForm = {
  intakePhone: "+31 43 000 1001",
  intakeHours: "ma–vr 09:00–12:00",
  responseWorkingDays: "2",
  wijken: "Wyckerpoort",
  topics: "Schulden",
};

function setup() {
  const store = new FakeStore();
  return {
    store,
    service: new ServiceEditService({ store, clock: new FakeClock("2026-11-23T09:30:00+01:00") }),
  };
}

describe("ServiceEditService", () => {
  it("opens the form of a contact person's only service", async () => {
    const { service } = setup();
    expect(await service.choose(caller("anouk"), null)).toMatchObject({
      kind: "form",
      service: { id: "svc-st-oost" },
      names: { wijken: { wyckerpoort: "Wyckerpoort" }, topics: { debts: { nl: "Schulden", en: "Debts" } } },
    });
    expect(await service.choose(caller("someone"), null)).toEqual({ kind: "none" });
  });

  it("writes only the fields that changed, wijken and topics read by name or alias", async () => {
    const { store, service } = setup();
    const result = await service.save(caller("anouk"), SERVICE.id, {
      ...unchangedForm,
      intakePhone: "+31 43 000 2002",
      responseWorkingDays: "3",
      wijken: "Wijckerpoort, Limmel",
      topics: "schuldhulp; Wonen",
    });
    expect(result).toMatchObject({
      kind: "saved",
      changed: ["intake.phone", "responseWorkingDays", "wijken", "topics"],
    });
    expect(store.saved).toEqual([
      {
        "intake.phone": "+31 43 000 2002",
        responseWorkingDays: 3,
        wijken: ["limmel", "wyckerpoort"],
        topics: ["debts", "housing"],
      },
    ]);
    expect(await service.save(caller("anouk"), SERVICE.id, unchangedForm)).toMatchObject({
      kind: "unchanged",
    });
  });

  it("gives the form back with each wrong field marked, and changes nothing", async () => {
    const { store, service } = setup();
    const result = await service.save(caller("anouk"), SERVICE.id, {
      ...unchangedForm,
      intakePhone: "bel maar",
      responseWorkingDays: "twee",
      wijken: "Wyckerpoort, Atlantis",
      topics: "Tuinieren",
    });
    expect(result).toMatchObject({
      kind: "form",
      errors: {
        intakePhone: { code: "phone", text: "bel maar" },
        responseWorkingDays: { code: "days", text: "twee" },
        wijken: { code: "wijk", text: "Atlantis" },
        topics: { code: "topic", text: "Tuinieren" },
      },
      typed: { intakePhone: "bel maar" },
    });
    expect(store.saved).toEqual([]);
  });

  it("lets only contact people and administrators edit", async () => {
    const { store, service } = setup();
    expect(
      await service.save(caller("mallory"), SERVICE.id, { ...unchangedForm, intakePhone: "+31 6 1" }),
    ).toEqual({
      kind: "not-allowed",
      serviceName: "Sociaal Team Oost",
    });
    expect(await service.open(caller("admin", true), SERVICE.id)).toMatchObject({ kind: "form" });
    expect(await service.open(caller("anouk"), "svc-gone")).toEqual({ kind: "not-found" });
    expect(store.saved).toEqual([]);
  });
});
