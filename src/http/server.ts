/**
 * The one HTTP server: web chat, Slack (/slack/events), Teams (/api/messages), health and
 * metrics. Body parsing is left to each route: Slack needs the raw bytes to verify signatures.
 */
import type { Server } from "node:http";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "../logging.js";
import type { Drain } from "./drain.js";
import { instrument, type Metrics } from "./metrics.js";

export interface Readiness {
  /** Throws when the database (or the job runner) cannot be reached. */
  check(): Promise<void>;
}

export function createHttpApp(deps: {
  logger: Logger;
  readiness: Readiness;
  metrics: Metrics;
  drain: Drain;
}): Express {
  const app = express();
  app.use(deps.drain.middleware);
  instrument(app, deps.metrics);
  app.disable("x-powered-by");
  app.set("trust proxy", true);
  app.use((_req, res, next) => {
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "no-referrer");
    next();
  });
  app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
  app.get("/readyz", async (_req, res) => {
    try {
      if (deps.drain.draining) throw new Error("shutting down");
      await deps.readiness.check();
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "unavailable" });
    }
  });
  return app;
}

/** Last resort for errors no route handled: log without personal data, answer 5xx, no stack. */
export function finishHttpApp(app: Express, logger: Logger): void {
  app.use((_req, res) => void res.status(404).json({ error: "not found" }));
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = statusOf(error);
    // Client mistakes (bad JSON, too large) are not failures of ours: warn, don't page anyone.
    logger[status >= 500 ? "error" : "warn"](
      { err: safeError(error), path: req.path, status },
      "request failed",
    );
    if (!res.headersSent) res.status(status).json({ error: publicText(status) });
  });
}

/** The short English word for a failed request's status, for API clients. */
export function publicText(status: number): string {
  if (status === 503) return "service unavailable";
  if (status === 413) return "request too large";
  if (status >= 400 && status < 500) return "bad request";
  return "internal error";
}

/** 503 while the database is away, a client mistake's own 4xx, else 500. */
export function statusOf(error: unknown): number {
  const code = (error as { code?: string; status?: number })?.code;
  if (code === "DATABASE_UNAVAILABLE") return 503;
  const status = (error as { status?: number })?.status;
  return typeof status === "number" && status >= 400 && status < 600 ? status : 500;
}

/** Error name, code and message only: messages of our own errors hold no personal data. */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error).slice(0, 200) };
  return { name: error.name, code: (error as { code?: unknown }).code, message: error.message.slice(0, 500) };
}

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
