/**
 * Microsoft Teams: a teams-ai v1 Application on botbuilder's CloudAdapter at POST /api/messages.
 * Every Teams and Bot Framework SDK type stays inside this folder, so the move to the Teams SDK v2
 * touches nothing else.
 */
import { Application } from "@microsoft/teams-ai";
import type { Activity } from "botbuilder";
import express, { type Express, type Request, type Response } from "express";
import { LOOPBACK_PEERS } from "../../config.parts.js";
import { AppError } from "../../core/shared/app-error.js";
import type { Channel, ChannelDeps } from "../channel.js";
import { WijkbotTeamsAdapter } from "./teams.adapter.js";
import { defaultRetry, deliver, type RetryOptions } from "./teams.delivery.js";
import { turnErrorHandler } from "./teams.errors.js";
import { routeSdkLogs } from "./teams.logger.js";
import { registerRoutes } from "./teams.routes.js";
import type { TeamsConfig } from "./teams.settings.js";
import { tenantOf } from "./teams.turn.js";

export const TEAMS_PATH = "/api/messages";

export interface TeamsChannelOptions {
  /** Backoff for proactive sends; tests shorten it. */
  retry?: Partial<RetryOptions>;
}

/** The request body as an activity, with botbuilder's timestamp fix-ups; undefined if it is none. */
function activityFrom(body: unknown): Activity | undefined {
  if (typeof body !== "object" || body === null || typeof (body as { type?: unknown }).type !== "string") {
    return undefined;
  }
  const activity = body as Activity & Record<string, unknown>;
  for (const field of ["timestamp", "localTimestamp", "expiration"] as const) {
    const value = activity[field];
    if (typeof value === "string") {
      activity[`raw${field[0]?.toUpperCase()}${field.slice(1)}`] = value;
      (activity as Record<string, unknown>)[field] = new Date(value);
    }
  }
  return activity;
}

/** Development mode without a list serves any tenant; otherwise only the listed ones. */
export function tenantServed(config: TeamsConfig, tenant: string): boolean {
  if (config.allowedTenants.length === 0) return config.devMode;
  return config.allowedTenants.includes(tenant);
}

export function createTeamsChannel(deps: ChannelDeps, options: TeamsChannelOptions = {}): Channel {
  const config = deps.config.teams;
  if (!config) throw new AppError("CONFIG_INVALID", "createTeamsChannel needs config.teams (TEAMS_APP_ID …)");
  const logger = deps.logger.child({ channel: "teams" });
  routeSdkLogs(logger);
  const adapter = new WijkbotTeamsAdapter(config);
  adapter.onTurnError = turnErrorHandler(logger);
  const app = new Application({
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  registerRoutes(app, { ...deps, logger, adapter });
  if (config.devMode) {
    logger.warn(
      "TEAMS DEVELOPMENT MODE: /api/messages accepts UNAUTHENTICATED requests (loopback only). Never use this in production.",
    );
  }

  async function handle(req: Request, res: Response): Promise<void> {
    // Development mode has no authentication: loopback clients only, whatever HOST says.
    if (config?.devMode && !LOOPBACK_PEERS.has(req.socket.remoteAddress ?? "")) {
      res.sendStatus(403);
      return;
    }
    const activity = activityFrom(req.body);
    if (!activity) {
      res.sendStatus(400);
      return;
    }
    let foreignTenant = false;
    const result = await adapter.handle(req.headers.authorization ?? "", activity, async (ctx) => {
      // Checked after authentication: an unauthenticated request learns nothing about tenants.
      if (config && !tenantServed(config, tenantOf(ctx.activity))) {
        foreignTenant = true;
        return;
      }
      await app.run(ctx);
    });
    if (result.kind === "unauthorized") {
      logger.warn({ activityType: activity.type }, "teams: request refused, not authenticated");
      res.sendStatus(401);
      return;
    }
    if (foreignTenant) {
      logger.warn({ tenant: tenantOf(activity), activityType: activity.type }, "teams: tenant not served");
      res.sendStatus(403);
      return;
    }
    const invoke = result.invoke;
    if (invoke?.body === undefined) res.status(invoke?.status ?? 200).end();
    else res.status(invoke.status).json(invoke.body);
  }

  return {
    name: "teams",
    mount(server: Express) {
      server.post(TEAMS_PATH, express.json({ limit: "512kb" }), handle);
    },
    async stop() {
      // Nothing to close: the adapter holds no connections between requests.
    },
    deliver: (target, message) =>
      deliver(target, message, {
        adapter,
        conversations: deps.conversations,
        retry: { ...defaultRetry, ...options.retry },
      }),
  };
}
