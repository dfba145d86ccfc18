/**
 * `npm run import -- PATH`: whatever the file is (see formats/source.ts), it is converted to our
 * format and imported in one transaction, with every problem at its file, row and column or
 * JSON path. Our own JSON goes straight to importSocialMap.
 */
import readXlsxFile from "read-excel-file/node";
import type { Clock } from "../../core/shared/clock.js";
import { Resolver } from "../../features/directory/core/name-resolver.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Converted } from "./formats/converted.js";
import { readCsv, tableOf } from "./formats/csv-table.js";
import { IdMapper } from "./formats/hsds-ids.js";
import { looksLikeHsdsServices, readHsdsServices } from "./formats/hsds-json.js";
import { readHsdsPackage } from "./formats/hsds-tabular.js";
import { hsdsToMap } from "./formats/hsds-to-map.js";
import { readSource, type Source } from "./formats/source.js";
import { spreadsheetToMap } from "./formats/spreadsheet.js";
import { loadVocabulary } from "./formats/vocabulary.js";
import { Findings } from "./formats/where.js";
import { type ImportOptions, type ImportReport, importSocialMap } from "./import.js";
import type { Tx } from "./import-support.js";
import type { Problem } from "./validate.js";

export type FileImportReport = ImportReport | { status: "unreadable"; problems: Problem[] };

export const FORMAT_NAMES = {
  own: "wijkbot-social-map/1 (JSON)",
  hsdsPackage: "Open Referral HSDS 3.0 tabular data package",
  hsdsJson: "Open Referral HSDS 3.0 services (JSON)",
  csv: "spreadsheet template (CSV)",
  xlsx: "spreadsheet template (.xlsx)",
};

export async function importSocialMapFile(
  prisma: PrismaClient,
  target: string,
  clock: Clock,
  options: Omit<ImportOptions, "convert"> = {},
): Promise<FileImportReport> {
  const source = await readSource(target);
  if (source.kind === "unreadable") return { status: "unreadable", problems: source.problems };
  if (source.kind === "json" && !looksLikeHsdsServices(source.json))
    return importSocialMap(prisma, source.json, clock, options);
  const rows = source.kind === "xlsx" ? await workbookRows(source.file, source.bytes) : undefined;
  if (rows && !rows.ok) return { status: "unreadable", problems: [rows.problem] };
  const today = clock.now().toISOString().slice(0, 10);
  const convert = async (tx: Tx): Promise<Converted> => {
    const vocabulary = await loadVocabulary(tx);
    const resolver = new Resolver(vocabulary);
    return convertSource(source, rows?.ok ? rows.rows : [], { resolver, today, vocabulary });
  };
  return importSocialMap(prisma, null, clock, { ...options, convert });
}

type Context = { resolver: Resolver; today: string; vocabulary: Awaited<ReturnType<typeof loadVocabulary>> };

function convertSource(
  source: Exclude<Source, { kind: "unreadable" }>,
  rows: unknown[][],
  context: Context,
): Converted {
  const found = new Findings();
  const ids = () =>
    new IdMapper({
      organization: context.vocabulary.organisations.map((o) => o.id),
      service: context.vocabulary.services.map((s) => s.id),
      contact: context.vocabulary.professionals.map((p) => p.id),
    });
  switch (source.kind) {
    case "package":
      return hsdsToMap(
        FORMAT_NAMES.hsdsPackage,
        readHsdsPackage(source.files, found),
        { ...context, ids: ids() },
        found,
      );
    case "json":
      return hsdsToMap(
        FORMAT_NAMES.hsdsJson,
        readHsdsServices(source.file, source.json, found),
        { ...context, ids: ids() },
        found,
      );
    case "xlsx":
      return spreadsheetToMap(FORMAT_NAMES.xlsx, source.file, tableOf(source.file, rows), context);
    case "csv": {
      const table = readCsv(source.file, source.text, found);
      if (!table)
        return {
          format: FORMAT_NAMES.csv,
          map: { format: "wijkbot-social-map/1" },
          origins: {},
          problems: found.problems,
          warnings: [],
        };
      return spreadsheetToMap(FORMAT_NAMES.csv, source.file, table, context);
    }
  }
}

/** The sheet named "Diensten" or "Services" if there is one, else the first. */
async function workbookRows(file: string, bytes: Buffer) {
  try {
    const sheets = await readXlsxFile(bytes);
    const sheet = sheets.find((s) => /^(diensten|services)$/i.test(s.sheet)) ?? sheets[0];
    return { ok: true as const, rows: (sheet?.data ?? []) as unknown[][] };
  } catch (error) {
    return {
      ok: false as const,
      problem: { path: file, message: `not a readable .xlsx workbook: ${(error as Error).message}` },
    };
  }
}
