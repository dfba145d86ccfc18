/**
 * Import of a social map (wijkbot-social-map/1) as upserts keyed on the format's ids, in one
 * transaction: a file with any problem changes nothing, and importing the same file twice
 * writes nothing the second time. After a change the directory revision goes up, which tells
 * every process's in-memory lexicon to reload.
 *
 * Other formats (HSDS, the spreadsheet) are converted into this one inside the same transaction
 * (`options.convert`, see import-file.ts), and fields edited in chat since are kept, with a
 * conflict reported (chat-edits.ts).
 *
 * Inside the transaction only `tx` is used: on PGlite any other query waits for the
 * transaction's lock and the import would hang (PLATFORM-NOTES, deadlock trap).
 */
import type { Clock } from "../../core/shared/clock.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { guardChatEdits } from "./chat-edits.js";
import { type Converted, locate } from "./formats/converted.js";
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
  | { status: "invalid"; format?: string; problems: Problem[]; warnings: Problem[] }
  | {
      status: "imported";
      /** The format the file was read as, when it was not our own JSON. */
      format?: string;
      /** Fields edited in chat that the file would have changed: the chat value was kept. */
      conflicts: Problem[];
      counts: ImportCounts;
      /** e.g. `handovers[5].consent: imported but not sendable: no consent` */
      warnings: Problem[];
      /** Something in the database changed (the layout of the file alone does not count). */
      changed: boolean;
      /** The directory revision after the import. */
      revision: number;
    };

export interface ImportOptions {
  /** Reads a file of another format into ours, inside the transaction (it may read the directory). */
  convert?: (tx: Tx) => Promise<Converted>;
  /** The file wins over fields edited in chat (reported as warnings). */
  overwriteChatEdits?: boolean;
}

/** `input`: the parsed JSON of a file; it is validated here, against the database too. */
export async function importSocialMap(
  prisma: PrismaClient,
  input: unknown,
  clock: Clock,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return prisma.$transaction(
    async (tx) => {
      // Two imports at once (two replicas seeding the demo) take turns: the second sees the first.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`;
      const converted = options.convert ? await options.convert(tx) : undefined;
      const format = converted ? { format: converted.format } : {};
      const here = (p: Problem) => (converted ? locate(p, converted.origins) : p);
      if (converted && converted.problems.length > 0)
        return { status: "invalid", ...format, problems: converted.problems, warnings: converted.warnings };
      const map = converted ? converted.map : input;
      const guard = await guardChatEdits(tx, map, options.overwriteChatEdits);
      const validation = validateSocialMap(map, await knownIds(tx, map));
      const warnings = [
        ...(converted?.warnings ?? []),
        ...[...validation.warnings, ...guard.overwritten].map(here),
      ];
      if (!validation.ok)
        return { status: "invalid", ...format, problems: validation.problems.map(here), warnings };
      await guard.release();
      const counts = await writeAll(tx, validation.map, clock);
      const changed = anyChange(counts);
      // The layout keeps the order of our own files; a converted file's order means nothing.
      if (!converted) await saveLayout(tx, validation.map, clock);
      const revision = changed ? await bumpRevision(tx, clock) : await readRevision(tx);
      const conflicts = guard.conflicts.map(here);
      return { status: "imported", ...format, counts, warnings, conflicts, changed, revision };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
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
  return bumpDirectoryRevision(tx, clock.now());
}

/** Tells every process that the directory changed (its in-memory vocabulary reloads). */
export async function bumpDirectoryRevision(tx: Tx, at: Date): Promise<number> {
  const next = (await readRevision(tx)) + 1;
  await tx.appState.upsert({
    where: { key: REVISION_KEY },
    create: { key: REVISION_KEY, value: next, updatedAt: at },
    update: { value: next, updatedAt: at },
  });
  return next;
}
