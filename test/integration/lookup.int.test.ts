/**
 * The same lookup, through the same wiring (createCore), on a PostgreSQL server and on the
 * embedded PGlite must give the same answers: the SQL both run is one Prisma schema, and any
 * dialect difference (dates, ordering, collation) would show up here.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Core, createCore } from "../../src/app.js";
import type { Turn } from "../../src/bot/bot.js";
import { renderMessageText } from "../../src/channels/cli/message.text.js";
import { parseConfig } from "../../src/config.js";
import { postgresAvailable } from "../support/environment.js";
import { serverDatabase } from "../support/test-database.js";

// Monday 23 November 2026, 09:30 in Amsterdam: Leila Bakkali is absent, Mark Janssen deputises.
const NOW = "2026-11-23T09:30:00+01:00";
const SETUP_TIMEOUT = 180_000;

function configFor(env: Record<string, string>) {
  const result = parseConfig({
    PORT: "0",
    WIJKBOT_NOW: NOW,
    WIJKBOT_DEMO: "true",
    LOG_LEVEL: "silent",
    ...env,
  });
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.config;
}

const anouk: Turn = {
  account: { channel: "cli", tenant: "", externalId: "p-anouk-peeters" },
  place: "personal",
};

const QUESTIONS = [
  "wie doet schulden in Wyckerpoort?",
  "who handles debts in Wyckerpoort",
  "schuldhulp wijckerpoort",
  "iemand voor eenzaamheid in Limmel?",
  "palliatieve zorg Ulft",
  "wie doet schulden in Wyckerport?",
  "schulden in Atlantis",
  "wie doet kapper in Wyckerpoort?",
  "psychische klachten in Ondiep",
];

describe.runIf(postgresAvailable())("lookup on PostgreSQL and PGlite", () => {
  let server: Awaited<ReturnType<typeof serverDatabase>>;
  let onServer: Core;
  let onPglite: Core;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "wijkbot-int-"));
    server = await serverDatabase();
    [onServer, onPglite] = await Promise.all([
      createCore(configFor({ DATABASE_URL: server.url })),
      createCore(configFor({ WIJKBOT_DATA_DIR: dataDir })),
    ]);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await onServer?.close();
    await onPglite?.close();
    await server?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }, SETUP_TIMEOUT);

  it("runs on the two kinds of database", () => {
    expect(onServer.db.kind).toBe("postgres");
    expect(onPglite.db.kind).toBe("pglite");
  });

  it("names Schuldhulpverlening first, with Mark Janssen as Leila Bakkali's deputy, on the server", async () => {
    const [answer] = await onServer.bot.handleText(anouk, "wie doet schulden in Wyckerpoort?");
    const text = renderMessageText(answer!);
    expect(text).toMatch(
      /^== Schulden in Wyckerpoort ==\nSchuldhulpverlening \(aanmelding en stabilisatie\)\n/,
    );
    expect(text).toContain("Leila Bakkali (schuldhulpverlener): afwezig · vervanger: Mark Janssen");
    expect(text).toContain("Budgetmaatje aan huis (vrijwilliger)");
  });

  it.each(QUESTIONS)("gives the same answer to %j on both", async (question) => {
    const fromServer = await onServer.bot.handleText(anouk, question);
    const fromPglite = await onPglite.bot.handleText(anouk, question);
    expect(fromServer.length).toBeGreaterThan(0);
    expect(fromServer).toEqual(fromPglite);
  });

  it("gives the same answer to the choose-wijk button on both", async () => {
    const data = { wijkId: "maastricht-limmel", topicIds: "debts,loneliness" };
    const fromServer = await onServer.bot.handleAction(anouk, "lookup.choose-wijk", data);
    const fromPglite = await onPglite.bot.handleAction(anouk, "lookup.choose-wijk", data);
    expect(renderMessageText(fromServer.replies[0]!)).toContain("== Schulden in Limmel ==");
    expect(fromServer).toEqual(fromPglite);
  });

  it("records the same gaps on both", async () => {
    const gaps = (core: Core) =>
      core.db.prisma.lookupGap.findMany({
        select: { at: true, askedById: true, wijkId: true, topicId: true, kind: true, term: true },
        orderBy: [{ kind: "asc" }, { term: "asc" }, { wijkId: "asc" }, { topicId: "asc" }],
      });
    const fromServer = await gaps(onServer);
    expect(fromServer.map((g) => g.kind)).toContain("unknown-wijk");
    expect(fromServer.every((g) => g.at.toISOString() === new Date(NOW).toISOString())).toBe(true);
    expect(fromServer).toEqual(await gaps(onPglite));
  });
});
