import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../../core/shared/app-error.js";
import { createLogger } from "../../logging.js";
import { errorText } from "../../views/error-text.js";
import { SECRET, type SlackHarness, startSlackHarness } from "./slack-harness.test-support.js";
import { postSlack, slashCommand } from "./slack-request.test-support.js";

function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger("info", sink), lines };
}

describe("Slack error boundary", () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
  });

  async function failWith(error: Error) {
    const { logger, lines } = capturedLogger();
    h = await startSlackHarness({}, logger);
    h.bot.answerText = () => {
      throw error;
    };
    const body = slashCommand("casus WYC-014 bel 06-12345678", h.slack.responseUrl("slash"));
    const res = await postSlack(h.url, {
      body,
      contentType: "application/x-www-form-urlencoded",
      secret: SECRET,
    });
    await h.slack.waitFor((calls) => calls.length === 1);
    await h.slack.waitFor(() => lines.some((l) => l.includes("slack listener failed")));
    return { res, lines, call: h.slack.calls[0]! };
  }

  it("logs an unknown error by name only and tells the user one friendly line", async () => {
    const { res, lines, call } = await failWith(new Error("Bel mevrouw Jansen op 06-12345678"));
    expect(res.status).toBe(200);
    expect(call.body).toEqual({
      response_type: "ephemeral",
      replace_original: false,
      text: "Er ging iets mis aan onze kant. Probeer het zo nog eens; het is gelogd.",
    });
    const log = lines.join("");
    expect(log).toContain('"name":"Error"');
    expect(log).not.toContain("06-12345678");
    expect(log).not.toContain("Jansen");
    expect(log).not.toContain("WYC-014");
  });

  it("tells the user the text of the error's code, as every channel does (errorText)", async () => {
    const outage = new AppError("DATABASE_UNAVAILABLE", "database unavailable");
    const { call } = await failWith(outage);
    expect(call.body.text).toBe(
      "Wijkbot kan de gegevens nu niet bereiken. Probeer het over een minuut opnieuw.",
    );
    expect(call.body.text).toBe(errorText("nl", outage));
  });

  it("logs an AppError with its code and message, written for logs", async () => {
    const { lines } = await failWith(new AppError("CASE_NOT_FOUND", "case lookup failed"));
    const entry = JSON.parse(lines.find((l) => l.includes("slack listener failed"))!) as Record<
      string,
      unknown
    >;
    expect(entry).toMatchObject({
      code: "CASE_NOT_FOUND",
      kind: "command",
      err: { code: "CASE_NOT_FOUND", message: "case lookup failed" },
    });
  });
});
