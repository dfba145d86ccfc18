/**
 * Slack retries an event it thinks we missed (x-slack-retry-num); Bolt does not deduplicate.
 * Each event_id is claimed in the inbound event log: a retry of one handled (or in hand) does
 * nothing, a retry of one that failed is handled again.
 *
 * Over HTTP the claim happens before Bolt acknowledges, so a database that is down answers 503
 * and Slack retries later; in Socket Mode the Bolt middleware claims it itself.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Request, RequestHandler } from "express";
import type { InboundEventLog } from "../../core/chat/chat.ports.js";
import type { Logger } from "../../logging.js";

const SOURCE = "slack";
/** Custom property (Bolt context) that says the HTTP layer already claimed this event id. */
export const CLAIMED_EVENT = "wijkbotClaimedEventId";

type ClaimedRequest = Request & { rawBody?: Buffer; [CLAIMED_EVENT]?: string };

export function claimEventsBeforeAck(events: InboundEventLog, logger: Logger): RequestHandler {
  return async (req, res, next) => {
    const r = req as ClaimedRequest;
    const eventId = eventIdOf(r);
    if (!eventId) return next();
    try {
      if ((await events.claim(eventId, SOURCE)) === "duplicate") {
        logger.info({ eventId, retryNum: req.headers["x-slack-retry-num"] }, "slack event already handled");
        res.status(200).end();
        return;
      }
    } catch (error) {
      logger.error({ eventId, err: { name: (error as Error).name } }, "slack event log unavailable");
      res.status(503).end();
      return;
    }
    r[CLAIMED_EVENT] = eventId;
    next();
  };
}

/** For ExpressReceiver's customPropertiesExtractor: hands the HTTP claim to the Bolt middleware. */
export function claimedEventProperty(req: unknown): Record<string, string> {
  const id = (req as ClaimedRequest)[CLAIMED_EVENT];
  return id ? { [CLAIMED_EVENT]: id } : {};
}

export function eventDedupe(events: InboundEventLog): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const b = body as { type?: unknown; event_id?: unknown };
    if (b.type !== "event_callback" || typeof b.event_id !== "string") return next();
    const eventId = b.event_id;
    if (context[CLAIMED_EVENT] !== eventId && (await events.claim(eventId, SOURCE)) === "duplicate") return;
    try {
      await next();
    } catch (error) {
      await events.fail(eventId);
      throw error;
    }
    await events.complete(eventId);
  };
}

function eventIdOf(req: ClaimedRequest): string | undefined {
  if (!req.rawBody || !String(req.headers["content-type"] ?? "").startsWith("application/json"))
    return undefined;
  try {
    const body = JSON.parse(req.rawBody.toString("utf8")) as { type?: unknown; event_id?: unknown };
    return body.type === "event_callback" && typeof body.event_id === "string" ? body.event_id : undefined;
  } catch {
    return undefined; // Bolt answers the unreadable body itself.
  }
}
