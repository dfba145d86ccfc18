import { describe, expect, it } from "vitest";
import { isDirectMessage, langFromLocale, parseStringRecord, slackTurn } from "./slack-turn.js";

describe("slackTurn", () => {
  it("maps workspace and user to a Slack chat account", () => {
    expect(slackTurn("T1", "U1", "shared")).toEqual({
      account: { channel: "slack", tenant: "T1", externalId: "U1" },
      place: "shared",
    });
  });

  it("takes the language from Slack's locale when it is English or Dutch", () => {
    expect(slackTurn("T1", "U1", "personal", "en-GB").platformLang).toBe("en");
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("nl-NL")).toBe("nl");
    expect(langFromLocale("de-DE")).toBeUndefined();
    expect(langFromLocale(undefined)).toBeUndefined();
  });
});

describe("parseStringRecord", () => {
  it("accepts a flat map of strings and refuses everything else", () => {
    expect(parseStringRecord('{"a":"1"}')).toEqual({ a: "1" });
    expect(parseStringRecord('{"a":1}')).toBeUndefined();
    expect(parseStringRecord("[]")).toBeUndefined();
    expect(parseStringRecord("{")).toBeUndefined();
  });
});

describe("isDirectMessage", () => {
  it("knows DM channel ids", () => {
    expect(isDirectMessage("D0USERDM")).toBe(true);
    expect(isDirectMessage("C0WIJK")).toBe(false);
    expect(isDirectMessage(undefined)).toBe(false);
  });
});
