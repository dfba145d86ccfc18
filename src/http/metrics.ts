/**
 * Prometheus metrics at /metrics: request latency per route, jobs and notification deliveries.
 * Labels are routes and outcomes only, never ids, so the number of series stays bounded.
 */
import type { Express, NextFunction, Request, Response } from "express";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

export interface Metrics {
  registry: Registry;
  requestDuration: Histogram<"route" | "method" | "status">;
  jobs: Counter<"job" | "outcome">;
  deliveries: Counter<"channel" | "outcome">;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requestDuration: new Histogram({
      name: "wijkbot_http_request_duration_seconds",
      help: "HTTP request latency",
      labelNames: ["route", "method", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    jobs: new Counter({
      name: "wijkbot_jobs_total",
      help: "Jobs run, by job and outcome",
      labelNames: ["job", "outcome"],
      registers: [registry],
    }),
    deliveries: new Counter({
      name: "wijkbot_notification_deliveries_total",
      help: "Notification delivery attempts, by channel and outcome",
      labelNames: ["channel", "outcome"],
      registers: [registry],
    }),
  };
}

/** Known route prefixes; anything else is "other" so that scanners cannot blow up the label set. */
const ROUTES = ["/slack/events", "/api/messages", "/api/chat", "/healthz", "/readyz", "/metrics"];

function routeOf(path: string): string {
  return ROUTES.find((r) => path.startsWith(r)) ?? (path === "/" ? "/" : "other");
}

export function instrument(app: Express, metrics: Metrics): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    const stop = metrics.requestDuration.startTimer({ route: routeOf(req.path), method: req.method });
    res.on("finish", () => stop({ status: String(res.statusCode) }));
    next();
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
