import express from "express";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../config.js";
import { FakeClock } from "../../core/shared/clock.js";
import { silentLogger } from "../../logging.js";
import { createSlackChannel } from "./slack.channel.js";
import { FakeBot, MemoryEventLog } from "./slack-harness.test-support.js";

function deps(env: Record<string, string>) {
  const parsed = parseConfig({ NODE_ENV: "test", ...env });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return {
    bot: new FakeBot(),
    config: parsed.config,
    logger: silentLogger,
    clock: new FakeClock("2026-11-23T09:00:00Z"),
    events: new MemoryEventLog(),
    conversations: { save: async () => {} },
  };
}

describe("createSlackChannel configuration", () => {
  it("in Socket Mode adds no HTTP route to the shared server", () => {
    const channel = createSlackChannel(
      deps({
        SLACK_SIGNING_SECRET: "s",
        SLACK_BOT_TOKEN: "xoxb-1",
        SLACK_SOCKET_MODE: "true",
        SLACK_APP_TOKEN: "xapp-1",
      }),
    );
    const app = express();
    const before = app.router.stack.length;
    channel.mount(app);
    expect(channel.name).toBe("slack");
    expect(app.router.stack.length).toBe(before);
  });

  it("in HTTP mode mounts /slack/events", () => {
    const channel = createSlackChannel(deps({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" }));
    const app = express();
    const before = app.router.stack.length;
    channel.mount(app);
    expect(app.router.stack.length).toBeGreaterThan(before);
  });

  it("refuses to be created without Slack settings", () => {
    expect(() => createSlackChannel(deps({}))).toThrow(/Slack is not configured/);
  });

  it("leaves the empty signing secret to the configuration, which refuses to start", () => {
    const parsed = parseConfig({ SLACK_SIGNING_SECRET: "   ", SLACK_BOT_TOKEN: "xoxb-1" });
    expect(parsed.ok).toBe(false);
  });
});
