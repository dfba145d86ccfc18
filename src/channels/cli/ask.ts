/**
 * npm run ask -- --as p-anouk-peeters "wie doet schulden in Wyckerpoort?"
 * Asks the bot one question as a professional of the directory and prints the answer as text.
 */
import { parseArgs } from "node:util";
import pino from "pino";
import { createCore } from "../../app.js";
import { loadConfigOrExit } from "../../config.js";
import { createLogger } from "../../logging.js";
import { errorText } from "../../views/error-text.js";
import { renderMessageText } from "./message.text.js";

const usage = 'usage: npm run ask -- --as <professional-id> [--json] "<question>"';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { as: { type: "string" }, json: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const question = positionals.join(" ").trim();
  if (!values.as || !question) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const config = loadConfigOrExit();
  // Logs go to stderr so that stdout holds only the answer.
  const logger = createLogger(config.logLevel === "info" ? "error" : config.logLevel, pino.destination(2));
  const core = await createCore(config, { logger });
  try {
    const messages = await core.bot.handleText(
      { account: { channel: "cli", tenant: "", externalId: values.as }, place: "personal" },
      question,
    );
    const out = values.json
      ? JSON.stringify(messages, null, 2)
      : messages.map(renderMessageText).join("\n\n");
    process.stdout.write(`${out}\n`);
    return 0;
  } finally {
    await core.close();
  }
}

// Exit explicitly: a process holding PGlite may not exit by itself.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // The person reads what any chat would say; the operator also gets what failed.
    process.stderr.write(`wijkbot: ${errorText("nl", error)}\nwijkbot: (${whatFailed(error)})\n`);
    process.exit(1);
  },
);

function whatFailed(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${typeof code === "string" ? `${code}: ` : ""}${error.message}`;
}
