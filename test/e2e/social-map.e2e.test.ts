/**
 * The sociale kaart as a network keeps it, end to end: `npm run import` of the Deventer fixtures
 * (our JSON for the wijken, an HSDS 3.0 data package, the spreadsheet template) into the data
 * directory, `npm run export -- --format hsds`, then the server answering lookups about the
 * imported services through the web chat's JSON API; and a professional's own absence, reported
 * in chat, shown by the next lookup and kept by a later import.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "../../src/views/message.js";
import { type DemoApp, startDemoApp } from "../support/demo-app.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURES = "test/fixtures/social-map/deventer";
const NOW = "2026-11-23T09:30:00+01:00";
const outputs: string[] = [];
let demo: DemoApp;
let exported: string;

function npmScript(script: string, args: string[], dataDir: string): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WIJKBOT_DATA_DIR: dataDir,
    WIJKBOT_NOW: NOW,
    LOG_LEVEL: "error",
  };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    execFile(
      "npx",
      ["tsx", script, ...args],
      { cwd: ROOT, env, timeout: 120_000 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`${script} ${args.join(" ")}: ${stdout}${stderr}`))
          : resolve(stdout + stderr),
    );
  });
}

beforeAll(async () => {
  exported = path.join(mkdtempSync(path.join(tmpdir(), "wijkbot-e2e-export-")), "hsds");
  demo = await startDemoApp("social-map", { WIJKBOT_NOW: NOW }, async (dataDir) => {
    for (const file of ["region.json", "hsds", "diensten.csv"])
      outputs.push(await npmScript("src/db/social-map/import.cli.ts", [path.join(FIXTURES, file)], dataDir));
    outputs.push(await npmScript("src/db/social-map/export.cli.ts", ["--format", "hsds", exported], dataDir));
  });
}, 600_000);

afterAll(async () => {
  await demo?.stop();
});

async function ask(text: string, as = "p-anouk-peeters"): Promise<Message[]> {
  const response = await fetch(`${demo.app.url}/api/chat/text`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ as, text }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { messages: Message[] }).messages;
}

const plain = (messages: Message[]) => JSON.stringify(messages);

async function press(
  intent: string,
  data: Record<string, string>,
  as = "p-anouk-peeters",
): Promise<Message[]> {
  const response = await fetch(`${demo.app.url}/api/chat/action`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ as, intent, data }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { messages: Message[] }).messages;
}

const formOf = (messages: Message[]) =>
  messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === "form" ? [b.form] : [])))[0];
/** What a person reads on the web page: the messages' HTML without tags. */
const shown = (messages: Message[]) =>
  messages.map((m) => (m as Message & { html: string }).html.replace(/<[^>]+>/g, "")).join("\n");

describe("npm run import and export, then lookups", () => {
  it("reads each format and says how", () => {
    expect(outputs[1]).toContain("Read as Open Referral HSDS 3.0 tabular data package.");
    expect(outputs[1]).toContain('services.csv row 4, column "status": status "defunct"');
    expect(outputs[2]).toContain("Read as spreadsheet template (CSV).");
    expect(outputs[3]).toContain("(hsds)");
    expect(existsSync(path.join(exported, "datapackage.json"))).toBe(true);
  });

  it("answers with the services of the HSDS package, found by their service areas and taxonomy terms", async () => {
    expect(plain(await ask("wie doet schulden in Rivierenwijk?"))).toContain(
      "Schuldhulp Salland – eerste gesprek",
    );
    expect(plain(await ask("who handles loneliness in Keizerslanden"))).toContain(
      "Buurtteam Oost – inloop en ondersteuning",
    );
  });

  it("answers with a service from the spreadsheet", async () => {
    const answer = plain(await ask("voedselbank colmschate"));
    expect(answer).toContain("Voedselpakket aanvragen");
    expect(answer).toContain("wo 10:00–12:00");
  });
});

describe("absence reported in chat", () => {
  it("is confirmed privately, shown by the next lookup with the deputy, and ends with 'ik ben terug'", async () => {
    const [confirmation] = await ask("ik ben afwezig tot 4 december, vervanger Mark Janssen");
    expect(confirmation?.visibility).toBe("private");
    expect(plain([confirmation!])).toContain(
      "van 23 november 2026 t/m 4 december 2026; Mark Janssen is uw vervanger",
    );
    const lookup = shown(await ask("wie doet eenzaamheid in Wyckerpoort", "p-youssef-amrani"));
    expect(lookup).toContain("Anouk Peeters");
    expect(lookup).toContain("Anouk Peeters (sociaal werker): afwezig · vervanger: Mark Janssen");
    const [english] = await ask("I'm away until 4 December, deputy Mark Janssen");
    expect(plain([english!])).toContain(
      "from 23 November 2026 to 4 December 2026 inclusive; Mark Janssen is your deputy",
    );
    expect(plain(await ask("ik ben terug"))).toContain("Welkom terug");
    expect(shown(await ask("wie doet eenzaamheid in Wyckerpoort", "p-youssef-amrani"))).not.toContain(
      "vervanger",
    );
  });

  it("refuses an unknown deputy and changes nothing", async () => {
    expect(plain(await ask("ik ben afwezig tot 4 december, vervanger Jan Klaassen"))).toContain(
      'Ik vind niemand die \\"Jan Klaassen\\" heet',
    );
  });
});

describe("a service edited in chat by its contact person", () => {
  it("opens the form with the current values, saves what changed, and the next lookup shows it", async () => {
    let form = formOf(await ask("mijn diensten"));
    if (!form) {
      const choose = await ask("mijn diensten");
      const button = choose[0]!.blocks
        .flatMap((b) => (b.type === "actions" ? b.actions : []))
        .find((a) => a.data.serviceId === "svc-st-oost-algemeen")!;
      form = formOf(await press(button.intent, button.data));
    }
    expect(form?.submit.data).toEqual({ serviceId: "svc-st-oost-algemeen", submitted: "true" });
    const values = Object.fromEntries(
      form!.fields.map((f) => [f.name, "value" in f ? String(f.value ?? "") : ""]),
    );
    expect(values.intakePhone).toBe("+31 43 000 1001");
    const bad = await press("directory.edit-service", {
      ...form!.submit.data,
      ...values,
      wijken: "Atlantis",
    });
    expect(formOf(bad)?.errors).toEqual({ wijken: 'Ik ken geen wijk "Atlantis".' });
    const saved = await press("directory.edit-service", {
      ...form!.submit.data,
      ...values,
      intakePhone: "+31 43 000 9999",
    });
    expect(shown(saved)).toContain("is bijgewerkt: intake-telefoon");
    expect(shown(await ask("wie doet eenzaamheid in Wyckerpoort", "p-youssef-amrani"))).toContain(
      "+31 43 000 9999",
    );
  });

  it("refuses someone who is not its contact person", async () => {
    const refused = await press(
      "directory.edit-service",
      { serviceId: "svc-st-oost-algemeen" },
      "p-fatma-yilmaz",
    );
    expect(shown(refused)).toContain("Alleen een contactpersoon van");
  });
});
