/**
 * The channel's last-resort error boundary (botbuilder's onTurnError). Logs what an operator
 * needs, without personal data: the error code and name, where it came from, never the message
 * text or the error message of unknown errors (which may quote input). The person gets one
 * friendly line.
 */
import { INVOKE_RESPONSE_KEY, type TurnContext } from "botbuilder";
import { isAppError } from "../../core/shared/app-error.js";
import type { Logger } from "../../logging.js";
import { errorText } from "../../views/error-text.js";
import { langOf } from "./teams.turn.js";

function describe(error: unknown): Record<string, unknown> {
  if (isAppError(error)) return { code: error.code, errorName: error.name, internal: error.message };
  const e = error as { name?: string; stack?: string; statusCode?: number } | null;
  // Drop the first stack line: it repeats the message.
  const frames = e?.stack?.split("\n").slice(1, 8).join("\n");
  return { errorName: e?.name ?? typeof error, status: e?.statusCode, frames };
}

/** The invoke answer that shows `line` to the person who pressed or searched. */
function invokeAnswer(name: string | undefined, line: string): unknown {
  if (name === "adaptiveCard/action") {
    return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: line };
  }
  if (name?.startsWith("composeExtension/")) return { composeExtension: { type: "message", text: line } };
  return undefined;
}

export function turnErrorHandler(logger: Logger) {
  return async (ctx: TurnContext, error: Error): Promise<void> => {
    const a = ctx.activity;
    logger.error(
      { ...describe(error), activityType: a.type, activityName: a.name, activityId: a.id },
      "teams: turn failed",
    );
    const line = errorText(langOf(a.locale) ?? "nl", error);
    try {
      if (a.type === "invoke") {
        if (ctx.turnState.get(INVOKE_RESPONSE_KEY)) return;
        const body = invokeAnswer(a.name, line);
        await ctx.sendActivity({ type: "invokeResponse", value: { status: body ? 200 : 500, body } });
        return;
      }
      if (a.type === "message") await ctx.sendActivity({ type: "message", text: line });
    } catch (sendError) {
      logger.warn(
        { errorName: (sendError as Error).name },
        "teams: could not tell the person about the failure",
      );
    }
  };
}
