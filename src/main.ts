/** Starts Wijkbot with the configuration from the environment; stops gracefully on SIGTERM. */
import { createApp } from "./app.js";
import { loadConfigOrExit } from "./config.js";
import { createLogger } from "./logging.js";

const SHUTDOWN_LIMIT_MS = 30_000;

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
const app = await createApp(config, { logger });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping: no new work, finishing what runs");
  const deadline = setTimeout(() => {
    logger.error("shutdown took longer than 30 s; exiting");
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS);
  deadline.unref();
  await app.close();
  logger.info("stopped");
  process.exit(0);
}

process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
