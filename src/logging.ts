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

/** Slack and Bot Framework tokens, and URLs that carry one in their path (Slack response_url). */
const TOKEN = /\b(xox[a-z]-[\w-]+|xapp-[\w-]+|Bearer\s+[\w.~+/=-]+|eyJ[\w-]+\.[\w-]+\.[\w-]*)/g;
const HOOK_URL = /https:\/\/hooks\.slack\.com\/\S*/g;

/**
 * One line of an SDK's own logging, with nothing personal or secret left: objects (request bodies,
 * results, errors that quote them) become their type name, and any JSON or list inside a string
 * is cut off. What remains is the SDK's own wording ("apiCall('chat.postMessage') start").
 */
export function redactSdkLine(parts: readonly unknown[]): string {
  return parts
    .map((part) => {
      if (part instanceof Error) return `[${part.name}${"code" in part ? ` ${String(part.code)}` : ""}]`;
      if (typeof part !== "string") return `[${typeof part}]`;
      const json = part.search(/[{[]/);
      const words = json === -1 ? part : `${part.slice(0, json)}[redacted]`;
      return words.replace(TOKEN, "[redacted]").replace(HOOK_URL, "[redacted url]");
    })
    .join(" ")
    .slice(0, 300);
}
