/**
 * Structured JSON logs (pino). Personal data and secrets never reach the log: known fields are
 * redacted here, and code logs ids and codes, never free text or phone numbers.
 */
import pino from "pino";

export type Logger = pino.Logger;

const REDACT = [
  "phone",
  "*.phone",
  "*.*.phone",
  "text",
  "*.text",
  "reason",
  "*.reason",
  "note",
  "*.note",
  "summary",
  "*.summary",
  "token",
  "*.token",
  "authorization",
  "*.authorization",
  "req.headers.authorization",
  "req.headers.cookie",
  "headers.authorization",
  "signingSecret",
  "*.signingSecret",
  "password",
  "*.password",
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "wijkbot" },
      redact: { paths: REDACT, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

export const silentLogger: Logger = pino({ level: "silent" });
