import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryDatabase } from "../../../test/support/test-database.js";
import { FakeClock } from "../../core/shared/clock.js";
import type { Database } from "../database.js";
import { exportSocialMap } from "./export.js";
import { importSocialMap } from "./import.js";
import { seedDemoIfEmpty } from "./seed.js";
import { demoMap, secondRegion } from "./social-map.test-support.js";
import { validateSocialMap } from "./validate.js";

let db: Database;
const clock = new FakeClock("2026-11-20T09:00:00+01:00");

// The first memoryDatabase() of a worker migrates the template: seconds on a busy machine.
beforeEach(async () => {
  db = await memoryDatabase();
}, 60_000);
afterEach(async () => {
  await db.close();
});

describe("exportSocialMap", { timeout: 60_000 }, () => {
  it("gives back the demo file that was imported", async () => {
    await importSocialMap(db.prisma, demoMap(), clock);
    // toEqual ignores key order but not array order: the written order of every list is kept.
    expect(await exportSocialMap(db.prisma)).toEqual(demoMap());
  });

  it("exports an empty database as an empty, valid map", async () => {
    const map = await exportSocialMap(db.prisma);
    expect(map).toMatchObject({ format: "wijkbot-social-map/1", wijken: [], handovers: [] });
    expect(validateSocialMap(map).ok).toBe(true);
  });

  it("puts a second region after the demo and round-trips the fields the demo leaves empty", async () => {
    await importSocialMap(db.prisma, demoMap(), clock);
    const region: ReturnType<typeof demoMap> = secondRegion();
    region.professionals[0].networkMunicipality = "GM0917";
    region.professionals[0].admin = true;
    region.digestSubscriptions = [
      {
        professional: "p-romy-custers",
        wijken: [],
        scope: "municipality",
        schedule: { day: "tue", time: "07:30" },
      },
    ];
    await importSocialMap(db.prisma, region, clock);
    const exported = await exportSocialMap(db.prisma);
    expect(exported.wijken.at(-1)?.id).toBe("heerlen-meezenbroek");
    expect(exported.professionals.at(-1)).toMatchObject({
      id: "p-romy-custers",
      topics: ["energy-poverty", "debts"],
      absence: { from: "2026-12-01", to: "2026-12-05", deputy: "p-anouk-peeters" },
      slackUserId: "U0ROMY",
      networkMunicipality: "GM0917",
      admin: true,
    });
    expect(exported.digestSubscriptions.at(-1)).toEqual(region.digestSubscriptions[0]);

    const copy = await memoryDatabase();
    try {
      const report = await importSocialMap(copy.prisma, exported, clock);
      expect(report.status).toBe("imported");
      expect(await exportSocialMap(copy.prisma)).toEqual(exported);
    } finally {
      await copy.close();
    }
  });

  it("writes instants on the Amsterdam clock, whatever offset the file used", async () => {
    const map = demoMap();
    map.handovers[0].requestedAt = "2026-11-16T09:12:00Z";
    await importSocialMap(db.prisma, map, clock);
    const exported = await exportSocialMap(db.prisma);
    expect(exported.handovers[0]?.requestedAt).toBe("2026-11-16T10:12:00+01:00");
  });
});

describe("seedDemoIfEmpty", { timeout: 60_000 }, () => {
  it("loads the demo into an empty directory, and leaves a filled one alone", async () => {
    const first = await seedDemoIfEmpty(db.prisma, clock);
    expect(first?.counts.wijken.created).toBe(12);
    expect(await seedDemoIfEmpty(db.prisma, clock)).toBeNull();
    expect(await db.prisma.wijk.count()).toBe(12);
  });
});
