/**
 * Production authentication: Bot Framework tokens are checked against OpenID metadata and keys
 * served here (locally generated RSA keys), so every refusal is tested offline.
 */
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageActivity, queryActivity } from "./teams-activities.test-support.js";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.test-support.js";

const APP_ID = "11111111-2222-3333-4444-555555555555";
const ISSUER = "https://api.botframework.com";
const SERVICE_URL = "https://smba.trafficmanager.net/emea/";

const trusted = generateKeyPairSync("rsa", { modulusLength: 2048 });
const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 });

let keyServer: Server;
let teams: TeamsHarness;

function jwk(key: KeyObject, kid: string): Record<string, unknown> {
  return { ...key.export({ format: "jwk" }), kid, use: "sig", endorsements: ["msteams"] };
}

beforeAll(async () => {
  keyServer = createServer((req, res) => {
    const base = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}`;
    const body =
      req.url === "/openid"
        ? { issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ["RS256"] }
        : { keys: [jwk(trusted.publicKey, "trusted-key")] };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => keyServer.listen(0, "127.0.0.1", resolve));
  const metadata = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/openid`;
  teams = await startTeamsHarness({
    NODE_ENV: "production",
    WIJKBOT_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
    TEAMS_APP_ID: APP_ID,
    TEAMS_APP_PASSWORD: "secret",
    TEAMS_TENANT_ID: "tenant-1",
    TEAMS_OPENID_METADATA: metadata,
  });
});

afterAll(async () => {
  await teams.close();
  await new Promise((resolve) => keyServer.close(resolve));
});

interface TokenOptions {
  key?: KeyObject;
  kid?: string;
  audience?: string;
  issuer?: string;
  expiresIn?: number;
  serviceUrl?: string;
}

function token(options: TokenOptions = {}): string {
  const signed = jwt.sign(
    { serviceurl: options.serviceUrl ?? SERVICE_URL },
    options.key ?? trusted.privateKey,
    {
      algorithm: "RS256",
      keyid: options.kid ?? "trusted-key",
      audience: options.audience ?? APP_ID,
      issuer: options.issuer ?? ISSUER,
      expiresIn: options.expiresIn ?? 600,
    },
  );
  return `Bearer ${signed}`;
}

const where = { serviceUrl: SERVICE_URL };

describe("Teams authentication in production configuration", () => {
  it("accepts a valid token and answers (invoke: no outbound call needed)", async () => {
    const res = await teams.post(queryActivity(where, "schulden in Wyckerpoort"), token());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ composeExtension: { type: "result" } });
  });

  const refusals: [string, () => string | undefined][] = [
    ["no token", () => undefined],
    ["a token for another app (wrong audience)", () => token({ audience: "someone-else" })],
    ["an expired token", () => token({ expiresIn: -600 })],
    ["a token signed by an unknown key", () => token({ key: stranger.privateKey, kid: "stranger-key" })],
    ["a token signed by another key under a known key id", () => token({ key: stranger.privateKey })],
    ["a token from another issuer", () => token({ issuer: "https://evil.example" })],
    ["a token for another serviceUrl", () => token({ serviceUrl: "https://evil.example/" })],
    ["a header that is not a bearer token", () => "Basic dXNlcjpwYXNz"],
  ];

  it.each(refusals)("refuses %s with 401 and never reaches the bot", async (_name, header) => {
    const before = teams.bot.texts.length;
    const res = await teams.post(messageActivity(where, "casus WYC-014"), header());
    expect(res.status).toBe(401);
    expect(teams.bot.texts.length).toBe(before);
  });

  it("refuses a valid token from a tenant that is not served with 403, before the bot (issue #15)", async () => {
    const before = teams.bot.texts.length;
    const activity = messageActivity(where, "casus WYC-014");
    activity.conversation = { ...(activity.conversation as object), tenantId: "tenant-elsewhere" };
    activity.channelData = { tenant: { id: "tenant-elsewhere" } };
    const res = await teams.post(activity, token());
    expect(res.status).toBe(403);
    expect(teams.bot.texts.length).toBe(before);
  });
});
