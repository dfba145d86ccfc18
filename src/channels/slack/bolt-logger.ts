/**
 * Bolt's and the Web API client's log lines go to our pino logger, redacted. At debug the Web API
 * client logs every request body and result as JSON ("http request body: {…}"), which holds what
 * we post: phone numbers, handover reasons, names. No level may carry those (issue #15), so only
 * the SDK's own words pass: JSON, objects and anything token-shaped are cut out here, whatever the
 * level, and a test runs the whole service at debug with Slack traffic.
 */
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../logging.js";
import { redactSdkLine } from "../../logging.js";

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: "bolt" });
  return {
    debug: (...msg) => log.debug(redactSdkLine(msg)),
    info: (...msg) => log.info(redactSdkLine(msg)),
    warn: (...msg) => log.warn(redactSdkLine(msg)),
    error: (...msg) => log.error(redactSdkLine(msg)),
    setLevel: () => {},
    getLevel: () => (log.isLevelEnabled("debug") ? LogLevel.DEBUG : LogLevel.INFO),
    setName: () => {},
  };
}
