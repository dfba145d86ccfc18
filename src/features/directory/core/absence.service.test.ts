import { describe, expect, it } from "vitest";
import type { Caller } from "../../../core/access/caller.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { AbsenceChange, AbsenceStore, PersonName } from "./absence.ports.js";
import { type AbsenceCommand, AbsenceService } from "./absence.service.js";
import type { AbsenceValue } from "./directory-edit.model.js";

const PEOPLE: PersonName[] = [
  { id: "p-anouk-peeters", name: "Anouk Peeters" },
  { id: "p-mark-janssen", name: "Mark Janssen" },
  { id: "p-mark-de-vries", name: "Mark de Vries" },
];

class FakeStore implements AbsenceStore {
  changes: AbsenceChange[] = [];
  current: AbsenceValue | null = null;
  async peopleNamed(text: string) {
    const exact = PEOPLE.filter((p) => p.name.toLowerCase() === text.toLowerCase());
    return exact.length > 0 ? exact : PEOPLE.filter((p) => p.name.toLowerCase().includes(text.toLowerCase()));
  }
  async absenceOf() {
    return this.current;
  }
  async setAbsence(change: AbsenceChange) {
    this.changes.push(change);
    this.current = change.absence;
  }
}

const actor = { professionalId: "p-anouk-peeters", name: "Anouk Peeters" } as Caller["actor"];
const anouk: Caller = { actor, channel: "web" };
const viaSlack: Caller = { actor, channel: "slack" };
// Monday 23 November 2026, 23:30 in Amsterdam: already the 24th in UTC+13, still the 23rd in UTC.
const clock = new FakeClock("2026-11-23T23:30:00+01:00");
const command = (c: Partial<AbsenceCommand>): AbsenceCommand => ({
  fromText: null,
  toText: null,
  deputyText: null,
  clear: false,
  ...c,
});

function setup() {
  const store = new FakeStore();
  return { store, service: new AbsenceService({ store, clock }) };
}

describe("AbsenceService", () => {
  it("stores today up to and including the named day, with the deputy, as a chat edit", async () => {
    const { store, service } = setup();
    const result = await service.report(
      viaSlack,
      command({ toText: "4 december", deputyText: "Mark Janssen" }),
    );
    expect(result).toEqual({
      kind: "set",
      from: "2026-11-23",
      to: "2026-12-04",
      deputy: { id: "p-mark-janssen", name: "Mark Janssen" },
    });
    expect(store.changes).toEqual([
      {
        professionalId: "p-anouk-peeters",
        byId: "p-anouk-peeters",
        channel: "slack",
        at: clock.now(),
        absence: { from: "2026-11-23", to: "2026-12-04", deputy: "p-mark-janssen" },
      },
    ]);
  });

  it("reads a range in English and a weekday as the coming one", async () => {
    const { service } = setup();
    expect(await service.report(anouk, command({ fromText: "1 December", toText: "Friday" }))).toMatchObject({
      kind: "ends-before-start",
      from: "2026-12-01",
      to: "2026-11-27",
    });
    expect(
      await service.report(anouk, command({ fromText: "1 December", toText: "12 December" })),
    ).toMatchObject({
      kind: "set",
      from: "2026-12-01",
      to: "2026-12-12",
      deputy: null,
    });
  });

  it.each([
    [command({}), { kind: "no-end" }],
    [command({ toText: "als het rustiger is" }), { kind: "bad-date", text: "als het rustiger is" }],
    [command({ toText: "2026-11-01" }), { kind: "in-past", to: "2026-11-01" }],
    [
      command({ toText: "4 december", deputyText: "Jan Klaassen" }),
      { kind: "deputy-unknown", text: "Jan Klaassen" },
    ],
    [command({ toText: "4 december", deputyText: "Mark" }), { kind: "deputy-ambiguous", text: "Mark" }],
    [command({ toText: "4 december", deputyText: "Anouk Peeters" }), { kind: "deputy-self" }],
  ])("changes nothing for %j", async (input, expected) => {
    const { store, service } = setup();
    expect(await service.report(anouk, input)).toMatchObject(expected);
    expect(store.changes).toEqual([]);
  });

  it("clears an absence, and says so when there was none", async () => {
    const { store, service } = setup();
    expect(await service.report(anouk, command({ clear: true }))).toEqual({
      kind: "cleared",
      had: false,
    });
    store.current = { from: "2026-11-23", to: "2026-12-04", deputy: null };
    expect(await service.report(anouk, command({ clear: true }))).toEqual({
      kind: "cleared",
      had: true,
    });
    expect(store.changes.map((c) => c.absence)).toEqual([null]);
  });
});
