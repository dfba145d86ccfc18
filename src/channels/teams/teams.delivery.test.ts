import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../core/shared/app-error.js";
import type { DeliveryTarget } from "../channel.js";
import { type FakeConnector, startFakeConnector } from "./fake-connector.test-support.js";
import { withRetry } from "./teams.delivery.js";
import { startTeamsHarness, type TeamsHarness, textMessage } from "./teams-harness.test-support.js";

let connector: FakeConnector;
let teams: TeamsHarness;
let sleeps: number[];

beforeEach(async () => {
  connector = await startFakeConnector();
  sleeps = [];
  teams = await startTeamsHarness(
    { TEAMS_DEV_MODE: "true" },
    { retry: { attempts: 3, baseMs: 1000, sleep: async (ms) => void sleeps.push(ms), random: () => 1 } },
  );
});

afterEach(async () => {
  await teams.close();
  await connector.close();
});

function target(conversationId?: string): DeliveryTarget {
  const ref: Record<string, unknown> = {
    serviceUrl: connector.url,
    tenantId: "tenant-1",
    bot: { id: "28:wijkbot", name: "Wijkbot" },
    user: { id: "29:anna", aadObjectId: "aad-anna" },
  };
  if (conversationId) ref.conversationId = conversationId;
  return { tenant: "tenant-1", externalId: "aad-anna", conversationRef: ref };
}

describe("Teams proactive delivery", () => {
  it("sends the card into the stored personal chat", async () => {
    await teams.channel.deliver!(
      target("a:personal-anna"),
      textMessage("Overdracht geaccepteerd", "private"),
    );
    const sent = connector.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversationId).toBe("a:personal-anna");
    expect(sent[0]?.activity).toMatchObject({ type: "message", summary: "Overdracht geaccepteerd" });
    expect(JSON.stringify(sent[0]?.activity)).toContain("application/vnd.microsoft.card.adaptive");
  });

  it("opens the personal chat first when only a channel was known, and stores it", async () => {
    await teams.channel.deliver!(target(), textMessage("Herinnering"));
    const create = connector.calls.find((c) => c.path === "/v3/conversations");
    expect(create?.body).toMatchObject({
      isGroup: false,
      members: [{ id: "29:anna" }],
      tenantId: "tenant-1",
    });
    const sent = connector.sent();
    expect(sent[0]?.conversationId).toMatch(/^a:personal-/);
    expect(teams.conversations.saved.get("teams|tenant-1|aad-anna")).toMatchObject({
      conversationId: sent[0]?.conversationId,
    });
  });

  it("retries a 412 with backoff and then succeeds", async () => {
    connector.failNext({ status: 412 }, { status: 412 });
    await teams.channel.deliver!(target("a:personal-anna"), textMessage("Digest"));
    expect(connector.sent()).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it("rethrows a persistent 429 after botbuilder's own retries, so the outbox retries later", async () => {
    connector.failNext(...Array.from({ length: 4 }, () => ({ status: 429, retryAfter: 0 })));
    const failure = await teams.channel.deliver!(target("a:personal-anna"), textMessage("x")).catch((e) => e);
    expect(failure).toMatchObject({ statusCode: 429 });
    expect(connector.sent()).toHaveLength(4);
    expect(sleeps).toEqual([]);
  });

  it("rethrows a persistent 5xx", async () => {
    connector.failNext(...Array.from({ length: 4 }, () => ({ status: 503, retryAfter: 0 })));
    const failure = await teams.channel.deliver!(target("a:personal-anna"), textMessage("x")).catch((e) => e);
    expect(failure).toMatchObject({ statusCode: 503 });
  });

  it("refuses a stored reference it cannot use", async () => {
    const bad = { tenant: "t", externalId: "x", conversationRef: { serviceUrl: "not a url" } };
    await expect(teams.channel.deliver!(bad, textMessage("x"))).rejects.toBeInstanceOf(AppError);
    expect(connector.calls).toHaveLength(0);
  });
});

describe("withRetry", () => {
  const options = { attempts: 4, baseMs: 100, maxMs: 250, random: () => 0 };

  it("does not retry what is not retryable", async () => {
    const slept: number[] = [];
    let calls = 0;
    const failure = await withRetry(
      async () => {
        calls += 1;
        throw Object.assign(new Error("forbidden"), { statusCode: 403 });
      },
      { ...options, sleep: async (ms) => void slept.push(ms) },
    ).catch((e) => e);
    expect(failure).toMatchObject({ statusCode: 403 });
    expect(calls).toBe(1);
    expect(slept).toEqual([]);
  });

  it("caps the backoff and gives up after the last attempt", async () => {
    const slept: number[] = [];
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw Object.assign(new Error("precondition"), { statusCode: 412 });
        },
        { ...options, sleep: async (ms) => void slept.push(ms) },
      ),
    ).rejects.toThrow("precondition");
    expect(calls).toBe(4);
    expect(slept).toEqual([50, 100, 125]);
  });
});
