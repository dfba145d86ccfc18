/**
 * The upsert engine of the import. Each record of the file becomes an `Entity`: its own columns
 * (`scalars`) plus the child rows it owns (`children`: join tables, events, participants), both in
 * a normalised form that can be compared with what the database holds. Only what differs is
 * written, so importing the same file twice writes nothing and counts everything unchanged.
 */
import { isDeepStrictEqual } from "node:util";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Collection } from "./social-map.schema.js";

export type Tx = Prisma.TransactionClient;

export interface CollectionCounts {
  created: number;
  updated: number;
  unchanged: number;
}
export type ImportCounts = Record<Collection, CollectionCounts>;

export interface Entity<S, C extends Record<string, unknown>> {
  key: string;
  scalars: S;
  children: C;
}

export interface SyncSpec<S, C extends Record<string, unknown>> {
  counts: CollectionCounts;
  desired: Entity<S, C>[];
  existing: ReadonlyMap<string, Entity<S, C>>;
  /** Creates the new entities, children included (in bulk). */
  create(entities: Entity<S, C>[]): Promise<void>;
  updateScalars(next: Entity<S, C>): Promise<void>;
  /** Replaces one kind of child rows of one parent. */
  replaceChildren: { [K in keyof C]: (next: Entity<S, C>) => Promise<void> };
}

export async function syncEntities<S, C extends Record<string, unknown>>(
  spec: SyncSpec<S, C>,
): Promise<void> {
  const fresh: Entity<S, C>[] = [];
  for (const next of spec.desired) {
    const before = spec.existing.get(next.key);
    if (!before) {
      fresh.push(next);
      continue;
    }
    let changed = false;
    if (!isDeepStrictEqual(before.scalars, next.scalars)) {
      await spec.updateScalars(next);
      changed = true;
    }
    for (const child of Object.keys(next.children) as (keyof C)[]) {
      if (isDeepStrictEqual(before.children[child], next.children[child])) continue;
      await spec.replaceChildren[child](next);
      changed = true;
    }
    spec.counts[changed ? "updated" : "unchanged"] += 1;
  }
  if (fresh.length > 0) await spec.create(fresh);
  spec.counts.created += fresh.length;
}

export function emptyCounts(): ImportCounts {
  const zero = (): CollectionCounts => ({ created: 0, updated: 0, unchanged: 0 });
  return {
    municipalities: zero(),
    wijken: zero(),
    topics: zero(),
    organizations: zero(),
    services: zero(),
    professionals: zero(),
    cases: zero(),
    handovers: zero(),
    consults: zero(),
    digestSubscriptions: zero(),
  };
}

export function anyChange(counts: ImportCounts): boolean {
  return Object.values(counts).some((c) => c.created + c.updated > 0);
}

// PostgreSQL takes at most 65,535 bind parameters per statement; national-size files exceed it.
const CHUNK = 5_000;

/** Runs `find` over `keys` in chunks and concatenates the rows. */
export async function findInChunks<T>(keys: readonly string[], find: (chunk: string[]) => Promise<T[]>) {
  const rows: T[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) rows.push(...(await find(keys.slice(i, i + CHUNK))));
  return rows;
}

/** createMany in chunks, for the same reason. */
export async function createInChunks<T>(rows: readonly T[], create: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await create(rows.slice(i, i + CHUNK));
}

export function byKey<T extends { key: string }>(entities: T[]): Map<string, T> {
  return new Map(entities.map((e) => [e.key, e]));
}

/** Prisma maps `@db.Date` to a Date at UTC midnight; the format's dates are YYYY-MM-DD. */
export function dateColumn(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function nullableDate(day: string | null | undefined): Date | null {
  return day ? dateColumn(day) : null;
}

export const sorted = (values: readonly string[]): string[] => [...values].sort();

/**
 * Position of a child row with a deterministic id (`ho-001#2`, `pc-001#agenda-10`): children
 * are exported in that order. Rows the program created itself (uuid ids) come last.
 */
export function childIndex(id: string): number {
  const match = /[#-](\d+)$/.exec(id);
  return match && id.includes("#") ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

export const keys = (entities: { key: string }[]) => entities.map((e) => e.key);
export const scalarsOf = <S>(entities: { scalars: S }[]) => entities.map((e) => e.scalars);
