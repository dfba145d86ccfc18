import type { Logger } from "../logging.js";
import type { JobDefinition } from "./job-runner.js";

/**
 * The shape of every cron job of the jobs: one call that does the work and returns a report of
 * counts, logged under one message when it says something happened. Reports hold counts only,
 * never personal data.
 */
export function scheduledJob<Report extends object>(spec: {
  name: string;
  /** Five-field cron in Europe/Amsterdam. */
  cron: string;
  policy: NonNullable<JobDefinition["policy"]>;
  logger: Logger;
  logAs: string;
  work: () => Promise<Report>;
  /** Without it every run is logged (daily jobs); frequent jobs log only when they acted. */
  worthLogging?: (report: Report) => boolean;
}): JobDefinition {
  return {
    name: spec.name,
    cron: spec.cron,
    policy: spec.policy,
    async run() {
      const report = await spec.work();
      if (spec.worthLogging?.(report) ?? true) spec.logger.info(report as object, spec.logAs);
    },
  };
}
