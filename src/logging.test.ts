import { describe, expect, it } from "vitest";
import { redactSdkLine } from "./logging.js";

describe("SDK log lines", () => {
  it("cuts the request body the Slack Web API client logs at debug", () => {
    const line = redactSdkLine([
      'http request body: {"channel":"D01","text":"Bel mevrouw op 06 1234 5678, reden: schulden"}',
    ]);
    expect(line).toBe("http request body: [redacted]");
  });

  it("keeps the SDK's own words and drops objects and errors' messages", () => {
    const error = Object.assign(new Error("invalid_auth for 06 1234 5678"), {
      code: "slack_webapi_platform_error",
    });
    expect(redactSdkLine(["apiCall('chat.postMessage') start"])).toBe("apiCall('chat.postMessage') start");
    expect(redactSdkLine(["failed:", error, { phone: "0612345678" }])).toBe(
      "failed: [Error slack_webapi_platform_error] [object]",
    );
  });

  it("removes tokens and response URLs wherever they appear", () => {
    const line = redactSdkLine([
      "token xoxb-123-456-abc, Bearer eyJhbGciOi.eyJzdWIi.sig and https://hooks.slack.com/actions/T1/2/secret",
    ]);
    expect(line).not.toMatch(/xoxb|eyJ|secret/);
  });
});
