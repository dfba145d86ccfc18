/** A pino logger at debug whose output lines are kept in memory, for tests that search the log. */
import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../src/logging.js";

export function capturingLogger(captured: string[]): Logger {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      captured.push(String(chunk));
      done();
    },
  });
  return createLogger("debug", sink);
}
