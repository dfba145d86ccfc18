import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDataDir } from "../../../../test/support/test-database.js";
import { type Core, createCore } from "../../../app.js";
import { renderMessageText } from "../../../channels/cli/message.text.js";
import { parseConfig } from "../../../config.js";

let core: Core;
let dir: string;

beforeAll(async () => {
  dir = await demoDataDir("wijkbot-home-");
  const parsed = parseConfig({
    WIJKBOT_DATA_DIR: dir,
    WIJKBOT_NOW: "2026-11-23T09:30:00+01:00",
    WIJKBOT_JOBS: "false",
    LOG_LEVEL: "silent",
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  core = await createCore(parsed.config);
}, 120_000);

afterAll(async () => {
  await core?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("home.show", () => {
  it("shows my handovers, my consults, my wijken and the help, in that order", async () => {
    const result = await core.bot.handleAction(
      { account: { channel: "web", tenant: "", externalId: "p-pieter-brouwers" }, place: "personal" },
      "home.show",
      {},
    );
    const text = result.replies.map(renderMessageText).join("\n");
    expect(text).toContain("WYC-014");
    expect(text.indexOf("Mijn wijken")).toBeGreaterThan(text.indexOf("WYC-014"));
    expect(text).toContain("Wyckerpoort");
    expect(text).toContain("Wat kan Wijkbot?");
  });

  it("tells an unknown account it is not registered", async () => {
    const result = await core.bot.handleAction(
      { account: { channel: "slack", tenant: "T1", externalId: "U-NOBODY" }, place: "personal" },
      "home.show",
      {},
    );
    expect(result.replies.map(renderMessageText).join("\n")).toContain("niet in de sociale kaart");
  });
});
