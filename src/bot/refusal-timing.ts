/**
 * "Exists but not yours" and "does not exist" must look the same (QUALITY.md, issue #15): the
 * texts already are, and this makes the time the same too. Finding a case, handover or consult
 * that exists costs the database more than finding nothing, so a refusal is answered no sooner
 * than a fixed time after its handler started (or a whole multiple of it, when the work took
 * longer); both kinds then take the same time (figures in docs/security.md).
 * Successful answers are never slowed.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { AppError } from "../core/shared/app-error.js";

/** The refusals that must not tell "not yours" from "not there". */
const UNIFORM_REFUSALS: ReadonlySet<string> = new Set([
  "CASE_NOT_FOUND",
  "HANDOVER_NOT_FOUND",
  "CONSULT_NOT_FOUND",
]);

export const REFUSAL_FLOOR_MS = 120;

/** Call when a handler starts; await the result with its error before answering a refusal. */
export function refusalTimer(floorMs = REFUSAL_FLOOR_MS): (error: AppError) => Promise<void> {
  const started = performance.now();
  return async (error) => {
    if (!UNIFORM_REFUSALS.has(error.code)) return;
    // To the next whole multiple of the floor: a busy machine that needs longer than one floor
    // still answers both kinds at the same step (measured: 10-200 ms of work under heavy load).
    const elapsed = performance.now() - started;
    const steps = Math.max(1, Math.ceil(elapsed / floorMs));
    const left = steps * floorMs - elapsed;
    if (left > 0) await sleep(left);
  };
}
