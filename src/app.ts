/**
 * Wiring: one place that builds the program from its configuration. main.ts, the CLI and the
 * end-to-end tests all start Wijkbot through here, so they run the same thing.
 */
import type { Core, RunningApp } from "./app.types.js";
import { capabilities } from "./bot/capabilities.js";
import { createBot } from "./bot/create-bot.js";
import { createInbox } from "./bot/inbox.js";
import { LexiconProvider } from "./bot/lexicon-provider.js";
import { withOutageGuard } from "./bot/outage-guard.js";
import type { Channel, ChannelDeps } from "./channels/channel.js";
import { createSlackChannel } from "./channels/slack/slack.channel.js";
import { createTeamsChannel } from "./channels/teams/teams.channel.js";
import { createWebChannel } from "./channels/web/web.channel.js";
import type { Config } from "./config.js";
import { fixedClock, systemClock } from "./core/shared/clock.js";
import { openDatabase } from "./db/database.js";
import { isDatabaseUnavailable } from "./db/database-errors.js";
import { migrate } from "./db/migrate.js";
import { seedDemoIfEmpty } from "./db/social-map/seed.js";
import { Drain } from "./http/drain.js";
import { createMetrics } from "./http/metrics.js";
import { createHttpApp, finishHttpApp, listen } from "./http/server.js";
import { type JobRunner, startJobs } from "./jobs/job-runner.js";
import { jobDefinitions } from "./jobs/jobs.js";
import { OutboxKicker } from "./jobs/outbox-kicker.js";
import { createLogger, type Logger } from "./logging.js";
import { createServices } from "./services.js";

/** Database, migrations, demo seed, the services and the bot: everything but the network. */
export type { Core, RunningApp };

export async function createCore(config: Config, options: { logger?: Logger } = {}): Promise<Core> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = config.fixedNow ? fixedClock(config.fixedNow) : systemClock;
  if (config.fixedNow) logger.warn({ now: config.fixedNow.toISOString() }, "clock fixed by WIJKBOT_NOW");
  const db = await openDatabase(config.database);
  const migrations = await migrate(db);
  if (migrations.applied.length > 0) logger.info({ applied: migrations.applied }, "migrations applied");
  if (config.demo) {
    const seeded = await seedDemoIfEmpty(db.prisma, clock);
    if (seeded) logger.info("demo social map loaded");
  }
  const notifier = new OutboxKicker(logger);
  const services = createServices({ db, clock, config, notifier });
  const bot = withOutageGuard(
    createBot(
      { ...services, clock, logger, lexicon: new LexiconProvider(services.lexiconSource) },
      capabilities,
    ),
    isDatabaseUnavailable,
  );
  return { config, clock, logger, db, services, bot, notifier, close: () => db.close() };
}

/** The web chat always; Slack and Teams when their settings are present. */
function createChannels(core: Core): Channel[] {
  const { config, bot, logger, clock, services } = core;
  const deps: ChannelDeps = {
    bot,
    config,
    logger,
    clock,
    events: services.inboundEvents,
    conversations: { save: (account, ref) => services.identities.saveConversation(account, ref) },
  };
  const channels: Channel[] = [
    createWebChannel({
      bot,
      demo: config.demo,
      people: services.demoPeople,
      inbox: createInbox({ identities: services.identities, reader: services.inbox }),
      logger,
    }),
  ];
  if (config.slack) channels.push(createSlackChannel(deps));
  if (config.teams) channels.push(createTeamsChannel(deps));
  return channels;
}

/** The whole service: core plus the HTTP server with every configured channel. */
export async function createApp(config: Config, options: { logger?: Logger } = {}): Promise<RunningApp> {
  const core = await createCore(config, options);
  const { db, logger } = core;
  const metrics = createMetrics();
  const drain = new Drain();
  let jobs: JobRunner | undefined;
  const http = createHttpApp({
    logger,
    metrics,
    drain,
    readiness: {
      check: async () => {
        await db.executeSql("SELECT 1");
        if (config.jobs && !jobs) throw new Error("jobs not running");
      },
    },
  });
  const channels = createChannels(core);
  for (const channel of channels) channel.mount(http);
  finishHttpApp(http, logger);
  if (config.jobs) {
    jobs = await startJobs({
      db,
      logger,
      clock: core.clock,
      handlers: jobDefinitions(core, channels, () => jobs),
    });
    core.notifier.attach(jobs);
  }
  const server = await listen(http, config.port, config.host);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url, channels: channels.map((c) => c.name), database: db.kind }, "wijkbot ready");

  return {
    ...core,
    server,
    url,
    async close() {
      // Drain requests under way, stop taking new ones, let running jobs finish, release the database.
      await drain.settle();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      core.notifier.attach(undefined);
      await jobs?.stop();
      for (const channel of channels) await channel.stop();
      await core.close();
    },
  };
}
