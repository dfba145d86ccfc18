/**
 * After the signature, before Bolt: is this a request the channel listens to? Bolt answers a body
 * it cannot place, or one no listener acknowledges, only when its 3-second timer runs out, with a
 * 404 (issue #15: a malformed but authentic request gets a 4xx at once). The shapes below are
 * exactly what conversation.listeners.ts and interaction.listeners.ts handle; anything else is
 * a 400 with the reason, and nothing is stored.
 */
import type { Request, RequestHandler } from "express";
import { isStorable } from "../../language/index.js";
import type { Logger } from "../../logging.js";
import { ASK_SHORTCUT, SLASH_COMMAND } from "./conversation.listeners.js";

type Body = Record<string, unknown>;

const isObject = (v: unknown): v is Body => typeof v === "object" && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string =>
  typeof v === "string" && v.length > 0 && v.length <= 255 && isStorable(v);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Why the body is not one we handle, or undefined when it is. */
export function slackShapeProblem(raw: Buffer, contentType: string): string | undefined {
  const text = raw.toString("utf8");
  if (contentType.startsWith("application/json")) {
    const body = parseJson(text);
    if (!isObject(body)) return "JSON body is not an object";
    if (body.type === "url_verification")
      return typeof body.challenge === "string" ? undefined : "no challenge";
    if (body.type !== "event_callback") return "unknown JSON type";
    if (!isId(body.event_id)) return "event without a usable event_id";
    return isObject(body.event) && typeof body.event.type === "string" ? undefined : "event without a type";
  }
  if (!contentType.startsWith("application/x-www-form-urlencoded")) return "unsupported content type";
  const form = new URLSearchParams(text);
  const payload = form.get("payload");
  if (payload !== null) return interactionProblem(parseJson(payload));
  if (form.get("command") !== SLASH_COMMAND) return "unknown command";
  return isId(form.get("user_id")) && isId(form.get("team_id")) ? undefined : "command without user or team";
}

function interactionProblem(payload: unknown): string | undefined {
  if (!isObject(payload) || !isObject(payload.user) || !isId(payload.user.id))
    return "payload without a user";
  switch (payload.type) {
    case "block_actions":
      return Array.isArray(payload.actions) && payload.actions.every(isObject) && payload.actions.length > 0
        ? undefined
        : "block_actions without actions";
    case "view_submission":
      return isObject(payload.view) && isId(payload.view.callback_id) && isObject(payload.view.state)
        ? undefined
        : "view_submission without a view";
    case "message_action":
      return payload.callback_id === ASK_SHORTCUT && isObject(payload.message)
        ? undefined
        : "unknown shortcut";
    default:
      return "unknown interaction type";
  }
}

export function slackShapeCheck(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const raw = (req as Request & { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0);
    const problem = slackShapeProblem(raw, String(req.headers["content-type"] ?? ""));
    if (!problem) return next();
    logger.warn({ reason: problem }, "slack request refused: not a request Wijkbot handles");
    res.status(400).json({ error: problem });
  };
}
