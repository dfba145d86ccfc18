import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { Actor } from "../core/access/actor.js";
import { FakeClock } from "../core/shared/clock.js";
import { caseNotFound } from "../features/cases/core/case.service.js";
import { demoSource } from "../language/demo-lexicon.test-support.js";
import { INTENTS } from "../language/index.js";
import { silentLogger } from "../logging.js";
import type { Turn } from "./bot.js";
import { createBot } from "./create-bot.js";
import type { BotDeps } from "./deps.js";
import type { Capability } from "./handler.js";
import { LexiconProvider } from "./lexicon-provider.js";
import { REFUSAL_FLOOR_MS } from "./refusal-timing.js";

const actor = {
  professionalId: "p-1",
  name: "P",
  locale: null,
  wijkIds: [],
  coordinatorOf: [],
} as unknown as Actor;
const turn: Turn = { account: { channel: "web", tenant: "", externalId: "p-1" }, place: "personal" };

/** "casus X": WYC-014 exists but is someone else's (the database took 40 ms to load it); others do not exist. */
const cases: Capability = {
  name: "cases",
  commands: {
    "case.show": async (_ctx, command) => {
      if (command.code === "WYC-014") {
        await sleep(40);
        throw caseNotFound(command.code);
      }
      if (command.code === "WYC-001") return [];
      throw caseNotFound(command.code);
    },
  },
  // The bot refuses to start unless every intent has a handler; none is pressed here.
  actions: Object.fromEntries(INTENTS.map((intent) => [intent, async () => ({ replies: [] })])),
};

const bot = createBot(
  {
    clock: new FakeClock("2026-11-23T08:30:00Z"),
    logger: silentLogger,
    identities: { actorFor: async () => actor },
    lexicon: new LexiconProvider({ revision: async () => 1, load: async () => demoSource() }),
  } as unknown as BotDeps,
  [cases],
);

async function timed(text: string): Promise<{ ms: number; answer: string }> {
  const started = performance.now();
  const answer = JSON.stringify(await bot.handleText(turn, text));
  return { ms: performance.now() - started, answer: answer.replaceAll(/WYC-\d+/g, "WYC-x") };
}

describe("'not yours' and 'does not exist' take the same time (issue #15)", () => {
  it("answers both refusals with the same text no sooner than the floor", async () => {
    await timed("casus WYC-999"); // warm the lexicon
    const notYours = await timed("casus WYC-014");
    const missing = await timed("casus WYC-999");
    expect(notYours.answer).toBe(missing.answer);
    for (const { ms } of [notYours, missing]) expect(ms).toBeGreaterThanOrEqual(REFUSAL_FLOOR_MS - 1);
    expect(Math.abs(notYours.ms - missing.ms)).toBeLessThan(25);
  });

  it("does not slow an answer that is not a refusal", async () => {
    const found = await timed("casus WYC-001");
    expect(found.ms).toBeLessThan(REFUSAL_FLOOR_MS / 2);
  });
});
