/**
 * The demo seed: the bundled social map, loaded when the directory is empty (the server calls
 * this at start in demo mode). A non-empty directory is never touched.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Clock } from "../../core/shared/clock.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { type ImportReport, importSocialMap } from "./import.js";
import { formatProblem } from "./validate.js";

export const DEMO_SOCIAL_MAP_PATH = fileURLToPath(
  new URL("../../../prisma/demo-social-map.json", import.meta.url),
);

export type SeedReport = Extract<ImportReport, { status: "imported" }>;

/** Imports the demo when there is no wijk yet; returns its report, or null when it did nothing. */
export async function seedDemoIfEmpty(prisma: PrismaClient, clock: Clock): Promise<SeedReport | null> {
  if ((await prisma.wijk.count()) > 0) return null;
  // Straight to the JSON import: the server should not load the readers of other formats at start.
  const report = await importSocialMap(
    prisma,
    JSON.parse(await readFile(DEMO_SOCIAL_MAP_PATH, "utf8")),
    clock,
  );
  if (report.status !== "imported") {
    // The demo ships with the code: a broken one is a bug, not an input problem.
    throw new Error(`The demo social map does not import:\n${report.problems.map(formatProblem).join("\n")}`);
  }
  return report;
}
