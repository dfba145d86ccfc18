import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Message } from "../../views/message.js";
import { HOME_INTENT } from "./conversation.listeners.js";
import { plainMessage, SECRET, type SlackHarness, startSlackHarness } from "./slack-harness.test-support.js";
import {
  blockAction,
  directMessageEvent,
  eventCallback,
  interaction,
  mentionEvent,
  postSlack,
  slashCommand,
  TEAM,
  USER,
  viewSubmission,
} from "./slack-request.test-support.js";

const JSON_TYPE = "application/json" as const;
const FORM_TYPE = "application/x-www-form-urlencoded" as const;

const lookupAnswer: Message = {
  lang: "nl",
  summary: "Schuldhulp in Wyckerpoort",
  visibility: "shared",
  blocks: [
    { type: "heading", text: "Schulden in Wyckerpoort" },
    {
      type: "text",
      content: [
        { kind: "strong", text: "Schuldhulp Maastricht" },
        " — ",
        { kind: "person", professionalId: "p1", name: "Anna", chatIds: { slack: "U0ANNA" } },
      ],
    },
    {
      type: "actions",
      actions: [{ intent: "handover.start", label: "Warme overdracht starten", data: { serviceId: "s1" } }],
    },
  ],
};

describe("Slack channel over HTTP (Bolt's real code path)", () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const post = (
    body: string,
    contentType: typeof JSON_TYPE | typeof FORM_TYPE,
    headers?: Record<string, string>,
  ) => postSlack(h.url, { body, contentType, secret: SECRET, ...(headers ? { headers } : {}) });

  it("answers /wijk ephemerally through the response_url", async () => {
    h.bot.answerText = () => [lookupAnswer];
    const res = await post(
      slashCommand("wie doet schulden in Wyckerpoort", h.slack.responseUrl("slash")),
      FORM_TYPE,
    );
    expect(res.status).toBe(200);
    await h.slack.waitFor((calls) => calls.length === 1);
    expect(h.bot.texts).toEqual([
      {
        turn: { account: { channel: "slack", tenant: TEAM, externalId: USER }, place: "personal" },
        text: "wie doet schulden in Wyckerpoort",
      },
    ]);
    const [call] = h.slack.calls;
    expect(call!.path).toBe("/respond/slash");
    expect(call!.body).toMatchObject({ response_type: "ephemeral", text: "Schuldhulp in Wyckerpoort" });
    expect(JSON.stringify(call!.body.blocks)).toContain("<@U0ANNA>");
    expect(JSON.stringify(call!.body.blocks)).toContain('"action_id":"handover.start"');
  });

  it("decodes Slack's entities in command text and asks for help on an empty /wijk", async () => {
    await post(slashCommand("schulden &amp; werk &lt;Wyck&gt;", h.slack.responseUrl()), FORM_TYPE);
    await post(slashCommand("", h.slack.responseUrl()), FORM_TYPE);
    await h.slack.waitFor(() => h.bot.texts.length === 2);
    expect(h.bot.texts.map((t) => t.text).sort()).toEqual(["help", "schulden & werk <Wyck>"]);
  });

  it("opens a form from /wijk as a modal with the command's trigger_id", async () => {
    h.bot.answerText = () => [
      {
        ...plainMessage("Formulier"),
        blocks: [
          {
            type: "form",
            form: {
              id: "handover.request",
              title: "Overdracht",
              fields: [],
              submit: { intent: "handover.submit", label: "Versturen", data: { serviceId: "s1" } },
            },
          },
        ],
      },
    ];
    await post(slashCommand("overdracht", h.slack.responseUrl()), FORM_TYPE);
    await h.slack.waitFor((calls) => calls.length === 1);
    const [open] = h.slack.callsTo("views.open");
    expect(open!.body.trigger_id).toBe("13345224609.738474920.8088930838d88f008e0");
    expect(open!.body.view).toMatchObject({ type: "modal", callback_id: "handover.request" });
  });

  it("answers a mention in the thread, with the mention of the bot removed", async () => {
    h.bot.answerText = () => [lookupAnswer];
    const res = await post(
      eventCallback("Ev0MENTION", mentionEvent("<@UBOT> wie doet schulden in Wyckerpoort")),
      JSON_TYPE,
    );
    expect(res.status).toBe(200);
    await h.slack.waitFor((calls) => calls.length === 1);
    expect(h.bot.texts[0]).toMatchObject({
      text: "wie doet schulden in Wyckerpoort",
      turn: { place: "shared" },
    });
    const [call] = h.slack.callsTo("chat.postMessage");
    expect(call!.body).toMatchObject({
      channel: "C0WIJK",
      thread_ts: "1763900000.000100",
      text: "Schuldhulp in Wyckerpoort",
    });
    expect(call!.headers.authorization).toBe("Bearer xoxb-test-token");
  });

  it("never posts a private answer into the channel: it goes ephemerally to the one who asked", async () => {
    h.bot.answerText = () => [plainMessage("Bel 06-12345678", "private")];
    await post(eventCallback("Ev0PRIVATE", mentionEvent("<@UBOT> casus WYC-014")), JSON_TYPE);
    // The answer goes ephemerally; the channel gets only one neutral line, never the answer.
    await h.slack.waitFor((calls) => calls.length === 2);
    expect(h.slack.callsTo("chat.postEphemeral")[0]!.body).toMatchObject({
      channel: "C0WIJK",
      user: USER,
      text: "Bel 06-12345678",
    });
    const shared = h.slack.callsTo("chat.postMessage");
    expect(shared).toHaveLength(1);
    expect(JSON.stringify(shared[0]!.body)).not.toContain("06-12345678");
  });

  it("answers a direct message in the DM", async () => {
    h.bot.answerText = () => [plainMessage("Hallo")];
    await post(eventCallback("Ev0DM", directMessageEvent("help")), JSON_TYPE);
    await h.slack.waitFor((calls) => calls.length === 1);
    expect(h.bot.texts[0]).toMatchObject({ text: "help", turn: { place: "personal" } });
    expect(h.slack.calls[0]!.method).toBe("chat.postMessage");
    expect(h.slack.calls[0]!.body).toMatchObject({ channel: "D0USERDM", text: "Hallo" });
  });

  it("ignores edited messages and messages from bots", async () => {
    await post(
      eventCallback("Ev0EDIT", { ...directMessageEvent("x"), subtype: "message_changed" }),
      JSON_TYPE,
    );
    await post(
      eventCallback("Ev0BOT", { ...directMessageEvent("x"), user: "UBOT", bot_id: "BBOT" }),
      JSON_TYPE,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(h.bot.calls).toBe(0);
    expect(h.events.status.get("Ev0EDIT")).toBe("done");
    expect(h.events.status.get("Ev0BOT")).toBe("done");
  });

  it("handles the same event delivered three times once", async () => {
    const body = eventCallback("Ev0RETRY", directMessageEvent("help"));
    const statuses = [];
    statuses.push((await post(body, JSON_TYPE)).status);
    await h.slack.waitFor((calls) => calls.length === 1);
    for (const n of ["1", "2"]) {
      statuses.push(
        (await post(body, JSON_TYPE, { "x-slack-retry-num": n, "x-slack-retry-reason": "http_timeout" }))
          .status,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(statuses).toEqual([200, 200, 200]);
    expect(h.bot.calls).toBe(1);
    expect(h.slack.calls).toHaveLength(1);
    expect(h.events.status.get("Ev0RETRY")).toBe("done");
  });

  it("handles the retry of an event whose handling failed, and tells the user once per failure", async () => {
    let fail = true;
    h.bot.answerText = () => {
      if (fail) throw new Error("database away");
      return [plainMessage("gelukt")];
    };
    const body = eventCallback("Ev0FAILS", directMessageEvent("help"));
    await post(body, JSON_TYPE);
    await h.slack.waitFor(() => h.events.status.get("Ev0FAILS") === "failed");
    await h.slack.waitFor((calls) => calls.length === 1);
    expect(h.slack.calls[0]!.body.text).toBe(
      "Er ging iets mis aan onze kant. Probeer het zo nog eens; het is gelogd.",
    );
    fail = false;
    await post(body, JSON_TYPE, { "x-slack-retry-num": "1" });
    await h.slack.waitFor(() => h.events.status.get("Ev0FAILS") === "done");
    expect(h.bot.calls).toBe(2);
    expect(h.slack.calls.map((c) => c.body.text)).toEqual([
      "Er ging iets mis aan onze kant. Probeer het zo nog eens; het is gelogd.",
      "gelukt",
    ]);
  });

  it("answers 503 when the event log is down, so that Slack retries", async () => {
    h.events.claim = async () => {
      throw new Error("connection refused");
    };
    const res = await post(eventCallback("Ev0DBDOWN", directMessageEvent("help")), JSON_TYPE);
    expect(res.status).toBe(503);
    expect(h.bot.calls).toBe(0);
  });

  it("passes a button's intent and data to the bot and replaces the message with the update", async () => {
    h.bot.answerAction = () => ({
      replies: [plainMessage("Overdracht gestart")],
      update: plainMessage("Bijgewerkt"),
    });
    const body = interaction(
      blockAction("handover.start~2", '{"serviceId":"s1"}', h.slack.responseUrl("btn")),
    );
    expect((await post(body, FORM_TYPE)).status).toBe(200);
    await h.slack.waitFor((calls) => calls.length === 2);
    expect(h.bot.actions).toEqual([
      {
        // The message with the button is in a channel: the bot must keep case data private there.
        turn: { account: { channel: "slack", tenant: TEAM, externalId: USER }, place: "shared" },
        intent: "handover.start",
        data: { serviceId: "s1" },
      },
    ]);
    expect(
      h.slack.calls.map((c) => [c.path, c.body.replace_original, c.body.response_type, c.body.text]),
    ).toEqual([
      ["/respond/btn", true, undefined, "Bijgewerkt"],
      ["/respond/btn", false, "ephemeral", "Overdracht gestart"],
    ]);
  });

  it("does not let a private update replace a message the whole channel sees", async () => {
    h.bot.answerAction = () => ({ replies: [], update: plainMessage("Telefoon 06-1", "private") });
    await post(interaction(blockAction("handover.accept", '{"id":"h1"}', h.slack.responseUrl())), FORM_TYPE);
    await h.slack.waitFor((calls) => calls.length === 1);
    expect(h.slack.calls[0]!.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
  });

  it("refuses a button whose value is not the data it rendered, telling the user", async () => {
    await post(
      interaction(blockAction("handover.start", '{"serviceId":7}', h.slack.responseUrl())),
      FORM_TYPE,
    );
    await h.slack.waitFor((calls) => calls.length === 1);
    expect(h.bot.calls).toBe(0);
    expect(h.slack.calls[0]!.body.text).toBe(
      "Er ging iets mis aan onze kant. Probeer het zo nog eens; het is gelogd.",
    );
  });

  it("opens the form carried by an open-form button as a modal", async () => {
    const form = {
      id: "consult.plan",
      title: "Consult plannen",
      fields: [],
      submit: { intent: "consult.create", label: "Plannen", data: {} },
    };
    await post(
      interaction(
        blockAction("slack.open_form", JSON.stringify({ lang: "en", form }), h.slack.responseUrl()),
      ),
      FORM_TYPE,
    );
    await h.slack.waitFor((calls) => calls.length === 1);
    expect(h.bot.calls).toBe(0);
    expect(h.slack.calls[0]!.method).toBe("views.open");
    expect(h.slack.calls[0]!.body.view).toMatchObject({
      callback_id: "consult.plan",
      close: { text: "Cancel" },
    });
  });

  it("submits a modal: metadata and field values become the action's data, answers go to the DM", async () => {
    h.bot.answerAction = () => ({ replies: [plainMessage("Verstuurd")] });
    const meta = JSON.stringify({ intent: "handover.submit", data: { serviceId: "s1" }, lang: "nl" });
    const values = { reason: { reason: { type: "plain_text_input", value: "Schulden en <!channel>" } } };
    const res = await post(interaction(viewSubmission("handover.request", meta, values)), FORM_TYPE);
    expect(res.status).toBe(200);
    expect(res.body).toBe("");
    await h.slack.waitFor((calls) => calls.length === 2);
    expect(h.bot.actions[0]).toMatchObject({
      intent: "handover.submit",
      data: { serviceId: "s1", reason: "Schulden en <!channel>" },
    });
    expect(h.slack.calls.map((c) => c.method)).toEqual(["conversations.open", "chat.postMessage"]);
    expect(h.slack.calls[0]!.body.users).toBe(USER);
  });

  it("shows the bot's validation errors on the field of the modal", async () => {
    h.bot.answerAction = () => ({
      replies: [
        {
          ...plainMessage("Fout"),
          blocks: [
            {
              type: "form",
              form: {
                id: "handover.request",
                title: "Overdracht",
                fields: [],
                submit: { intent: "handover.submit", label: "Versturen", data: {} },
                errors: { reason: "Vul de vraag in" },
              },
            },
          ],
        },
      ],
    });
    const meta = JSON.stringify({ intent: "handover.submit", data: {}, lang: "nl" });
    const res = await post(
      interaction(
        viewSubmission("handover.request", meta, {
          reason: { reason: { type: "plain_text_input", value: "" } },
        }),
      ),
      FORM_TYPE,
    );
    expect(JSON.parse(res.body)).toEqual({
      response_action: "errors",
      errors: { reason: "Vul de vraag in" },
    });
    expect(h.slack.calls).toEqual([]);
  });

  it("publishes the App Home tab from the bot's answer to HOME_INTENT", async () => {
    h.bot.answerAction = () => ({ replies: [plainMessage("Mijn overdrachten")] });
    await post(
      eventCallback("Ev0HOME", {
        type: "app_home_opened",
        user: USER,
        channel: "D0USERDM",
        tab: "home",
        event_ts: "1763900000.000100",
      }),
      JSON_TYPE,
    );
    await h.slack.waitFor((calls) => calls.length === 1);
    expect(h.bot.actions[0]?.intent).toBe(HOME_INTENT);
    expect(h.slack.calls[0]).toMatchObject({
      method: "views.publish",
      body: { user_id: USER, view: { type: "home" } },
    });
  });

  it("remembers the DM when the Messages tab is opened, and delivers there without opening it", async () => {
    const opened = {
      type: "app_home_opened",
      user: USER,
      channel: "D0USERDM",
      tab: "messages",
      event_ts: "1763900000.1",
    };
    await post(eventCallback("Ev0MSGTAB", opened), JSON_TYPE);
    await h.slack.waitFor(() => h.events.status.get("Ev0MSGTAB") === "done");
    expect(h.saved).toEqual([
      { account: { channel: "slack", tenant: TEAM, externalId: USER }, ref: { dmChannel: "D0USERDM" } },
    ]);
    expect(h.bot.calls).toBe(0);
    await h.channel.deliver!(
      { tenant: TEAM, externalId: USER, conversationRef: h.saved[0]!.ref },
      plainMessage("Herinnering"),
    );
    expect(h.slack.calls.map((c) => [c.method, c.body.channel, c.body.text])).toEqual([
      ["chat.postMessage", "D0USERDM", "Herinnering"],
    ]);
  });

  it("delivers an outbox notification to the user's DM, opening it first when unknown", async () => {
    await h.channel.deliver!(
      { tenant: TEAM, externalId: USER, conversationRef: null },
      plainMessage("Overdracht geaccepteerd"),
    );
    expect(h.slack.calls.map((c) => c.method)).toEqual(["conversations.open", "chat.postMessage"]);
    expect(h.slack.calls[0]!.body.users).toBe(USER);
    expect(h.slack.calls[1]!.body).toMatchObject({ channel: "D0USERDM", text: "Overdracht geaccepteerd" });
  });

  it("asks the bot about a message through the message shortcut", async () => {
    const shortcut = {
      type: "message_action",
      callback_id: "wijkbot_ask",
      trigger_id: "1334.5.f00",
      response_url: h.slack.responseUrl("sc"),
      team: { id: TEAM, domain: "wijknetwerk" },
      user: { id: USER, username: "alice", team_id: TEAM },
      channel: { id: "C0WIJK", name: "wijkteam" },
      message: {
        type: "message",
        user: "U0BOB",
        ts: "1763900000.000100",
        text: "wie doet schulden in Wyckerpoort?",
      },
      message_ts: "1763900000.000100",
      action_ts: "1763900001.000000",
      token: "legacy-verification-token",
      is_enterprise_install: false,
    };
    await post(interaction(shortcut), FORM_TYPE);
    await h.slack.waitFor((calls) => calls.length === 1);
    expect(h.bot.texts[0]!.text).toBe("wie doet schulden in Wyckerpoort?");
    expect(h.slack.calls[0]).toMatchObject({ path: "/respond/sc", body: { response_type: "ephemeral" } });
  });

  it("waits out HTTP 429 for Retry-After and then delivers", async () => {
    let limited = false;
    h.slack.override((call) => {
      if (call.method !== "chat.postMessage" || limited) return undefined;
      limited = true;
      return { status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } };
    });
    const started = Date.now();
    await post(eventCallback("Ev0LIMIT", directMessageEvent("help")), JSON_TYPE);
    await h.slack.waitFor((calls) => calls.filter((c) => c.method === "chat.postMessage").length === 2, 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    await h.slack.waitFor(() => h.events.status.get("Ev0LIMIT") === "done");
  });
});
