/**
 * The last resort for every Slack listener (Bolt's app.error with extendedErrorHandler): log the
 * error by code, without personal data, and tell the user one friendly line where they asked.
 */
import { isAppError } from "../../core/shared/app-error.js";
import type { Logger } from "../../logging.js";
import { errorText } from "../../views/error-text.js";
import { postToUser, type WebClient } from "./slack-replies.js";
import { isDirectMessage, langFromLocale } from "./slack-turn.js";

/** What Bolt's extended error handler receives (the type is not exported by Bolt). */
interface ErrorArgs {
  error: Error & { code?: string };
  body?: unknown;
}

interface FailedBody {
  type?: string;
  command?: string;
  response_url?: string;
  user?: { id?: string; locale?: string } | string;
  event?: { type?: string; channel?: string; user?: string; thread_ts?: string; ts?: string };
  container?: { type?: string };
}

export function slackErrorBoundary(api: WebClient, logger: Logger, fetchFn: typeof fetch = fetch) {
  return async ({ error, body }: ErrorArgs): Promise<void> => {
    const original = (error as { original?: unknown }).original ?? error;
    const b = (body ?? {}) as FailedBody;
    logger.error(
      {
        code: isAppError(original) ? original.code : error.code,
        kind:
          b.type === "event_callback"
            ? `event:${b.event?.type}`
            : (b.type ?? (b.command ? "command" : "unknown")),
        err: describe(original),
      },
      "slack listener failed",
    );
    try {
      await tellUser(api, b, errorText(langFromLocale(userOf(b)?.locale) ?? "nl", original), fetchFn);
    } catch (notifyError) {
      logger.warn({ err: describe(notifyError) }, "could not tell the Slack user about the failure");
    }
  };
}

function userOf(b: FailedBody): { id?: string; locale?: string } | undefined {
  return typeof b.user === "string" ? { id: b.user } : b.user;
}

async function tellUser(api: WebClient, b: FailedBody, text: string, fetchFn: typeof fetch): Promise<void> {
  const user = userOf(b);
  // A modal submission already showed its error on the modal itself (interaction.listeners.ts).
  if (b.type === "view_submission") return;
  if (b.response_url) {
    await fetchFn(b.response_url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ response_type: "ephemeral", replace_original: false, text }),
    });
    return;
  }
  const event = b.event;
  if (event?.channel && event.user && (event.type === "app_mention" || event.type === "message")) {
    if (isDirectMessage(event.channel)) await api.chat.postMessage({ channel: event.channel, text });
    else
      await api.chat.postEphemeral({
        channel: event.channel,
        user: event.user,
        text,
        thread_ts: event.thread_ts ?? event.ts,
      });
    return;
  }
  if (b.type === "block_actions" && user?.id) await postToUser(api, user.id, { text, blocks: [] });
}

/** AppError messages are written for logs; other messages may carry data, so only the name. */
function describe(error: unknown): Record<string, unknown> {
  if (isAppError(error)) return { name: error.name, code: error.code, message: error.message };
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const slackError = (error as { data?: { error?: unknown } }).data?.error;
    return {
      name: error.name,
      ...(typeof code === "string" ? { code } : {}),
      ...(slackError ? { slackError } : {}),
    };
  }
  return { name: typeof error };
}
