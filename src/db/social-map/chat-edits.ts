/**
 * An import never silently drops what was edited in chat. Each field changed in chat has a
 * DirectoryFieldSource row; when a file brings another value for that field, the chat value is
 * kept (written back into the file's record before it is validated and written) and the
 * difference is reported as a conflict. When the file says the same as chat, or the import is
 * told to overwrite chat edits, the row goes and the file owns the field again.
 */
import { isDeepStrictEqual } from "node:util";
import type { EditValue } from "../../features/directory/core/directory-edit.model.js";
import type { Tx } from "./import-support.js";
import type { Problem } from "./validate.js";

type Rec = Record<string, unknown>;

/** Where a field sits in a record of the format, and its value when the file leaves it out. */
interface FieldAccess {
  path: [string] | [string, string];
  absent: unknown;
  list?: boolean;
}

const sortedList = (value: unknown) => (Array.isArray(value) ? [...value].sort() : value);

function read(record: Rec, access: FieldAccess): unknown {
  const [first, second] = access.path;
  const value = second === undefined ? record[first] : (record[first] as Rec | undefined)?.[second];
  const present = value ?? access.absent;
  return access.list ? sortedList(present) : present;
}

function write(record: Rec, access: FieldAccess, value: unknown): void {
  const [first, second] = access.path;
  if (second === undefined) {
    record[first] = value;
    return;
  }
  const parent = typeof record[first] === "object" && record[first] !== null ? (record[first] as Rec) : {};
  record[first] = { ...parent, [second]: value };
}

/** Per collection of the format: the fields that can be edited in chat. */
const FIELDS: Record<"services" | "professionals", Record<string, FieldAccess>> = {
  services: {
    "intake.phone": { path: ["intake", "phone"], absent: null },
    "intake.hours": { path: ["intake", "hours"], absent: null },
    responseWorkingDays: { path: ["responseWorkingDays"], absent: 2 },
    wijken: { path: ["wijken"], absent: [], list: true },
    topics: { path: ["topics"], absent: [], list: true },
  },
  professionals: {
    absence: { path: ["absence"], absent: null },
  },
};
const ENTITY = { services: "service", professionals: "professional" } as const;

export interface GuardResult {
  conflicts: Problem[];
  /** Chat edits the file overwrote, when told to. */
  overwritten: Problem[];
  /** Hands the fields the file now owns back to it; call only when the import goes ahead. */
  release(): Promise<void>;
}

type SourceKey = { entity: string; entityId: string; field: string };

export async function guardChatEdits(tx: Tx, input: unknown, overwrite = false): Promise<GuardResult> {
  const released: SourceKey[] = [];
  const result: GuardResult = {
    conflicts: [],
    overwritten: [],
    release: async () => {
      for (const key of released)
        await tx.directoryFieldSource.delete({ where: { entity_entityId_field: key } });
    },
  };
  if (typeof input !== "object" || input === null) return result;
  for (const collection of ["services", "professionals"] as const) {
    const records = (input as Rec)[collection];
    if (!Array.isArray(records)) continue;
    const byId = new Map<string, [number, Rec]>();
    records.forEach((r, i) => {
      if (typeof r === "object" && r !== null && typeof (r as Rec).id === "string")
        byId.set((r as Rec).id as string, [i, r as Rec]);
    });
    if (byId.size === 0) continue;
    const sources = await tx.directoryFieldSource.findMany({
      where: { entity: ENTITY[collection], entityId: { in: [...byId.keys()] } },
    });
    for (const source of sources) {
      const access = FIELDS[collection][source.field];
      const [index, record] = byId.get(source.entityId)!;
      if (!access) continue;
      const chat = source.value as EditValue;
      const file = read(record, access);
      const where = { entity: source.entity, entityId: source.entityId, field: source.field };
      if (isDeepStrictEqual(file, sortedList(chat)) || overwrite) {
        released.push(where);
        if (overwrite && !isDeepStrictEqual(file, sortedList(chat)))
          result.overwritten.push(
            conflict(collection, index, source, file, "the file's value replaced the chat edit"),
          );
        continue;
      }
      write(record, access, chat);
      result.conflicts.push(conflict(collection, index, source, file, "kept the chat edit"));
    }
  }
  return result;
}

function conflict(
  collection: string,
  index: number,
  source: { field: string; value: unknown; at: Date; byId: string },
  file: unknown,
  outcome: string,
): Problem {
  const show = (v: unknown) => JSON.stringify(v);
  return {
    path: `${collection}[${index}].${source.field}`,
    message: `edited in chat on ${source.at.toISOString().slice(0, 10)} (by ${source.byId}) to ${show(source.value)}; the file says ${show(file)}: ${outcome}`,
  };
}
