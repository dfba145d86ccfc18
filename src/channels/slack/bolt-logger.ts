/**
 * Bolt's and the Web API client's log lines go to our pino logger. Bolt only logs its own texts
 * (bodies only in developerMode, which we never turn on), so nothing personal passes here.
 */
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../logging.js";

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: "bolt" });
  const join = (msg: unknown[]) => msg.map((m) => (typeof m === "string" ? m : String(m))).join(" ");
  return {
    debug: (...msg) => log.debug(join(msg)),
    info: (...msg) => log.info(join(msg)),
    warn: (...msg) => log.warn(join(msg)),
    error: (...msg) => log.error(join(msg)),
    setLevel: () => {},
    getLevel: () => (log.isLevelEnabled("debug") ? LogLevel.DEBUG : LogLevel.INFO),
    setName: () => {},
  };
}
