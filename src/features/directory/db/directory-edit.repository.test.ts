import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryDatabase } from "../../../../test/support/test-database.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { Database } from "../../../db/database.js";
import { importSocialMap } from "../../../db/social-map/import.js";
import { demoMap } from "../../../db/social-map/social-map.test-support.js";
import { absenceRepository } from "./directory-edit.repository.js";

let db: Database;
const clock = new FakeClock("2026-11-23T09:30:00+01:00");
const ANOUK = "p-anouk-peeters";

beforeEach(async () => {
  db = await memoryDatabase();
  await importSocialMap(db.prisma, demoMap(), clock);
}, 60_000);
afterEach(async () => {
  await db.close();
});

describe("absenceRepository", { timeout: 60_000 }, () => {
  it("stores the absence with its version, its source and an audit record, in one go", async () => {
    const store = absenceRepository(db.prisma);
    const absence = { from: "2026-11-23", to: "2026-12-04", deputy: "p-mark-janssen" };
    await store.setAbsence({
      professionalId: ANOUK,
      absence,
      byId: ANOUK,
      channel: "slack",
      at: clock.now(),
    });
    expect(await store.absenceOf(ANOUK)).toEqual(absence);
    expect(await db.prisma.directoryEdit.findMany()).toMatchObject([
      {
        entity: "professional",
        entityId: ANOUK,
        field: "absence",
        value: absence,
        previous: null,
        channel: "slack",
      },
    ]);
    expect(await db.prisma.directoryFieldSource.findMany()).toMatchObject([
      { entityId: ANOUK, value: absence },
    ]);
    expect(
      await db.prisma.auditRecord.findMany({ where: { event: "directory.edit.professional" } }),
    ).toMatchObject([
      { action: "update", actorId: ANOUK, subject: `professional:${ANOUK}`, detail: { field: "absence" } },
    ]);
  });

  it("keeps a version per change, and an import of the older file keeps the chat value", async () => {
    const store = absenceRepository(db.prisma);
    const first = { from: "2026-11-23", to: "2026-12-04", deputy: "p-mark-janssen" };
    await store.setAbsence({
      professionalId: ANOUK,
      absence: first,
      byId: ANOUK,
      channel: "web",
      at: clock.now(),
    });
    await store.setAbsence({
      professionalId: ANOUK,
      absence: { ...first, to: "2026-12-11" },
      byId: ANOUK,
      channel: "web",
      at: clock.now(),
    });
    const versions = await db.prisma.directoryEdit.findMany({ orderBy: { at: "asc" } });
    expect(versions.map((v) => (v.value as { to: string }).to)).toEqual(["2026-12-04", "2026-12-11"]);
    const report = await importSocialMap(db.prisma, demoMap(), clock);
    expect(report).toMatchObject({
      status: "imported",
      conflicts: [{ path: expect.stringMatching(/^professionals\[\d+\]\.absence$/) }],
    });
    expect((await store.absenceOf(ANOUK))?.to).toBe("2026-12-11");
  });

  it("finds the deputy by full name, else by part of it", async () => {
    const store = absenceRepository(db.prisma);
    expect(await store.peopleNamed("mark janssen")).toEqual([{ id: "p-mark-janssen", name: "Mark Janssen" }]);
    expect((await store.peopleNamed("Janssen")).map((p) => p.id)).toContain("p-mark-janssen");
    expect(await store.peopleNamed("Jan Klaassen")).toEqual([]);
  });
});
