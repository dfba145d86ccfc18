/**
 * Loads the generated dataset into PostgreSQL fast: one COPY per table, all tables of a phase
 * at once on their own connections (the server then uses both cores while this process
 * generates), foreign-key triggers off for the load session (the generator only writes
 * consistent references), secondary indexes of the big tables dropped first and built once at
 * the end, then ANALYZE so the planner knows the sizes.
 */
import pg from "pg";
import { withClient } from "./bench-database.js";
import { CopyStream } from "./copy-in.js";
import { type Directory, emitCases, emitDirectory } from "./generate.js";
import type { CaseCounts } from "./generate-cases.js";
import { BULK_TABLES, type CopyValue, type RowSink, TABLES, type TableName } from "./tables.js";

const DIRECTORY_TABLES: TableName[] = [
  "Municipality",
  "Wijk",
  "Topic",
  "Organisation",
  "Service",
  "ServiceTopic",
  "ServiceWijk",
  "ServiceContact",
  "Professional",
  "ProfessionalWijk",
  "ProfessionalTopic",
  "ChatIdentity",
  "DigestSubscription",
  "AppState",
];
const CASE_TABLES: TableName[] = [
  "Case",
  "CaseCodeCounter",
  "CaseMember",
  "ConsentRecord",
  "Handover",
  "HandoverEvent",
  "Consult",
  "ConsultParticipant",
  "ConsultSlot",
  "ConsultVote",
  "ConsultAgendaItem",
  "ActionPoint",
  "LookupGap",
];

export interface LoadReport {
  seconds: number;
  rows: Partial<Record<TableName, number>>;
  phases: { directory: number; cases: number; indexes: number; analyze: number };
  counts: CaseCounts;
}

export async function loadDataset(
  url: string,
  dir: Directory,
  options: { cases: boolean },
): Promise<LoadReport> {
  const started = performance.now();
  const rows: LoadReport["rows"] = {};
  const counts: CaseCounts = { cases: 0, open: 0, handovers: 0, consults: 0 };
  const indexes = await dropSecondaryIndexes(url);
  const t0 = performance.now();
  await copyPhase(url, DIRECTORY_TABLES, (sink) => emitDirectory(dir, sink), rows);
  const t1 = performance.now();
  if (options.cases) await copyPhase(url, CASE_TABLES, (sink) => emitCases(dir, sink, counts), rows);
  const t2 = performance.now();
  await rebuildIndexes(url, indexes);
  const t3 = performance.now();
  await withClient(url, (client) => client.query("ANALYZE"));
  const t4 = performance.now();
  return {
    seconds: (performance.now() - started) / 1000,
    rows,
    counts,
    phases: {
      directory: (t1 - t0) / 1000,
      cases: (t2 - t1) / 1000,
      indexes: (t3 - t2) / 1000,
      analyze: (t4 - t3) / 1000,
    },
  };
}

async function copyPhase(
  url: string,
  tables: TableName[],
  emit: (sink: RowSink) => Generator<void>,
  rows: LoadReport["rows"],
): Promise<void> {
  const clients = await Promise.all(tables.map(() => loadClient(url)));
  try {
    const streams = new Map(tables.map((t, i) => [t, new CopyStream(clients[i]!, t, TABLES[t])]));
    const sink: RowSink = {
      row: (table: TableName, values: CopyValue[]) => streams.get(table)!.write(values),
    };
    for (const _ of emit(sink)) await Promise.all([...streams.values()].map((s) => s.drain()));
    const stored = await Promise.all([...streams.values()].map((s) => s.end()));
    tables.forEach((t, i) => {
      rows[t] = stored[i]!;
    });
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

async function loadClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Replica mode skips foreign-key triggers; the generator writes only existing references.
  await client.query("SET session_replication_role = replica; SET synchronous_commit = off");
  return client;
}

async function dropSecondaryIndexes(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const found = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [BULK_TABLES],
    );
    for (const row of found.rows) await client.query(`DROP INDEX "${row.indexname}"`);
    return found.rows.map((r) => r.indexdef);
  });
}

/** Two at a time: one per core. */
async function rebuildIndexes(url: string, definitions: string[]): Promise<void> {
  const queue = [...definitions];
  const worker = () =>
    withClient(url, async (client) => {
      await client.query("SET maintenance_work_mem = '256MB'");
      for (let def = queue.shift(); def; def = queue.shift()) await client.query(def);
    });
  await Promise.all([worker(), worker()]);
}
