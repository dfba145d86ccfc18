/**
 * The Prisma driver adapter for PGlite. Kept apart from database.ts because the Prisma CLI loads
 * it (prisma.config.ts) before the client is generated: nothing here may import the generated client.
 */
import type { PGlite } from "@electric-sql/pglite";
import type { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * pglite-prisma-adapter bundles an older @prisma/driver-adapter-utils whose types differ from
 * Prisma 6.19's in name only; the wire contract is the same (checked by every PGlite test).
 */
export function pgliteAdapter(pglite: PGlite): PrismaPg {
  return new PrismaPGlite(pglite) as unknown as PrismaPg;
}
