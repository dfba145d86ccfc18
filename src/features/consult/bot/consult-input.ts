/** Small helpers of the consult handlers: validated button data and a reply. */
import type { z } from "zod/v4";
import type { ActionResult } from "../../../bot/bot.js";
import { AppError } from "../../../core/shared/app-error.js";

/** Parses button data or refuses with the same "input invalid" answer for every bad payload. */
export function parseData<T>(schema: z.ZodType<T>, data: Record<string, string>): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new AppError("INPUT_INVALID", "bad consult button data", {
      userMessageKey: "error.input-invalid",
      details: { detail: "button" },
    });
  }
  return parsed.data;
}

export const replies = (messages: ActionResult["replies"]): ActionResult => ({ replies: messages });
