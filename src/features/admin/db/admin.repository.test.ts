/**
 * Administration on PGlite with the demo map: links, deactivation (handovers, action points,
 * coordinators told, audit, all in one transaction) and erasure requests.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryDatabase } from "../../../../test/support/test-database.js";
import type { Actor } from "../../../core/access/actor.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { Database } from "../../../db/database.js";
import { auditRepository } from "../../../db/repositories/audit.repository.js";
import { dateColumn } from "../../../db/repositories/dates.js";
import { identityRepository } from "../../../db/repositories/identity.repository.js";
import { seedDemoIfEmpty } from "../../../db/social-map/seed.js";
import { AdminService } from "../core/admin.service.js";
import { adminRepository } from "./admin.repository.js";
import { erasureRepository } from "./erasure.repository.js";

const NOW = "2026-11-23T09:30:00+01:00";
let db: Database;
let clock: FakeClock;

const admin: Actor = {
  professionalId: "p-ruud-lemmens",
  name: "Ruud Lemmens",
  organisationId: null,
  locale: null,
  wijkIds: [],
  coordinatorOf: [],
  networkMunicipality: null,
  isAdmin: true,
};
const stranger: Actor = { ...admin, professionalId: "p-jos-willems", name: "Jos Willems", isAdmin: false };

function service() {
  return new AdminService({
    store: adminRepository(db.prisma),
    erasure: erasureRepository(db.prisma),
    audit: auditRepository(db.prisma),
    clock,
  });
}

beforeEach(async () => {
  db = await memoryDatabase();
  clock = new FakeClock(NOW);
  await seedDemoIfEmpty(db.prisma, clock);
}, 60_000);

afterEach(async () => {
  await db.close();
});

const auditOf = (event: string) =>
  db.prisma.auditRecord.findMany({ where: { event }, orderBy: { id: "asc" } });

describe("chat identity links", () => {
  it("links a Slack account so that it maps to the professional, and unlinks it", async () => {
    const identities = identityRepository(db.prisma);
    const account = { channel: "slack" as const, tenant: "T1", externalId: "U123ABC" };
    expect(await identities.actorFor(account)).toBeNull();
    const linked = await service().link(
      { actor: admin, channel: "web" },
      { channel: "slack", externalId: "U123ABC", tenant: null, professionalId: "p-anouk-peeters" },
    );
    expect(linked).toMatchObject({ kind: "linked", name: "Anouk Peeters", previous: null });
    expect((await identities.actorFor(account))?.professionalId).toBe("p-anouk-peeters");
    const unlinked = await service().unlink(
      { actor: admin, channel: "web" },
      { channel: "slack", externalId: "U123ABC", tenant: null },
    );
    expect(unlinked).toMatchObject({ kind: "unlinked", count: 1 });
    expect(await identities.actorFor(account)).toBeNull();
    const records = [...(await auditOf("admin.link")), ...(await auditOf("admin.unlink"))];
    expect(records.map((r) => [r.action, r.authorised, r.subject])).toEqual([
      ["create", true, "chat:slack::U123ABC"],
      ["delete", true, "chat:slack:*:U123ABC"],
    ]);
  });

  it("refuses a non-administrator politely, changes nothing and audits the attempt", async () => {
    const result = await service().link(
      { actor: stranger, channel: "slack" },
      { channel: "teams", externalId: "aad-1", tenant: null, professionalId: "p-jos-willems" },
    );
    expect(result).toEqual({ kind: "refused" });
    expect(await db.prisma.chatIdentity.count({ where: { externalId: "aad-1" } })).toBe(0);
    const [record] = await auditOf("admin.link");
    expect(record).toMatchObject({ actorId: "p-jos-willems", authorised: false, channel: "slack" });
  });

  it("answers an unknown professional id without linking", async () => {
    const result = await service().link(
      { actor: admin, channel: "web" },
      { channel: "slack", externalId: "U9", tenant: "T1", professionalId: "p-nobody" },
    );
    expect(result).toEqual({ kind: "unknown-professional", professionalId: "p-nobody" });
    expect(await db.prisma.chatIdentity.count({ where: { externalId: "U9" } })).toBe(0);
  });
});

describe("deactivating a professional who leaves", () => {
  async function actionPoint(caseCode: string, ownerId: string) {
    const found = await db.prisma.case.findUniqueOrThrow({ where: { code: caseCode } });
    return db.prisma.actionPoint.create({
      data: { caseId: found.id, ownerId, text: "bellen", dueOn: dateColumn("2026-11-30") },
    });
  }

  it("returns open handovers to the service, action points to the coordinator, and tells the wijk coordinators", async () => {
    await db.prisma.handover.update({ where: { id: "ho-004" }, data: { acceptedById: "p-mirjam-dewit" } });
    const moved = await actionPoint("OVV-101", "p-mirjam-dewit");
    await db.prisma.case.update({ where: { code: "RUW-044" }, data: { coordinatorId: "p-mirjam-dewit" } });
    const orphan = await actionPoint("RUW-044", "p-mirjam-dewit");
    // Mirjam coordinates OVV-101 herself: its coordinator is her, so that point has nobody either.
    await db.prisma.case.update({ where: { code: "OVV-101" }, data: { coordinatorId: "p-nadia-veenstra" } });

    const result = await service().deactivate({ actor: admin, channel: "web" }, "p-mirjam-dewit");

    expect(result).toMatchObject({
      kind: "deactivated",
      report: { handovers: 1, actionPoints: 1, actionPointsWithoutOwner: 1 },
    });
    const handover = await db.prisma.handover.findUniqueOrThrow({ where: { id: "ho-004" } });
    expect(handover).toMatchObject({
      status: "requested",
      acceptedById: null,
      toProfessionalId: null,
      version: 1,
    });
    const events = await db.prisma.handoverEvent.findMany({
      where: { handoverId: "ho-004", type: "reassigned" },
    });
    expect(events).toHaveLength(1);
    expect((await db.prisma.actionPoint.findUniqueOrThrow({ where: { id: moved.id } })).ownerId).toBe(
      "p-nadia-veenstra",
    );
    expect((await db.prisma.actionPoint.findUniqueOrThrow({ where: { id: orphan.id } })).ownerId).toBe(
      "p-mirjam-dewit",
    );
    expect(await identityRepository(db.prisma).actorById("p-mirjam-dewit")).toBeNull();
    const [record] = await auditOf("admin.deactivate");
    expect(record?.detail).toMatchObject({ handovers: 1, actionPoints: 1, actionPointsWithoutOwner: 1 });
    expect(await auditOf("handover.reassign")).toHaveLength(1);
    if (result.kind !== "deactivated") throw new Error("expected deactivated");
    const outbox = await db.prisma.outboxMessage.findMany({ where: { kind: "admin.deactivated" } });
    expect(outbox.length).toBe(result.report.coordinatorsTold);
  });

  it("keeps a contacted handover contacted but takes it off the leaver's name", async () => {
    await service().deactivate({ actor: admin, channel: "web" }, "p-anouk-peeters");
    const handover = await db.prisma.handover.findUniqueOrThrow({ where: { id: "ho-002" } });
    expect(handover).toMatchObject({ status: "contacted", toProfessionalId: null });
    const told = await db.prisma.outboxMessage.findMany({ where: { kind: "admin.deactivated" } });
    expect(told.map((m) => m.recipientId)).toContain("p-ruud-lemmens");
    expect(told.map((m) => m.recipientId)).not.toContain("p-anouk-peeters");
  });

  it("changes nothing at all when the coordinators' notice cannot be written", async () => {
    // The outbox refuses every row, as a full disk or a broken notice would.
    await db.executeSql(`CREATE FUNCTION outbox_down() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'outbox down'; END $$`);
    await db.executeSql(`CREATE TRIGGER outbox_down BEFORE INSERT ON "OutboxMessage"
      FOR EACH ROW EXECUTE FUNCTION outbox_down()`);
    await expect(service().deactivate({ actor: admin, channel: "web" }, "p-anouk-peeters")).rejects.toThrow(
      "outbox down",
    );
    expect(
      (await db.prisma.professional.findUniqueOrThrow({ where: { id: "p-anouk-peeters" } })).active,
    ).toBe(true);
    expect((await db.prisma.handover.findUniqueOrThrow({ where: { id: "ho-002" } })).toProfessionalId).toBe(
      "p-anouk-peeters",
    );
    expect(await auditOf("admin.deactivate")).toHaveLength(0);
  });

  it("says so when the professional was already inactive", async () => {
    await service().deactivate({ actor: admin, channel: "web" }, "p-anouk-peeters");
    expect(await service().deactivate({ actor: admin, channel: "web" }, "p-anouk-peeters")).toMatchObject({
      kind: "already-inactive",
    });
  });
});

describe("erasure requests", () => {
  it("restricts a case with open handovers instead of erasing it", async () => {
    const result = await service().erase({ actor: admin, channel: "web" }, "WYC-014");
    expect(result).toEqual({ kind: "restricted", caseCode: "WYC-014", reason: "open-handovers" });
    const found = await db.prisma.case.findUniqueOrThrow({ where: { code: "WYC-014" } });
    expect(found.restrictedAt).not.toBeNull();
    expect(found.summary).not.toBeNull();
    const [record] = await auditOf("case.erase");
    expect(record).toMatchObject({ action: "update", caseCode: "WYC-014", authorised: true });
  });

  it("erases the personal fields of a closed case and restricts the rest", async () => {
    const result = await service().erase({ actor: admin, channel: "web" }, "WYC-003");
    expect(result).toEqual({ kind: "erased", caseCode: "WYC-003" });
    const found = await db.prisma.case.findUniqueOrThrow({
      where: { code: "WYC-003" },
      include: { relatives: true },
    });
    expect(found).toMatchObject({ summary: null, relatives: [] });
    expect(found.purgedAt).not.toBeNull();
    expect(found.restrictedAt).not.toBeNull();
    const [record] = await auditOf("case.erase");
    expect(record).toMatchObject({ action: "delete", detail: { outcome: "erased" } });
  });

  it("refuses a non-administrator and audits the attempt", async () => {
    expect(await service().erase({ actor: stranger, channel: "teams" }, "WYC-003")).toEqual({
      kind: "refused",
    });
    expect((await db.prisma.case.findUniqueOrThrow({ where: { code: "WYC-003" } })).summary).not.toBeNull();
    const [record] = await auditOf("case.erase");
    expect(record).toMatchObject({ authorised: false, actorId: "p-jos-willems", caseCode: "WYC-003" });
  });
});
