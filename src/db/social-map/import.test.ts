import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryDatabase } from "../../../test/support/test-database.js";
import { addWorkingDays } from "../../core/calendar/working-days.js";
import { FakeClock } from "../../core/shared/clock.js";
import type { Database } from "../database.js";
import { type ImportReport, importSocialMap, REVISION_KEY } from "./import.js";
import { COLLECTIONS } from "./social-map.schema.js";
import { demoMap, secondRegion } from "./social-map.test-support.js";

let db: Database;
const clock = new FakeClock("2026-11-20T09:00:00+01:00");

// The first memoryDatabase() of a worker migrates the template: seconds on a busy machine.
beforeEach(async () => {
  db = await memoryDatabase();
}, 60_000);
afterEach(async () => {
  await db.close();
});

function imported(report: ImportReport) {
  if (report.status !== "imported") throw new Error(JSON.stringify(report.problems));
  return report;
}

// Generous: the first Prisma queries of a worker compile slowly when the machine is busy.
describe("importSocialMap", { timeout: 60_000 }, () => {
  it("imports the demo: every record created, one warning, revision 1", async () => {
    const demo = demoMap();
    const report = imported(await importSocialMap(db.prisma, demo, clock));
    for (const name of COLLECTIONS) {
      expect(report.counts[name], name).toEqual({ created: demo[name].length, updated: 0, unchanged: 0 });
    }
    expect(report.warnings).toEqual([
      { path: "handovers[5].consent", message: "imported but not sendable: no consent" },
    ]);
    expect(report).toMatchObject({ changed: true, revision: 1 });
    expect(await db.prisma.appState.findUnique({ where: { key: REVISION_KEY } })).toMatchObject({ value: 1 });
  });

  it("maps the format onto the schema", async () => {
    imported(await importSocialMap(db.prisma, demoMap(), clock));
    const service = await db.prisma.service.findUniqueOrThrow({
      where: { id: "svc-st-oost-algemeen" },
      include: { contacts: { orderBy: { position: "asc" } } },
    });
    expect(service).toMatchObject({
      organisationId: "st-maastricht-oost",
      intakePhone: "+31 43 000 1001",
      intakeHours: "ma–vr 09:00–12:00",
      assuredDate: new Date("2026-10-14T00:00:00Z"),
    });
    expect(service.contacts.map((c) => [c.professionalId, c.position])).toEqual([
      ["p-anouk-peeters", 0],
      ["p-youssef-amrani", 1],
    ]);
    expect(
      await db.prisma.professional.findUniqueOrThrow({ where: { id: "p-leila-bakkali" } }),
    ).toMatchObject({
      isCoordinator: false,
      absenceFrom: new Date("2026-11-23T00:00:00Z"),
      absenceTo: new Date("2026-11-27T00:00:00Z"),
      deputyId: "p-mark-janssen",
    });
    const wyc021 = await db.prisma.case.findUniqueOrThrow({
      where: { code: "WYC-021" },
      include: { members: true, relatives: true },
    });
    expect(wyc021.members).toHaveLength(4);
    expect(wyc021.relatives).toMatchObject([
      { label: "Dochter (mantelzorger)", contactPreference: "telefoon" },
    ]);
    expect(await db.prisma.caseCodeCounter.findUnique({ where: { prefix: "WYC" } })).toEqual({
      prefix: "WYC",
      next: 28,
    });
  });

  it("imports handovers with consent, deadline in working days and events", async () => {
    imported(await importSocialMap(db.prisma, demoMap(), clock));
    const ho1 = await db.prisma.handover.findUniqueOrThrow({
      where: { id: "ho-001" },
      include: { consent: true },
    });
    const shv = await db.prisma.service.findUniqueOrThrow({ where: { id: "svc-shv-maastricht" } });
    expect(ho1.deadlineAt).toEqual(
      addWorkingDays(new Date("2026-11-16T10:12:00+01:00"), shv.responseWorkingDays),
    );
    expect(ho1).toMatchObject({ sendable: true, contactChannel: "phone", contactBestTime: "ochtend" });
    expect(ho1.consent).toMatchObject({
      form: "verbal",
      serviceId: "svc-shv-maastricht",
      recordedById: "p-pieter-brouwers",
    });
    const ho2 = await db.prisma.handover.findUniqueOrThrow({
      where: { id: "ho-002" },
      include: { consent: true, events: { orderBy: { at: "asc" } } },
    });
    expect(ho2.consent?.form).toBe("written");
    expect(ho2.acceptedById).toBe("p-anouk-peeters");
    expect(ho2.events.map((e) => [e.id, e.type, e.note])).toEqual([
      ["ho-002#0", "accepted", null],
      ["ho-002#1", "contacted", "Huisbezoek gepland 12 november."],
    ]);
  });

  it("imports ho-006, which lacks consent, as never sendable", async () => {
    imported(await importSocialMap(db.prisma, demoMap(), clock));
    const ho6 = await db.prisma.handover.findUniqueOrThrow({ where: { id: "ho-006" } });
    expect(ho6).toMatchObject({ sendable: false, consentId: null, status: "requested" });
    expect(await db.prisma.handover.count({ where: { sendable: true } })).toBe(5);
  });

  it("changes nothing when the same file is imported twice", async () => {
    imported(await importSocialMap(db.prisma, demoMap(), clock));
    const before = await snapshot();
    const second = imported(await importSocialMap(db.prisma, demoMap(), clock));
    for (const name of COLLECTIONS)
      expect(second.counts[name].created + second.counts[name].updated, name).toBe(0);
    expect(second).toMatchObject({ changed: false, revision: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it("updates only what changed and bumps the revision", async () => {
    imported(await importSocialMap(db.prisma, demoMap(), clock));
    const map = demoMap();
    map.services[0].wijken.pop();
    map.professionals[0].slackUserId = "U0ANOUK";
    map.handovers[0].consent.form = "schriftelijk";
    const report = imported(await importSocialMap(db.prisma, map, clock));
    expect(report.counts.services).toEqual({ created: 0, updated: 1, unchanged: 28 });
    expect(report.counts.professionals).toEqual({ created: 0, updated: 1, unchanged: 39 });
    expect(report.counts.handovers).toEqual({ created: 0, updated: 1, unchanged: 5 });
    expect(report).toMatchObject({ changed: true, revision: 2 });
    expect(await db.prisma.serviceWijk.count({ where: { serviceId: map.services[0].id } })).toBe(3);
    expect(
      await db.prisma.chatIdentity.findMany({ select: { channel: true, tenant: true, externalId: true } }),
    ).toEqual([{ channel: "slack", tenant: "", externalId: "U0ANOUK" }]);
    expect((await db.prisma.consentRecord.findUniqueOrThrow({ where: { id: "ho-001#consent" } })).form).toBe(
      "written",
    );
  });

  it("writes nothing from a file with a problem", async () => {
    const map = demoMap();
    map.services[3].wijken[1] = "maastricht-atlantis";
    const report = await importSocialMap(db.prisma, map, clock);
    expect(report).toMatchObject({
      status: "invalid",
      problems: [{ path: "services[3].wijken[1]", message: 'unknown wijk "maastricht-atlantis"' }],
    });
    expect(await db.prisma.wijk.count()).toBe(0);
    expect(await db.prisma.appState.count()).toBe(0);
  });

  it("imports a second region next to the demo, referring to what is already there", async () => {
    imported(await importSocialMap(db.prisma, demoMap(), clock));
    const region = imported(await importSocialMap(db.prisma, secondRegion(), clock));
    expect(region.counts.wijken).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(region.counts.topics).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(region.counts.services).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(region.revision).toBe(2);
    expect(await db.prisma.wijk.count()).toBe(13);
    expect(
      await db.prisma.serviceTopic.findMany({ where: { serviceId: "svc-wijkteam-meezenbroek" } }),
    ).toHaveLength(2);
    expect(await db.prisma.caseCodeCounter.findUnique({ where: { prefix: "MZB" } })).toEqual({
      prefix: "MZB",
      next: 2,
    });
    const again = imported(await importSocialMap(db.prisma, demoMap(), clock));
    expect(again.changed).toBe(false);
    expect(await db.prisma.wijk.count()).toBe(13);
  });
});

/** Every row the import writes, for "nothing changed" comparisons. */
async function snapshot() {
  const p = db.prisma;
  return Promise.all([
    p.municipality.findMany({ orderBy: { cbsCode: "asc" } }),
    p.wijk.findMany({ orderBy: { id: "asc" } }),
    p.service.findMany({ orderBy: { id: "asc" }, include: { topics: true, wijken: true, contacts: true } }),
    p.professional.findMany({
      orderBy: { id: "asc" },
      include: { wijken: true, topics: true, identities: true },
    }),
    p.case.findMany({ orderBy: { code: "asc" }, include: { members: true, relatives: true } }),
    p.handover.findMany({ orderBy: { id: "asc" }, include: { consent: true, events: true } }),
    p.consult.findMany({ include: { participants: true, agenda: true } }),
    p.digestSubscription.findMany({ orderBy: { professionalId: "asc" } }),
    p.appState.findMany({ orderBy: { key: "asc" } }),
    p.caseCodeCounter.findMany({ orderBy: { prefix: "asc" } }),
  ]);
}
