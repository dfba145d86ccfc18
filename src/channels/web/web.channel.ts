/**
 * The built-in web chat: a page at `/` and a JSON API under `/api/chat`. In demo mode the visitor
 * picks who they are from the directory; every flow, buttons included, runs through the same Bot
 * as Slack and Teams. Without demo mode (production) the chat API is closed: the web channel then
 * needs a real login, which is out of scope here and said so in the README.
 */
import { readFileSync } from "node:fs";
import express, { type Express, type Request, type Response } from "express";
import { z } from "zod/v4";
import type { Bot, Turn } from "../../bot/bot.js";
import type { Inbox } from "../../bot/inbox.js";
import { LOOPBACK_PEERS } from "../../config.parts.js";
import type { DemoPeople } from "../../core/access/demo-people.port.js";
import type { Logger } from "../../logging.js";
import type { Message } from "../../views/message.js";
import { roleLabel } from "../../views/role-label.js";
import type { Channel } from "../channel.js";
import { renderMessageHtml } from "./message.html.js";
import { webErrorBoundary } from "./web-error.boundary.js";

const MAX_TEXT = 20_000;
const textRequest = z.object({
  as: z.string().min(1).max(200),
  text: z.string().max(MAX_TEXT),
  lang: z.enum(["nl", "en"]).optional(),
});
const actionRequest = z.object({
  as: z.string().min(1).max(200),
  intent: z.string().regex(/^[a-z-]+\.[a-z-]+$/),
  data: z.record(z.string(), z.string().max(MAX_TEXT)),
  lang: z.enum(["nl", "en"]).optional(),
});

const asset = (name: string) => readFileSync(new URL(`./public/${name}`, import.meta.url), "utf8");

export function createWebChannel(deps: {
  bot: Bot;
  demo: boolean;
  people: DemoPeople;
  inbox?: Inbox;
  logger: Logger;
}): Channel {
  const page = { html: asset("index.html"), js: asset("app.js"), css: asset("style.css") };
  const router = express.Router();
  router.get("/", (_req, res) => void res.type("html").send(page.html));
  router.get("/app.js", (_req, res) => void res.type("js").send(page.js));
  router.get("/style.css", (_req, res) => void res.type("css").send(page.css));

  const api = express.Router();
  api.use(express.json({ limit: "64kb" }));
  api.use((_req, res, next) =>
    deps.demo ? next() : void res.status(404).json({ error: "web chat needs demo mode" }),
  );
  // config.ts binds the demo to loopback; this holds even behind a port forward or a changed HOST.
  api.use((req, res, next) =>
    LOOPBACK_PEERS.has(req.socket.remoteAddress ?? "")
      ? next()
      : void res.status(403).json({ error: "the demo login is only open to this machine" }),
  );
  // The page is Dutch: it shows each role as a Dutch label; the id stays for API clients.
  api.get("/people", async (_req, res) => {
    const people = await deps.people.list();
    res.json({ people: people.map((p) => ({ ...p, roleLabel: roleLabel("nl", p.role) })) });
  });
  // The web inbox: every notification of the person, newest first; the page polls it.
  api.get("/inbox", async (req: Request, res: Response) => {
    const as = typeof req.query.as === "string" ? req.query.as.slice(0, 200) : "";
    if (!as || !deps.inbox) return void res.status(400).json({ error: "expected ?as=<professional id>" });
    const items = await deps.inbox.latest(turnFor(as, undefined).account);
    if (!items) return void res.status(404).json({ error: "not registered" });
    res.json({
      items: items.map((item) => ({
        id: item.id,
        createdAt: item.createdAt.toISOString(),
        ...withHtml(item.message),
      })),
    });
  });
  api.post("/text", async (req: Request, res: Response) => {
    const body = textRequest.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: "expected { as, text }" });
    const messages = await deps.bot.handleText(turnFor(body.data.as, body.data.lang), body.data.text);
    res.json({ messages: messages.map(withHtml) });
  });
  api.post("/action", async (req: Request, res: Response) => {
    const body = actionRequest.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: "expected { as, intent, data }" });
    const result = await deps.bot.handleAction(
      turnFor(body.data.as, body.data.lang),
      body.data.intent,
      body.data.data,
    );
    res.json({
      messages: result.replies.map(withHtml),
      update: result.update ? withHtml(result.update) : null,
    });
  });
  api.use(webErrorBoundary(deps.logger));

  return {
    name: "web",
    mount(app: Express) {
      app.use("/api/chat", api);
      app.use("/", router);
    },
    async stop() {},
  };
}

function turnFor(professionalId: string, lang: "nl" | "en" | undefined): Turn {
  return {
    account: { channel: "web", tenant: "", externalId: professionalId },
    place: "personal",
    ...(lang ? { platformLang: lang } : {}),
  };
}

function withHtml(message: Message) {
  return { ...message, html: renderMessageHtml(message) };
}
