import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { Drain } from "./drain.js";

async function serve(drain: Drain, handlerDelayMs: number) {
  const app = express();
  app.use(drain.middleware);
  app.get("/", async (_req, res) => {
    await new Promise((resolve) => setTimeout(resolve, handlerDelayMs));
    res.send("ok");
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

describe("Drain", () => {
  it("waits for the request under way before it settles, and asks clients to close", async () => {
    const drain = new Drain();
    const { server, url } = await serve(drain, 300);
    const pending = fetch(url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    let settled = false;
    const settling = drain.settle(100, 5_000).then(() => {
      settled = true;
    });
    const response = await pending;
    expect(settled).toBe(false);
    expect(await response.text()).toBe("ok");
    await settling;
    expect(settled).toBe(true);
    const during = await fetch(url);
    expect(during.headers.get("connection")).toBe("close");
    server.close();
  });
});
