import { describe, expect, it } from "vitest";
import type { Actor } from "../../../core/access/actor.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { AuditEntry, AuditPort } from "./audit.port.js";
import { toCsv } from "./audit-export.js";
import type { AuditFilter, AuditReader, AuditRow, PeopleFinder, PersonRef } from "./audit-log.ports.js";
import { AuditLogService } from "./audit-log.service.js";

const NOW = "2026-11-23T09:30:00+01:00";
const admin: Actor = {
  professionalId: "p-admin",
  name: "Beheer",
  organisationId: null,
  locale: null,
  wijkIds: [],
  coordinatorOf: [],
  networkMunicipality: null,
  isAdmin: true,
};
const anouk: Actor = { ...admin, professionalId: "p-anouk-peeters", name: "Anouk Peeters", isAdmin: false };

function row(overrides: Partial<AuditRow> = {}): AuditRow {
  return {
    id: "1",
    at: new Date("2026-11-20T10:00:00Z"),
    event: "case.view",
    action: "read",
    actorId: "p-anouk-peeters",
    onBehalfOfId: null,
    channel: "slack",
    caseCode: "WYC-014",
    subject: null,
    authorised: true,
    consentBasis: null,
    detail: { basis: "involved" },
    ...overrides,
  };
}

function setup(people: PersonRef[] = []) {
  const recorded: AuditEntry[] = [];
  const filters: AuditFilter[] = [];
  const audit: AuditPort = { record: async (entry) => void recorded.push(entry) };
  const reader: AuditReader = {
    find: async (filter) => {
      filters.push(filter);
      return [row()];
    },
    trailOfCase: async () => [row(), row({ id: "2", event: "handover.accept", action: "update" })],
  };
  const finder: PeopleFinder = {
    findProfessionals: async (text) => people.filter((p) => p.id === text || p.name.includes(text)),
  };
  const service = new AuditLogService({ reader, people: finder, audit, clock: new FakeClock(NOW) });
  return { service, recorded, filters };
}

const query = { caseCode: null, professionalText: null, from: null, to: null };

describe("AuditLogService.query", () => {
  it("refuses a non-administrator and records the refused attempt", async () => {
    const { service, recorded, filters } = setup();
    const result = await service.query({ actor: anouk, channel: "slack" }, { ...query, caseCode: "WYC-014" });
    expect(result).toEqual({ kind: "refused" });
    expect(filters).toHaveLength(0);
    expect(recorded).toEqual([
      expect.objectContaining({ event: "audit.query", authorised: false, caseCode: "WYC-014" }),
    ]);
  });

  it("lists a case's records and logs the query itself", async () => {
    const { service, recorded } = setup();
    const result = await service.query({ actor: admin, channel: "web" }, { ...query, caseCode: "WYC-014" });
    expect(result).toMatchObject({ kind: "records", records: [{ event: "case.view" }] });
    expect(recorded).toEqual([
      expect.objectContaining({
        event: "audit.query",
        action: "read",
        authorised: true,
        detail: expect.objectContaining({ count: 1 }),
      }),
    ]);
  });

  it("reads a period in Amsterdam days: the 'to' day is included", async () => {
    const { service, filters } = setup();
    await service.query({ actor: admin, channel: "web" }, { ...query, from: "2026-11-01", to: "2026-11-30" });
    expect(filters[0]).toMatchObject({
      from: new Date("2026-10-31T23:00:00Z"),
      to: new Date("2026-11-30T23:00:00Z"),
    });
  });

  it("reads Dutch date words with chrono", async () => {
    const { service, filters } = setup();
    await service.query({ actor: admin, channel: "web" }, { ...query, from: "1 november" });
    expect(filters[0]?.from).toEqual(new Date("2026-10-31T23:00:00Z"));
  });

  it("answers a date it cannot read, and a missing filter, without reading the log", async () => {
    const { service, filters } = setup();
    expect(
      await service.query(
        { actor: admin, channel: "web" },
        { ...query, from: "gisteravond laat misschien?" },
      ),
    ).toMatchObject({
      kind: "bad-date",
    });
    expect(await service.query({ actor: admin, channel: "web" }, query)).toEqual({ kind: "needs-filter" });
    expect(filters).toHaveLength(0);
  });

  it("finds the person by id or name and asks when several match", async () => {
    const people = [
      { id: "p-anouk-peeters", name: "Anouk Peeters" },
      { id: "p-anouk-jansen", name: "Anouk Jansen" },
    ];
    const { service, filters } = setup(people);
    expect(
      await service.query(
        { actor: admin, channel: "web" },
        { ...query, professionalText: "p-anouk-peeters" },
      ),
    ).toMatchObject({
      kind: "records",
      person: { id: "p-anouk-peeters" },
    });
    expect(filters[0]?.professionalId).toBe("p-anouk-peeters");
    expect(
      await service.query({ actor: admin, channel: "web" }, { ...query, professionalText: "Anouk" }),
    ).toMatchObject({
      kind: "ambiguous-person",
    });
    expect(
      await service.query({ actor: admin, channel: "web" }, { ...query, professionalText: "Nobody" }),
    ).toMatchObject({
      kind: "unknown-person",
    });
  });
});

describe("AuditLogService.export", () => {
  it("exports a case's trail as JSON and logs it as an export", async () => {
    const { service, recorded } = setup();
    const result = await service.export({ actor: admin, channel: "web" }, "WYC-014", "json");
    if (result.kind !== "export") throw new Error("expected an export");
    const document = JSON.parse(result.content);
    expect(document).toMatchObject({ format: "wijkbot-audit-export/1", caseCode: "WYC-014" });
    expect(document.records).toHaveLength(2);
    expect(recorded).toEqual([
      expect.objectContaining({
        event: "audit.export",
        action: "export",
        caseCode: "WYC-014",
        authorised: true,
      }),
    ]);
  });

  it("refuses a non-administrator and records it", async () => {
    const { service, recorded } = setup();
    expect(await service.export({ actor: anouk, channel: "teams" }, "WYC-014", "csv")).toEqual({
      kind: "refused",
    });
    expect(recorded[0]).toMatchObject({ action: "export", authorised: false });
  });

  it("writes CSV with quoted fields and defuses spreadsheet formulas", () => {
    const csv = toCsv([row({ subject: '=HYPERLINK("x")' })]);
    const [header, line] = csv.split("\r\n");
    expect(header).toBe(
      "at,event,action,actorId,onBehalfOfId,channel,caseCode,subject,authorised,consentBasis",
    );
    expect(line).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
