/**
 * Faults survived. (1) The database goes away while the service runs: the app reaches its own
 * PostgreSQL database through a small TCP proxy that the test cuts and restores. Requests during
 * the cut get the clear "cannot reach" answer (web: 503 JSON), a transaction cut in its middle
 * leaves nothing half-written, and the same process answers again once the proxy is back.
 * (2) SIGTERM during requests: `tsx src/main.ts` finishes them and exits 0 within 30 s.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type RunningApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { postgresAvailable } from "../support/environment.js";
import { serverDatabase } from "../support/test-database.js";

const NOW = "2026-11-23T09:30:00+01:00";
const ADMIN = "p-ruud-lemmens";

/** A TCP proxy to the database that can be cut (every connection dropped, new ones refused). */
class CuttableProxy {
  private readonly sockets = new Set<net.Socket>();
  private server: net.Server | undefined;
  private down = false;
  /** Cut everything as soon as a client sends bytes containing this text (once). */
  cutOnText: string | null = null;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    this.server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server!.address() as net.AddressInfo).port;
  }

  private accept(client: net.Socket): void {
    if (this.down) return void client.destroy();
    const upstream = net.connect(this.target.port, this.target.host);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.on("data", (chunk: Buffer) => {
      if (this.cutOnText && chunk.includes(this.cutOnText)) {
        this.cutOnText = null;
        this.cut();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  }

  cut(): void {
    this.down = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.down = false;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe.runIf(postgresAvailable())("the database stops during requests", () => {
  let database: Awaited<ReturnType<typeof serverDatabase>>;
  let proxy: CuttableProxy;
  let app: RunningApp;

  beforeAll(async () => {
    database = await serverDatabase();
    const real = new URL(database.url);
    proxy = new CuttableProxy({ host: real.hostname, port: Number(real.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    const config = parseConfig({
      PORT: "0",
      DATABASE_URL: viaProxy.toString(),
      WIJKBOT_NOW: NOW,
      WIJKBOT_DEMO: "true",
      WIJKBOT_JOBS: "false",
      LOG_LEVEL: "silent",
    });
    if (!config.ok) throw new Error(config.problems.join("; "));
    app = await createApp(config.config);
    await database.db.prisma.professional.update({ where: { id: ADMIN }, data: { isAdmin: true } });
  }, 180_000);

  afterAll(async () => {
    proxy?.restore();
    await app?.close();
    await proxy?.stop();
    await database?.drop();
  }, 60_000);

  async function ask(text: string, as = "p-anouk-peeters") {
    const response = await fetch(`${app.url}/api/chat/text`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ as, text }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it("answers normally while the database is there", async () => {
    const { status, json } = await ask("wie doet schulden in Wyckerpoort?");
    expect(status).toBe(200);
    expect(JSON.stringify(json)).toContain("Schuldhulpverlening");
  });

  it("answers 503 with a clear JSON error while the database cannot be reached, and readyz says so", async () => {
    proxy.cut();
    const started = Date.now();
    const { status, json } = await ask("wie doet schulden in Wyckerpoort?");
    expect(status).toBe(503);
    expect(json).toEqual({
      error: "service unavailable",
      // The text every channel shows for this error code (views/error-text.ts), for the page to show.
      messages: [
        expect.objectContaining({
          summary: "Wijkbot kan de gegevens nu niet bereiken. Probeer het over een minuut opnieuw.",
        }),
      ],
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it("recovers without a restart when the database is back", async () => {
    proxy.restore();
    let last = 0;
    for (let attempt = 0; attempt < 20 && last !== 200; attempt++) {
      last = (await ask("wie doet schulden in Wyckerpoort?")).status;
      if (last !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(last).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });

  it("leaves nothing half-written when the connection dies inside a transaction", async () => {
    const prisma = database.db.prisma;
    const before = {
      handover: await prisma.handover.findUniqueOrThrow({ where: { id: "ho-002" } }),
      audit: await prisma.auditRecord.count(),
      outbox: await prisma.outboxMessage.count(),
    };
    // The deactivation writes the professional, the handovers and events, then the outbox row:
    // the proxy cuts the connection when that last statement is on its way.
    proxy.cutOnText = '"OutboxMessage"';
    const { status } = await ask("deactiveer p-anouk-peeters", ADMIN);
    expect(status).toBe(503);
    proxy.restore();

    const anouk = await prisma.professional.findUniqueOrThrow({ where: { id: "p-anouk-peeters" } });
    expect(anouk.active).toBe(true);
    expect(await prisma.handover.findUniqueOrThrow({ where: { id: "ho-002" } })).toEqual(before.handover);
    expect(await prisma.handoverEvent.count({ where: { type: "reassigned" } })).toBe(0);
    expect(await prisma.auditRecord.count()).toBe(before.audit);
    expect(await prisma.outboxMessage.count()).toBe(before.outbox);

    // And the same request succeeds in full once the database is reachable again.
    let status2 = 0;
    for (let attempt = 0; attempt < 20 && status2 !== 200; attempt++) {
      status2 = (await ask("deactiveer p-anouk-peeters", ADMIN)).status;
      if (status2 !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status2).toBe(200);
    expect((await prisma.professional.findUniqueOrThrow({ where: { id: "p-anouk-peeters" } })).active).toBe(
      false,
    );
    expect(await prisma.outboxMessage.count({ where: { kind: "admin.deactivated" } })).toBeGreaterThan(0);
  });
});

describe.runIf(postgresAvailable())("transactions cut again and again", () => {
  it("lose no pool connection: more cuts than the pool has connections, and it still answers", async () => {
    const database = await serverDatabase();
    const real = new URL(database.url);
    const proxy = new CuttableProxy({ host: real.hostname, port: Number(real.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    const config = parseConfig({
      PORT: "0",
      DATABASE_URL: viaProxy.toString(),
      WIJKBOT_NOW: NOW,
      WIJKBOT_DEMO: "true",
      WIJKBOT_JOBS: "false",
      LOG_LEVEL: "silent",
    });
    if (!config.ok) throw new Error(config.problems.join("; "));
    const app = await createApp(config.config);
    try {
      await database.db.prisma.professional.update({ where: { id: ADMIN }, data: { isAdmin: true } });
      const deactivate = () =>
        app.bot.handleText(
          { account: { channel: "web", tenant: "", externalId: ADMIN }, place: "personal" },
          "deactiveer p-anouk-peeters",
        );
      // The pool holds 10 connections (src/db/database.ts).
      for (let cut = 0; cut < 12; cut++) {
        proxy.cutOnText = '"OutboxMessage"';
        await expect(deactivate()).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE" });
        proxy.restore();
      }
      const [answer] = await deactivate();
      expect(answer?.summary).toContain("is gedeactiveerd");
    } finally {
      await app.close();
      await proxy.stop();
      await database.drop();
    }
  }, 180_000);
});

describe("SIGTERM during requests", () => {
  let child: ChildProcess | undefined;
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "wijkbot-sigterm-"));
  });

  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("finishes the requests under way and exits 0 within 30 s", async () => {
    // One Node process with tsx as its loader: the signal reaches the program itself. (Through
    // `npx tsx`, npx and the tsx CLI stand in between and end without waiting for it.)
    child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: {
        ...process.env,
        PORT: "0",
        WIJKBOT_DATA_DIR: dataDir,
        WIJKBOT_NOW: NOW,
        WIJKBOT_DEMO: "true",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child!.on("exit", (code) => resolve(code)));
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "wijkbot ready" in time:\n${output}`)), 120_000);
      child!.stdout!.on("data", (chunk: Buffer) => {
        output += String(chunk);
        const ready =
          /"url":"(http:\/\/[^"]+)".*"wijkbot ready"|"msg":"wijkbot ready".*"url":"(http:\/\/[^"]+)"/.exec(
            output,
          );
        if (ready) {
          clearTimeout(timer);
          resolve((ready[1] ?? ready[2])!);
        }
      });
    });

    const requests = Array.from({ length: 20 }, (_, i) =>
      fetch(`${url}/api/chat/text`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          as: "p-anouk-peeters",
          text: i % 2 ? "casus WYC-014" : "schulden in Wyckerpoort",
        }),
      }).then(async (response) => ({ status: response.status, body: await response.text() })),
    );
    const first = await Promise.race(requests);
    expect(first.status).toBe(200);
    const signalledAt = Date.now();
    child.kill("SIGTERM");

    const answers = await Promise.all(requests);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('"messages"');
    }
    const code = await exited;
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(30_000);
    expect(output).toContain('"msg":"stopped"');
  }, 180_000);
});
