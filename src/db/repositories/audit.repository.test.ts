import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryDatabase } from "../../../test/support/test-database.js";
import type { AuditEntry } from "../../features/audit/core/audit.port.js";
import type { Database } from "../database.js";
import { auditRepository, recordAudit } from "./audit.repository.js";

const entry: AuditEntry = {
  event: "handover.accept",
  action: "update",
  at: new Date("2026-11-23T09:00:00Z"),
  actorId: "prof-2",
  onBehalfOfId: "prof-9",
  channel: "slack",
  caseId: "case-1",
  caseCode: "WYC-014",
  subject: "handover:h-1",
  authorised: true,
  consentBasis: "consent:c-1",
  detail: { from: "requested", to: "accepted" },
};

let db: Database;
// Generous: the first run builds the migrated template and warms Prisma, slow on a busy machine.
beforeEach(async () => {
  db = await memoryDatabase();
  await db.prisma.auditRecord.count();
}, 60_000);
afterEach(async () => {
  await db?.close();
});

describe("audit repository", () => {
  it("records every field of the entry", async () => {
    await auditRepository(db.prisma).record(entry);
    const [row] = await db.prisma.auditRecord.findMany();
    expect(row).toMatchObject({ ...entry, id: expect.any(BigInt) });
  });

  it("records inside a transaction and rolls back with it", async () => {
    await db.prisma
      .$transaction(async (tx) => {
        await recordAudit(tx, entry);
        expect(await tx.auditRecord.count()).toBe(1);
        throw new Error("the change failed");
      })
      .catch(() => undefined);
    expect(await db.prisma.auditRecord.count()).toBe(0);
    await db.prisma.$transaction((tx) => recordAudit(tx, { ...entry, action: "read", detail: undefined }));
    expect(await db.prisma.auditRecord.count()).toBe(1);
  });

  it("refuses detail that looks like personal data", async () => {
    await expect(recordAudit(db.prisma, { ...entry, detail: { phone: "0612345678" } })).rejects.toThrow(
      /phone/,
    );
    await expect(recordAudit(db.prisma, { ...entry, detail: { reasonText: "x" } })).rejects.toThrow(
      /personal/,
    );
    expect(await db.prisma.auditRecord.count()).toBe(0);
  });

  it("is append-only: the database refuses updates and deletes of young records", async () => {
    await recordAudit(db.prisma, entry);
    await expect(db.prisma.auditRecord.updateMany({ data: { authorised: false } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.prisma.auditRecord.deleteMany({})).rejects.toThrow(/five years/);
    expect(await db.prisma.auditRecord.count()).toBe(1);
  });
});
