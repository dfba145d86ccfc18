/**
 * Talking to a running app through the web channel's JSON API as a test does: type, press a
 * button, read the web inbox after delivering what the outbox holds.
 */
import { expect } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { outboxRepository } from "../../src/db/repositories/outbox.repository.js";
import { deliverDueMessages } from "../../src/jobs/outbox-delivery.job.js";
import type { Action, Message } from "../../src/views/message.js";

export type WebMessage = Message & { html: string };

export function webChat(app: RunningApp) {
  async function post(route: string, body: unknown): Promise<WebMessage[]> {
    const response = await fetch(`${app.url}/api/chat/${route}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { messages: WebMessage[] }).messages;
  }
  return {
    ask: (as: string, text: string) => post("text", { as, text }),
    press: (as: string, action: Pick<Action, "intent" | "data">) =>
      post("action", { as, intent: action.intent, data: action.data }),
    async inbox(as: string): Promise<WebMessage[]> {
      await deliverDueMessages({
        store: outboxRepository(app.db.prisma),
        channels: {},
        clock: app.clock,
        logger: app.logger,
      });
      const response = await fetch(`${app.url}/api/chat/inbox?as=${as}`);
      expect(response.status).toBe(200);
      return ((await response.json()) as { items: WebMessage[] }).items;
    },
  };
}

/** The first button of `intent` whose data holds `data`; fails with the summaries when none does. */
export function buttonIn(messages: Message[], intent: string, data: Record<string, string> = {}): Action {
  const found = messages
    .flatMap((m) => m.blocks.flatMap((b) => (b.type === "actions" ? b.actions : [])))
    .find((a) => a.intent === intent && Object.entries(data).every(([k, v]) => a.data[k] === v));
  if (!found) throw new Error(`no ${intent} button in ${messages.map((m) => m.summary).join(" | ")}`);
  return found;
}
