import { describe, expect, it } from "vitest";
import type { Actor } from "../../../core/access/actor.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { QueuedNotice } from "../../../core/shared/notice.js";
import type {
  DigestActionsPort,
  DigestReader,
  NudgeTarget,
  SubscriptionRecord,
  SubscriptionStore,
} from "./digest.ports.js";
import { DigestService, nextRun } from "./digest.service.js";
import type { NudgeNotice } from "./nudge.notices.js";

const WIJKEN = [
  { id: "wyc", name: "Wyckerpoort", municipalityCode: "GM0935" },
  { id: "lim", name: "Limmel", municipalityCode: "GM0935" },
  { id: "mal", name: "Malberg", municipalityCode: "GM0935" },
];

const reader: DigestReader = {
  wijken: async (ids) => WIJKEN.filter((w) => ids.includes(w.id)),
  municipality: async (code) =>
    code === "GM0935" ? { name: "Maastricht", wijkIds: WIJKEN.map((w) => w.id) } : null,
  figures: async () => new Map(),
};

class FakeSubscriptions implements SubscriptionStore {
  rows: SubscriptionRecord[] = [];
  async forProfessional(id: string) {
    return this.rows.filter((r) => r.professionalId === id);
  }
  async save(s: Omit<SubscriptionRecord, "id">) {
    const row = { ...s, id: `${s.professionalId}:${s.scope}` };
    this.rows = [...this.rows.filter((r) => r.id !== row.id), row];
    return row;
  }
}

class FakeActions implements DigestActionsPort {
  keys = new Set<string>();
  notices: QueuedNotice<NudgeNotice>[] = [];
  verified: [string, string][] = [];
  constructor(private readonly target: NudgeTarget) {}
  async nudgeTarget(id: string) {
    return id === this.target.handoverId ? this.target : null;
  }
  async queueNudge(notice: QueuedNotice<NudgeNotice>) {
    if (this.keys.has(notice.idempotencyKey)) return "duplicate" as const;
    this.keys.add(notice.idempotencyKey);
    this.notices.push(notice);
    return "queued" as const;
  }
  async serviceWijken(id: string) {
    return id === "svc-mal" ? { name: "West", wijkIds: ["mal"] } : { name: "Oost", wijkIds: ["wyc", "lim"] };
  }
  async markVerified(id: string, day: string) {
    this.verified.push([id, day]);
  }
}

const ruud: Actor = {
  professionalId: "ruud",
  name: "Ruud Lemmens",
  organisationId: null,
  locale: null,
  wijkIds: ["lim", "wyc"],
  coordinatorOf: ["lim", "wyc"],
  networkMunicipality: null,
  isAdmin: false,
};

const overdue: NudgeTarget = {
  handoverId: "ho-1",
  caseCode: "WYC-014",
  wijkId: "wyc",
  serviceName: "Schuldhulp",
  status: "requested",
  deadlineAt: new Date("2026-11-19T16:00:00Z"),
  holderId: "anouk",
};

function setup(target: NudgeTarget = overdue, now = "2026-11-23T09:00:00Z") {
  const clock = new FakeClock(now);
  const subscriptions = new FakeSubscriptions();
  const actions = new FakeActions(target);
  return {
    clock,
    subscriptions,
    actions,
    service: new DigestService({ reader, subscriptions, actions, clock }),
  };
}

describe("DigestService.schedule", () => {
  it("moves the digest to Friday 16:00 and keeps the coordinated wijken", async () => {
    const { service, subscriptions } = setup();
    const result = await service.schedule(
      { actor: ruud, channel: "web" },
      { day: "fri", time: "16:00", wijkIds: [], pause: false },
    );
    expect(result).toMatchObject({
      kind: "scheduled",
      day: "fri",
      time: "16:00",
      wijkNames: ["Wyckerpoort", "Limmel"],
    });
    if (result.kind === "scheduled") expect(result.nextAt.toISOString()).toBe("2026-11-27T15:00:00.000Z");
    expect(subscriptions.rows).toMatchObject([
      { scope: "wijken", wijkIds: ["lim", "wyc"], day: "fri", active: true },
    ]);
  });

  it("changes only what was said: the time stays when only the wijk and day change", async () => {
    const { service, subscriptions } = setup();
    await service.schedule(
      { actor: ruud, channel: "web" },
      { day: "fri", time: "16:00", wijkIds: [], pause: false },
    );
    await service.schedule(
      { actor: ruud, channel: "web" },
      { day: "mon", time: null, wijkIds: ["wyc"], pause: false },
    );
    expect(subscriptions.rows).toMatchObject([{ wijkIds: ["wyc"], day: "mon", time: "16:00" }]);
  });

  it("refuses a wijk the coordinator does not coordinate", async () => {
    const { service, subscriptions } = setup();
    const result = await service.schedule(
      { actor: ruud, channel: "web" },
      {
        day: "mon",
        time: "08:30",
        wijkIds: ["mal"],
        pause: false,
      },
    );
    expect(result).toEqual({ kind: "not-yours", wijkNames: ["Malberg"] });
    expect(subscriptions.rows).toEqual([]);
  });

  it("pauses every subscription on 'overzicht uit'", async () => {
    const { service, subscriptions } = setup();
    await service.schedule(
      { actor: ruud, channel: "web" },
      { day: "mon", time: "08:00", wijkIds: [], pause: false },
    );
    expect(
      await service.schedule(
        { actor: ruud, channel: "web" },
        { day: null, time: null, wijkIds: [], pause: true },
      ),
    ).toEqual({
      kind: "paused",
    });
    expect(subscriptions.rows.every((r) => !r.active)).toBe(true);
  });

  it("subscribes a network coordinator to the roll-up of the municipality", async () => {
    const { service, subscriptions } = setup();
    const network = { ...ruud, coordinatorOf: [], wijkIds: [], networkMunicipality: "GM0935" };
    const result = await service.schedule(
      { actor: network, channel: "web" },
      { day: null, time: null, wijkIds: [], pause: false },
    );
    expect(result).toMatchObject({
      kind: "scheduled",
      day: "mon",
      time: "08:00",
      municipalityName: "Maastricht",
    });
    expect(subscriptions.rows).toMatchObject([{ scope: "municipality", wijkIds: [] }]);
  });

  it("accepts a time that does not exist on the next run's day and names the minute it will fire", () => {
    // Sunday 29 March 2026 02:30 does not exist in Amsterdam: it fires at 03:00 CEST (01:00Z).
    expect(nextRun("sun", "02:30", new Date("2026-03-27T12:00:00Z")).toISOString()).toBe(
      "2026-03-29T01:00:00.000Z",
    );
  });
});

describe("DigestService.nudge", () => {
  it("nudges the holder at most once per handover per local day", async () => {
    const { service, actions, clock } = setup();
    expect(await service.nudge({ actor: ruud, channel: "web" }, "ho-1")).toEqual({
      kind: "nudged",
      caseCode: "WYC-014",
    });
    expect(await service.nudge({ actor: ruud, channel: "web" }, "ho-1")).toEqual({
      kind: "already-today",
      caseCode: "WYC-014",
    });
    // 23:30 local is still the same day; 00:30 the next day is a new one.
    clock.set("2026-11-23T22:30:00Z");
    expect((await service.nudge({ actor: ruud, channel: "web" }, "ho-1")).kind).toBe("already-today");
    clock.set("2026-11-23T23:30:00Z");
    expect((await service.nudge({ actor: ruud, channel: "web" }, "ho-1")).kind).toBe("nudged");
    expect(actions.notices.map((n) => [n.recipientId, n.facts.overdueDays, n.idempotencyKey])).toEqual([
      ["anouk", 2, "digest-nudge:ho-1:2026-11-23"],
      ["anouk", 3, "digest-nudge:ho-1:2026-11-24"],
    ]);
  });

  it("answers 'not found' for a handover outside the coordinator's wijken, as for one that does not exist", async () => {
    const { service, actions } = setup({ ...overdue, wijkId: "mal" });
    expect(await service.nudge({ actor: ruud, channel: "web" }, "ho-1")).toEqual({ kind: "not-found" });
    expect(await service.nudge({ actor: ruud, channel: "web" }, "nope")).toEqual({ kind: "not-found" });
    expect(actions.notices).toEqual([]);
  });

  it("does not nudge about a handover that is not overdue (any more)", async () => {
    const { service } = setup({ ...overdue, status: "contacted" });
    expect(await service.nudge({ actor: ruud, channel: "web" }, "ho-1")).toEqual({
      kind: "not-overdue",
      caseCode: "WYC-014",
    });
  });
});

describe("DigestService.verify", () => {
  it("marks an entry of the coordinator's wijken verified today (local date)", async () => {
    const { service, actions } = setup(overdue, "2026-11-23T23:30:00Z");
    expect(await service.verify({ actor: ruud, channel: "web" }, "svc-oost")).toEqual({
      kind: "verified",
      serviceName: "Oost",
      day: "2026-11-24",
    });
    expect(actions.verified).toEqual([["svc-oost", "2026-11-24"]]);
  });

  it("refuses an entry that serves none of their wijken", async () => {
    const { service, actions } = setup();
    expect(await service.verify({ actor: ruud, channel: "web" }, "svc-mal")).toEqual({ kind: "not-found" });
    expect(actions.verified).toEqual([]);
  });
});
