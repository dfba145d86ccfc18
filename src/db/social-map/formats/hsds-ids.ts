/**
 * HSDS 3.0 requires UUIDs for every id; ours are readable slugs ("svc-st-oost-algemeen"). An
 * export writes a name-based UUID (v5) for each slug, and an import recognises those UUIDs by
 * computing the same for every id it knows, so export -> import updates the same records. Ids
 * that come from another HSDS publisher are kept as they are (a lower-case UUID is a valid slug).
 */
import { v5 as uuidv5 } from "uuid";
import { slug } from "../../../features/directory/core/name-resolver.js";

/** Fixed forever: changing it would make every exported id new. */
const NAMESPACE = "0b8c1c57-3f0e-4b8a-9a51-2d6c1f0e7a11";
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type IdKind = "organization" | "service" | "contact" | "taxonomy_term" | "service_area" | "other";

/** The HSDS id of one of our records (a UUID kept as it is). */
export function hsdsId(kind: IdKind, id: string): string {
  return UUID_RE.test(id) ? id : uuidv5(`${kind}:${id}`, NAMESPACE);
}

export class IdMapper {
  private readonly known = new Map<string, string>();

  constructor(existing: Partial<Record<IdKind, Iterable<string>>>) {
    for (const [kind, ids] of Object.entries(existing) as [IdKind, Iterable<string>][])
      for (const id of ids) this.known.set(hsdsId(kind, id), id);
  }

  /** Our id for an HSDS id: the slug it was exported from, else the id itself made a slug. */
  ours(id: string): string {
    const lower = id.trim().toLowerCase();
    return this.known.get(lower) ?? slug(lower);
  }
}
