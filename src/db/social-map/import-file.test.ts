import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importSocialMapFile } from "./import-file.js";
import {
  clock,
  FIXTURE,
  hsdsCopy,
  imported,
  totalChanges,
  useRegionDatabase,
} from "./import-file.test-support.js";

const database = useRegionDatabase();

const BUURTTEAM = "7a2d3b9f-1c8e-4d52-8b47-2e3f4a5b6c01";

describe("importing an HSDS 3.0 tabular package", { timeout: 60_000 }, () => {
  it("maps services, phones, schedules, areas, terms and contacts, and says what it skipped", async () => {
    const report = imported(await importSocialMapFile(database().prisma, FIXTURE.hsds, clock));
    expect(report.format).toBe("Open Referral HSDS 3.0 tabular data package");
    expect(report.counts.services).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const service = await database().prisma.service.findUniqueOrThrow({
      where: { id: BUURTTEAM },
      include: { wijken: true, topics: true, contacts: { include: { professional: true } } },
    });
    expect(service).toMatchObject({ intakePhone: "+31 570 000 101", intakeHours: "ma–vr 09:00–12:00" });
    expect(service.wijken.map((w) => w.wijkId).sort()).toEqual([
      "deventer-keizerslanden",
      "deventer-rivierenwijk",
    ]);
    expect(service.topics.map((t) => t.topicId).sort()).toEqual(["housing", "loneliness"]);
    expect(service.contacts.map((c) => [c.professional.name, c.professional.role])).toEqual([
      ["Femke Hulshof", "buurtwerker"],
    ]);
    expect(report.warnings.map((w) => w.path)).toEqual([
      'attributes.csv row 5, column "taxonomy_term_id"',
      'services.csv row 4, column "status"',
    ]);
  });

  it("changes nothing the second time, from the folder or the same package as a .zip", async () => {
    imported(await importSocialMapFile(database().prisma, FIXTURE.hsds, clock));
    const again = imported(await importSocialMapFile(database().prisma, FIXTURE.hsds, clock));
    expect(again.changed).toBe(false);
    const dir = await hsdsCopy();
    const files = Object.fromEntries(
      await Promise.all(
        [
          "datapackage.json",
          "organizations.csv",
          "services.csv",
          "phones.csv",
          "contacts.csv",
          "schedules.csv",
          "service_areas.csv",
          "taxonomy_terms.csv",
          "attributes.csv",
        ].map(
          async (name) =>
            [`deventer/${name}`, strToU8(await readFile(path.join(dir, name), "utf8"))] as const,
        ),
      ),
    );
    const zip = path.join(dir, "package.zip");
    await writeFile(zip, zipSync(files));
    const zipped = imported(await importSocialMapFile(database().prisma, zip, clock));
    expect(totalChanges(zipped)).toBe(0);
  });

  it("reports every problem at its file, row and column and imports nothing", async () => {
    const dir = await hsdsCopy();
    const areas = path.join(dir, "service_areas.csv");
    await writeFile(areas, (await readFile(areas, "utf8")).replace("Rivierenbuurt", "Atlantis"));
    const services = path.join(dir, "services.csv");
    await writeFile(
      services,
      (await readFile(services, "utf8")).replace(",Schuldhulp Salland – eerste gesprek,", ",,"),
    );
    const before = await database().prisma.service.count();
    const report = await importSocialMapFile(database().prisma, dir, clock);
    expect(report.status).toBe("invalid");
    expect("problems" in report && report.problems).toEqual([
      { path: 'services.csv row 3, column "name"', message: "must not be empty" },
      {
        path: 'service_areas.csv row 2, column "name"',
        message: expect.stringContaining('unknown wijk "Atlantis"'),
      },
    ]);
    expect(await database().prisma.service.count()).toBe(before);
  });

  it("names a missing column and a package without a descriptor", async () => {
    const dir = await hsdsCopy();
    const phones = path.join(dir, "phones.csv");
    await writeFile(phones, (await readFile(phones, "utf8")).replace(",number,", ",nummer,"));
    const report = await importSocialMapFile(database().prisma, dir, clock);
    expect("problems" in report && report.problems).toEqual([
      { path: "phones.csv", message: "missing 1 column: number" },
    ]);
    const bare = await importSocialMapFile(database().prisma, path.dirname(FIXTURE.region), clock);
    expect(bare).toMatchObject({
      status: "unreadable",
      problems: [{ message: expect.stringContaining("datapackage.json") }],
    });
  });
});

describe("importing HSDS 3.0 services as JSON", { timeout: 60_000 }, () => {
  const service = {
    id: "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
    name: "Thuisadministratie Deventer",
    status: "active",
    organization: { id: "1f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", name: "Humanitas Deventer", phones: [] },
    phones: [{ number: "+31 570 000 505", type: "voice" }],
    service_areas: [{ name: "Keizerslanden" }],
    attributes: [{ taxonomy_term: { id: "2f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", name: "Administratie" } }],
    contacts: [],
  };

  it("imports a page of services and finds the problems at their JSON path", async () => {
    const file = path.join(await hsdsCopy(), "services.json");
    await writeFile(file, JSON.stringify({ total_items: 1, contents: [service] }));
    const report = imported(await importSocialMapFile(database().prisma, file, clock));
    expect(report.format).toBe("Open Referral HSDS 3.0 services (JSON)");
    const row = await database().prisma.service.findUniqueOrThrow({
      where: { id: service.id },
      include: { topics: true },
    });
    expect(row.topics.map((t) => t.topicId)).toEqual(["paperwork"]);
    await writeFile(file, JSON.stringify([{ ...service, status: "open" }]));
    const bad = await importSocialMapFile(database().prisma, file, clock);
    expect("problems" in bad && bad.problems.map((p) => p.path)).toEqual(["services.json: [0].status"]);
  });
});
