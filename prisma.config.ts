// Prisma CLI configuration. The CLI runs fully offline only through a driver adapter on the
// WebAssembly schema engine (see docs/engineering.md); `npm run db:migrate` does not need it,
// but `prisma migrate diff` and `prisma studio` do.
import path from "node:path";
import type { PrismaConfig } from "prisma";
import { createMigrationAdapter } from "./src/db/migration-adapter.js";

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  adapter: async () => createMigrationAdapter(),
} satisfies PrismaConfig;
