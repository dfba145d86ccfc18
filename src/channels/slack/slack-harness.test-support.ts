/**
 * The Slack channel mounted on a real Express server with a fake Bot, an in-memory event log and
 * the fake Slack API: requests go through our verification and Bolt's real code path.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import type { ActionResult, Bot, Turn } from "../../bot/bot.js";
import { parseConfig } from "../../config.js";
import type { ChatAccount } from "../../core/access/actor.js";
import type { InboundEventLog } from "../../core/chat/chat.ports.js";
import { FakeClock } from "../../core/shared/clock.js";
import { type Logger, silentLogger } from "../../logging.js";
import type { Message } from "../../views/message.js";
import type { Channel } from "../channel.js";
import { type FakeSlackApi, startFakeSlackApi } from "./fake-slack-api.test-support.js";
import { createSlackChannel, type SlackChannelOptions } from "./slack.channel.js";

export const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

export class FakeBot implements Bot {
  texts: { turn: Turn; text: string }[] = [];
  actions: { turn: Turn; intent: string; data: Record<string, string> }[] = [];
  answerText: (turn: Turn, text: string) => Message[] | Promise<Message[]> = () => [plainMessage("ok")];
  answerAction: (
    turn: Turn,
    intent: string,
    data: Record<string, string>,
  ) => ActionResult | Promise<ActionResult> = () => ({ replies: [] });

  async handleText(turn: Turn, text: string): Promise<Message[]> {
    this.texts.push({ turn, text });
    return this.answerText(turn, text);
  }

  async handleAction(turn: Turn, intent: string, data: Record<string, string>): Promise<ActionResult> {
    this.actions.push({ turn, intent, data });
    return this.answerAction(turn, intent, data);
  }

  get calls(): number {
    return this.texts.length + this.actions.length;
  }
}

/** Same semantics as the database log: failed ids may be claimed again. */
export class MemoryEventLog implements InboundEventLog {
  status = new Map<string, "processing" | "done" | "failed">();
  claims = 0;
  async claim(id: string): Promise<"new" | "duplicate"> {
    this.claims++;
    const s = this.status.get(id);
    if (s && s !== "failed") return "duplicate";
    this.status.set(id, "processing");
    return "new";
  }
  async complete(id: string): Promise<void> {
    this.status.set(id, "done");
  }
  async fail(id: string): Promise<void> {
    this.status.set(id, "failed");
  }
}

export function plainMessage(text: string, visibility: Message["visibility"] = "shared"): Message {
  return { lang: "nl", summary: text, blocks: [{ type: "text", content: [text] }], visibility };
}

export interface SlackHarness {
  url: string;
  slack: FakeSlackApi;
  bot: FakeBot;
  events: MemoryEventLog;
  channel: Channel;
  /** Conversation references the channel asked to save. */
  saved: { account: ChatAccount; ref: unknown }[];
  close(): Promise<void>;
}

export async function startSlackHarness(
  options: SlackChannelOptions = {},
  logger: Logger = silentLogger,
): Promise<SlackHarness> {
  const slack = await startFakeSlackApi();
  const parsed = parseConfig({
    NODE_ENV: "test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: slack.apiUrl,
    SLACK_BOT_ID: "BBOT",
    SLACK_BOT_USER_ID: "UBOT",
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const bot = new FakeBot();
  const events = new MemoryEventLog();
  const saved: SlackHarness["saved"] = [];
  const channel = createSlackChannel(
    {
      bot,
      config: parsed.config,
      logger,
      clock: new FakeClock("2026-11-23T09:00:00Z"),
      events,
      conversations: {
        save: async (account, ref) => void saved.push({ account: account as ChatAccount, ref }),
      },
    },
    options,
  );
  const app = express();
  channel.mount(app);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return {
    url,
    slack,
    bot,
    events,
    channel,
    saved,
    async close() {
      await channel.stop();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await slack.close();
    },
  };
}
