import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../core/shared/app-error.js";
import { errorText } from "../../views/error-text.js";
import type { Message } from "../../views/message.js";
import { type FakeConnector, startFakeConnector } from "./fake-connector.test-support.js";
import {
  botAddedActivity,
  executeActivity,
  mentionActivity,
  messageActivity,
  queryActivity,
  TENANT,
  USER,
} from "./teams-activities.test-support.js";
import { startTeamsHarness, type TeamsHarness, textMessage } from "./teams-harness.test-support.js";

let connector: FakeConnector;
let teams: TeamsHarness;
let where: { serviceUrl: string };

beforeEach(async () => {
  connector = await startFakeConnector();
  teams = await startTeamsHarness({ TEAMS_DEV_MODE: "true" });
  where = { serviceUrl: connector.url };
});

afterEach(async () => {
  await teams.close();
  await connector.close();
});

function cardOf(activity: Record<string, unknown>): Record<string, unknown> {
  const attachments = activity.attachments as { contentType: string; content: Record<string, unknown> }[];
  expect(attachments[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
  return attachments[0]!.content;
}

const accountKey = `teams|${TENANT}|${USER.aadObjectId}`;

describe("Teams messages", () => {
  it("answers a personal message with an Adaptive Card and remembers the personal chat", async () => {
    const res = await teams.post(
      messageActivity({ ...where, locale: "en-US" }, "wie doet schulden in Wyckerpoort"),
    );
    expect(res.status).toBe(200);
    expect(teams.bot.texts).toEqual([
      {
        turn: {
          account: { channel: "teams", tenant: TENANT, externalId: "aad-anna", tenantVouched: true },
          place: "personal",
          platformLang: "en",
        },
        text: "wie doet schulden in Wyckerpoort",
      },
    ]);
    const sent = connector.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversationId).toBe("a:personal-anna");
    expect(cardOf(sent[0]!.activity)).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(teams.conversations.saved.get(accountKey)).toEqual({
      serviceUrl: connector.url,
      tenantId: TENANT,
      conversationId: "a:personal-anna",
      bot: { id: "28:wijkbot", name: "Wijkbot" },
      user: { id: USER.id, aadObjectId: USER.aadObjectId },
    });
  });

  it("strips the bot's mention in a channel and answers there as a shared turn", async () => {
    await teams.post(mentionActivity(where, "overzicht Wyckerpoort"));
    expect(teams.bot.texts[0]?.text).toBe("overzicht Wyckerpoort");
    expect(teams.bot.texts[0]?.turn.place).toBe("shared");
    const sent = connector.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversationId).toContain("19:channel@thread.tacv2");
    // Known from a channel only: no personal conversation id is stored.
    expect(teams.conversations.saved.get(accountKey)).not.toHaveProperty("conversationId");
  });

  it("sends a private answer to the personal chat and only a notice in the channel", async () => {
    teams.bot.answer = () => [textMessage("telefoon 06-1234", "private")];
    await teams.post(mentionActivity(where, "casus WYC-014"));
    const created = connector.calls.find((c) => c.method === "POST" && c.path === "/v3/conversations");
    expect(created?.body).toMatchObject({ isGroup: false, members: [{ id: USER.id }], tenantId: TENANT });
    const sent = connector.sent();
    expect(sent).toHaveLength(2);
    expect(sent[0]?.conversationId).toMatch(/^a:personal-/);
    expect(JSON.stringify(sent[0]?.activity)).toContain("telefoon 06-1234");
    expect(sent[1]?.conversationId).toContain("19:channel");
    expect(sent[1]?.activity.text).toBe("Ik heb je het antwoord in een persoonlijke chat gestuurd.");
    expect(JSON.stringify(sent[1]?.activity)).not.toContain("06-1234");
    expect(teams.conversations.saved.get(accountKey)).toMatchObject({
      conversationId: sent[0]?.conversationId,
    });
  });

  it("handles a redelivered message once", async () => {
    const activity = messageActivity(where, "help");
    await teams.post(activity);
    await teams.post(activity);
    expect(teams.bot.texts).toHaveLength(1);
    expect(connector.sent()).toHaveLength(1);
  });

  it("says one friendly line when the bot fails, and lets a redelivery try again", async () => {
    teams.bot.failWith = new Error("database down for Anna de Vries");
    const activity = messageActivity(where, "help");
    const res = await teams.post(activity);
    expect(res.status).toBe(200);
    expect(connector.sent().map((s) => s.activity.text)).toEqual([
      "Er ging iets mis aan onze kant. Probeer het zo nog eens; het is gelogd.",
    ]);
    teams.bot.failWith = undefined;
    await teams.post(activity);
    expect(teams.bot.texts).toHaveLength(2);
  });

  it("says the text of the error's code when the database is away, as every channel does", async () => {
    const outage = new AppError("DATABASE_UNAVAILABLE", "database unavailable");
    teams.bot.failWith = outage;
    await teams.post(messageActivity(where, "help"));
    expect(connector.sent().map((s) => s.activity.text)).toEqual([errorText("nl", outage)]);
    expect(errorText("nl", outage)).toBe(
      "Wijkbot kan de gegevens nu niet bereiken. Probeer het over een minuut opnieuw.",
    );
  });

  it("greets on a personal install with the help text and remembers the chat", async () => {
    await teams.post(botAddedActivity(where));
    expect(teams.bot.texts.map((t) => t.text)).toEqual(["help"]);
    expect(connector.sent()).toHaveLength(1);
    expect(teams.conversations.saved.get(accountKey)).toMatchObject({ conversationId: "a:personal-anna" });
  });

  it("does not greet when added to a team", async () => {
    await teams.post(botAddedActivity({ ...where, conversation: "channel" }));
    expect(teams.bot.texts).toHaveLength(0);
    expect(teams.conversations.saved.has(accountKey)).toBe(true);
  });
});

describe("Teams card actions (Action.Execute)", () => {
  const update: Message = {
    lang: "nl",
    summary: "Overdracht geaccepteerd",
    blocks: [{ type: "heading", text: "Geaccepteerd door Anna" }],
    visibility: "shared",
  };

  it("passes verb and data to the bot and returns the refreshed card in the invoke response", async () => {
    teams.bot.actionResult = { replies: [], update };
    const res = await teams.post(executeActivity(where, "handover.accept", { handoverId: "h1", n: 3 }));
    expect(res.status).toBe(200);
    expect(teams.bot.actions[0]).toMatchObject({
      intent: "handover.accept",
      data: { handoverId: "h1", n: "3" },
    });
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
      value: { type: "AdaptiveCard", body: [{ inlines: [{ text: "Geaccepteerd door Anna" }] }] },
    });
  });

  it("refreshes the card for everyone in a channel", async () => {
    teams.bot.actionResult = { replies: [], update };
    await teams.post(
      executeActivity({ ...where, conversation: "channel" }, "consult.vote", { slot: "s1" }, "card-9"),
    );
    const put = connector.calls.find((c) => c.method === "PUT");
    expect(put?.path).toMatch(/\/activities\/card-9$/);
    expect(JSON.stringify(put?.body)).toContain("Geaccepteerd door Anna");
  });

  it("sends replies as messages and confirms briefly when there is no update", async () => {
    teams.bot.actionResult = { replies: [textMessage("formulier")] };
    const res = await teams.post(executeActivity(where, "handover.start", { serviceId: "s1" }));
    expect(res.body).toEqual({
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: "Verwerkt.",
    });
    expect(connector.sent()).toHaveLength(1);
  });

  it("acts once on a redelivered invoke", async () => {
    teams.bot.actionResult = { replies: [], update };
    const activity = executeActivity(where, "handover.accept", { handoverId: "h1" });
    await teams.post(activity);
    const again = await teams.post(activity);
    expect(teams.bot.actions).toHaveLength(1);
    expect(again.body).toMatchObject({ value: "Dit is al verwerkt." });
  });

  it("answers a failing action with a friendly message in the invoke response", async () => {
    teams.bot.failWith = new Error("boom");
    const res = await teams.post(executeActivity(where, "handover.accept", { handoverId: "h1" }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      value: "Er ging iets mis aan onze kant. Probeer het zo nog eens; het is gelogd.",
    });
  });
});

describe("Teams message extension (composeExtension/query)", () => {
  it("turns the search text into a lookup and offers the answers as cards to insert", async () => {
    const res = await teams.post(queryActivity(where, "schulden in Wyckerpoort"));
    expect(res.status).toBe(200);
    expect(teams.bot.texts[0]).toMatchObject({
      text: "wie doet schulden in Wyckerpoort",
      turn: { place: "shared" },
    });
    const result = (res.body as { composeExtension: Record<string, unknown> }).composeExtension;
    expect(result).toMatchObject({ type: "result", attachmentLayout: "list" });
    const attachment = (result.attachments as Record<string, unknown>[])[0];
    expect(attachment).toMatchObject({
      contentType: "application/vnd.microsoft.card.adaptive",
      preview: { contentType: "application/vnd.microsoft.card.thumbnail" },
    });
  });

  it("never offers a private answer for insertion", async () => {
    teams.bot.answer = () => [textMessage("06-1234", "private")];
    const res = await teams.post(queryActivity(where, "casus WYC-014"));
    expect(JSON.stringify(res.body)).not.toContain("06-1234");
    expect(res.body).toMatchObject({ composeExtension: { type: "message" } });
  });
});

describe("Teams development mode", () => {
  it("refuses a body that is not an activity", async () => {
    expect((await teams.post({ hello: "world" })).status).toBe(400);
  });
});
