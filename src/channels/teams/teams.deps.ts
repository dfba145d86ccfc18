/** What the Teams routes need, and the once-per-activity guard they share. */
import type { Activity } from "botbuilder";
import type { Bot } from "../../bot/bot.js";
import type { InboundEventLog } from "../../core/chat/chat.ports.js";
import type { Logger } from "../../logging.js";
import type { SendDeps } from "./teams.send.js";

export interface RouteDeps extends SendDeps {
  bot: Bot;
  events: InboundEventLog;
  logger: Logger;
}

/**
 * Runs `work` once per activity: Bot Framework redelivers activities it thinks were lost, and a
 * redelivery must not act twice. Ids are unique per conversation, hence both in the key.
 */
export async function once<T>(
  events: InboundEventLog,
  activity: Partial<Activity>,
  work: () => Promise<T>,
): Promise<T | "duplicate"> {
  if (!activity.id) return work();
  const key = `teams:${activity.conversation?.id ?? ""}:${activity.id}`;
  if ((await events.claim(key, "teams")) === "duplicate") return "duplicate";
  try {
    const result = await work();
    await events.complete(key);
    return result;
  } catch (error) {
    await events.fail(key);
    throw error;
  }
}
