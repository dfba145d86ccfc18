/**
 * The running server, driven through the web chat's JSON API as the page and scripts use it:
 * PGlite in a fresh directory, the demo social map, and the clock fixed on Monday 23 November
 * 2026 09:30 in Amsterdam (Leila Bakkali is absent that week; Mark Janssen is her deputy).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type RunningApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import type { Action, Block, Message } from "../../src/views/message.js";

const NOW = "2026-11-23T09:30:00+01:00";
const ANOUK = "p-anouk-peeters";

type WebMessage = Message & { html: string };
/** The API's answer: messages on success, an error text on a 4xx. */
interface ApiReply {
  messages: WebMessage[];
  update: WebMessage | null;
  error?: string;
}

let app: RunningApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "wijkbot-e2e-web-"));
  const config = parseConfig({
    PORT: "0",
    WIJKBOT_DATA_DIR: dataDir,
    WIJKBOT_NOW: NOW,
    WIJKBOT_DEMO: "true",
    LOG_LEVEL: "silent",
  });
  if (!config.ok) throw new Error(config.problems.join("; "));
  app = await createApp(config.config);
  // Migrating and seeding a fresh PGlite directory is slow on a busy CI machine.
}, 180_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(route: string, body: unknown): Promise<{ status: number; json: ApiReply }> {
  const response = await fetch(`${app.url}/api/chat/${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as ApiReply };
}

async function ask(text: string, as = ANOUK): Promise<WebMessage[]> {
  const { status, json } = await post("text", { as, text });
  expect(status).toBe(200);
  return json.messages;
}

/** The service names of an answer, in order: the bold first line of each service. */
function serviceNames(message: Message): string[] {
  return message.blocks.flatMap((b) =>
    b.type === "text" &&
    b.content.length === 1 &&
    typeof b.content[0] === "object" &&
    b.content[0].kind === "strong"
      ? [b.content[0].text]
      : [],
  );
}

const headings = (m: Message) => m.blocks.flatMap((b) => (b.type === "heading" ? [b.text] : []));
const buttons = (m: Message): Action[] =>
  m.blocks.flatMap((b: Block) => (b.type === "actions" ? b.actions : []));

describe("web chat JSON API", () => {
  it("serves the page, its script and the health endpoints", async () => {
    const page = await fetch(`${app.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await page.text()).toContain("<title>Wijkbot</title>");
    expect((await fetch(`${app.url}/app.js`)).headers.get("content-type")).toMatch(/javascript/);
    const health = await fetch(`${app.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
    const ready = await fetch(`${app.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
    expect((await fetch(`${app.url}/no/such/page`)).status).toBe(404);
  });

  it("lists the professionals a demo visitor can be, sorted by name", async () => {
    const response = await fetch(`${app.url}/api/chat/people`);
    const { people } = (await response.json()) as { people: { id: string; name: string }[] };
    expect(people).toHaveLength(40);
    expect(people).toContainEqual({
      id: ANOUK,
      name: "Anouk Peeters",
      role: "sociaal-werker",
      roleLabel: "sociaal werker",
      organisation: "Sociaal Team Maastricht-Oost",
    });
    const names = people.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("answers 'wie doet schulden in Wyckerpoort?' with debt counselling first and Mark Janssen as deputy", async () => {
    const [answer, ...rest] = await ask("wie doet schulden in Wyckerpoort?");
    expect(rest).toEqual([]);
    expect(answer!.lang).toBe("nl");
    expect(headings(answer!)).toEqual(["Schulden in Wyckerpoort"]);
    expect(serviceNames(answer!)).toEqual([
      "Schuldhulpverlening (aanmelding en stabilisatie)",
      "Budgetmaatje aan huis (vrijwilliger)",
    ]);
    const firstList = answer!.blocks.find((b) => b.type === "list");
    expect(firstList?.type === "list" && firstList.items[0]).toEqual([
      { kind: "person", professionalId: "p-leila-bakkali", name: "Leila Bakkali" },
      " (schuldhulpverlener): afwezig",
      " · ",
      "vervanger: ",
      { kind: "person", professionalId: "p-mark-janssen", name: "Mark Janssen" },
      " (nu aan het werk)",
    ]);
    expect(answer!.html).toContain("<h3>Schulden in Wyckerpoort</h3>");
    expect(answer!.html).toContain("<strong>Schuldhulpverlening (aanmelding en stabilisatie)</strong>");
    expect(answer!.html).toContain('data-professional="p-mark-janssen">Mark Janssen</span>');
    expect(answer!.html).toContain("Niet gecontroleerd sinds 30-06-2025");
    expect(buttons(answer!).map((a) => a.intent)).toEqual(["handover.start", "handover.start"]);
  });

  it("answers an English question in English", async () => {
    const [answer] = await ask("who handles debts in Wyckerpoort?");
    expect(answer!.lang).toBe("en");
    expect(headings(answer!)).toEqual(["Debts in Wyckerpoort"]);
    expect(serviceNames(answer!)[0]).toBe("Schuldhulpverlening (aanmelding en stabilisatie)");
    expect(answer!.html).toContain("absent · deputy: ");
    expect(answer!.html).toContain("Start warm handover");
  });

  it("resolves the typo 'Wyckerport' to Wyckerpoort", async () => {
    const [answer] = await ask("wie doet schulden in Wyckerport?");
    expect(headings(answer!)).toEqual(["Schulden in Wyckerpoort"]);
    expect(serviceNames(answer!)[0]).toBe("Schuldhulpverlening (aanmelding en stabilisatie)");
  });

  it("answers an unknown wijk with suggestions, records the gap, and the wijk button answers", async () => {
    const before = await app.db.prisma.lookupGap.count({ where: { kind: "unknown-wijk" } });
    const [answer] = await ask("schulden in Atlantis");
    expect(answer!.summary).toBe(
      'Ik ken de wijk "Atlantis" niet in de sociale kaart. Noem een wijk die erin staat.',
    );
    expect(answer!.html).toContain("Uw wijken: ");
    const gaps = await app.db.prisma.lookupGap.findMany({ where: { kind: "unknown-wijk" } });
    expect(gaps).toHaveLength(before + 1);
    expect(gaps.at(-1)).toMatchObject({ askedById: ANOUK, wijkId: null, at: new Date(NOW) });
    expect(gaps.at(-1)!.term?.toLowerCase()).toBe("atlantis");

    const choices = buttons(answer!);
    const wyc = choices.find((a) => a.label === "Wyckerpoort");
    expect(wyc).toMatchObject({ intent: "lookup.choose-wijk", data: { wijkId: "maastricht-wyckerpoort" } });
    const pressed = await post("action", { as: ANOUK, intent: wyc!.intent, data: wyc!.data });
    expect(pressed.status).toBe(200);
    expect(pressed.json.update).toBeNull();
    expect(headings(pressed.json.messages[0]!)).toEqual(["Schulden in Wyckerpoort"]);
    expect(serviceNames(pressed.json.messages[0]!)[0]).toBe(
      "Schuldhulpverlening (aanmelding en stabilisatie)",
    );
  });

  it("tells an unregistered id it is not registered, for text and buttons", async () => {
    const [answer] = await ask("wie doet schulden in Wyckerpoort?", "p-does-not-exist");
    expect(answer!.summary).toMatch(/^U staat \(nog\) niet in de sociale kaart/);
    expect(answer!.html).not.toContain("Schuldhulpverlening");
    const pressed = await post("action", {
      as: "p-does-not-exist",
      intent: "lookup.choose-wijk",
      data: { wijkId: "maastricht-wyckerpoort", topicIds: "debts" },
    });
    expect(pressed.json.messages[0]!.summary).toMatch(/^U staat \(nog\) niet in de sociale kaart/);
  });

  it("never turns markup or Slack control sequences in a question into HTML", async () => {
    const [echoed] = await ask(`schulden in 's-Hertogen&"bosch <!channel>`);
    expect(echoed!.summary).toContain(`'s-Hertogen&"bosch`);
    expect(echoed!.html).toContain("&#39;s-Hertogen&amp;&quot;bosch");
    for (const question of [
      `schulden in 's-Hertogen&"bosch <!channel>`,
      "<!channel> <script>alert(1)</script> wie doet schulden in Wyckerpoort?",
      "wie doet <script>alert(1)</script> in <!here> Atlantis?",
    ]) {
      const messages = await ask(question);
      for (const m of messages) {
        expect(m.html).not.toMatch(/<script/i);
        expect(m.html).not.toContain("<!channel>");
        expect(m.html).not.toContain("<!here>");
      }
    }
  });

  it("answers a 20,000-character text with the too-long message, and refuses longer ones", async () => {
    const [answer] = await ask("x".repeat(20_000));
    expect(answer!.summary).toBe(
      "Dat bericht is te lang (20000 tekens; maximaal 2000). Maak het korter en probeer opnieuw.",
    );
    const longer = await post("text", { as: ANOUK, text: "x".repeat(20_001) });
    expect(longer.status).toBe(400);
  });

  it("answers 400 to bad JSON and to requests of the wrong shape", async () => {
    const bad = await post("text", "{not json");
    expect(bad.status).toBe(400);
    expect(bad.json).not.toHaveProperty("stack");
    expect((await post("text", { text: "hallo" })).status).toBe(400);
    expect((await post("text", { as: ANOUK, text: 42 })).status).toBe(400);
    expect((await post("action", { as: ANOUK, intent: "<script>", data: {} })).status).toBe(400);
    expect((await post("action", { as: ANOUK, intent: "lookup.choose-wijk", data: { x: 1 } })).status).toBe(
      400,
    );
  });

  it("answers an unknown button intent with a message, not an error", async () => {
    const pressed = await post("action", { as: ANOUK, intent: "nothing.here", data: {} });
    expect(pressed.status).toBe(200);
    expect(pressed.json.messages[0]!.summary).toBe(
      "Deze knop werkt niet meer. Vraag het opnieuw in de chat.",
    );
  });
});
