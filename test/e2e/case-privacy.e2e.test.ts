/**
 * Issue #15: case data asked for where others read along is answered only to the asker. The whole
 * server (demo map, PGlite) with Slack and Teams, driven as the platforms drive it: a mention in a
 * Slack channel, a Slack Connect channel shared with another organisation and a group DM; a card
 * button pressed on a channel message; an @mention in a Teams team channel and in a group chat.
 * What the channel receives is searched for the case code and the case's people.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type FakeSlackApi,
  startFakeSlackApi,
} from "../../src/channels/slack/fake-slack-api.test-support.js";
import {
  blockAction,
  eventCallback,
  interaction,
  mentionEvent,
  postSlack,
  TEAM,
  USER,
} from "../../src/channels/slack/slack-request.test-support.js";
import {
  type FakeConnector,
  startFakeConnector,
} from "../../src/channels/teams/fake-connector.test-support.js";
import {
  mentionActivity,
  USER as TEAMS_USER,
  TENANT,
} from "../../src/channels/teams/teams-activities.test-support.js";
import { type DemoApp, startDemoApp } from "../support/demo-app.js";

const SECRET = "privacy-e2e-signing-secret-0123456789";
const CASE = "WYC-014";
// People on WYC-014's roster in the demo map: their names must not reach a channel either.
const ROSTER = ["Anouk Peeters"];

let demo: DemoApp;
let slack: FakeSlackApi;
let connector: FakeConnector;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  connector = await startFakeConnector();
  demo = await startDemoApp("privacy", {
    WIJKBOT_NOW: "2026-11-23T09:30:00+01:00",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-privacy",
    SLACK_API_URL: slack.apiUrl,
    SLACK_BOT_ID: "BBOT",
    SLACK_BOT_USER_ID: "UBOT",
    TEAMS_DEV_MODE: "true",
  });
  await demo.app.db.prisma.chatIdentity.createMany({
    data: [
      { channel: "slack", tenant: TEAM, externalId: USER, professionalId: "p-anouk-peeters" },
      {
        channel: "teams",
        tenant: TENANT,
        externalId: TEAMS_USER.aadObjectId,
        professionalId: "p-anouk-peeters",
      },
    ],
  });
}, 120_000);

afterAll(async () => {
  await demo?.stop();
  await slack?.close();
  await connector?.close();
});

beforeEach(() => {
  slack.calls.length = 0;
  connector.calls.length = 0;
});

const leaks = (payload: unknown) => {
  const text = JSON.stringify(payload);
  return [CASE, ...ROSTER].filter((secret) => text.includes(secret));
};

let eventNo = 0;
async function mention(text: string, channel: string): Promise<void> {
  eventNo += 1;
  const body = eventCallback(`Ev0PRIV${eventNo}`, mentionEvent(`<@UBOT> ${text}`, channel));
  const res = await postSlack(`${demo.app.url}/slack/events`, {
    body,
    contentType: "application/json",
    secret: SECRET,
  });
  expect(res.status).toBe(200);
  await slack.waitFor((calls) => calls.some((c) => c.method === "chat.postMessage"), 10_000);
}

describe("Slack: case data asked in a channel reaches only the asker", () => {
  it.each([
    ["a public channel", "C0WIJKTEAM"],
    ["a channel shared with another organisation (Slack Connect)", "C0SHAREDEXT"],
    ["a group DM (mpim)", "G0GROUPDM"],
  ])(
    "casus %s: the card is ephemeral to the asker, the channel gets one neutral line",
    async (_where, channel) => {
      await mention(`casus ${CASE}`, channel);
      const posted = slack.callsTo("chat.postMessage");
      expect(posted).toHaveLength(1);
      expect(posted[0]!.body.channel).toBe(channel);
      expect(leaks(posted[0]!.body)).toEqual([]);
      expect(String(posted[0]!.body.text)).toMatch(/persoonlijk geantwoord/);
      const ephemeral = slack.callsTo("chat.postEphemeral");
      expect(ephemeral.length).toBeGreaterThan(0);
      expect(ephemeral.every((c) => c.body.user === USER)).toBe(true);
      expect(JSON.stringify(ephemeral.map((c) => c.body))).toContain(CASE);
    },
  );

  it.each(["mijn casussen", "mijn overdrachten", "mijn taken", "mijn consulten", "overzicht Wyckerpoort"])(
    "'%s' in a channel: nothing but the neutral line is posted there",
    async (text) => {
      await mention(text, "C0WIJKTEAM");
      const posted = slack.callsTo("chat.postMessage");
      expect(posted.map((c) => c.body.text)).toEqual([expect.stringMatching(/persoonlijk geantwoord/)]);
    },
  );

  it("a directory lookup is still answered in the channel's thread", async () => {
    await mention("wie doet schulden in Wyckerpoort?", "C0WIJKTEAM");
    const posted = slack.callsTo("chat.postMessage");
    expect(JSON.stringify(posted[0]!.body)).toContain("Wyckerpoort");
    expect(slack.callsTo("chat.postEphemeral")).toHaveLength(0);
  });

  it("a case button pressed on a channel message answers ephemerally and leaves the message alone", async () => {
    const body = interaction(
      blockAction("case.show", JSON.stringify({ code: CASE }), slack.responseUrl("button")),
    );
    const res = await postSlack(`${demo.app.url}/slack/events`, {
      body,
      contentType: "application/x-www-form-urlencoded",
      secret: SECRET,
    });
    expect(res.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === "respond"), 10_000);
    const responses = slack.callsTo("respond").map((c) => c.body);
    expect(responses.every((b) => b.response_type === "ephemeral" && b.replace_original === false)).toBe(
      true,
    );
    expect(JSON.stringify(responses)).toContain(CASE);
    expect(slack.callsTo("chat.postMessage").filter((c) => leaks(c.body).length > 0)).toEqual([]);
  });
});

describe("Teams: case data asked in a team channel or group chat reaches only the asker", () => {
  it.each(["channel", "groupChat"] as const)(
    "casus in a %s: the card goes to the personal chat",
    async (conversation) => {
      const activity = mentionActivity({ serviceUrl: connector.url, conversation }, `casus ${CASE}`);
      const res = await fetch(`${demo.app.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity),
      });
      expect(res.status).toBe(200);
      const sent = connector.sent();
      const inShared = sent.filter((s) => s.conversationId.startsWith("19:"));
      const inPersonal = sent.filter((s) => s.conversationId.startsWith("a:personal"));
      expect(inShared).toHaveLength(1);
      expect(leaks(inShared[0]!.activity)).toEqual([]);
      expect(String(inShared[0]!.activity.text)).toMatch(/persoonlijke chat/);
      expect(JSON.stringify(inPersonal.map((s) => s.activity))).toContain(CASE);
    },
  );
});
