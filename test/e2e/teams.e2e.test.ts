/**
 * Teams end to end: Bot Framework activities, shaped as Teams sends them, posted to
 * /api/messages on a running server with the real bot and database (PGlite, demo social map,
 * clock fixed on Monday 23 November 2026 09:30 in Amsterdam). Replies, card updates and
 * proactive sends go to a local fake connector at the activities' `serviceUrl`.
 *
 * The server is assembled as createApp does (createCore + the shared HTTP app + the Teams channel)
 * so that the test holds the channel itself and can call its outbox `deliver` directly.
 */

import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Core, createCore } from "../../src/app.js";
import type { Channel } from "../../src/channels/channel.js";
import {
  type FakeConnector,
  startFakeConnector,
} from "../../src/channels/teams/fake-connector.test-support.js";
import { createTeamsChannel } from "../../src/channels/teams/teams.channel.js";
import {
  executeActivity,
  mentionActivity,
  messageActivity,
  queryActivity,
  TENANT,
} from "../../src/channels/teams/teams-activities.test-support.js";
import { parseConfig } from "../../src/config.js";
import type { ChatAccount } from "../../src/core/access/actor.js";
import { identityRepository } from "../../src/db/repositories/identity.repository.js";
import { inboundEventRepository } from "../../src/db/repositories/inbound-event.repository.js";
import { Drain } from "../../src/http/drain.js";
import { createMetrics } from "../../src/http/metrics.js";
import { createHttpApp, finishHttpApp, listen } from "../../src/http/server.js";

// biome-ignore lint/suspicious/noExplicitAny: JSON from the wire, asserted field by field.
type Wire = any;

const NOW = "2026-11-23T09:30:00+01:00";
const ANOUK = { id: "29:anouk", name: "Anouk Peeters", aadObjectId: "aad-anouk" };
const STRANGER = { id: "29:stranger", name: "Onbekend", aadObjectId: "aad-stranger" };

let core: Core;
let server: Server;
let url: string;
let teams: Channel;
let connector: FakeConnector;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "wijkbot-e2e-teams-"));
  const parsed = parseConfig({
    PORT: "0",
    WIJKBOT_DATA_DIR: dataDir,
    WIJKBOT_NOW: NOW,
    WIJKBOT_DEMO: "true",
    TEAMS_DEV_MODE: "true",
    LOG_LEVEL: "error",
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  core = await createCore(parsed.config);
  // Link two professionals of the demo map to Teams accounts (tenant "" = any tenant).
  await core.db.prisma.chatIdentity.createMany({
    data: [
      { channel: "teams", tenant: "", externalId: ANOUK.aadObjectId, professionalId: "p-anouk-peeters" },
      { channel: "teams", tenant: "", externalId: "aad-mark", professionalId: "p-mark-janssen" },
    ],
  });
  const identities = identityRepository(core.db.prisma);
  teams = createTeamsChannel({
    bot: core.bot,
    config: core.config,
    logger: core.logger,
    clock: core.clock,
    events: inboundEventRepository(core.db.prisma, core.clock),
    conversations: {
      save: (account, ref) =>
        identities.saveConversation({ ...account, channel: account.channel as ChatAccount["channel"] }, ref),
    },
  });
  const http = createHttpApp({
    logger: core.logger,
    metrics: createMetrics(),
    drain: new Drain(),
    readiness: { check: async () => undefined },
  });
  teams.mount(http);
  finishHttpApp(http, core.logger);
  server = await listen(http, 0, "127.0.0.1");
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  connector = await startFakeConnector();
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await connector?.close();
  await core?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(activity: unknown): Promise<{ status: number; body: Wire }> {
  const res = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** What the connector received since `from`, as [conversation id, activity]. */
function sentSince(from: number) {
  return connector.sent().slice(from);
}

function card(activity: Wire): Wire {
  expect(activity.attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
  return activity.attachments[0].content;
}

/** Every Action.Execute in a card, ShowCards included. */
function executes(node: unknown): { verb: string; data: Record<string, string> }[] {
  if (Array.isArray(node)) return node.flatMap(executes);
  if (!node || typeof node !== "object") return [];
  const own = (node as { type?: string }).type === "Action.Execute" ? [node as Wire] : [];
  return [...own, ...Object.values(node).flatMap(executes)];
}

const where = () => ({ serviceUrl: connector.url, from: ANOUK });

describe("Teams end to end", () => {
  it("answers a lookup in personal chat with a card, mentions the deputy, and stores the reference", async () => {
    const before = connector.sent().length;
    const res = await post(messageActivity(where(), "wie doet schulden in Wyckerpoort?"));
    expect(res.status).toBe(200);
    const [reply, ...rest] = sentSince(before);
    expect(rest).toEqual([]);
    expect(reply?.conversationId).toBe("a:personal-anna");
    const answer = card(reply!.activity);
    const json = JSON.stringify(answer);
    expect(json).toContain("Schulden in Wyckerpoort");
    expect(json).toContain("Schuldhulpverlening (aanmelding en stabilisatie)");
    expect(answer.msteams.entities).toContainEqual({
      type: "mention",
      text: "<at>Mark Janssen</at>",
      mentioned: { id: "aad-mark", name: "Mark Janssen" },
    });
    expect(executes(answer).map((a) => a.verb)).toContain("handover.start");
    const identity = await core.db.prisma.chatIdentity.findFirst({
      where: { externalId: ANOUK.aadObjectId },
    });
    expect(identity?.conversationRef).toMatchObject({ conversationId: "a:personal-anna", tenantId: TENANT });
  });

  it("answers an @mention in a channel in that channel", async () => {
    const before = connector.sent().length;
    await post(mentionActivity({ ...where(), locale: "en-GB" }, "who handles debts in Wyckerpoort?"));
    const [reply] = sentSince(before);
    expect(reply?.conversationId).toContain("19:channel@thread.tacv2");
    expect(JSON.stringify(card(reply!.activity))).toContain("Debts in Wyckerpoort");
  });

  it("tells an unregistered Teams user so, with no directory data", async () => {
    const before = connector.sent().length;
    await post(
      messageActivity({ serviceUrl: connector.url, from: STRANGER }, "wie doet schulden in Wyckerpoort?"),
    );
    const [reply] = sentSince(before);
    expect(reply?.activity.summary).toMatch(/^U staat \(nog\) niet in de sociale kaart/);
    expect(JSON.stringify(reply?.activity)).not.toContain("Schuldhulpverlening");
  });

  it("runs a card button (Action.Execute) through the bot and answers the invoke", async () => {
    const before = connector.sent().length;
    await post(messageActivity(where(), "schulden in Atlantis"));
    const suggestions = executes(card(sentSince(before)[0]!.activity));
    const wyc = suggestions.find(
      (a) => a.verb === "lookup.choose-wijk" && a.data.wijkId === "maastricht-wyckerpoort",
    );
    expect(wyc).toBeDefined();
    const pressedAt = connector.sent().length;
    const res = await post(executeActivity(where(), wyc!.verb, wyc!.data));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200 });
    const replies = sentSince(pressedAt);
    const shown = JSON.stringify([res.body, ...replies.map((r) => r.activity)]);
    expect(shown).toContain("Schuldhulpverlening (aanmelding en stabilisatie)");
  });

  it("finds who handles a topic from the message extension and offers it as a card", async () => {
    const res = await post(queryActivity(where(), "schulden in Wyckerpoort"));
    expect(res.status).toBe(200);
    const result = res.body.composeExtension;
    expect(result.type).toBe("result");
    expect(result.attachments.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.attachments[0].content)).toContain("Schuldhulpverlening");
    expect(result.attachments[0].preview.content.title).toBeTruthy();
  });

  it("delivers a proactive message to the stored personal chat", async () => {
    const identity = await core.db.prisma.chatIdentity.findFirst({
      where: { externalId: ANOUK.aadObjectId },
    });
    const before = connector.sent().length;
    await teams.deliver!(
      { tenant: TENANT, externalId: ANOUK.aadObjectId, conversationRef: identity!.conversationRef },
      {
        lang: "nl",
        summary: "Herinnering",
        blocks: [{ type: "text", content: ["Overdracht wacht"] }],
        visibility: "private",
      },
    );
    const [sent] = sentSince(before);
    expect(sent?.conversationId).toBe("a:personal-anna");
    expect(sent?.activity.summary).toBe("Herinnering");
  });

  it("handles a redelivered activity once", async () => {
    const activity = messageActivity(where(), "wie doet schulden in Wyckerpoort?");
    const before = connector.sent().length;
    await post(activity);
    await post(activity);
    expect(sentSince(before)).toHaveLength(1);
  });
});
