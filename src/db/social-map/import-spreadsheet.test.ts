import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { importSocialMapFile } from "./import-file.js";
import {
  clock,
  FIXTURE,
  hsdsCopy,
  imported,
  totalChanges,
  useRegionDatabase,
} from "./import-file.test-support.js";

const FOOD = "voedselbank-deventer-voedselpakket-aanvragen";

const database = useRegionDatabase();

describe("importing the spreadsheet template", { timeout: 60_000 }, () => {
  it("reads a Dutch CSV: organisations by name, lists in a cell, people by name or e-mail", async () => {
    const report = imported(await importSocialMapFile(database().prisma, FIXTURE.spreadsheet, clock));
    expect(report.format).toBe("spreadsheet template (CSV)");
    const food = await database().prisma.service.findUniqueOrThrow({
      where: { id: FOOD },
      include: { wijken: true, topics: true, contacts: true, organisation: true },
    });
    expect(food).toMatchObject({
      intakeHours: "wo 10:00–12:00",
      responseWorkingDays: 3,
      assuredDate: new Date("2026-11-15T00:00:00Z"),
      organisation: { name: "Voedselbank Deventer", kind: "vrijwilligersorganisatie" },
    });
    expect(food.wijken.map((w) => w.wijkId).sort()).toEqual(["deventer-colmschate", "deventer-rivierenwijk"]);
    expect(food.topics.map((t) => t.topicId)).toEqual(["food-aid"]);
    const care = await database().prisma.service.findUniqueOrThrow({
      where: { id: "mantelzorgpunt-deventer-mantelzorgondersteuning-deventer" },
      include: { contacts: true, topics: true },
    });
    expect(care.contacts.map((c) => c.professionalId)).toEqual(["p-mark-janssen"]);
    expect(care.topics.map((t) => t.topicId)).toEqual(["informal-care"]);
    expect(
      totalChanges(imported(await importSocialMapFile(database().prisma, FIXTURE.spreadsheet, clock))),
    ).toBe(0);
  });

  it("reads the same rows from an .xlsx workbook, and changes nothing after the CSV", async () => {
    imported(await importSocialMapFile(database().prisma, FIXTURE.spreadsheet, clock));
    const rows: string[][] = parse(await readFile(FIXTURE.spreadsheet, "utf8"), { delimiter: ";" });
    const file = path.join(await hsdsCopy(), "diensten.xlsx");
    await writeXlsxFile(
      rows.map((row) => row.map((value) => ({ value }))),
      { sheet: "Diensten" },
    ).toFile(file);
    const report = imported(await importSocialMapFile(database().prisma, file, clock));
    expect(report.format).toBe("spreadsheet template (.xlsx)");
    expect(totalChanges(report)).toBe(0);
  });

  it("reports an unknown topic, a bad date and a missing column at their row and column", async () => {
    const file = path.join(await hsdsCopy(), "diensten.csv");
    const text = await readFile(FIXTURE.spreadsheet, "utf8");
    await writeFile(
      file,
      text.replace(";Voedselhulp;", ";Voedselhulp, Tuinieren;").replace("15-11-2026", "gisteren"),
    );
    const report = await importSocialMapFile(database().prisma, file, clock);
    expect("problems" in report && report.problems).toEqual([
      {
        path: 'diensten.csv row 2, column "onderwerpen"',
        message: 'unknown topic "Tuinieren": use a topic\'s name or synonym',
      },
      {
        path: 'diensten.csv row 2, column "gecontroleerd op"',
        message: 'expected a date such as 2026-11-20 or 20-11-2026, not "gisteren"',
      },
    ]);
    await writeFile(file, text.replace("organisatie;soort", "instelling;soort"));
    const missing = await importSocialMapFile(database().prisma, file, clock);
    expect("problems" in missing && missing.problems).toEqual([
      { path: "diensten.csv", message: 'missing column "organisatie" (or "organisation")' },
    ]);
  });
});

describe("fields edited in chat", { timeout: 60_000 }, () => {
  async function editPhoneInChat(phone: string) {
    await database().prisma.service.update({ where: { id: FOOD }, data: { intakePhone: phone } });
    await database().prisma.directoryFieldSource.create({
      data: {
        entity: "service",
        entityId: FOOD,
        field: "intake.phone",
        value: phone,
        editId: "edit-1",
        at: new Date("2026-11-20T10:00:00Z"),
        byId: "p-mark-janssen",
      },
    });
  }

  it("are kept by an import, which reports the conflict instead", async () => {
    imported(await importSocialMapFile(database().prisma, FIXTURE.spreadsheet, clock));
    await editPhoneInChat("+31 6 0000 0001");
    const report = imported(await importSocialMapFile(database().prisma, FIXTURE.spreadsheet, clock));
    expect(report.conflicts).toEqual([
      {
        path: "diensten.csv row 2 (intake.phone)",
        message:
          'edited in chat on 2026-11-20 (by p-mark-janssen) to "+31 6 0000 0001"; the file says "+31 570 000 303": kept the chat edit',
      },
    ]);
    expect((await database().prisma.service.findUniqueOrThrow({ where: { id: FOOD } })).intakePhone).toBe(
      "+31 6 0000 0001",
    );
  });

  it("go back to the file when it says the same, or when told to overwrite", async () => {
    imported(await importSocialMapFile(database().prisma, FIXTURE.spreadsheet, clock));
    await editPhoneInChat("+31 570 000 303");
    const same = imported(await importSocialMapFile(database().prisma, FIXTURE.spreadsheet, clock));
    expect(same.conflicts).toEqual([]);
    expect(await database().prisma.directoryFieldSource.count()).toBe(0);
    await database().prisma.directoryFieldSource.deleteMany();
    await database().prisma.service.update({ where: { id: FOOD }, data: { intakePhone: null } });
    await editPhoneInChat("+31 6 0000 0002");
    const forced = imported(
      await importSocialMapFile(database().prisma, FIXTURE.spreadsheet, clock, { overwriteChatEdits: true }),
    );
    expect(forced.warnings.map((w) => w.path)).toContain("diensten.csv row 2 (intake.phone)");
    expect((await database().prisma.service.findUniqueOrThrow({ where: { id: FOOD } })).intakePhone).toBe(
      "+31 570 000 303",
    );
  });
});
