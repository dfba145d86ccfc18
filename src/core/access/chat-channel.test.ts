import { describe, expect, it } from "vitest";
import { CHAT_CHANNELS, chatChannelName, chatIdsOf, isChatChannel } from "./chat-channel.js";

describe("chat channels", () => {
  it("knows the chat platforms people are linked on, and nothing else", () => {
    expect(CHAT_CHANNELS).toEqual(["slack", "teams"]);
    expect(isChatChannel("teams")).toBe(true);
    expect(isChatChannel("web")).toBe(false);
    expect(isChatChannel("toString")).toBe(false);
  });

  it("names each platform as people know it", () => {
    expect(CHAT_CHANNELS.map(chatChannelName)).toEqual(["Slack", "Teams"]);
  });

  it("maps linked identities to one id per platform, the first one winning", () => {
    const identities = [
      { channel: "teams", externalId: "29:leila" },
      { channel: "slack", externalId: "U0LEILA" },
      { channel: "slack", externalId: "U0OTHER" },
      { channel: "web", externalId: "p-leila" },
    ];
    expect(chatIdsOf(identities)).toEqual({ teams: "29:leila", slack: "U0LEILA" });
    expect(chatIdsOf([])).toEqual({});
  });
});
