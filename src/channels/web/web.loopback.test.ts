import { networkInterfaces } from "node:os";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../bot/bot.js";
import { createLogger } from "../../logging.js";
import { createWebChannel } from "./web.channel.js";

/** An address of this machine that is not loopback: a request to it arrives from the network side. */
const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === "IPv4" && !i.internal)?.address;

describe.runIf(networkAddress)("the demo login from another address (issue #15)", () => {
  let server: ReturnType<express.Express["listen"]>;
  let port = 0;
  beforeAll(async () => {
    const bot = { handleText: async () => [], handleAction: async () => ({ replies: [] }) } as Bot;
    const app = express();
    createWebChannel({
      bot,
      demo: true,
      people: { list: async () => [] },
      logger: createLogger("silent"),
    }).mount(app);
    await new Promise<void>((resolve) => {
      server = app.listen(0, "0.0.0.0", () => resolve());
    });
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const ask = (host: string) =>
    fetch(`http://${host}:${port}/api/chat/text`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ as: "p-anouk-peeters", text: "casus WYC-014" }),
    });

  it("is refused with 403 when the connection does not come from this machine", async () => {
    expect((await ask(networkAddress!)).status).toBe(403);
    expect((await fetch(`http://${networkAddress}:${port}/api/chat/people`)).status).toBe(403);
  });

  it("answers on loopback", async () => {
    expect((await ask("127.0.0.1")).status).toBe(200);
  });
});
