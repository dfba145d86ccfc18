/**
 * Slack-signed requests as Slack sends them (payload shapes from docs.slack.dev), for channel
 * and end-to-end tests. Test support only.
 */
import { createHmac } from "node:crypto";
import { request } from "node:http";

export const TEAM = "T0001";
export const USER = "U0ALICE";
export const BOT_USER = "UBOT";

export interface SlackPost {
  body: string | Buffer;
  contentType: "application/json" | "application/x-www-form-urlencoded";
  secret?: string;
  timestamp?: string;
  signature?: string | null;
  headers?: Record<string, string>;
  /** Send without content-length (chunked), as a client that streams would. */
  chunked?: boolean;
}

export function sign(secret: string, timestamp: string, body: string | Buffer): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:`).update(body).digest("hex")}`;
}

/**
 * POSTs with node:http so that a server which answers early (413) and closes is still read:
 * resolves with the status as soon as it arrives.
 */
export function postSlack(url: string, post: SlackPost): Promise<{ status: number; body: string }> {
  const timestamp = post.timestamp ?? String(Math.floor(Date.now() / 1000));
  const headers: Record<string, string | number> = {
    "content-type": post.contentType,
    "x-slack-request-timestamp": timestamp,
    ...post.headers,
  };
  if (!post.chunked) headers["content-length"] = Buffer.byteLength(post.body);
  const signature =
    post.signature === undefined ? sign(post.secret ?? "", timestamp, post.body) : post.signature;
  if (signature !== null) headers["x-slack-signature"] = signature;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
      );
      res.on("error", () => resolve({ status: res.statusCode ?? 0, body: "" }));
    });
    // The server may close while we still write a huge body: the response is what counts.
    req.on("error", (e) => reject(e));
    if (post.chunked) {
      const body = Buffer.from(post.body);
      for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024));
      req.end();
    } else {
      req.end(post.body);
    }
  });
}

export function slashCommand(
  text: string,
  responseUrl: string,
  overrides: Record<string, string> = {},
): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: TEAM,
    team_domain: "wijknetwerk",
    channel_id: "C0WIJK",
    channel_name: "wijkteam-wyckerpoort",
    user_id: USER,
    user_name: "alice",
    command: "/wijk",
    text,
    api_app_id: "A0WIJKBOT",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    ...overrides,
  }).toString();
}

export function eventCallback(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: TEAM,
    api_app_id: "A0WIJKBOT",
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: 1763900000,
    authorizations: [
      { enterprise_id: null, team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: "4-eyJldCI6ImFwcF9tZW50aW9uIn0",
  });
}

export function mentionEvent(text: string, channel = "C0WIJK"): Record<string, unknown> {
  return {
    type: "app_mention",
    user: USER,
    text,
    ts: "1763900000.000100",
    channel,
    event_ts: "1763900000.000100",
  };
}

export function directMessageEvent(text: string): Record<string, unknown> {
  return {
    type: "message",
    channel: "D0USERDM",
    user: USER,
    text,
    ts: "1763900000.000100",
    event_ts: "1763900000.000100",
    channel_type: "im",
  };
}

export function interaction(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function blockAction(
  actionId: string,
  value: string,
  responseUrl: string,
  container: Record<string, unknown> = {
    type: "message",
    message_ts: "1763900000.000100",
    channel_id: "C0WIJK",
    is_ephemeral: false,
  },
): Record<string, unknown> {
  return {
    type: "block_actions",
    user: { id: USER, username: "alice", name: "alice", team_id: TEAM },
    api_app_id: "A0WIJKBOT",
    token: "legacy-verification-token",
    container,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    team: { id: TEAM, domain: "wijknetwerk" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: container.channel_id ?? "C0WIJK", name: "wijkteam-wyckerpoort" },
    message: { type: "message", user: BOT_USER, ts: "1763900000.000100", text: "…" },
    state: { values: {} },
    response_url: responseUrl,
    actions: [
      {
        action_id: actionId,
        block_id: "b1",
        text: { type: "plain_text", text: "Knop" },
        value,
        type: "button",
        action_ts: "1763900001.000000",
      },
    ],
  };
}

export function viewSubmission(
  callbackId: string,
  privateMetadata: string,
  values: Record<string, Record<string, unknown>>,
): Record<string, unknown> {
  return {
    type: "view_submission",
    team: { id: TEAM, domain: "wijknetwerk" },
    user: { id: USER, username: "alice", name: "alice", team_id: TEAM },
    api_app_id: "A0WIJKBOT",
    token: "legacy-verification-token",
    trigger_id: "13345224609.738474920.8088930838d88f008e1",
    view: {
      id: "V0MODAL",
      team_id: TEAM,
      type: "modal",
      blocks: [],
      private_metadata: privateMetadata,
      callback_id: callbackId,
      state: { values },
      hash: "1763900000.abcdef",
      title: { type: "plain_text", text: "Formulier" },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: { type: "plain_text", text: "Versturen" },
      previous_view_id: null,
      root_view_id: "V0MODAL",
      app_id: "A0WIJKBOT",
      external_id: "",
      app_installed_team_id: TEAM,
      bot_id: "BBOT",
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}
