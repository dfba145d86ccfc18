/** Hand-written fakes of the Teams channel's ports, and a server that mounts the channel. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import type { ActionResult, Bot, Turn } from "../../bot/bot.js";
import { parseConfig } from "../../config.js";
import type { ConversationStore, InboundEventLog } from "../../core/chat/chat.ports.js";
import { FakeClock } from "../../core/shared/clock.js";
import { silentLogger } from "../../logging.js";
import type { Message } from "../../views/message.js";
import type { Channel } from "../channel.js";
import { createTeamsChannel, type TeamsChannelOptions } from "./teams.channel.js";

export function textMessage(text: string, visibility: Message["visibility"] = "shared"): Message {
  return { lang: "nl", summary: text, blocks: [{ type: "text", content: [text] }], visibility };
}

export class FakeBot implements Bot {
  texts: { turn: Turn; text: string }[] = [];
  actions: { turn: Turn; intent: string; data: Record<string, string> }[] = [];
  answer: (text: string) => Message[] = (text) => [textMessage(`antwoord op ${text}`)];
  actionResult: ActionResult = { replies: [] };
  failWith: Error | undefined;

  async handleText(turn: Turn, text: string): Promise<Message[]> {
    this.texts.push({ turn, text });
    if (this.failWith) throw this.failWith;
    return this.answer(text);
  }

  async handleAction(turn: Turn, intent: string, data: Record<string, string>): Promise<ActionResult> {
    this.actions.push({ turn, intent, data });
    if (this.failWith) throw this.failWith;
    return this.actionResult;
  }
}

export class MemoryEventLog implements InboundEventLog {
  status = new Map<string, "processing" | "done" | "failed">();
  async claim(id: string): Promise<"new" | "duplicate"> {
    const current = this.status.get(id);
    if (current && current !== "failed") return "duplicate";
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

export class MemoryConversations implements ConversationStore {
  saved = new Map<string, unknown>();
  async save(account: { channel: string; tenant: string; externalId: string }, ref: unknown): Promise<void> {
    this.saved.set(`${account.channel}|${account.tenant}|${account.externalId}`, ref);
  }
}

export interface TeamsHarness {
  url: string;
  channel: Channel;
  bot: FakeBot;
  events: MemoryEventLog;
  conversations: MemoryConversations;
  post(activity: unknown, authorization?: string): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startTeamsHarness(
  env: Record<string, string>,
  options: TeamsChannelOptions = {},
): Promise<TeamsHarness> {
  const parsed = parseConfig({ NODE_ENV: "test", ...env });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const bot = new FakeBot();
  const events = new MemoryEventLog();
  const conversations = new MemoryConversations();
  const deps = { bot, events, conversations, config: parsed.config, logger: silentLogger };
  const channel = createTeamsChannel({ ...deps, clock: new FakeClock("2026-11-23T09:00:00Z") }, options);
  const app = express();
  channel.mount(app);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    channel,
    bot,
    events,
    conversations,
    async post(activity, authorization) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (authorization) headers.authorization = authorization;
      const res = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers,
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      return { status: res.status, body: text ? safeJson(text) : undefined };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
