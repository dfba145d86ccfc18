/**
 * What the test run may rely on. Integration and browser tests need a PostgreSQL server and
 * Chromium: outside CI they are skipped with a note when those are missing; in CI (.ci/run sets
 * CI=true and installs both) a missing one fails the run instead of skipping silently.
 */
import { existsSync } from "node:fs";

export const inCi = process.env.CI === "true";

export const CHROMIUM_PATH = process.env.WIJKBOT_CHROMIUM ?? "/usr/bin/chromium";

export function postgresAvailable(): boolean {
  return required("PostgreSQL (WIJKBOT_TEST_DATABASE_URL)", Boolean(process.env.WIJKBOT_TEST_DATABASE_URL));
}

export function chromiumAvailable(): boolean {
  return required(`Chromium at ${CHROMIUM_PATH}`, existsSync(CHROMIUM_PATH));
}

function required(what: string, available: boolean): boolean {
  if (available) return true;
  if (inCi) throw new Error(`${what} is required in CI but missing`);
  process.stderr.write(`note: ${what} not available; its tests are skipped outside CI\n`);
  return false;
}
