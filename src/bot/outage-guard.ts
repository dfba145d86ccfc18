/**
 * Wraps the bot so that a database outage surfaces as AppError DATABASE_UNAVAILABLE: channels
 * answer it with the "try again in a minute" text and an HTTP 5xx where the platform retries.
 */
import { AppError } from "../core/shared/app-error.js";
import type { Bot } from "./bot.js";

export function withOutageGuard(bot: Bot, isOutage: (error: unknown) => boolean): Bot {
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError || !isOutage(error)) throw error;
      throw new AppError("DATABASE_UNAVAILABLE", "database unavailable", {
        userMessageKey: "error.database",
        cause: error,
      });
    }
  };
  return {
    handleText: (turn, text) => guard(() => bot.handleText(turn, text)),
    handleAction: (turn, intent, data) => guard(() => bot.handleAction(turn, intent, data)),
  };
}
