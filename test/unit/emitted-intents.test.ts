/**
 * Every button and form the real bot draws (createCore on PGlite with the demo map) carries an
 * intent with a handler and a payload its intent's schema accepts. The type system already stops
 * a view from naming an undeclared intent; this checks the payloads the views actually build,
 * following the buttons that only show something or open a form.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/app.js";
import type { Turn } from "../../src/bot/bot.js";
import { type Intent, intentSchemas } from "../../src/language/index.js";
import type { Action, Form, FormField, Message } from "../../src/views/message.js";
import { type DemoCore, startDemoCore } from "../support/demo-app.js";

let demo: DemoCore;
let core: Core;

beforeAll(async () => {
  demo = await startDemoCore("intents", { WIJKBOT_NOW: "2026-11-23T09:30:00+01:00" });
  core = demo.core;
}, 120_000);

afterAll(async () => {
  await demo?.stop();
});

/** Buttons that only show something or open a form: safe to press while exploring. */
const LOOKING: ReadonlySet<Intent> = new Set<Intent>([
  "case.show",
  "consult.show",
  "consult.invite",
  "consult.attendance",
  "consult.reschedule",
  "consult.agenda-add",
  "consult.outcome",
  "consult.participant-add",
  "handover.start",
  "handover.details",
  "lookup.choose-wijk",
  "home.show",
]);

const web = (as: string): Turn => ({
  account: { channel: "web", tenant: "", externalId: as },
  place: "personal",
});

/** What a channel sends for a submitted form: the submit's data and a plausible value per field. */
function submitted(form: Form): Action {
  const sample = (field: FormField): string =>
    field.kind === "select"
      ? (field.options[0]?.value ?? "")
      : field.kind === "date"
        ? "2026-11-25"
        : field.kind === "time"
          ? "10:00"
          : field.kind === "toggle"
            ? "true"
            : "tekst";
  const values = Object.fromEntries(form.fields.map((f) => [f.name, sample(f)]));
  return { ...form.submit, data: { ...form.submit.data, ...values } };
}

function actionsOf(messages: Message[]): Action[] {
  return messages.flatMap((m) =>
    m.blocks.flatMap((b) =>
      b.type === "actions" ? b.actions : b.type === "form" ? [submitted(b.form)] : [],
    ),
  );
}

describe("the payloads the views put on buttons and forms", () => {
  it("all pass their intent's schema, across lookups, cases, handovers, consults and the digest", async () => {
    const questions: [string, string][] = [
      ["p-anouk-peeters", "wie doet schulden in Wyckerpoort?"],
      ["p-anouk-peeters", "wie doet schulden?"],
      ["p-anouk-peeters", "mijn casussen"],
      ["p-anouk-peeters", "overdracht WYC-014 naar schuldhulp"],
      ["p-pieter-brouwers", "mijn overdrachten"],
      ["p-pieter-brouwers", "plan palliatief consult voor WYC-021 volgende week"],
      ["p-pieter-brouwers", "mijn consulten"],
      ["p-ruud-lemmens", "overzicht Wyckerpoort"],
    ];
    const queue: [string, Action][] = [];
    for (const [as, text] of questions) {
      for (const action of actionsOf(await core.bot.handleText(web(as), text))) queue.push([as, action]);
    }
    const seen = new Set<string>();
    const refused: string[] = [];
    for (let pressed = 0; queue.length > 0 && pressed < 80; ) {
      const [as, action] = queue.shift()!;
      const key = `${action.intent} ${JSON.stringify(action.data)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!intentSchemas[action.intent].safeParse(action.data).success) refused.push(key);
      if (!LOOKING.has(action.intent) || action.data.submitted === "true") continue;
      pressed += 1;
      const result = await core.bot.handleAction(web(as), action.intent, action.data);
      for (const next of actionsOf(result.replies)) queue.push([as, next]);
    }
    expect(refused).toEqual([]);
    // The receiver's handover buttons arrive in notices; test/e2e/handover.e2e.test.ts presses them.
    const intents = new Set([...seen].map((key) => key.split(" ")[0]));
    expect([...intents]).toEqual(
      expect.arrayContaining([
        "case.show",
        "consent.withdraw",
        "consult.agenda-add",
        "consult.attendance",
        "consult.cancel",
        "consult.confirm",
        "consult.participant-add",
        "consult.participant-remove",
        "consult.participant-required",
        "consult.show",
        "consult.vote",
        "digest.nudge",
        "directory.verify",
        "handover.cancel",
        "handover.start",
        "handover.submit",
        "lookup.choose-wijk",
      ]),
    );
  });
});
