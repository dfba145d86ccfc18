import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.js";

describe("channel settings groups", () => {
  it("leaves a channel disabled when none of its settings is present", () => {
    const result = parseConfig({});
    expect(result.ok && result.config.slack).toBeUndefined();
    expect(result.ok && result.config.teams).toBeUndefined();
  });

  it("puts each channel's settings under its name", () => {
    const result = parseConfig({
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: "xoxb-1",
      TEAMS_DEV_MODE: "true",
    });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.config.slack).toMatchObject({ signingSecret: "s", botToken: "xoxb-1", socketMode: false });
    expect(result.config.teams).toMatchObject({ devMode: true, appId: "" });
  });

  it("lists every channel's problems in one run, after the shared ones", () => {
    const bad = parseConfig({ PORT: "x", SLACK_API_URL: "not a url", TEAMS_OPENID_METADATA: "nope" });
    expect(bad.ok ? [] : bad.problems.map((p) => p.split(":")[0])).toEqual([
      "PORT",
      "SLACK_API_URL",
      "TEAMS_OPENID_METADATA",
    ]);
    const incomplete = parseConfig({ SLACK_BOT_TOKEN: "xoxb-1", TEAMS_APP_ID: "a" });
    expect(incomplete.ok ? [] : incomplete.problems.map((p) => p.split(":")[0])).toEqual([
      "SLACK_SIGNING_SECRET",
      "TEAMS_APP_PASSWORD",
      "TEAMS_TENANT_ID",
    ]);
  });
});
