/**
 * A local stand-in for the Bot Framework connector (the activity's `serviceUrl`): records every
 * reply, card update and proactive send, and can fail the next calls on purpose.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ConnectorCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export interface FakeConnector {
  url: string;
  calls: ConnectorCall[];
  /** Activities posted (replies and proactive sends), with the conversation they went to. */
  sent(): { conversationId: string; activity: Record<string, unknown> }[];
  /** The next activity posts answer these statuses (one per post), then normal again. */
  failNext(...statuses: { status: number; retryAfter?: number }[]): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const failures: { status: number; retryAfter?: number }[] = [];
  let counter = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = (req.url ?? "").replace(/\/+$/, "");
    calls.push({ method: req.method ?? "", path, body, authorization: req.headers.authorization });
    const isActivityPost = req.method === "POST" && /\/activities/.test(path);
    const failure = isActivityPost ? failures.shift() : undefined;
    if (failure) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (failure.retryAfter !== undefined) headers["retry-after"] = String(failure.retryAfter);
      res
        .writeHead(failure.status, headers)
        .end(JSON.stringify({ error: { code: "Fake", message: "fail" } }));
      return;
    }
    counter += 1;
    const id =
      req.method === "POST" && /^\/v3\/conversations$/.test(path)
        ? `a:personal-${counter}`
        : `activity-${counter}`;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    sent: () =>
      calls
        .filter((c) => c.method === "POST" && /\/activities/.test(c.path))
        .map((c) => ({
          conversationId: decodeURIComponent(c.path.split("/")[3] ?? ""),
          activity: c.body,
        })),
    failNext: (...statuses) => failures.push(...statuses),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
