import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../../core/shared/app-error.js";
import { createLogger } from "../../logging.js";
import { errorText } from "../../views/error-text.js";
import { webErrorBoundary } from "./web-error.boundary.js";

function serve(error: unknown) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = express();
  app.use(express.json());
  app.post("/text", () => {
    throw error;
  });
  app.use(webErrorBoundary(createLogger("info", sink)));
  // The server's last resort, for what the boundary passes on.
  app.use((_error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(400).json({ error: "passed on" });
  });
  const server = app.listen(0, "127.0.0.1");
  return { server, lines };
}

describe("web chat error boundary", () => {
  let server: ReturnType<typeof serve>["server"] | undefined;
  afterEach(() => server?.close());

  async function ask(error: unknown, body: unknown = { as: "p-x", text: "wie doet schulden?" }) {
    const served = serve(error);
    server = served.server;
    await new Promise((resolve) => served.server.once("listening", resolve));
    const { port } = served.server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/text`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown>, ...served };
  }

  it("answers a failed turn with the status and the text of the error's code, as every channel does", async () => {
    const outage = new AppError("DATABASE_UNAVAILABLE", "database unavailable");
    const { status, json } = await ask(outage);
    expect(status).toBe(503);
    expect(json).toMatchObject({
      error: "service unavailable",
      messages: [{ summary: errorText("nl", outage), lang: "nl" }],
    });
    const [message] = json.messages as { html: string }[];
    expect(message!.html).toContain("Wijkbot kan de gegevens nu niet bereiken");
  });

  it("answers in the language the page asked in, and logs the failure", async () => {
    const { status, json, lines } = await ask(new Error("Bel mevrouw Jansen"), {
      as: "p-x",
      text: "x",
      lang: "en",
    });
    expect(status).toBe(500);
    expect(json).toMatchObject({
      error: "internal error",
      messages: [{ summary: errorText("en", new Error()) }],
    });
    expect(lines.join("")).toContain("web chat turn failed");
  });

  it("passes a client mistake (bad JSON) on to the server's last resort", async () => {
    const { status, json } = await ask(new Error("never thrown"), "{not json");
    expect(status).toBe(400);
    expect(json).toEqual({ error: "passed on" });
  });
});
