import { describe, expect, it } from "vitest";
import type { Actor } from "../../../core/access/actor.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type {
  ContactWithDeputy,
  DirectoryReader,
  LookupGapRecord,
  ServiceRecord,
  WijkRecord,
} from "./directory.ports.js";
import { type LookupQuery, LookupService, settledQuery } from "./lookup.service.js";

const WYC: WijkRecord = { id: "wyc", name: "Wyckerpoort", municipalityCode: "GM0935" };
const LIM: WijkRecord = { id: "lim", name: "Limmel", municipalityCode: "GM0935" };
const weekdays = {
  mon: ["09:00-17:00"],
  tue: ["09:00-17:00"],
  wed: ["09:00-17:00"],
  thu: ["09:00-17:00"],
  fri: ["09:00-17:00"],
};

function person(id: string, extra: Partial<ContactWithDeputy> = {}): ContactWithDeputy {
  return {
    id,
    name: id,
    role: "sociaal-werker",
    email: null,
    availability: weekdays,
    absence: null,
    chatIds: {},
    deputy: null,
    ...extra,
  };
}

function service(id: string, extra: Partial<ServiceRecord> = {}): ServiceRecord {
  return {
    id,
    name: id,
    organisation: { id: "org", name: "Org", phone: null, email: null },
    intakePhone: null,
    intakeHours: null,
    responseWorkingDays: 2,
    assuredDate: "2026-10-01",
    topicIds: ["debts"],
    wijkIds: ["wyc"],
    notes: null,
    contacts: [person(`${id}-contact`)],
    ...extra,
  };
}

class FakeDirectory implements DirectoryReader {
  gaps: LookupGapRecord[] = [];
  constructor(private readonly services: ServiceRecord[]) {}
  async wijk(id: string) {
    return [WYC, LIM].find((w) => w.id === id) ?? null;
  }
  async topics() {
    return [
      { id: "debts", nameNl: "Schulden", nameEn: "Debts" },
      { id: "loneliness", nameNl: "Eenzaamheid", nameEn: "Loneliness" },
    ];
  }
  async servicesFor(topicId: string, wijkId: string) {
    return this.services.filter((s) => s.topicIds.includes(topicId) && s.wijkIds.includes(wijkId));
  }
  async servicesNearby(topicId: string, wijk: WijkRecord) {
    return this.services.filter((s) => s.topicIds.includes(topicId) && !s.wijkIds.includes(wijk.id));
  }
  async recordGap(gap: LookupGapRecord) {
    this.gaps.push(gap);
  }
}

const actor: Actor = {
  professionalId: "p-1",
  name: "P",
  organisationId: null,
  locale: null,
  wijkIds: ["wyc"],
  coordinatorOf: [],
  networkMunicipality: null,
  isAdmin: false,
};

const query = (q: Partial<LookupQuery>): LookupQuery => ({ ...settledQuery(["debts"], "wyc"), ...q });

// Monday 23 November 2026, 10:00 in Amsterdam.
const clock = new FakeClock("2026-11-23T09:00:00Z");

describe("LookupService", () => {
  it("ranks the specialist above the generalist and staffed services above unstaffed ones", async () => {
    const directory = new FakeDirectory([
      service("generalist", { topicIds: ["debts", "loneliness", "housing"] }),
      service("specialist"),
      service("nobody-today", { contacts: [person("x", { availability: { sat: ["09:00-12:00"] } })] }),
    ]);
    const result = await new LookupService({ directory, clock }).lookup({ actor, channel: "web" }, query({}));
    expect(result.kind).toBe("answer");
    if (result.kind !== "answer") return;
    expect(result.sections[0]?.services.map((s) => s.service.id)).toEqual([
      "specialist",
      "generalist",
      "nobody-today",
    ]);
    expect(directory.gaps).toEqual([]);
  });

  it("shows the deputy of an absent contact person and counts the service as staffed", async () => {
    const absent = person("leila", {
      absence: { from: "2026-11-23", to: "2026-11-27", deputyId: "mark" },
      deputy: person("mark"),
    });
    const directory = new FakeDirectory([service("shv", { contacts: [absent] })]);
    const result = await new LookupService({ directory, clock }).lookup({ actor, channel: "web" }, query({}));
    if (result.kind !== "answer") throw new Error(result.kind);
    const answer = result.sections[0]!.services[0]!;
    expect(answer.people[0]?.availability.status).toBe("absent");
    expect(answer.people[0]?.deputy?.person.id).toBe("mark");
    expect(answer.staffedToday).toBe(true);
  });

  it("flags entries not verified for over a year", async () => {
    const directory = new FakeDirectory([service("old", { assuredDate: "2025-06-30" }), service("fresh")]);
    const result = await new LookupService({ directory, clock }).lookup({ actor, channel: "web" }, query({}));
    if (result.kind !== "answer") throw new Error(result.kind);
    const stale = Object.fromEntries(result.sections[0]!.services.map((s) => [s.service.id, s.stale]));
    expect(stale).toEqual({ old: true, fresh: false });
  });

  it("answers every topic asked about", async () => {
    const directory = new FakeDirectory([service("shv"), service("welzijn", { topicIds: ["loneliness"] })]);
    const result = await new LookupService({ directory, clock }).lookup(
      { actor, channel: "web" },
      query({ topicIds: ["debts", "loneliness"] }),
    );
    if (result.kind !== "answer") throw new Error(result.kind);
    expect(result.sections.map((s) => [s.topic.id, s.services.map((x) => x.service.id)])).toEqual([
      ["debts", ["shv"]],
      ["loneliness", ["welzijn"]],
    ]);
  });

  it("records a gap and offers nearby services when nobody covers the topic in the wijk", async () => {
    const directory = new FakeDirectory([service("elsewhere", { wijkIds: ["lim"] })]);
    const result = await new LookupService({ directory, clock }).lookup({ actor, channel: "web" }, query({}));
    if (result.kind !== "answer") throw new Error(result.kind);
    expect(result.sections[0]?.services).toEqual([]);
    expect(result.sections[0]?.nearby.map((s) => s.service.id)).toEqual(["elsewhere"]);
    expect(directory.gaps).toMatchObject([
      { kind: "no-service", wijkId: "wyc", topicId: "debts", askedById: "p-1" },
    ]);
  });

  it("asks which wijk, with suggestions, when the wijk is unknown, and records the gap", async () => {
    const directory = new FakeDirectory([service("shv")]);
    const result = await new LookupService({ directory, clock }).lookup(
      { actor, channel: "web" },
      query({ wijkId: null, wijkText: "Wyckerport", wijkSuggestions: ["wyc"] }),
    );
    expect(result).toMatchObject({ kind: "ask-wijk", wijkText: "Wyckerport", suggestions: [WYC] });
    expect(directory.gaps).toMatchObject([{ kind: "unknown-wijk", term: "wyckerport" }]);
  });

  it("uses the asker's only wijk when the question names none", async () => {
    const directory = new FakeDirectory([service("shv")]);
    const result = await new LookupService({ directory, clock }).lookup(
      { actor, channel: "web" },
      query({ wijkId: null }),
    );
    expect(result).toMatchObject({ kind: "answer", wijk: WYC });
  });

  it("lists the known topics and records the gap for an unknown topic", async () => {
    const directory = new FakeDirectory([]);
    const result = await new LookupService({ directory, clock }).lookup(
      { actor, channel: "web" },
      query({ topicIds: [], unknownTopicText: "ruimtevaart", topicSuggestions: ["debts"] }),
    );
    expect(result).toMatchObject({
      kind: "unknown-topic",
      text: "ruimtevaart",
      suggestions: [{ id: "debts" }],
    });
    if (result.kind === "unknown-topic")
      expect(result.known.map((k) => k.id)).toEqual(["debts", "loneliness"]);
    expect(directory.gaps).toMatchObject([{ kind: "unknown-topic", term: "ruimtevaart", wijkId: "wyc" }]);
  });

  it("asks which topic a situation is about, with the choices, and records the missed words", async () => {
    const directory = new FakeDirectory([]);
    const result = await new LookupService({ directory, clock }).lookup(
      { actor, channel: "web" },
      query({
        topicIds: [],
        topicChoices: ["loneliness", "debts", "no-such-topic"],
        unknownWords: ["zwerft"],
      }),
    );
    expect(result).toMatchObject({
      kind: "choose-topic",
      wijk: { id: "wyc" },
      choices: [{ id: "loneliness" }, { id: "debts" }],
    });
    expect(directory.gaps).toMatchObject([{ kind: "unknown-topic", term: "zwerft", wijkId: "wyc" }]);
  });

  it("records the content words nothing recognised rather than the leftover text", async () => {
    const directory = new FakeDirectory([]);
    await new LookupService({ directory, clock }).lookup(
      { actor, channel: "web" },
      query({ topicIds: [], unknownTopicText: "de buurman kookt", unknownWords: ["buurman", "kookt"] }),
    );
    expect(directory.gaps).toMatchObject([{ kind: "unknown-topic", term: "buurman kookt" }]);
  });
});
