/** The shapes of a started Wijkbot, apart from app.ts so that jobs and tests can name them. */
import type { Server } from "node:http";
import type { Bot } from "./bot/bot.js";
import type { Config } from "./config.js";
import type { Clock } from "./core/shared/clock.js";
import type { Database } from "./db/database.js";
import type { OutboxKicker } from "./jobs/outbox-kicker.js";
import type { Logger } from "./logging.js";
import type { Services } from "./services.js";

export interface Core {
  config: Config;
  notifier: OutboxKicker;
  clock: Clock;
  logger: Logger;
  db: Database;
  /** Every service and port, built once (services.ts); the bot, channels and jobs share them. */
  services: Services;
  bot: Bot;
  close(): Promise<void>;
}

export interface RunningApp extends Core {
  server: Server;
  url: string;
}
