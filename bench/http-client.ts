/** A small HTTP client on node:http with keep-alive, for load generation (less overhead than fetch). */
import http from "node:http";

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

export interface HttpReply {
  status: number;
  body: string;
}

export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (options.timeoutMs) req.setTimeout(options.timeoutMs, () => req.destroy(new Error("timed out")));
    if (options.body !== undefined) req.end(options.body);
    else req.end();
  });
}

/** A local server that records every request it gets (fake Slack Web API, response_url, Teams). */
export interface CaptureServer {
  url: string;
  /** Called with each request's path and body; the reply is `{ ok: true }` unless it returns one. */
  onRequest: (path: string, body: string) => unknown;
  close(): Promise<void>;
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const capture: CaptureServer = { url: "", onRequest: () => undefined, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const reply = capture.onRequest(req.url ?? "/", Buffer.concat(chunks).toString("utf8")) ?? { ok: true };
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(reply));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  capture.url = `http://127.0.0.1:${port}`;
  capture.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return capture;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = http.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
