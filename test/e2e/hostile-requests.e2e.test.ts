/**
 * Issue #15: every HTTP entry point answers a malformed but authentic request (correctly signed
 * for Slack, from loopback in Teams' development mode, a demo user on the web) with a 2xx or 4xx
 * within Slack's 3 seconds, never a 5xx; text PostgreSQL cannot store (NUL, lone surrogates) is
 * refused with a message. fast-check generates the payloads: random shapes, and the known shapes
 * with hostile values in every field.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeSlackApi,
  startFakeSlackApi,
} from "../../src/channels/slack/fake-slack-api.test-support.js";
import {
  eventCallback,
  postSlack,
  slashCommand,
  TEAM,
  USER,
} from "../../src/channels/slack/slack-request.test-support.js";
import {
  type FakeConnector,
  startFakeConnector,
} from "../../src/channels/teams/fake-connector.test-support.js";
import { messageActivity } from "../../src/channels/teams/teams-activities.test-support.js";
import { type DemoApp, startDemoApp } from "../support/demo-app.js";

const SECRET = "hostile-e2e-signing-secret-0123456789";
const RUNS = { numRuns: 30 };

let demo: DemoApp;
let slack: FakeSlackApi;
let connector: FakeConnector;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  connector = await startFakeConnector();
  demo = await startDemoApp("hostile", {
    WIJKBOT_NOW: "2026-11-23T09:30:00+01:00",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-hostile",
    SLACK_API_URL: slack.apiUrl,
    SLACK_BOT_ID: "BBOT",
    SLACK_BOT_USER_ID: "UBOT",
    TEAMS_DEV_MODE: "true",
  });
  await demo.app.db.prisma.chatIdentity.create({
    data: { channel: "slack", tenant: TEAM, externalId: USER, professionalId: "p-anouk-peeters" },
  });
}, 120_000);

afterAll(async () => {
  await demo?.stop();
  await slack?.close();
  await connector?.close();
});

/** Strings with what breaks things: NUL, lone surrogates, markup, huge and empty values. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("\u0000", "a\u0000b", "\uD800", "x\uDC00y", "😀\uD83D", "<!channel>", "WYC-014", "", " "),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });
const hostileRecord = fc.dictionary(hostile, fc.oneof(hostile, anyJson), { maxKeys: 5 });

async function timed(request: () => Promise<{ status: number }>): Promise<number> {
  const started = performance.now();
  const { status } = await request();
  expect(performance.now() - started).toBeLessThan(3_000);
  return status;
}

const ok = (status: number) => status >= 200 && status < 500;

function web(path: string, body: string) {
  return fetch(`${demo.app.url}/api/chat/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
}

describe("web chat API", () => {
  it("answers any JSON or non-JSON body to /text and /action with 2xx or 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("text", "action"),
        fc.oneof(
          hostile,
          anyJson.map((v) => JSON.stringify(v)),
        ),
        async (path, body) => {
          expect(ok(await timed(() => web(path, body)))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("answers well-shaped requests with hostile values in every field", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant("p-anouk-peeters"), hostile),
        hostile,
        fc.constantFrom("case.show", "handover.submit", "consult.vote", "lookup.choose-wijk", "x.y"),
        fc.dictionary(hostile, hostile, { maxKeys: 4 }),
        async (as, text, intent, data) => {
          expect(ok(await timed(() => web("text", JSON.stringify({ as, text }))))).toBe(true);
          expect(ok(await timed(() => web("action", JSON.stringify({ as, intent, data }))))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("refuses text PostgreSQL cannot store with a message, and stores nothing", async () => {
    for (const text of [
      "notitie a\u0000b",
      "casus WYC-014 \uD800",
      "wie doet schulden in \uDC00Wyckerpoort",
    ]) {
      const res = await web("text", JSON.stringify({ as: "p-anouk-peeters", text }));
      expect(res.status).toBe(200);
      const { messages } = (await res.json()) as { messages: { summary: string }[] };
      expect(messages.map((m) => m.summary)).toEqual([
        expect.stringMatching(/tekens die ik niet kan bewaren/),
      ]);
    }
  });
});

describe("Slack /slack/events", () => {
  const post = (body: string, contentType: "application/json" | "application/x-www-form-urlencoded") =>
    postSlack(`${demo.app.url}/slack/events`, { body, contentType, secret: SECRET });

  it("answers any signed body, JSON or form, with 2xx or 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostile,
          anyJson.map((v) => JSON.stringify(v)),
        ),
        fc.boolean(),
        async (body, json) => {
          const type = json ? "application/json" : "application/x-www-form-urlencoded";
          expect(ok(await timed(() => post(body, type)))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("answers signed events, commands and interactions with hostile fields with 2xx or 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostileRecord, async (id, text, extra) => {
        const event = { type: "app_mention", user: USER, text, channel: "C0WIJK", ts: "1.2", ...extra };
        expect(ok(await timed(() => post(eventCallback(`Ev${id}`, event), "application/json")))).toBe(true);
        const command = slashCommand(text, slack.responseUrl(), { user_id: id || USER });
        expect(ok(await timed(() => post(command, "application/x-www-form-urlencoded")))).toBe(true);
        const payload = new URLSearchParams({
          payload: JSON.stringify({ type: "block_actions", ...extra, user: { id } }),
        });
        expect(ok(await timed(() => post(payload.toString(), "application/x-www-form-urlencoded")))).toBe(
          true,
        );
      }),
      RUNS,
    );
  });
});

describe("Teams /api/messages (development mode, loopback)", () => {
  const post = (body: string) =>
    fetch(`${demo.app.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });

  it("answers any body, and activities with hostile fields, with 2xx or 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostile,
          anyJson.map((v) => JSON.stringify(v)),
        ),
        hostile,
        hostileRecord,
        async (raw, text, extra) => {
          expect(ok(await timed(() => post(raw)))).toBe(true);
          const activity = { ...messageActivity({ serviceUrl: connector.url }, text), ...extra };
          expect(ok(await timed(() => post(JSON.stringify(activity))))).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
