import type { Notifier } from "../core/shared/notifier.port.js";
import type { Logger } from "../logging.js";
import type { JobRunner } from "./job-runner.js";
import { kickOutbox } from "./outbox-delivery.job.js";

/**
 * The Notifier behind every service. The job runner starts after the services are built, so it is
 * attached late; until then (or in a process without jobs) the minute sweep delivers.
 */
export class OutboxKicker implements Notifier {
  private runner: JobRunner | undefined;

  constructor(private readonly logger: Logger) {}

  attach(runner: JobRunner | undefined): void {
    this.runner = runner;
  }

  queued(): void {
    if (!this.runner) return;
    kickOutbox(this.runner).catch((error: unknown) =>
      this.logger.warn(
        { err: { message: String((error as Error)?.message).slice(0, 200) } },
        "outbox kick failed; the sweep will deliver",
      ),
    );
  }
}
