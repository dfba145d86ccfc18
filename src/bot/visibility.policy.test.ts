import { describe, expect, it } from "vitest";
import type { Actor } from "../core/access/actor.js";
import { FakeClock } from "../core/shared/clock.js";
import { demoSource } from "../language/demo-lexicon.test-support.js";
import { type CommandKind, INTENTS, ParsedCommand } from "../language/index.js";
import { silentLogger } from "../logging.js";
import type { Message } from "../views/message.js";
import type { Turn } from "./bot.js";
import { createBot } from "./create-bot.js";
import type { BotDeps } from "./deps.js";
import type { Capability } from "./handler.js";
import { LexiconProvider } from "./lexicon-provider.js";
import { mayShareCommand, mayShareIntent } from "./visibility.policy.js";

const KINDS = ParsedCommand.options.map((o) => o.shape.kind.value) as CommandKind[];

/** One phrasing per command kind, as a professional types it in a channel. */
const ASKED: Partial<Record<CommandKind, string>> = {
  help: "help",
  lookup: "wie doet schulden in Wyckerpoort?",
  unknown: "kwantumfysica",
  "case.show": "casus WYC-014",
  "cases.mine": "mijn casussen",
  "handovers.mine": "mijn overdrachten",
  "consults.mine": "mijn consulten",
  "tasks.mine": "mijn taken",
  "handover.start": "overdracht WYC-014 naar schuldhulp",
  "consult.plan": "plan palliatief consult voor WYC-021 volgende week",
  "digest.show": "overzicht Wyckerpoort",
  "digest.schedule": "stuur mijn overzicht op vrijdag 16:00",
  "language.set": "taal engels",
  "audit.query": "audit WYC-014",
  "audit.export": "exporteer audit WYC-014 csv",
  "admin.link": "koppel slack U123ABC aan p-anouk-peeters",
  "admin.unlink": "ontkoppel slack U123ABC in T0001",
  "admin.deactivate": "deactiveer p-anouk-peeters",
  "case.erase": "wis WYC-014",
  "case.create": "nieuwe casus in Wyckerpoort",
  "case.close": "sluit WYC-014",
  "case.reopen": "heropen WYC-014",
  "case.involve": "betrek Mark Janssen bij WYC-014",
  "case.release": "ontkoppel Mark Janssen van WYC-014",
  "case.regie": "regie WYC-014 naar Anouk Peeters",
  "absence.report": "ik ben afwezig tot 4 december, vervanger Mark Janssen",
  "service.edit": "mijn diensten",
};

/** Case data as a careless view would mark it: "shared". */
const caseCard = (what: string): Message => ({
  lang: "nl",
  summary: `${what} WYC-014`,
  blocks: [{ type: "text", content: [`${what}: WYC-014, betrokken: Anna`] }],
  visibility: "shared",
});

/** Buttons of each job with a payload their schema accepts. */
const PRESSED: [string, Record<string, string>][] = [
  ["case.show", { code: "WYC-014" }],
  ["handover.details", { id: "h-1", v: "1" }],
  ["consult.show", { consultId: "c-1" }],
  ["digest.nudge", { handoverId: "h-1" }],
  ["directory.verify", { serviceId: "svc-1" }],
  ["lookup.choose-wijk", {}],
];

function stubs(): { capability: Capability; handled: string[] } {
  const handled: string[] = [];
  const commands = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      async () => {
        handled.push(kind);
        return [caseCard(kind)];
      },
    ]),
  );
  const actions = Object.fromEntries(
    INTENTS.map((intent) => [
      intent,
      async () => ({ replies: [caseCard(intent)], update: caseCard(`${intent} update`) }),
    ]),
  );
  return { capability: { name: "stubs", commands, actions } as unknown as Capability, handled };
}

const anouk: Actor = {
  professionalId: "p-anouk-peeters",
  name: "Anouk Peeters",
  organisationId: "org",
  locale: null,
  wijkIds: ["wyc"],
  coordinatorOf: [],
  networkMunicipality: null,
  isAdmin: true,
};

function botWith(capability: Capability) {
  const deps = {
    clock: new FakeClock("2026-11-23T08:30:00Z"),
    logger: silentLogger,
    identities: { actorFor: async () => anouk },
    lexicon: new LexiconProvider({ revision: async () => 1, load: async () => demoSource() }),
  } as unknown as BotDeps;
  return createBot(deps, [capability]);
}

const turn = (place: Turn["place"]): Turn => ({
  account: { channel: "slack", tenant: "T1", externalId: "U1" },
  place,
});

describe("case data is answered privately in shared places (issue #15)", () => {
  it("has a phrasing for every command kind, so a new kind cannot slip past this test", () => {
    expect(Object.keys(ASKED).sort()).toEqual([...KINDS].sort());
  });

  it.each(Object.entries(ASKED))(
    "asked in a channel, %s is private unless it is the directory",
    async (kind, text) => {
      const { capability, handled } = stubs();
      const answers = await botWith(capability).handleText(turn("shared"), text);
      expect(handled).toEqual([kind]);
      const expected = ["help", "lookup", "unknown"].includes(kind) ? "shared" : "private";
      expect(answers.map((m) => m.visibility)).toEqual([expected]);
    },
  );

  it.each(Object.keys(ASKED))(
    "asked in a personal chat, %s keeps the view's own visibility",
    async (kind) => {
      const { capability } = stubs();
      const answers = await botWith(capability).handleText(turn("personal"), ASKED[kind as CommandKind]!);
      expect(answers.map((m) => m.visibility)).toEqual(["shared"]);
    },
  );

  it.each(PRESSED)(
    "a %s button pressed where others read: replies and the card update are private",
    async (intent, data) => {
      const { capability } = stubs();
      const result = await botWith(capability).handleAction(turn("shared"), intent, data);
      const expected = intent === "lookup.choose-wijk" ? "shared" : "private";
      expect([...result.replies, result.update].map((m) => m?.visibility)).toEqual([expected, expected]);
    },
  );

  it("lists only directory commands and buttons as shareable", () => {
    expect(KINDS.filter(mayShareCommand).sort()).toEqual(["help", "lookup", "unknown"]);
    expect(INTENTS.filter(mayShareIntent)).toEqual(["lookup.choose-wijk"]);
  });
});
