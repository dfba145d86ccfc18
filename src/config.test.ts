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

describe("demo login on loopback only (issue #15)", () => {
  const problems = (env: Record<string, string | undefined>) => {
    const result = parseConfig(env);
    return result.ok ? [] : result.problems;
  };

  it("is on by default in development on loopback", () => {
    const result = parseConfig({});
    expect(result.ok && result.config.demo).toBe(true);
  });

  it("refuses to start with the demo on a network address, explicit or by default", () => {
    for (const env of [
      { HOST: "0.0.0.0" },
      { HOST: "0.0.0.0", WIJKBOT_DEMO: "true" },
      { HOST: "192.0.2.2" },
    ]) {
      expect(problems({ ...env, DATABASE_URL: "postgresql://db/wijkbot" })).toEqual([
        expect.stringMatching(/^WIJKBOT_DEMO: .*loopback only.*WIJKBOT_DEMO=false/),
      ]);
    }
  });

  it("serves the network without the demo when it is switched off", () => {
    const result = parseConfig({ HOST: "0.0.0.0", WIJKBOT_DEMO: "false" });
    expect(result.ok && result.config.demo).toBe(false);
  });
});

describe("Teams tenants and app id (issue #15)", () => {
  const teams = (env: Record<string, string | undefined>) => {
    const result = parseConfig(env);
    return result.ok ? result.config.teams : result.problems;
  };

  it("serves the app's own tenant, or the listed ones", () => {
    const own = { TEAMS_APP_ID: "a", TEAMS_APP_PASSWORD: "p", TEAMS_TENANT_ID: "t1" };
    expect(teams(own)).toMatchObject({ allowedTenants: ["t1"] });
    expect(teams({ ...own, TEAMS_ALLOWED_TENANTS: "t1, t2" })).toMatchObject({
      allowedTenants: ["t1", "t2"],
    });
  });

  it("refuses Teams settings without an app id, which would turn authentication off", () => {
    for (const env of [
      { NODE_ENV: "production", TEAMS_APP_PASSWORD: "p", TEAMS_TENANT_ID: "t1" },
      { TEAMS_APP_ID: "  ", TEAMS_APP_PASSWORD: "p", TEAMS_TENANT_ID: "t1" },
    ]) {
      expect(
        teams({ WIJKBOT_ENCRYPTION_KEYS: `k:${Buffer.alloc(32).toString("base64")}`, ...env }),
      ).toContainEqual(expect.stringMatching(/^TEAMS_APP_ID: required/));
    }
  });
});
