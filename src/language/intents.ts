/**
 * Every button and form submit the bot answers to: the `feature.verb` intent (Slack's action_id,
 * the Teams card verb, the web action) and the one schema of its payload. Each job declares its
 * own in `features/<job>/language/<job>.intents.ts`; this is the one list the views' `Action`,
 * the handlers and the bot's payload check are typed against. An intent declared twice stops the
 * process at start.
 */
import type { z } from "zod/v4";
import { caseIntents } from "../features/cases/language/cases.intents.js";
import { consultIntents } from "../features/consult/language/consult.intents.js";
import { digestIntents } from "../features/digest/language/digest.intents.js";
import { directoryIntents } from "../features/directory/language/directory.intents.js";
import { handoverIntents } from "../features/handover/language/handover.intents.js";
import { homeIntents } from "../features/home/language/home.intents.js";
import type { IntentTable } from "./intent-payload.js";

type Joined<T extends readonly IntentTable[]> = T extends readonly [
  infer First,
  ...infer Rest extends IntentTable[],
]
  ? First & Joined<Rest>
  : unknown;

/** The tables as one; a name in two of them is a programming error, refused before anything runs. */
export function joinIntentTables<const T extends readonly IntentTable[]>(...tables: T): Joined<T> {
  const joined: IntentTable = {};
  for (const table of tables) {
    for (const [intent, schema] of Object.entries(table)) {
      if (Object.hasOwn(joined, intent)) throw new Error(`The intent "${intent}" is declared twice.`);
      joined[intent] = schema;
    }
  }
  return joined as Joined<T>;
}

export const intentSchemas = joinIntentTables(
  directoryIntents,
  caseIntents,
  digestIntents,
  consultIntents,
  handoverIntents,
  homeIntents,
);

type IntentSchemas = typeof intentSchemas;
export type Intent = keyof IntentSchemas & string;
/** A payload as the handler of `I` receives it: validated and parsed. */
export type IntentData<I extends Intent> = z.output<IntentSchemas[I]>;

export const INTENTS = Object.keys(intentSchemas) as Intent[];

export function isIntent(name: string): name is Intent {
  return Object.hasOwn(intentSchemas, name);
}
