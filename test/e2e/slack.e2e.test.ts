/**
 * The whole server driven as Slack drives it: Slack-signed slash commands, events, button clicks
 * and modal submissions over HTTP to /slack/events, with every Web API call and response_url
 * post captured by a local fake Slack. PGlite in a fresh directory, the demo social map, and the
 * clock fixed on Monday 23 November 2026 09:30 in Amsterdam.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp, type RunningApp } from "../../src/app.js";
import {
  type FakeSlackApi,
  startFakeSlackApi,
} from "../../src/channels/slack/fake-slack-api.test-support.js";
import {
  blockAction,
  directMessageEvent,
  eventCallback,
  interaction,
  mentionEvent,
  postSlack,
  sign,
  slashCommand,
  TEAM,
  USER,
  viewSubmission,
} from "../../src/channels/slack/slack-request.test-support.js";
import { parseConfig } from "../../src/config.js";

const NOW = "2026-11-23T09:30:00+01:00";
const SECRET = "e2e-signing-secret-0123456789abcdef";
const GIJS = "U0GIJS";
const FORM = "application/x-www-form-urlencoded" as const;
const JSON_TYPE = "application/json" as const;

let app: RunningApp;
let slack: FakeSlackApi;
let dataDir: string;
let url: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "wijkbot-e2e-slack-"));
  slack = await startFakeSlackApi();
  const config = parseConfig({
    PORT: "0",
    WIJKBOT_DATA_DIR: dataDir,
    WIJKBOT_NOW: NOW,
    WIJKBOT_DEMO: "true",
    WIJKBOT_JOBS: "false",
    LOG_LEVEL: "silent",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-e2e",
    SLACK_API_URL: slack.apiUrl,
    SLACK_BOT_ID: "BBOT",
    SLACK_BOT_USER_ID: "UBOT",
  });
  if (!config.ok) throw new Error(config.problems.join("; "));
  app = await createApp(config.config);
  url = `${app.url}/slack/events`;
  // The link an admin import makes: Slack users in workspace T0001 to professionals.
  await app.db.prisma.chatIdentity.createMany({
    data: [
      { channel: "slack", tenant: TEAM, externalId: USER, professionalId: "p-anouk-peeters" },
      { channel: "slack", tenant: TEAM, externalId: GIJS, professionalId: "p-gijs-lammers" },
    ],
  });
});

afterAll(async () => {
  await app?.close();
  await slack?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await settle();
  slack.calls.length = 0;
});

/** Waits until the server has made no Slack call for 300 ms: answers arrive after the ack. */
async function settle(): Promise<void> {
  let seen = -1;
  while (seen !== slack.calls.length) {
    seen = slack.calls.length;
    await new Promise((r) => setTimeout(r, 300));
  }
}

const signed = (
  body: string,
  contentType: typeof FORM | typeof JSON_TYPE,
  headers?: Record<string, string>,
) => postSlack(url, { body, contentType, secret: SECRET, ...(headers ? { headers } : {}) });

/** Every text Slack would show of a captured payload (mrkdwn and plain text). */
function shown(body: Record<string, unknown>): string {
  const out: string[] = [];
  JSON.stringify(body.blocks ?? body.view ?? [], (_k, v) => {
    if (v && typeof v === "object" && typeof v.text === "string") out.push(v.text);
    return v;
  });
  return out.join("\n");
}

async function slash(text: string, userId = USER) {
  const before = slack.calls.length;
  const res = await signed(slashCommand(text, slack.responseUrl("slash"), { user_id: userId }), FORM);
  expect(res.status).toBe(200);
  await slack.waitFor((calls) => calls.length > before, 10_000);
  return slack.calls.at(-1)!;
}

describe("Slack end to end", () => {
  it("answers '/wijk wie doet schulden in Wyckerpoort' with the right services, ephemerally", async () => {
    const call = await slash("wie doet schulden in Wyckerpoort");
    expect(call.path).toBe("/respond/slash");
    expect(call.body.response_type).toBe("ephemeral");
    const text = shown(call.body);
    expect(text).toContain("Schulden in Wyckerpoort");
    expect(text).toContain("*Schuldhulpverlening (aanmelding en stabilisatie)*");
    expect(text).toContain("*Budgetmaatje aan huis (vrijwilliger)*");
    expect(text.indexOf("Schuldhulpverlening")).toBeLessThan(text.indexOf("Budgetmaatje"));
    expect(text).toContain("Mark Janssen");
    expect(JSON.stringify(call.body.blocks)).toContain('"action_id":"handover.start"');
  });

  it("answers an unregistered Slack user with 'not registered' and no data", async () => {
    const call = await slash("wie doet schulden in Wyckerpoort", "U0STRANGER");
    expect(String(call.body.text)).toMatch(/niet in de sociale kaart/);
    expect(shown(call.body)).not.toContain("Schuldhulpverlening");
  });

  it("answers a mention in the channel's thread", async () => {
    const res = await signed(
      eventCallback("Ev0E2EMENTION", mentionEvent("<@UBOT> wie doet schulden in Wyckerpoort?")),
      JSON_TYPE,
    );
    expect(res.status).toBe(200);
    await slack.waitFor((calls) => calls.length === 1, 10_000);
    expect(slack.calls[0]).toMatchObject({
      method: "chat.postMessage",
      body: { channel: "C0WIJK", thread_ts: "1763900000.000100" },
    });
    expect(shown(slack.calls[0]!.body)).toContain("Schuldhulpverlening (aanmelding en stabilisatie)");
  });

  it("answers a direct message in the DM, and the same event three times only once", async () => {
    const body = eventCallback("Ev0E2EDM", directMessageEvent("who handles debts in Wyckerpoort?"));
    expect((await signed(body, JSON_TYPE)).status).toBe(200);
    await slack.waitFor((calls) => calls.length === 1, 10_000);
    for (const retry of ["1", "2"]) {
      expect(
        (
          await signed(body, JSON_TYPE, {
            "x-slack-retry-num": retry,
            "x-slack-retry-reason": "http_timeout",
          })
        ).status,
      ).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.calls).toHaveLength(1);
    expect(slack.calls[0]).toMatchObject({ method: "chat.postMessage", body: { channel: "D0USERDM" } });
    expect(shown(slack.calls[0]!.body)).toContain("Debts in Wyckerpoort");
    const stored = await app.db.prisma.processedEvent.findUnique({ where: { id: "Ev0E2EDM" } });
    expect(stored?.status).toBe("done");
  });

  it("handles a button click: the wijk suggestion answers with the services", async () => {
    const call = await slash("schulden in Atlantis");
    const wijkButton = JSON.stringify(call.body.blocks).match(
      /"action_id":"(lookup\.choose-wijk[^"]*)","text":\{"type":"plain_text","text":"Wyckerpoort"[^}]*\},"value":"((?:[^"\\]|\\.)*)"/,
    );
    expect(wijkButton).not.toBeNull();
    const value = JSON.parse(`"${wijkButton![2]}"`) as string;
    const res = await signed(
      interaction(blockAction(wijkButton![1]!, value, slack.responseUrl("btn"))),
      FORM,
    );
    expect(res.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.path === "/respond/btn"), 10_000);
    const answer = slack.calls.find((c) => c.path === "/respond/btn")!;
    expect(answer.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(shown(answer.body)).toContain("Schuldhulpverlening (aanmelding en stabilisatie)");
  });

  it("opens a form as a modal from a button and saves its submission, shown literally", async () => {
    const view = await openModal("consult.agenda-add");
    expect(view.callback_id).toBe("consult-agenda-pc-001");
    expect(view.blocks.map((b) => b.block_id)).toEqual(["text"]);

    const item = "Pijnbestrijding <!channel> & *nacht*";
    const values = { text: { text: { type: "plain_text_input", value: item } } };
    const saved = await signed(
      interaction(asUser(viewSubmission(view.callback_id, view.private_metadata, values), GIJS)),
      FORM,
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toBe("");
    await slack.waitFor((calls) => calls.some((c) => c.method === "chat.postMessage"), 10_000);
    await settle();
    const consult = await app.db.prisma.consult.findUnique({
      where: { id: "pc-001" },
      include: { agenda: true },
    });
    expect(consult?.agenda.map((a) => a.text)).toContain(item);
    const posted = slack
      .callsTo("chat.postMessage")
      .map((c) => shown(c.body))
      .join("\n");
    expect(posted).toContain("Pijnbestrijding &lt;!channel&gt; &amp; ");
    expect(posted).not.toMatch(/<!channel>|(^|\s)\*nacht\*/);
  });

  it("shows the bot's refusal of a modal submission on the field that is wrong", async () => {
    const view = await openModal("consult.reschedule");
    expect(view.blocks.map((b) => b.block_id)).toEqual(["date", "time"]);
    const values = {
      date: { date: { type: "datepicker", selected_date: "2026-11-29" } },
      time: { time: { type: "timepicker", selected_time: "02:30" } },
    };
    const res = await signed(
      interaction(asUser(viewSubmission(view.callback_id, view.private_metadata, values), GIJS)),
      FORM,
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ response_action: "errors", errors: { time: expect.any(String) } });
  });

  describe("bad input (QUALITY.md)", () => {
    const body = () => slashCommand("wie doet schulden in Wyckerpoort", slack.responseUrl("bad"));

    it("refuses a request without a signature, with a wrong one, or with one byte changed: 401", async () => {
      const ts = String(Math.floor(Date.now() / 1000));
      const results = [
        await postSlack(url, { body: body(), contentType: FORM, signature: null }),
        await postSlack(url, { body: body(), contentType: FORM, secret: "wrong" }),
        await postSlack(url, {
          body: body().replace("schulden", "schuldeN"),
          contentType: FORM,
          timestamp: ts,
          signature: sign(SECRET, ts, body()),
        }),
      ];
      expect(results.map((r) => r.status)).toEqual([401, 401, 401]);
      await new Promise((r) => setTimeout(r, 200));
      expect(slack.calls).toEqual([]);
    });

    it("refuses a timestamp 10 minutes old or not a number: 401", async () => {
      const old = String(Math.floor(Date.now() / 1000) - 600);
      expect(
        (await postSlack(url, { body: body(), contentType: FORM, secret: SECRET, timestamp: old })).status,
      ).toBe(401);
      expect(
        (await postSlack(url, { body: body(), contentType: FORM, secret: SECRET, timestamp: "soon" })).status,
      ).toBe(401);
      expect(slack.calls).toEqual([]);
    });

    it("refuses a body of several MB before reading it: 413", async () => {
      const huge = `text=${"x".repeat(5 * 1024 * 1024)}`;
      expect((await postSlack(url, { body: huge, contentType: FORM, secret: SECRET })).status).toBe(413);
      const stored = await app.db.prisma.processedEvent.count();
      const res = await postSlack(url, { body: huge, contentType: FORM, secret: SECRET, chunked: true });
      expect(res.status).toBe(413);
      expect(await app.db.prisma.processedEvent.count()).toBe(stored);
      expect(slack.calls).toEqual([]);
    });
  });
});

interface CapturedView {
  callback_id: string;
  private_metadata: string;
  blocks: { block_id: string }[];
}

/** Gijs (organiser of consult pc-001) presses one of its form buttons in his DM. */
async function openModal(intent: string): Promise<CapturedView> {
  const press = blockAction(intent, '{"consultId":"pc-001"}', slack.responseUrl("form"), dmContainer());
  expect((await signed(interaction(asUser(press, GIJS)), FORM)).status).toBe(200);
  await slack.waitFor((calls) => calls.some((c) => c.method === "views.open"), 10_000);
  const view = slack.callsTo("views.open")[0]!.body.view as CapturedView;
  slack.calls.length = 0;
  return view;
}

function dmContainer(): Record<string, unknown> {
  return { type: "message", message_ts: "1763900000.000100", channel_id: "D0USERDM", is_ephemeral: false };
}

/** The payload as sent by another Slack user. */
function asUser<T extends Record<string, unknown>>(payload: T, userId: string): T {
  return {
    ...payload,
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: TEAM },
  };
}
