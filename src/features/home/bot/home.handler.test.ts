import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoCore, startDemoCore } from "../../../../test/support/demo-app.js";
import type { Core } from "../../../app.js";
import { renderMessageText } from "../../../channels/cli/message.text.js";

let demo: DemoCore;
let core: Core;

beforeAll(async () => {
  demo = await startDemoCore("home", { WIJKBOT_NOW: "2026-11-23T09:30:00+01:00" });
  core = demo.core;
}, 120_000);

afterAll(async () => {
  await demo?.stop();
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
