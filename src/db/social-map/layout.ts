/**
 * What a file says that the tables cannot hold: its header (`fictional`, `about`, `timezone`)
 * and the order of its records and of lists that are join tables (a service's topics are a set
 * in the database, but people write the main topic first). Kept in AppState "social-map.layout"
 * so that an export gives back the file that was imported. Records the program added later are
 * exported after the known ones, in key order.
 */
import { isDeepStrictEqual } from "node:util";
import type { Clock } from "../../core/shared/clock.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Tx } from "./import-support.js";
import { COLLECTIONS, type Collection, type SocialMap } from "./social-map.schema.js";

export const LAYOUT_KEY = "social-map.layout";

export interface Layout {
  meta: { fictional?: boolean; about?: string; timezone?: "Europe/Amsterdam" };
  order: Partial<Record<Collection, string[]>>;
  /** "services/<id>/topics" -> the written order, only where it is not alphabetical. */
  lists: Record<string, string[]>;
}

const EMPTY: Layout = { meta: {}, order: {}, lists: {} };

/** The key of a record of each collection, as the layout and the exporter know it. */
export const recordKey = {
  municipalities: (r: { cbsCode: string }) => r.cbsCode,
  cases: (r: { code: string }) => r.code,
  digestSubscriptions: (r: { professional: string; scope?: string }) =>
    `${r.professional}:${r.scope ?? "wijken"}`,
  byId: (r: { id: string }) => r.id,
};

function keysOf(map: SocialMap, collection: Collection): string[] {
  if (collection === "municipalities") return map.municipalities.map(recordKey.municipalities);
  if (collection === "cases") return map.cases.map(recordKey.cases);
  if (collection === "digestSubscriptions") return map.digestSubscriptions.map(recordKey.digestSubscriptions);
  return (map[collection] as { id: string }[]).map(recordKey.byId);
}

function listsOf(map: SocialMap): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  const keep = (key: string, values: string[]) => {
    if (values.some((v, i) => i > 0 && values[i - 1]! > v)) lists[key] = values;
  };
  for (const s of map.services) {
    keep(`services/${s.id}/topics`, s.topics);
    keep(`services/${s.id}/wijken`, s.wijken);
  }
  for (const p of map.professionals) {
    keep(`professionals/${p.id}/topics`, p.topics);
    keep(`professionals/${p.id}/wijken`, p.wijken);
  }
  for (const c of map.cases)
    keep(
      `cases/${c.code}/involved`,
      c.involved.map((m) => m.professional),
    );
  return lists;
}

export function mergeLayout(previous: Layout, map: SocialMap): Layout {
  const meta = { ...previous.meta };
  if (map.fictional !== undefined) meta.fictional = map.fictional;
  if (map.about !== undefined) meta.about = map.about;
  if (map.timezone !== undefined) meta.timezone = map.timezone;
  const order: Layout["order"] = { ...previous.order };
  for (const collection of COLLECTIONS) {
    const keys = keysOf(map, collection);
    if (keys.length > 0) order[collection] = mergeOrder(previous.order[collection] ?? [], keys);
  }
  // The file speaks for the lists of every parent it contains, also where it now says nothing.
  const parents = new Set([
    ...map.services.map((s) => `services/${s.id}/`),
    ...map.professionals.map((p) => `professionals/${p.id}/`),
    ...map.cases.map((c) => `cases/${c.code}/`),
  ]);
  const lists = Object.fromEntries(
    Object.entries(previous.lists).filter(([key]) => !parents.has(key.slice(0, key.lastIndexOf("/") + 1))),
  );
  return { meta, order, lists: { ...lists, ...listsOf(map) } };
}

/**
 * Keeps the earlier order when the file agrees with it (a second region is appended after the
 * first); when the file reorders known records, the file wins and the others go first.
 */
function mergeOrder(previous: string[], file: string[]): string[] {
  const inFile = new Set(file);
  const known = new Set(previous);
  const previousInFile = previous.filter((key) => inFile.has(key));
  const fileKnown = file.filter((key) => known.has(key));
  if (isDeepStrictEqual(previousInFile, fileKnown))
    return [...previous, ...file.filter((key) => !known.has(key))];
  return [...previous.filter((key) => !inFile.has(key)), ...file];
}

export async function readLayout(client: Tx | PrismaClient): Promise<Layout> {
  const row = await client.appState.findUnique({ where: { key: LAYOUT_KEY } });
  return row ? { ...EMPTY, ...(row.value as unknown as Partial<Layout>) } : EMPTY;
}

/** Writes the merged layout when it differs; returns whether it did. */
export async function saveLayout(tx: Tx, map: SocialMap, clock: Clock): Promise<boolean> {
  const previous = await readLayout(tx);
  const next = mergeLayout(previous, map);
  if (isDeepStrictEqual(previous, next)) return false;
  const value = next as unknown as object;
  await tx.appState.upsert({
    where: { key: LAYOUT_KEY },
    create: { key: LAYOUT_KEY, value, updatedAt: clock.now() },
    update: { value, updatedAt: clock.now() },
  });
  return true;
}

/** Sorts records by a remembered order; the rest follow in key order. */
export function inOrder<T>(items: T[], key: (item: T) => string, order: readonly string[] | undefined): T[] {
  const rank = new Map((order ?? []).map((k, i) => [k, i]));
  const at = (item: T) => rank.get(key(item)) ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => at(a) - at(b) || compare(key(a), key(b)));
}

/** A list in its remembered order, if the layout has one for it, else alphabetical. */
export function listInOrder(values: string[], layout: Layout, listKey: string): string[] {
  return inOrder(values, (v) => v, layout.lists[listKey]);
}

/** Code-unit order, as Array.prototype.sort: the same in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
