/**
 * A local stand-in for Slack's Web API and response URLs (node:http on port 0). It records every
 * call so tests can assert exactly what the channel sent. Test support only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface CapturedCall {
  /** Web API method ("chat.postMessage") or "respond" for a response_url. */
  method: string;
  path: string;
  body: Record<string, unknown>;
  headers: IncomingMessage["headers"];
}

type Override = (
  call: CapturedCall,
) => { status: number; headers?: Record<string, string>; body: unknown } | undefined;

export interface FakeSlackApi {
  /** Base of the Web API, for SLACK_API_URL. */
  apiUrl: string;
  /** A response_url that lands here. */
  responseUrl(name?: string): string;
  calls: CapturedCall[];
  callsTo(method: string): CapturedCall[];
  override(fn: Override): void;
  waitFor(predicate: (calls: CapturedCall[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const DEFAULTS: Record<string, unknown> = {
  "auth.test": { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T0001" },
  "conversations.open": { ok: true, channel: { id: "D0USERDM" } },
  "chat.postMessage": { ok: true, channel: "D0USERDM", ts: "1763900000.000200" },
  "chat.postEphemeral": { ok: true, message_ts: "1763900000.000300" },
  "views.open": { ok: true, view: { id: "V0MODAL" } },
  "views.publish": { ok: true, view: { id: "V0HOME" } },
};

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: CapturedCall[] = [];
  let override: Override | undefined;
  const server = createServer(async (req, res) => {
    const call = await capture(req);
    calls.push(call);
    const custom = override?.(call);
    if (custom) return send(res, custom.status, custom.body, custom.headers);
    if (call.method === "respond") return send(res, 200, "ok");
    send(res, 200, DEFAULTS[call.method] ?? { ok: true });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (name = "r1") => `${base}/respond/${name}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    override: (fn) => {
      override = fn;
    },
    async waitFor(predicate, timeoutMs = 3000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > until)
          throw new Error(`fake Slack: condition not met; calls: ${calls.map((c) => c.method)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function capture(req: IncomingMessage): Promise<CapturedCall> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  const path = req.url ?? "/";
  const method = path.startsWith("/api/") ? path.slice(5).split("?")[0]! : "respond";
  return { method, path, body: parseBody(raw, req.headers["content-type"] ?? ""), headers: req.headers };
}

/** The Web API client sends form fields, with blocks and views as JSON strings. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json"))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": typeof body === "string" ? "text/plain" : "application/json",
    ...headers,
  });
  res.end(text);
}
