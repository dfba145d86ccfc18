import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SECRET, type SlackHarness, startSlackHarness } from "./slack-harness.test-support.js";
import { eventCallback, mentionEvent, postSlack, sign, slashCommand } from "./slack-request.test-support.js";

const NOW_MS = Date.parse("2026-11-23T09:00:00Z");
const NOW_S = String(NOW_MS / 1000);

describe("Slack request verification", () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness({ now: () => NOW_MS, maxBodyBytes: 64 * 1024 });
  });
  afterEach(async () => {
    await h.close();
  });

  const form = "application/x-www-form-urlencoded" as const;
  const body = () => slashCommand("wie doet schulden in Wyckerpoort", h.slack.responseUrl());

  function expectNothingHappened() {
    expect(h.bot.calls).toBe(0);
    expect(h.events.claims).toBe(0);
    expect(h.slack.calls).toEqual([]);
  }

  it("accepts a correctly signed slash command", async () => {
    const res = await postSlack(h.url, { body: body(), contentType: form, secret: SECRET, timestamp: NOW_S });
    expect(res.status).toBe(200);
    await h.slack.waitFor(() => h.bot.calls === 1);
    expect(h.bot.texts[0]?.text).toBe("wie doet schulden in Wyckerpoort");
  });

  it("answers Slack's unsigned ssl_check probe with 200 and does nothing else (issue #15)", async () => {
    const res = await postSlack(h.url, {
      body: "ssl_check=1&token=legacy-verification-token",
      contentType: form,
      signature: null,
    });
    expect(res.status).toBe(200);
    expectNothingHappened();
  });

  it("does not let ssl_check carry a command past the signature check", async () => {
    const res = await postSlack(h.url, {
      body: `ssl_check=1&${body()}`,
      contentType: form,
      signature: null,
      timestamp: NOW_S,
    });
    expect(res.status).toBe(401);
    expectNothingHappened();
  });

  it("rejects a request without a signature with 401", async () => {
    const res = await postSlack(h.url, {
      body: body(),
      contentType: form,
      timestamp: NOW_S,
      signature: null,
    });
    expect(res.status).toBe(401);
    expectNothingHappened();
  });

  it("rejects a wrong signature with 401", async () => {
    const res = await postSlack(h.url, {
      body: body(),
      contentType: form,
      secret: "another-secret",
      timestamp: NOW_S,
    });
    expect(res.status).toBe(401);
    expectNothingHappened();
  });

  it("rejects a body changed by one byte after signing with 401", async () => {
    const original = body();
    const signature = sign(SECRET, NOW_S, original);
    const changed = original.replace("Wyckerpoort", "Wyckerpoorx");
    expect(changed.length).toBe(original.length);
    const res = await postSlack(h.url, { body: changed, contentType: form, timestamp: NOW_S, signature });
    expect(res.status).toBe(401);
    expectNothingHappened();
  });

  it("rejects a timestamp 10 minutes old with 401, even when signed", async () => {
    const old = String(NOW_MS / 1000 - 600);
    const res = await postSlack(h.url, { body: body(), contentType: form, secret: SECRET, timestamp: old });
    expect(res.status).toBe(401);
    expectNothingHappened();
  });

  it("rejects a timestamp 10 minutes in the future with 401", async () => {
    const future = String(NOW_MS / 1000 + 600);
    const res = await postSlack(h.url, {
      body: body(),
      contentType: form,
      secret: SECRET,
      timestamp: future,
    });
    expect(res.status).toBe(401);
    expectNothingHappened();
  });

  it("accepts a timestamp 4 minutes away in either direction", async () => {
    for (const skew of [-240, 240]) {
      const ts = String(NOW_MS / 1000 + skew);
      const res = await postSlack(h.url, { body: body(), contentType: form, secret: SECRET, timestamp: ts });
      expect(res.status).toBe(200);
    }
  });

  it("rejects a timestamp that is not a number with 401", async () => {
    for (const ts of ["soon", "", "1.5e9", "-1763888400"]) {
      const res = await postSlack(h.url, { body: body(), contentType: form, secret: SECRET, timestamp: ts });
      expect(res.status).toBe(401);
    }
    expectNothingHappened();
  });

  it("rejects a body of several MB with 413 from its content-length", async () => {
    const huge = "a=".concat("x".repeat(3 * 1024 * 1024));
    const res = await postSlack(h.url, { body: huge, contentType: form, secret: SECRET, timestamp: NOW_S });
    expect(res.status).toBe(413);
    expectNothingHappened();
  });

  it("rejects a large body sent without content-length with 413 while streaming", async () => {
    const huge = Buffer.alloc(512 * 1024, "x");
    const res = await postSlack(h.url, {
      body: huge,
      contentType: form,
      secret: SECRET,
      timestamp: NOW_S,
      chunked: true,
    });
    expect(res.status).toBe(413);
    expectNothingHappened();
  });

  it("stores nothing for an unsigned event", async () => {
    const event = eventCallback("Ev0UNSIGNED", mentionEvent("<@UBOT> help"));
    const res = await postSlack(h.url, {
      body: event,
      contentType: "application/json",
      signature: "v0=".concat("0".repeat(64)),
      timestamp: NOW_S,
    });
    expect(res.status).toBe(401);
    expectNothingHappened();
    expect(h.events.status.size).toBe(0);
  });
});
