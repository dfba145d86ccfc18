/**
 * Import of a social map (wijkbot-social-map/1) as upserts keyed on the format's ids, in one
 * transaction: a file with any problem changes nothing, and importing the same file twice
 * writes nothing the second time. After a change the directory revision goes up, which tells
 * every process's in-memory lexicon to reload.
 *
 * Inside the transaction only `tx` is used: on PGlite any other query waits for the
 * transaction's lock and the import would hang (PLATFORM-NOTES, deadlock trap).
 */
import { readFile } from "node:fs/promises";
import type { Clock } from "../../core/shared/clock.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { importCases } from "./import-cases.js";
import { importConsults, importDigestSubscriptions } from "./import-consults.js";
import { importPlaces, importServices, importTopicsAndOrganisations } from "./import-directory.js";
import { importHandovers } from "./import-handovers.js";
import { importProfessionals } from "./import-professionals.js";
import { anyChange, emptyCounts, findInChunks, type ImportCounts, type Tx } from "./import-support.js";
import { saveLayout } from "./layout.js";
import type { SocialMap } from "./social-map.schema.js";
import { type KnownIds, type Problem, validateSocialMap } from "./validate.js";

export type { CollectionCounts, ImportCounts } from "./import-support.js";

export const REVISION_KEY = "directory.revision";
const IMPORT_LOCK_KEY = 7_301_920_615;

export type ImportReport =
  | { status: "invalid"; problems: Problem[]; warnings: Problem[] }
  | {
      status: "imported";
      counts: ImportCounts;
      /** e.g. `handovers[5].consent: imported but not sendable: no consent` */
      warnings: Problem[];
      /** Something in the database changed (the layout of the file alone does not count). */
      changed: boolean;
      /** The directory revision after the import. */
      revision: number;
    };

/** `input`: the parsed JSON of a file; it is validated here, against the database too. */
export async function importSocialMap(
  prisma: PrismaClient,
  input: unknown,
  clock: Clock,
): Promise<ImportReport> {
  return prisma.$transaction(
    async (tx) => {
      // Two imports at once (two replicas seeding the demo) take turns: the second sees the first.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`;
      const validation = validateSocialMap(input, await knownIds(tx, input));
      if (!validation.ok)
        return { status: "invalid", problems: validation.problems, warnings: validation.warnings };
      const counts = await writeAll(tx, validation.map, clock);
      const changed = anyChange(counts);
      await saveLayout(tx, validation.map, clock);
      const revision = changed ? await bumpRevision(tx, clock) : await readRevision(tx);
      return { status: "imported", counts, warnings: validation.warnings, changed, revision };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export type FileImportReport = ImportReport | { status: "unreadable"; problems: Problem[] };

/** Reads and imports a file; a missing file or broken JSON is a problem, not an exception. */
export async function importSocialMapFile(
  prisma: PrismaClient,
  path: string,
  clock: Clock,
): Promise<FileImportReport> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: "unreadable", problems: [{ path: "", message: `cannot read ${path}: ${reason}` }] };
  }
  return importSocialMap(prisma, input, clock);
}

async function writeAll(tx: Tx, map: SocialMap, clock: Clock): Promise<ImportCounts> {
  // Order follows the foreign keys: what is referred to is written first.
  const counts = emptyCounts();
  await importPlaces(tx, map, counts);
  await importTopicsAndOrganisations(tx, map, counts);
  await importProfessionals(tx, map, counts, clock);
  await importServices(tx, map, counts);
  const caseIds = await importCases(tx, map, counts, clock);
  await importHandovers(tx, map, counts, caseIds);
  await importConsults(tx, map, counts, caseIds);
  await importDigestSubscriptions(tx, map, counts);
  return counts;
}

/**
 * Directory ids already in the database, so that a partial file may refer to them. Cases are
 * many (a million nationally): only the codes the file's handovers and consults name are asked.
 */
async function knownIds(tx: Tx, input: unknown): Promise<KnownIds> {
  const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
  const select = { select: { id: true } } as const;
  return {
    municipalities: new Set(
      (await tx.municipality.findMany({ select: { cbsCode: true } })).map((m) => m.cbsCode),
    ),
    wijken: ids(await tx.wijk.findMany(select)),
    topics: ids(await tx.topic.findMany(select)),
    organizations: ids(await tx.organisation.findMany(select)),
    services: ids(await tx.service.findMany(select)),
    professionals: ids(await tx.professional.findMany(select)),
    cases: await knownCases(tx, input),
  };
}

async function knownCases(tx: Tx, input: unknown): Promise<Set<string>> {
  const raw = (input ?? {}) as { handovers?: unknown; consults?: unknown };
  const codes = [raw.handovers, raw.consults]
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .map((record) => (record as { case?: unknown } | null)?.case)
    .filter((code): code is string => typeof code === "string");
  const rows = await findInChunks([...new Set(codes)], (code) =>
    tx.case.findMany({ where: { code: { in: code } }, select: { code: true } }),
  );
  return new Set(rows.map((r) => r.code));
}

async function readRevision(tx: Tx): Promise<number> {
  const row = await tx.appState.findUnique({ where: { key: REVISION_KEY } });
  return typeof row?.value === "number" ? row.value : 0;
}

async function bumpRevision(tx: Tx, clock: Clock): Promise<number> {
  const next = (await readRevision(tx)) + 1;
  await tx.appState.upsert({
    where: { key: REVISION_KEY },
    create: { key: REVISION_KEY, value: next, updatedAt: clock.now() },
    update: { value: next, updatedAt: clock.now() },
  });
  return next;
}
