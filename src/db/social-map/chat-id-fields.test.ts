import { describe, expect, it } from "vitest";
import { CHAT_ID_FIELDS, chatIdentityKeys, chatIdFieldsOf } from "./chat-id-fields.js";

describe("chat id fields of the social map", () => {
  it("names one field per chat platform, as the format always has", () => {
    expect(CHAT_ID_FIELDS).toEqual(["slackUserId", "teamsUserId"]);
  });

  it("writes every platform's field, null where the person is not linked", () => {
    expect(chatIdFieldsOf({ teams: "29:leila" })).toEqual({ slackUserId: null, teamsUserId: "29:leila" });
  });

  it("reads the linked accounts back as identity keys", () => {
    expect(chatIdentityKeys({ slackUserId: "U0ROMY", teamsUserId: null })).toEqual(["slack:U0ROMY"]);
    expect(chatIdentityKeys({})).toEqual([]);
  });
});
