import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportSocialMap } from "./export.js";
import { type ExportFormat, writeExport } from "./export-file.js";
import { importSocialMapFile } from "./import-file.js";
import {
  clock,
  FIXTURE,
  hsdsCopy,
  imported,
  totalChanges,
  useRegionDatabase,
} from "./import-file.test-support.js";

const database = useRegionDatabase(FIXTURE.hsds, FIXTURE.spreadsheet);

describe("export in every format", { timeout: 120_000 }, () => {
  it.each([
    ["hsds", "package"],
    ["hsds", "package.zip"],
    ["csv", "diensten.csv"],
    ["xlsx", "diensten.xlsx"],
    ["json", "kaart.json"],
  ] as [ExportFormat, string][])("--format %s (%s) imports back without a change", async (format, name) => {
    const target = path.join(await hsdsCopy(), name);
    await writeExport(await exportSocialMap(database().prisma), format, target);
    const report = imported(await importSocialMapFile(database().prisma, target, clock));
    expect(report.conflicts).toEqual([]);
    expect(totalChanges(report)).toBe(0);
  });

  it("writes HSDS tables with the specification's columns and UUIDs", async () => {
    const target = path.join(await hsdsCopy(), "out");
    await writeExport(await exportSocialMap(database().prisma), "hsds", target);
    const services = await readFile(path.join(target, "services.csv"), "utf8");
    expect(services.split("\n")[0]).toBe(
      "id,organization_id,program_id,name,alternate_name,description,url,email,status,interpretation_services,application_process,fees_description,wait_time,fees,accreditations,eligibility_description,minimum_age,maximum_age,assured_date,assurer_email,licenses,alert,last_modified",
    );
    const ids = services
      .split("\n")
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(",")[0]);
    expect(
      ids.every((id) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$|^7a2d3b9f-/.test(id!),
      ),
    ).toBe(true);
    const schedules = await readFile(path.join(target, "schedules.csv"), "utf8");
    expect(schedules).toContain(',WEEKLY,1,"MO,TU,WE,TH,FR",,,,,09:00:00,12:00:00,');
  });
});
