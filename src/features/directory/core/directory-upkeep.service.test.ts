import { describe, expect, it } from "vitest";
import type { Actor } from "../../../core/access/actor.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { ConfirmationRequest, UpkeepService, UpkeepStore } from "./directory-upkeep.ports.js";
import { DirectoryUpkeepService } from "./directory-upkeep.service.js";

const NOW = "2026-11-23T09:30:00+01:00";
const actor = (id: string, isAdmin = false): Actor => ({
  professionalId: id,
  name: id,
  organisationId: null,
  locale: null,
  wijkIds: [],
  coordinatorOf: [],
  networkMunicipality: null,
  isAdmin,
});

class FakeStore implements UpkeepStore {
  services: UpkeepService[] = [
    { id: "svc-a", name: "A", assuredDate: "2026-01-10", contactIds: ["p-1", "p-2"] },
    { id: "svc-b", name: "B", assuredDate: "2026-11-01", contactIds: ["p-3"] },
  ];
  asked: ConfirmationRequest[] = [];
  verified: [string, string][] = [];
  beforeSeen: string | null = null;
  async service(id: string) {
    return this.services.find((s) => s.id === id) ?? null;
  }
  async dueForConfirmation(before: string) {
    this.beforeSeen = before;
    return this.services.filter((s) => s.assuredDate < before);
  }
  async askToConfirm(requests: ConfirmationRequest[]) {
    this.asked.push(...requests);
    return requests.length;
  }
  async markVerified(id: string, day: string) {
    this.verified.push([id, day]);
  }
}

function setup(confirmAfterDays = 180) {
  const store = new FakeStore();
  let kicks = 0;
  const service = new DirectoryUpkeepService({
    store,
    clock: new FakeClock(NOW),
    confirmAfterDays,
    notifier: { queued: () => void kicks++ },
  });
  return { store, service, kicks: () => kicks };
}

describe("DirectoryUpkeepService", () => {
  it("asks every contact person of each service older than the configured age, keyed per day", async () => {
    const { store, service, kicks } = setup(180);
    expect(await service.askDue()).toEqual({ services: 1, queued: 2 });
    expect(store.beforeSeen).toBe("2026-05-27");
    expect(store.asked.map((r) => [r.recipientId, r.idempotencyKey])).toEqual([
      ["p-1", "directory-verify:svc-a:p-1:2026-11-23"],
      ["p-2", "directory-verify:svc-a:p-2:2026-11-23"],
    ]);
    expect(kicks()).toBe(1);
  });

  it("lets a contact person or an administrator confirm, nobody else", async () => {
    const { store, service } = setup();
    expect(await service.verify({ actor: actor("p-2"), channel: "web" }, "svc-a")).toEqual({
      kind: "verified",
      serviceName: "A",
      day: "2026-11-23",
    });
    expect(await service.verify({ actor: actor("p-admin", true), channel: "web" }, "svc-b")).toMatchObject({
      kind: "verified",
    });
    expect(await service.verify({ actor: actor("p-3"), channel: "web" }, "svc-a")).toEqual({
      kind: "not-contact",
      serviceName: "A",
    });
    expect(await service.verify({ actor: actor("p-3"), channel: "web" }, "svc-x")).toEqual({
      kind: "not-found",
    });
    expect(store.verified).toEqual([
      ["svc-a", "2026-11-23"],
      ["svc-b", "2026-11-23"],
    ]);
  });
});
