/**
 * Issue #15: no log level carries personal data or tokens, the SDKs' own loggers included. The
 * whole service at LOG_LEVEL=debug with Slack (Bolt and its Web API client, which log request
 * bodies at debug) and Teams (botbuilder, the Azure SDK pipeline at verbose) traffic that posts
 * phone numbers, names and case cards; the captured log is then searched for them.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type RunningApp } from "../../src/app.js";
import {
  type FakeSlackApi,
  startFakeSlackApi,
} from "../../src/channels/slack/fake-slack-api.test-support.js";
import {
  directMessageEvent,
  eventCallback,
  mentionEvent,
  postSlack,
  slashCommand,
  TEAM,
  USER,
} from "../../src/channels/slack/slack-request.test-support.js";
import {
  type FakeConnector,
  startFakeConnector,
} from "../../src/channels/teams/fake-connector.test-support.js";
import {
  mentionActivity,
  messageActivity,
  USER as TEAMS_USER,
  TENANT,
} from "../../src/channels/teams/teams-activities.test-support.js";
import { parseConfig } from "../../src/config.js";
import { capturingLogger } from "../support/log-capture.js";
import { demoDataDir } from "../support/test-database.js";

const SECRETS = {
  SLACK_SIGNING_SECRET: "sdk-logs-signing-secret-5e1d0c",
  SLACK_BOT_TOKEN: "xoxb-sdk-logs-token-9b2f71",
};
const TYPED = ["Zuurstokjes", "vergeetmenietje"];

let app: RunningApp;
let slack: FakeSlackApi;
let connector: FakeConnector;
const captured: string[] = [];

beforeAll(async () => {
  slack = await startFakeSlackApi();
  connector = await startFakeConnector();
  const config = parseConfig({
    PORT: "0",
    WIJKBOT_DATA_DIR: await demoDataDir("wijkbot-e2e-sdk-logs-"),
    WIJKBOT_NOW: "2026-11-23T09:30:00+01:00",
    WIJKBOT_DEMO: "true",
    WIJKBOT_JOBS: "false",
    LOG_LEVEL: "debug",
    SLACK_API_URL: slack.apiUrl,
    SLACK_BOT_ID: "BBOT",
    SLACK_BOT_USER_ID: "UBOT",
    TEAMS_DEV_MODE: "true",
    ...SECRETS,
  });
  if (!config.ok) throw new Error(config.problems.join("; "));
  app = await createApp(config.config, { logger: capturingLogger(captured) });
  await app.db.prisma.chatIdentity.createMany({
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
  await slackTraffic();
  await teamsTraffic();
}, 180_000);

afterAll(async () => {
  await app?.close();
  await slack?.close();
  await connector?.close();
});

async function slackTraffic(): Promise<void> {
  const url = `${app.url}/slack/events`;
  const secret = SECRETS.SLACK_SIGNING_SECRET;
  const json = (id: string, event: Record<string, unknown>) =>
    postSlack(url, { body: eventCallback(id, event), contentType: "application/json", secret });
  await json("Ev0LOG1", mentionEvent(`<@UBOT> wie doet schulden in Wyckerpoort? ${TYPED[0]}`));
  await json("Ev0LOG2", mentionEvent("<@UBOT> casus WYC-014"));
  await json("Ev0LOG3", directMessageEvent(`wie doet eenzaamheid in Wyckerpoort ${TYPED[1]}`));
  await postSlack(url, {
    body: slashCommand("mijn overdrachten", slack.responseUrl("slash")),
    contentType: "application/x-www-form-urlencoded",
    secret,
  });
  await slack.waitFor((calls) => calls.filter((c) => c.method === "chat.postMessage").length >= 3, 10_000);
}

async function teamsTraffic(): Promise<void> {
  const post = (activity: unknown) =>
    fetch(`${app.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
  await post(mentionActivity({ serviceUrl: connector.url }, `wie doet schulden in Wyckerpoort ${TYPED[0]}`));
  await post(mentionActivity({ serviceUrl: connector.url }, "casus WYC-014"));
  await post(messageActivity({ serviceUrl: connector.url }, "mijn casussen"));
}

function demoPhones(): string[] {
  const map = readFileSync(new URL("../../prisma/demo-social-map.json", import.meta.url), "utf8");
  return [...new Set(map.match(/\+31[\d ]{6,}\d/g) ?? [])];
}

describe("log output at debug with Slack and Teams traffic", () => {
  it("has the SDKs' own debug lines to check at all", () => {
    const log = captured.join("");
    expect(log).toContain('"component":"bolt"');
    expect(log).toContain("chat.postMessage");
    // The traffic did carry phone numbers to the platforms: the redaction had something to do.
    const sent = JSON.stringify([slack.calls.map((c) => c.body), connector.calls.map((c) => c.body)]);
    expect(demoPhones().some((phone) => sent.includes(phone))).toBe(true);
  });

  it("holds no phone number, no typed word and no case card text", () => {
    const log = captured.join("");
    const digitsOnly = log.replace(/[\s-]/g, "");
    for (const phone of demoPhones()) expect(digitsOnly).not.toContain(phone.replace(/\s/g, ""));
    for (const word of TYPED) expect(log.toLowerCase()).not.toContain(word.toLowerCase());
    expect(log).not.toContain("Anouk Peeters");
  });

  it("holds no token or secret", () => {
    const log = captured.join("");
    for (const secret of Object.values(SECRETS)) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/xox[bpa]-/);
  });
});
