/**
 * What the logs hold after a full run: the whole service (createApp, jobs on) at level debug,
 * driven through the web chat API with questions, cases, buttons, administration, the audit log
 * and bad input; then the captured output is searched for what must never be in it: the demo
 * map's phone numbers, case summaries, the words users typed, and configured secrets.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type RunningApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { capturingLogger } from "../support/log-capture.js";

const ANOUK = "p-anouk-peeters";
const ADMIN = "p-ruud-lemmens";
const KEY = Buffer.alloc(32, 42).toString("base64");
const SECRETS = {
  WIJKBOT_ENCRYPTION_KEYS: `k1:${KEY}`,
  SLACK_SIGNING_SECRET: "logs-test-signing-secret-4f9a2c",
  SLACK_BOT_TOKEN: "xoxb-logs-test-token-77d1e0",
};
// Words only a user typed: none of them may reach the log.
const TYPED = ["Zuurstokjes", "vergeetmenietje", "kwantumfysica", "Atlantisstraat"];

let app: RunningApp;
let dataDir: string;
const captured: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "wijkbot-e2e-logs-"));
  const config = parseConfig({
    PORT: "0",
    WIJKBOT_DATA_DIR: dataDir,
    WIJKBOT_NOW: "2026-11-23T09:30:00+01:00",
    WIJKBOT_DEMO: "true",
    LOG_LEVEL: "debug",
    SLACK_API_URL: "http://127.0.0.1:9/api/",
    SLACK_BOT_ID: "B0LOGS",
    SLACK_BOT_USER_ID: "U0LOGSBOT",
    ...SECRETS,
  });
  if (!config.ok) throw new Error(config.problems.join("; "));
  app = await createApp(config.config, { logger: capturingLogger(captured) });
  await app.db.prisma.professional.update({ where: { id: ADMIN }, data: { isAdmin: true } });
  await runFullFlow();
}, 180_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(route: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${app.url}/api/chat/${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

const ask = (text: string, as = ANOUK) => post("text", { as, text });

async function runFullFlow(): Promise<void> {
  await ask(`wie doet schulden in Wyckerpoort? ${TYPED[0]}`);
  await ask(`wie doet ${TYPED[2]} in Wyckerpoort?`);
  await ask(`schulden in ${TYPED[3]}`);
  await ask("casus WYC-014");
  await ask("mijn casussen");
  await ask("casus WYC-014", "p-sjoerd-postma");
  await ask(`casus WYC-014 ${TYPED[1]}`, "p-does-not-exist");
  await post("action", { as: ANOUK, intent: "case.show", data: { code: "WYC-014" } });
  await ask("overzicht Wyckerpoort", ADMIN);
  await ask("audit WYC-014", ADMIN);
  await ask("audit p-anouk-peeters van 2026-11-01 tot 2026-11-30", ADMIN);
  await ask("exporteer audit WYC-014 csv", ADMIN);
  await ask("koppel slack U0LOGS1 aan p-youssef-amrani", ADMIN);
  await ask("deactiveer p-youssef-amrani", ADMIN);
  await ask("wis WYC-003", ADMIN);
  await ask(`notitie ${"x".repeat(5_000)} ${TYPED[1]}`);
  await post("text", `{"as": "${ANOUK}", "text": "${TYPED[0]}`);
  await post("action", {
    as: ANOUK,
    intent: "directory.verify",
    data: { serviceId: "svc-st-oost-algemeen" },
  });
  await fetch(`${app.url}/readyz`);
  await fetch(`${app.url}/metrics`);
  // Give the jobs (outbox delivery, retention, directory upkeep) a moment to run and log.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
}

function demoSecrets(): { phones: string[]; summaries: string[] } {
  const map = JSON.parse(readFileSync(new URL("../../prisma/demo-social-map.json", import.meta.url), "utf8"));
  const text = JSON.stringify(map);
  const phones = [...new Set(text.match(/\+31[\d ]{6,}\d/g) ?? [])];
  const summaries = (map.cases as { summary?: string }[]).flatMap((c) => (c.summary ? [c.summary] : []));
  return { phones, summaries };
}

describe("log output of a full run", () => {
  it("has structured lines to check at all", () => {
    const lines = captured.join("").split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(captured.join("")).toContain("wijkbot ready");
  });

  it("holds no phone number of the demo map, in any spacing", () => {
    const log = captured.join("");
    const digitsOnly = log.replace(/[\s-]/g, "");
    const { phones } = demoSecrets();
    expect(phones.length).toBeGreaterThan(5);
    for (const phone of phones) {
      expect(log).not.toContain(phone);
      expect(digitsOnly).not.toContain(phone.replace(/\s/g, ""));
    }
  });

  it("holds no case summary", () => {
    const log = captured.join("");
    const { summaries } = demoSecrets();
    expect(summaries.length).toBeGreaterThan(5);
    for (const summary of summaries) expect(log).not.toContain(summary.slice(0, 40));
  });

  it("holds no word a user typed", () => {
    const log = captured.join("").toLowerCase();
    for (const word of TYPED) expect(log).not.toContain(word.toLowerCase());
  });

  it("holds no configured secret or token", () => {
    const log = captured.join("");
    for (const secret of [...Object.values(SECRETS), KEY]) expect(log).not.toContain(secret);
  });
});
