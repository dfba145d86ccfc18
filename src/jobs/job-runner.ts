import PgBoss from "pg-boss";
import type { Clock } from "../core/shared/clock.js";
import type { Database } from "../db/database.js";
import type { Logger } from "../logging.js";

/**
 * pg-boss on the one database: a server's own pool on PostgreSQL, or PGlite through
 * `Database.executeSql` (PGlite is one connection in one process). Every scheduled or retried
 * piece of work (outbox delivery, reminders, digests, retention) is a JobDefinition handed to
 * `startJobs`; nothing else talks to pg-boss.
 *
 * Cron schedules are evaluated in Europe/Amsterdam. pg-boss gives each due schedule a singleton
 * key per minute across replicas, but handlers still need their own idempotency (a job may run
 * again after a crash).
 */
export const JOB_TIME_ZONE = "Europe/Amsterdam";
const STOP_TIMEOUT_MS = 30_000;

export interface JobContext {
  jobId: string;
  name: string;
}

export interface JobDefinition<Data extends object = object> {
  /** Queue name, kebab-case ("outbox-delivery", "weekly-digest"). */
  name: string;
  /** Five-field cron in Europe/Amsterdam ("0 8 * * 1"); omit for queues fed by `send` only. */
  cron?: string;
  /** "short": at most one queued job per singleton key (kicks and wake-ups coalesce). */
  policy?: "standard" | "short" | "singleton" | "stately";
  pollingIntervalSeconds?: number;
  /** pg-boss retries of a thrown run (default 2); handlers that retry by themselves set 0. */
  retryLimit?: number;
  run(data: Data, context: JobContext): Promise<void>;
}

export interface SendOptions {
  /** Not before this instant (of the application clock). */
  startAfter?: Date;
  singletonKey?: string;
}

export interface JobRunner {
  /**
   * Queues a run of a registered job; null when coalesced with one already queued, or after stop.
   * Never call it inside a Prisma transaction (PGlite deadlock).
   */
  send(name: string, data?: object, options?: SendOptions): Promise<string | null>;
  /** Stops taking work, lets running jobs finish (at most 30 s), then returns. */
  stop(): Promise<void>;
}

export interface StartJobsOptions {
  db: Database;
  logger: Logger;
  clock: Clock;
  handlers: JobDefinition[];
  /** Run every handler once right after start (catch up on what was due while down). Default true. */
  runOnStart?: boolean;
}

export async function startJobs(options: StartJobsOptions): Promise<JobRunner> {
  const { db, logger, clock, handlers } = options;
  const boss = createBoss(db);
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();

  const names = new Set<string>();
  let stopped = false;
  for (const handler of handlers) {
    await register(boss, handler, logger);
    names.add(handler.name);
  }

  const runner: JobRunner = {
    async send(name, data = {}, sendOptions = {}) {
      if (!names.has(name)) throw new Error(`job ${name} is not registered`);
      // During shutdown a kick after a commit must not fail the request: the row is safe in the
      // outbox and the next start's sweep picks it up.
      if (stopped) return null;
      const { startAfter, singletonKey } = sendOptions;
      // Relative seconds: the application clock may be fixed or fake, the database's is not.
      const delaySeconds = startAfter
        ? Math.max(0, Math.ceil((startAfter.getTime() - clock.now().getTime()) / 1000))
        : 0;
      return boss.send(name, data, {
        ...(delaySeconds > 0 ? { startAfter: delaySeconds } : {}),
        ...(singletonKey ? { singletonKey } : {}),
      });
    },
    async stop() {
      stopped = true;
      await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS, close: true });
      logger.info("jobs stopped");
    },
  };

  if (options.runOnStart ?? true) {
    for (const handler of handlers) await runner.send(handler.name, {}, { singletonKey: "start" });
  }
  logger.info({ jobs: [...names] }, "jobs started");
  return runner;
}

function createBoss(db: Database): PgBoss {
  const common = { schema: "pgboss", application_name: "wijkbot" };
  if (db.url) return new PgBoss({ ...common, connectionString: db.url, max: 4 });
  // pg-boss types its executor with required values; ours takes them optionally. Same contract.
  return new PgBoss({ ...common, db: { executeSql: (text, values) => db.executeSql(text, values) } });
}

async function register(boss: PgBoss, handler: JobDefinition, logger: Logger): Promise<void> {
  await boss.createQueue(handler.name, {
    name: handler.name,
    policy: handler.policy ?? "standard",
    retryLimit: handler.retryLimit ?? 2,
    retryBackoff: true,
  });
  await boss.work<object>(
    handler.name,
    { batchSize: 1, pollingIntervalSeconds: handler.pollingIntervalSeconds ?? 2 },
    async (jobs) => {
      for (const job of jobs) {
        const started = Date.now();
        try {
          await handler.run(job.data ?? {}, { jobId: job.id, name: handler.name });
        } catch (error) {
          logger.error({ err: error, job: handler.name, jobId: job.id }, "job failed");
          throw error;
        }
        logger.debug({ job: handler.name, jobId: job.id, ms: Date.now() - started }, "job done");
      }
    },
  );
  if (handler.cron) {
    await boss.schedule(handler.name, handler.cron, {}, { tz: JOB_TIME_ZONE, singletonKey: "cron" });
  } else {
    // A schedule left by an earlier version of this job would otherwise keep firing.
    await boss.unschedule(handler.name);
  }
}
