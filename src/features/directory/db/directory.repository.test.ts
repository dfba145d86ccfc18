import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDatabase } from "../../../../test/support/test-database.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { Database } from "../../../db/database.js";
import { identityRepository } from "../../../db/repositories/identity.repository.js";
import { seedDemoIfEmpty } from "../../../db/social-map/seed.js";
import type { DirectoryReader, WijkRecord } from "../core/directory.ports.js";
import { directoryRepository } from "./directory.repository.js";

// Monday 23 November 2026, 09:30 in Amsterdam.
const clock = new FakeClock("2026-11-23T08:30:00Z");
const WYC = "maastricht-wyckerpoort";
// Importing the whole demo map into PGlite takes several seconds.
const SEED_TIMEOUT = 60_000;

// One database for the file (the import is the slow part); tests that change rows restore them.
let db: Database;
beforeAll(async () => {
  db = await memoryDatabase();
  const report = await seedDemoIfEmpty(db.prisma, clock);
  expect(report?.status).toBe("imported");
  await db.prisma.chatIdentity.createMany({
    data: [
      // Imported identities carry no workspace: tenant "" matches any.
      { channel: "slack", tenant: "", externalId: "U0ANOUK", professionalId: "p-anouk-peeters" },
      { channel: "slack", tenant: "T-OTHER", externalId: "U0MARK", professionalId: "p-mark-janssen" },
      { channel: "teams", tenant: "tenant-1", externalId: "29:leila", professionalId: "p-leila-bakkali" },
    ],
  });
}, SEED_TIMEOUT);
afterAll(async () => {
  await db?.close();
});

describe("directory repository on the demo social map", () => {
  let directory: DirectoryReader;
  beforeAll(() => {
    directory = directoryRepository(db.prisma);
  });

  it("finds a wijk by id and lists every topic with both names, sorted by Dutch name", async () => {
    expect(await directory.wijk(WYC)).toEqual({ id: WYC, name: "Wyckerpoort", municipalityCode: "GM0935" });
    expect(await directory.wijk("atlantis")).toBeNull();
    const topics = await directory.topics();
    expect(topics).toHaveLength(17);
    expect(topics).toContainEqual({ id: "debts", nameNl: "Schulden", nameEn: "Debts" });
    const names = topics.map((t) => t.nameNl);
    expect(names).toEqual([...names].sort());
  });

  it("servicesFor returns the services with that topic in that wijk, and only those", async () => {
    const services = await directory.servicesFor("debts", WYC);
    expect(services.map((s) => s.id).sort()).toEqual(["svc-budgetmaatjes", "svc-shv-maastricht"]);
    for (const s of services) {
      expect(s.topicIds).toContain("debts");
      expect(s.wijkIds).toContain(WYC);
    }
    expect((await directory.servicesFor("debts", "utrecht-overvecht")).map((s) => s.id)).toEqual([
      "svc-shv-utrecht",
    ]);
    expect(await directory.servicesFor("no-such-topic", WYC)).toEqual([]);
    expect(await directory.servicesFor("debts", "no-such-wijk")).toEqual([]);
  });

  it("maps a service with organisation, intake, dates and contacts in their order, with deputies", async () => {
    const shv = (await directory.servicesFor("debts", WYC)).find((s) => s.id === "svc-shv-maastricht")!;
    expect(shv).toMatchObject({
      name: "Schuldhulpverlening (aanmelding en stabilisatie)",
      organisation: { name: "Schuldhulpverlening Gemeente Maastricht" },
      intakePhone: "+31 43 000 1003",
      intakeHours: "ma–do 09:00–16:00",
      responseWorkingDays: 3,
      assuredDate: "2026-10-01",
    });
    expect(shv.contacts.map((c) => c.id)).toEqual(["p-leila-bakkali", "p-mark-janssen"]);
    const [leila, mark] = shv.contacts;
    expect(leila).toMatchObject({
      name: "Leila Bakkali",
      role: "schuldhulpverlener",
      absence: { from: "2026-11-23", to: "2026-11-27", deputyId: "p-mark-janssen" },
      deputy: { id: "p-mark-janssen", name: "Mark Janssen", chatIds: { slack: "U0MARK" } },
    });
    // Chat identities become user ids so that channels can mention the person.
    expect(leila!.chatIds).toEqual({ teams: "29:leila" });
    expect(leila!.availability).toEqual({
      tue: ["09:00-17:00"],
      wed: ["09:00-17:00"],
      thu: ["09:00-17:00"],
    });
    expect(mark).toMatchObject({ absence: null, deputy: null });
  });

  it("servicesFor leaves out inactive services and inactive contact people", async () => {
    await db.prisma.service.update({ where: { id: "svc-budgetmaatjes" }, data: { active: false } });
    await db.prisma.professional.update({ where: { id: "p-mark-janssen" }, data: { active: false } });
    try {
      const services = await directory.servicesFor("debts", WYC);
      expect(services.map((s) => s.id)).toEqual(["svc-shv-maastricht"]);
      expect(services[0]!.contacts.map((c) => c.id)).toEqual(["p-leila-bakkali"]);
    } finally {
      await db.prisma.service.update({ where: { id: "svc-budgetmaatjes" }, data: { active: true } });
      await db.prisma.professional.update({ where: { id: "p-mark-janssen" }, data: { active: true } });
    }
  });

  it("servicesNearby returns the topic's services elsewhere in the same municipality only", async () => {
    const ondiep = (await directory.wijk("utrecht-ondiep")) as WijkRecord;
    const nearby = await directory.servicesNearby("mental-health", ondiep, 3);
    expect(nearby.map((s) => s.id)).toEqual(["svc-buurtteam-overvecht"]);
    expect(nearby[0]!.wijkIds).not.toContain("utrecht-ondiep");
    // Nothing for the topic anywhere in Maastricht but Wyckerpoort itself: nothing nearby.
    const wyc = (await directory.wijk(WYC)) as WijkRecord;
    expect(await directory.servicesNearby("mental-health", wyc, 3)).toEqual([]);
    // Services that already cover the wijk are not "nearby".
    expect(await directory.servicesNearby("debts", wyc, 3)).toEqual([]);
  });

  it("servicesNearby honours the limit and puts the most recently verified first", async () => {
    await db.prisma.service.create({
      data: {
        id: "svc-test-older",
        organisationId: "st-maastricht-oost",
        name: "Ouder",
        assuredDate: new Date("2025-01-01"),
        topics: { create: [{ topicId: "mental-health" }] },
        wijken: { create: [{ wijkId: "utrecht-overvecht" }] },
      },
    });
    try {
      const ondiep = (await directory.wijk("utrecht-ondiep")) as WijkRecord;
      const two = await directory.servicesNearby("mental-health", ondiep, 3);
      expect(two.map((s) => s.id)).toEqual(["svc-buurtteam-overvecht", "svc-test-older"]);
      expect(two.map((s) => s.assuredDate)).toEqual(["2026-11-09", "2025-01-01"]);
      expect((await directory.servicesNearby("mental-health", ondiep, 1)).map((s) => s.id)).toEqual([
        "svc-buurtteam-overvecht",
      ]);
    } finally {
      await db.prisma.service.delete({ where: { id: "svc-test-older" } });
    }
  });

  it("recordGap stores a gap row for the coordinator", async () => {
    await directory.recordGap({
      at: clock.now(),
      askedById: "p-anouk-peeters",
      wijkId: null,
      topicId: "debts",
      kind: "unknown-wijk",
      term: "atlantis",
    });
    const rows = await db.prisma.lookupGap.findMany({ where: { term: "atlantis" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      at: clock.now(),
      askedById: "p-anouk-peeters",
      wijkId: null,
      topicId: "debts",
      kind: "unknown-wijk",
    });
  });
});

describe("identity repository on the demo social map", () => {
  it("maps web and CLI accounts by professional id, with wijken, organisation and locale", async () => {
    const identities = identityRepository(db.prisma);
    const web = await identities.actorFor({ channel: "web", tenant: "", externalId: "p-anouk-peeters" });
    expect(web).toMatchObject({
      professionalId: "p-anouk-peeters",
      name: "Anouk Peeters",
      organisationId: "st-maastricht-oost",
      locale: null,
      isAdmin: false,
      coordinatorOf: [],
    });
    expect(web!.wijkIds).toEqual([
      "maastricht-limmel",
      "maastricht-nazareth",
      "maastricht-wittevrouwenveld",
      "maastricht-wyckerpoort",
    ]);
    const cli = await identities.actorFor({ channel: "cli", tenant: "", externalId: "p-anouk-peeters" });
    expect(cli).toEqual(web);
    expect(await identities.actorFor({ channel: "web", tenant: "", externalId: "p-nobody" })).toBeNull();
  });

  it("maps Slack and Teams accounts through ChatIdentity; tenant '' matches any workspace", async () => {
    const identities = identityRepository(db.prisma);
    const anywhere = await identities.actorFor({ channel: "slack", tenant: "T-ANY", externalId: "U0ANOUK" });
    expect(anywhere?.professionalId).toBe("p-anouk-peeters");
    expect(
      (await identities.actorFor({ channel: "slack", tenant: "T-OTHER", externalId: "U0MARK" }))
        ?.professionalId,
    ).toBe("p-mark-janssen");
    // A workspace-bound identity does not match another workspace.
    expect(await identities.actorFor({ channel: "slack", tenant: "T-ANY", externalId: "U0MARK" })).toBeNull();
    // Same id on another channel is another account.
    expect(
      await identities.actorFor({ channel: "teams", tenant: "T-ANY", externalId: "U0ANOUK" }),
    ).toBeNull();
    expect(
      (await identities.actorFor({ channel: "teams", tenant: "tenant-1", externalId: "29:leila" }))?.name,
    ).toBe("Leila Bakkali");
    // A web account id is never looked up as a Slack user id, nor the other way round.
    expect(
      await identities.actorFor({ channel: "slack", tenant: "", externalId: "p-anouk-peeters" }),
    ).toBeNull();
    expect(await identities.actorFor({ channel: "web", tenant: "", externalId: "U0ANOUK" })).toBeNull();
  });

  it("gives a coordinator their wijken to coordinate", async () => {
    const ruud = await identityRepository(db.prisma).actorById("p-ruud-lemmens");
    expect(ruud?.coordinatorOf.length).toBeGreaterThan(0);
    expect(ruud?.coordinatorOf).toEqual(ruud?.wijkIds);
  });

  it("stores the preferred language", async () => {
    const identities = identityRepository(db.prisma);
    await identities.setLocale("p-mark-janssen", "en");
    expect((await identities.actorById("p-mark-janssen"))?.locale).toBe("en");
    await identities.setLocale("p-mark-janssen", "nl");
    expect((await identities.actorById("p-mark-janssen"))?.locale).toBe("nl");
  });

  it("returns null for an inactive professional on every channel", async () => {
    const identities = identityRepository(db.prisma);
    await db.prisma.professional.update({ where: { id: "p-anouk-peeters" }, data: { active: false } });
    expect(await identities.actorById("p-anouk-peeters")).toBeNull();
    expect(
      await identities.actorFor({ channel: "web", tenant: "", externalId: "p-anouk-peeters" }),
    ).toBeNull();
    expect(
      await identities.actorFor({ channel: "slack", tenant: "T-ANY", externalId: "U0ANOUK" }),
    ).toBeNull();
  });
});
