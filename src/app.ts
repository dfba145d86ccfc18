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
import { type Clock, fixedClock, systemClock } from "./core/shared/clock.js";
import type { Notifier } from "./core/shared/notifier.port.js";
import { type Database, openDatabase } from "./db/database.js";
import { isDatabaseUnavailable } from "./db/database-errors.js";
import { fieldCipher } from "./db/field-cipher.js";
import { migrate } from "./db/migrate.js";
import { auditRepository } from "./db/repositories/audit.repository.js";
import { demoPeopleRepository } from "./db/repositories/demo-people.repository.js";
import { identityRepository } from "./db/repositories/identity.repository.js";
import { inboundEventRepository } from "./db/repositories/inbound-event.repository.js";
import { inboxRepository } from "./db/repositories/inbox.repository.js";
import { seedDemoIfEmpty } from "./db/social-map/seed.js";
import { AdminService } from "./features/admin/core/admin.service.js";
import { adminRepository } from "./features/admin/db/admin.repository.js";
import { erasureRepository } from "./features/admin/db/erasure.repository.js";
import type { AuditPort } from "./features/audit/core/audit.port.js";
import { AuditLogService } from "./features/audit/core/audit-log.service.js";
import { auditLogRepository } from "./features/audit/db/audit-log.repository.js";
import { CaseService } from "./features/cases/core/case.service.js";
import { caseRepository } from "./features/cases/db/case.repository.js";
import { ConsultService } from "./features/consult/core/consult.service.js";
import { consultRepository } from "./features/consult/db/consult.repository.js";
import { DigestService } from "./features/digest/core/digest.service.js";
import { digestRepository } from "./features/digest/db/digest.repository.js";
import { digestActionsRepository } from "./features/digest/db/digest-runs.repository.js";
import { DirectoryUpkeepService } from "./features/directory/core/directory-upkeep.service.js";
import { LookupService } from "./features/directory/core/lookup.service.js";
import { directoryRepository } from "./features/directory/db/directory.repository.js";
import { directoryUpkeepRepository } from "./features/directory/db/directory-upkeep.repository.js";
import { lexiconSourceRepository } from "./features/directory/db/lexicon-source.repository.js";
import { ConsentWithdrawalService } from "./features/handover/core/consent-withdrawal.service.js";
import { HandoverService } from "./features/handover/core/handover.service.js";
import { HandoverRequestService } from "./features/handover/core/handover-request.service.js";
import { handoverRepository } from "./features/handover/db/handover.repository.js";
import { Drain } from "./http/drain.js";
import { createMetrics } from "./http/metrics.js";
import { createHttpApp, finishHttpApp, listen } from "./http/server.js";
import { type JobRunner, startJobs } from "./jobs/job-runner.js";
import { jobDefinitions } from "./jobs/jobs.js";
import { OutboxKicker } from "./jobs/outbox-kicker.js";
import { createLogger, type Logger } from "./logging.js";

/** Database, migrations, demo seed and the bot: everything but the network. */
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
  const directory = directoryRepository(db.prisma);
  const audit = auditRepository(db.prisma);
  const bot = withOutageGuard(
    createBot(
      {
        clock,
        logger,
        identities: identityRepository(db.prisma),
        lexicon: new LexiconProvider(lexiconSourceRepository(db.prisma)),
        lookup: new LookupService({ directory, clock }),
        digests: digestService(db, clock, audit, notifier),
        cases: new CaseService({ cases: caseRepository(db.prisma), audit, clock }),
        consults: consultService(db, clock, audit, notifier),
        audit,
        admin: new AdminService({
          store: adminRepository(db.prisma),
          erasure: erasureRepository(db.prisma),
          audit,
          clock,
          notifier,
        }),
        auditLog: new AuditLogService({
          reader: auditLogRepository(db.prisma),
          people: auditLogRepository(db.prisma),
          audit,
          clock,
        }),
        upkeep: directoryUpkeepService(db, clock, config, notifier),
        ...handoverServices(db, clock, audit, notifier, config),
        topics: () => directory.topics(),
      },
      capabilities,
    ),
    isDatabaseUnavailable,
  );
  return { config, clock, logger, db, bot, notifier, close: () => db.close() };
}

/** The warm handover's services; the deadline job uses the same repository. */
export function handoverServices(
  db: Database,
  clock: Clock,
  audit: AuditPort,
  notifier: Notifier,
  config: Config,
) {
  const store = handoverRepository(db.prisma);
  const deps = { store, audit, clock, notifier, cipher: fieldCipher(config.encryptionKeys) };
  return {
    handovers: new HandoverService(deps),
    handoverRequests: new HandoverRequestService(deps),
    consentWithdrawal: new ConsentWithdrawalService(deps),
  };
}

/** The weekly digest's service; the digest job builds its own from the same parts. */
export function digestService(
  db: Database,
  clock: Clock,
  audit: AuditPort,
  notifier: Notifier,
): DigestService {
  const store = digestRepository(db.prisma);
  const actions = digestActionsRepository(db.prisma);
  return new DigestService({ reader: store, subscriptions: store, actions, clock, audit, notifier });
}

/** Directory upkeep: the daily confirmation job and the "klopt nog" button share it. */
export function directoryUpkeepService(
  db: Database,
  clock: Clock,
  config: Config,
  notifier: Notifier,
): DirectoryUpkeepService {
  const store = directoryUpkeepRepository(db.prisma);
  return new DirectoryUpkeepService({
    store,
    clock,
    confirmAfterDays: config.directory.confirmAfterDays,
    notifier,
  });
}

/** The consult service; the reminder job reads through the same repository. */
export function consultService(
  db: Database,
  clock: Clock,
  audit: AuditPort,
  notifier: Notifier,
): ConsultService {
  const store = consultRepository(db.prisma, { clock });
  return new ConsultService({ store, audit, clock, notifier });
}

/** The web chat always; Slack and Teams when their settings are present. */
function createChannels(core: Core): Channel[] {
  const { config, db, bot, logger, clock } = core;
  const identities = identityRepository(db.prisma);
  const deps: ChannelDeps = {
    bot,
    config,
    logger,
    clock,
    events: inboundEventRepository(db.prisma, clock),
    conversations: { save: (account, ref) => identities.saveConversation(account, ref) },
  };
  const channels: Channel[] = [
    createWebChannel({
      bot,
      demo: config.demo,
      people: demoPeopleRepository(db.prisma),
      inbox: createInbox({ identities: identityRepository(db.prisma), reader: inboxRepository(db.prisma) }),
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
