/**
 * QUALITY.md's bad inputs that concern the core, through the real bot (createCore on PGlite with
 * the demo map): each gets its expected answer and leaves no trace but the ones it should
 * (a recorded gap, an audit row). Channel-specific ones (signatures, body size, retries) are
 * tested with their channels.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Core, createCore } from "../../src/app.js";
import type { Turn } from "../../src/bot/bot.js";
import { renderMessageHtml } from "../../src/channels/web/message.html.js";
import { parseConfig } from "../../src/config.js";
import type { Message } from "../../src/views/message.js";

const ANOUK = "p-anouk-peeters";
let core: Core;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "wijkbot-hostile-"));
  const parsed = parseConfig({
    WIJKBOT_DATA_DIR: dataDir,
    WIJKBOT_NOW: "2026-11-23T09:30:00+01:00",
    WIJKBOT_DEMO: "true",
    WIJKBOT_JOBS: "false",
    LOG_LEVEL: "silent",
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  core = await createCore(parsed.config);
}, 120_000);

afterAll(async () => {
  await core?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const web = (as: string): Turn => ({
  account: { channel: "web", tenant: "", externalId: as },
  place: "personal",
});
const slackStranger: Turn = {
  account: { channel: "slack", tenant: "T0001", externalId: "U0STRANGER" },
  place: "personal",
};

/** Everything a bad input must not change. Gaps and audit rows are checked per row. */
async function snapshot() {
  const p = core.db.prisma;
  const [cases, handovers, outbox, identities, active, summaries] = await Promise.all([
    p.case.count({ where: { restrictedAt: null } }),
    p.handover.count(),
    p.outboxMessage.count(),
    p.chatIdentity.count(),
    p.professional.count({ where: { active: true } }),
    p.case.count({ where: { summary: { not: null } } }),
  ]);
  return { cases, handovers, outbox, identities, active, summaries };
}

const text = (messages: Message[]) => messages.map((m) => m.summary).join("\n");
const html = (messages: Message[]) => messages.map(renderMessageHtml).join("\n");

interface Row {
  name: string;
  turn: Turn;
  input: string;
  expect(messages: Message[]): void;
  /** Extra rows this input must leave: gaps recorded, audit records written. */
  leaves?: { gaps?: number; audit?: { event: string; authorised: boolean } };
}

const rows: Row[] = [
  {
    name: "unknown wijk Atlantis: suggestions and a recorded gap",
    turn: web(ANOUK),
    input: "wie doet schulden in Atlantis?",
    expect: (m) => expect(text(m)).toContain('Ik ken de wijk "Atlantis" niet'),
    leaves: { gaps: 1 },
  },
  {
    name: "misspelt wijk Wyckerport: the right wijk",
    turn: web(ANOUK),
    input: "wie doet schulden in Wyckerport?",
    expect: (m) => expect(m[0]?.blocks[0]).toEqual({ type: "heading", text: "Schulden in Wyckerpoort" }),
  },
  {
    name: "unknown topic: the topics it knows, and the gap recorded",
    turn: web(ANOUK),
    input: "wie doet kwantumfysica in Wyckerpoort?",
    expect: (m) => expect(html(m)).toContain("Onderwerpen die ik ken"),
    leaves: { gaps: 1 },
  },
  {
    name: "<!channel> and @here in the text are shown literally, nobody pinged",
    turn: web(ANOUK),
    input: "<!channel> @here <script>x</script> schulden in Atlantis",
    expect: (m) => {
      const rendered = html(m);
      expect(rendered).not.toMatch(/<script|<!channel>|<!here>/);
    },
    leaves: { gaps: 1 },
  },
  {
    name: "a 20,000-character note: refused with a message, no crash",
    turn: web(ANOUK),
    input: `notitie WYC-014 ${"x".repeat(20_000)}`,
    expect: (m) => expect(text(m)).toMatch(/te lang \(20016 tekens; maximaal 2000\)/),
  },
  {
    name: "an unregistered Slack user asking for a case: not registered, audited",
    turn: slackStranger,
    input: "casus WYC-014",
    expect: (m) => {
      expect(text(m)).toMatch(/^U staat \(nog\) niet in de sociale kaart/);
      expect(html(m)).not.toContain("Wyckerpoort");
    },
    leaves: { audit: { event: "case.view", authorised: false } },
  },
  {
    name: "a case that exists but is not yours answers like one that does not exist",
    turn: web("p-sjoerd-postma"),
    input: "casus WYC-014",
    expect: (m) => expect(text(m)).toContain("Ik vind geen casus WYC-014 waar u bij betrokken bent"),
    leaves: { audit: { event: "case.view", authorised: false } },
  },
  {
    name: "a professional who is no administrator tries to deactivate a colleague",
    turn: web(ANOUK),
    input: "deactiveer p-youssef-amrani",
    expect: (m) => expect(text(m)).toContain("alleen een beheerder"),
    leaves: { audit: { event: "admin.deactivate", authorised: false } },
  },
  {
    name: "a professional who is no administrator asks for the audit log",
    turn: web(ANOUK),
    input: "audit WYC-014",
    expect: (m) => expect(text(m)).toContain("alleen voor beheerders"),
    leaves: { audit: { event: "audit.query", authorised: false } },
  },
  {
    name: "a professional who is no administrator asks to erase a case",
    turn: web(ANOUK),
    input: "wis WYC-003",
    expect: (m) => expect(text(m)).toContain("alleen een beheerder"),
    leaves: { audit: { event: "case.erase", authorised: false } },
  },
];

describe("bad input through the bot", () => {
  it.each(rows)("$name", async (row) => {
    const before = await snapshot();
    const gapsBefore = await core.db.prisma.lookupGap.count();
    const lastAudit = (await core.db.prisma.auditRecord.aggregate({ _max: { id: true } }))._max.id ?? 0n;

    const messages = await core.bot.handleText(row.turn, row.input);

    expect(messages.length).toBeGreaterThan(0);
    row.expect(messages);
    expect(await snapshot()).toEqual(before);
    expect(await core.db.prisma.lookupGap.count()).toBe(gapsBefore + (row.leaves?.gaps ?? 0));
    const written = await core.db.prisma.auditRecord.findMany({ where: { id: { gt: lastAudit } } });
    if (row.leaves?.audit) {
      expect(written).toEqual([expect.objectContaining(row.leaves.audit)]);
    } else {
      expect(written.filter((r) => r.event.startsWith("admin.") || r.event.startsWith("audit."))).toEqual([]);
    }
  });

  it("renders control sequences and markup in an answer's text literally in HTML", () => {
    const message: Message = {
      lang: "nl",
      summary: "x",
      blocks: [{ type: "text", content: ["<!channel> @here <@U123> <https://x|y> <b>vet</b> *vet*"] }],
      visibility: "shared",
    };
    expect(renderMessageHtml(message)).toContain(
      "&lt;!channel&gt; @here &lt;@U123&gt; &lt;https://x|y&gt; &lt;b&gt;vet&lt;/b&gt; *vet*",
    );
  });

  it("answers a case that is not yours exactly like one that does not exist", async () => {
    const notYours = await core.bot.handleText(web("p-sjoerd-postma"), "casus WYC-014");
    const missing = await core.bot.handleText(web("p-sjoerd-postma"), "casus WYC-999");
    expect(JSON.stringify(notYours).replaceAll("WYC-014", "X")).toBe(
      JSON.stringify(missing).replaceAll("WYC-999", "X"),
    );
  });
});
