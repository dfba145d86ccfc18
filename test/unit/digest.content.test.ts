/**
 * The digest's content end to end below the chat: demo social map plus a fixed week of activity,
 * real SQL on PGlite, the service, and the view in Dutch and English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/access/actor.js";
import { FakeClock } from "../../src/core/shared/clock.js";
import type { Database } from "../../src/db/database.js";
import { identityRepository } from "../../src/db/repositories/identity.repository.js";
import { seedDemoIfEmpty } from "../../src/db/social-map/seed.js";
import { DigestService } from "../../src/features/digest/core/digest.service.js";
import { digestRepository } from "../../src/features/digest/db/digest.repository.js";
import { digestActionsRepository } from "../../src/features/digest/db/digest-runs.repository.js";
import { digestView } from "../../src/features/digest/views/digest.view.js";
import { showView } from "../../src/features/digest/views/digest-replies.view.js";
import { inlineToPlain, type Message } from "../../src/views/message.js";
import { memoryDatabase } from "../support/test-database.js";
import { addDigestWeek, NOW } from "./digest.fixture.js";

let db: Database;
let service: DigestService;
let ruud: Actor;
const clock = new FakeClock(NOW);

beforeAll(async () => {
  db = await memoryDatabase();
  await seedDemoIfEmpty(db.prisma, clock);
  await addDigestWeek(db.prisma);
  const store = digestRepository(db.prisma);
  service = new DigestService({
    reader: store,
    subscriptions: store,
    actions: digestActionsRepository(db.prisma),
    clock,
  });
  ruud = (await identityRepository(db.prisma).actorById("p-ruud-lemmens"))!;
}, 120_000);
afterAll(async () => {
  await db?.close();
});

/** Every line a reader sees, fields as "label: value". */
function plain(message: Message): string[] {
  return message.blocks.flatMap((block) => {
    switch (block.type) {
      case "heading":
        return [block.text];
      case "text":
      case "context":
      case "notice":
        return [block.content.map(inlineToPlain).join("")];
      case "fields":
        return block.fields.map((f) => `${f.label}: ${f.value.map(inlineToPlain).join("")}`);
      case "list":
        return block.items.map((item) => `- ${item.map(inlineToPlain).join("")}`);
      case "actions":
        return [block.actions.map((a) => `[${a.label}]`).join(" ")];
      default:
        return [];
    }
  });
}

describe("weekly digest content", () => {
  it("counts and orders Wyckerpoort's week in Dutch", async () => {
    const result = await service.show(
      { actor: ruud, channel: "web" },
      { wijkId: "maastricht-wyckerpoort", wijkText: null },
    );
    expect(plain(showView(result, "nl"))).toEqual([
      "Weekoverzicht",
      "Wyckerpoort",
      "Open casussen: 4",
      "Nieuw deze week: 1",
      "Wachten op acceptatie: 1",
      "Overdrachten over de termijn: 2",
      "Afgerond deze week: 2 (mediaan 1,5 werkdagen tot eerste contact)",
      "Consulten komende 7 dagen: 1",
      "Actiepunten over datum: 1",
      "Gegevens > 1 jaar niet gecontroleerd: 1",
      "Zoekvragen zonder antwoord: 2",
      "Eerst aandacht voor:",
      "- WYC-027: overdracht aan Sociaal Team Oost – vraagverheldering en ondersteuning, ligt bij Anouk Peeters, 4 werkdagen over de termijn",
      "- WYC-014: overdracht aan Schuldhulpverlening (aanmelding en stabilisatie), ligt bij de dienst (nog niemand geaccepteerd), 2 werkdagen over de termijn",
      "- WYC-014: actiepunt van Anouk Peeters stond op 20-11-2026",
      "- WYC-021: consult op wo 25 nov 14:00",
      "- Niemand gevonden voor Schulden (2×)",
      "- Budgetmaatje aan huis (vrijwilliger): niet gecontroleerd sinds 30-06-2025",
      "[Herinner (WYC-027)] [Open WYC-027] [Herinner (WYC-014)] [Open WYC-014] [Open WYC-021] [Klopt nog: Budgetmaatje aan huis (vrijwilliger)]",
    ]);
  });

  it("says the same in English", async () => {
    const result = await service.show(
      { actor: ruud, channel: "web" },
      { wijkId: "maastricht-wyckerpoort", wijkText: null },
    );
    const lines = plain(showView(result, "en"));
    expect(lines.slice(0, 3)).toEqual(["Weekly digest", "Wyckerpoort", "Open cases: 4"]);
    expect(lines).toContain("Completed this week: 2 (median 1.5 working days to first contact)");
    expect(lines).toContain("- WYC-021: consult on Wed 25 Nov 14:00");
    expect(lines).toContain("- Nobody found for Debts (2×)");
    expect(showView(result, "en").summary).toBe(
      "Weekly digest: 4 open cases, 2 overdue handovers, 1 awaiting acceptance",
    );
  });

  it("shows case codes only: no case summary, reason, phone or action point text", async () => {
    const result = await service.show({ actor: ruud, channel: "web" }, { wijkId: null, wijkText: null });
    const json = JSON.stringify(showView(result, "nl"));
    for (const secret of ["betalingsachterstand", "Huishouden", "Bel bewoner", "+31 6", "Aanmaningen"]) {
      expect(json).not.toContain(secret);
    }
    expect(json).toContain("WYC-014");
  });

  it("never shows a coordinator another wijk's items", async () => {
    const result = await service.show({ actor: ruud, channel: "web" }, { wijkId: null, wijkText: null });
    if (result.kind !== "digest") throw new Error(result.kind);
    expect(result.report.sections.map((s) => s.scope.name)).toEqual([
      "Limmel",
      "Nazareth",
      "Wittevrouwenveld",
      "Wyckerpoort",
    ]);
    expect(JSON.stringify(showView(result, "nl"))).not.toContain("MAL-");
    const malberg = await service.show(
      { actor: ruud, channel: "web" },
      { wijkId: "maastricht-malberg", wijkText: null },
    );
    expect(malberg).toMatchObject({ kind: "not-yours" });
  });

  it("rolls up every wijk of the municipality for a network coordinator", async () => {
    const network: Actor = {
      ...ruud,
      professionalId: "p-net",
      coordinatorOf: [],
      wijkIds: [],
      networkMunicipality: "GM0935",
    };
    const result = await service.show({ actor: network, channel: "web" }, { wijkId: null, wijkText: null });
    if (result.kind !== "digest") throw new Error(result.kind);
    const [section] = result.report.sections;
    expect(result.report.sections).toHaveLength(1);
    expect(section?.scope).toMatchObject({ name: "Maastricht", rollup: true });
    expect(section?.counts).toMatchObject({
      openCases: 7,
      overdueHandovers: 3,
      completedThisWeek: 2,
      staleEntries: 1,
    });
    expect(plain(showView(result, "nl"))[1]).toBe("Maastricht (alle 5 wijken)");
  });

  it("tells someone who coordinates nothing what the digest is for", async () => {
    const nobody: Actor = { ...ruud, coordinatorOf: [], networkMunicipality: null };
    expect(await service.show({ actor: nobody, channel: "web" }, { wijkId: null, wijkText: null })).toEqual({
      kind: "not-coordinator",
    });
  });

  it("sends a quiet scheduled week as one line, and shows the counts on demand", async () => {
    const quietClock = new FakeClock("2027-06-07T06:00:00Z");
    const store = digestRepository(db.prisma);
    const quiet = new DigestService({
      reader: store,
      subscriptions: store,
      actions: digestActionsRepository(db.prisma),
      clock: quietClock,
    });
    const nazareth = { ...ruud, coordinatorOf: ["maastricht-nazareth"] };
    const report = await quiet.build(nazareth, [], quietClock.now(), {
      late: false,
      scheduledAt: null,
      channel: "job",
    });
    expect(report.quiet).toBe(true);
    expect(plain(digestView(report, "nl", { onDemand: false }))).toEqual([
      "Niets nieuws in Nazareth deze week.",
    ]);
    expect(plain(digestView(report, "en", { onDemand: true }))).toContain("Open cases: 0");
  });
});
