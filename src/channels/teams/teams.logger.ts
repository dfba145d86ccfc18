/**
 * botbuilder's HTTP client (the Azure SDK pipeline) logs through @azure/logger, to stderr, when
 * AZURE_LOG_LEVEL is set; at "verbose" that is every request's URL and headers. It goes to our
 * logger instead, redacted like the Slack SDK's lines (issue #15), and only at our debug level.
 * The few console lines botbuilder writes itself are on code paths we do not use (`process`), or
 * name signing-key ids only.
 */
import { AzureLogger, setLogLevel } from "@azure/logger";
import { type Logger, redactSdkLine } from "../../logging.js";

export function routeSdkLogs(logger: Logger): void {
  const log = logger.child({ component: "botbuilder" });
  // Lines start with their namespace and level: "azure:core-rest-pipeline:warning …".
  AzureLogger.log = (...args: unknown[]) => {
    const line = redactSdkLine(args);
    if (/^azure:[\w-]+:(error|warning)/.test(line)) log.warn(line);
    else log.debug(line);
  };
  setLogLevel(log.isLevelEnabled("debug") ? "verbose" : "warning");
}
