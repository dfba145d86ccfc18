/** Directory upkeep on PGlite with the demo map: asked once per 30 days, confirmed by a contact. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderedOutbox } from "../../../../test/support/rendered-outbox.js";
import { memoryDatabase } from "../../../../test/support/test-database.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { Database } from "../../../db/database.js";
import { dateColumn } from "../../../db/repositories/dates.js";
import { seedDemoIfEmpty } from "../../../db/social-map/seed.js";
import { CONFIRM_KIND } from "../core/directory-upkeep.notices.js";
import { DirectoryUpkeepService } from "../core/directory-upkeep.service.js";
import { directoryUpkeepRepository } from "./directory-upkeep.repository.js";

let db: Database;
let clock: FakeClock;

beforeEach(async () => {
  db = await memoryDatabase();
  clock = new FakeClock("2026-11-23T09:30:00+01:00");
  await seedDemoIfEmpty(db.prisma, clock);
  // One stale entry: everything else was confirmed recently.
  await db.prisma.service.updateMany({ data: { assuredDate: dateColumn("2026-11-01") } });
  await db.prisma.service.update({
    where: { id: "svc-st-oost-algemeen" },
    data: { assuredDate: dateColumn("2026-01-10") },
  });
}, 60_000);

afterEach(async () => {
  await db.close();
});

function upkeep() {
  const store = directoryUpkeepRepository(db.prisma);
  return new DirectoryUpkeepService({ store, clock, confirmAfterDays: 180 });
}

describe("directory upkeep", () => {
  it("asks the contact people of a stale entry with a directory.verify button, at most once per 30 days", async () => {
    expect(await upkeep().askDue()).toEqual({ services: 1, queued: 2 });
    const rows = await renderedOutbox(db.prisma, { kind: CONFIRM_KIND });
    expect(rows.map((r) => r.recipientId).sort()).toEqual(["p-anouk-peeters", "p-youssef-amrani"]);
    expect(JSON.stringify(rows[0]?.message)).toContain('"intent":"directory.verify"');
    expect(JSON.stringify(rows[0]?.message)).toContain('"serviceId":"svc-st-oost-algemeen"');

    expect(await upkeep().askDue()).toEqual({ services: 0, queued: 0 });
    clock.set("2026-12-10T09:30:00+01:00");
    expect((await upkeep().askDue()).queued).toBe(0);
    clock.set("2026-12-24T09:30:00+01:00");
    expect((await upkeep().askDue()).queued).toBe(2);
  });

  it("sets the assured date to today when a contact person confirms", async () => {
    const anouk = {
      professionalId: "p-anouk-peeters",
      name: "Anouk",
      organisationId: null,
      locale: null,
      wijkIds: [],
      coordinatorOf: [],
      networkMunicipality: null,
      isAdmin: false,
    };
    expect(await upkeep().verify({ actor: anouk, channel: "web" }, "svc-st-oost-algemeen")).toMatchObject({
      kind: "verified",
      day: "2026-11-23",
    });
    const row = await db.prisma.service.findUniqueOrThrow({ where: { id: "svc-st-oost-algemeen" } });
    expect(row.assuredDate).toEqual(dateColumn("2026-11-23"));
    expect(await upkeep().askDue()).toEqual({ services: 0, queued: 0 });
  });
});
