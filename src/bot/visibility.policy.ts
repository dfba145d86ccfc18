/**
 * Where an answer may be shown (QUALITY.md, issue #15): case data (cases, handovers, consults,
 * digests, tasks, audit, administration) only ever to the asker. Asked in a channel, a group chat
 * or a channel shared with another organisation (Turn.place "shared"), every answer of a command
 * or button that is not on the list below is made private; the channels then show it only to the
 * asker (Slack: ephemeral or DM; Teams: personal chat) with a short neutral line where it was asked.
 *
 * The list names what MAY be shared, so a new command or button is private until someone decides
 * otherwise: forgetting it costs a channel answer, never a leak.
 */
import type { CommandKind } from "../language/index.js";
import type { Message } from "../views/message.js";
import type { ActionResult, Turn } from "./bot.js";

/** The directory and the bot's own help: nothing about a citizen, a case or a person's work. */
const SHAREABLE_COMMANDS: ReadonlySet<CommandKind> = new Set<CommandKind>(["help", "lookup", "unknown"]);
/** Buttons on a directory answer that only redo the lookup. */
const SHAREABLE_INTENTS: ReadonlySet<string> = new Set(["lookup.choose-wijk"]);

export function mayShareCommand(kind: CommandKind): boolean {
  return SHAREABLE_COMMANDS.has(kind);
}

export function mayShareIntent(intent: string): boolean {
  return SHAREABLE_INTENTS.has(intent);
}

const privately = (message: Message): Message =>
  message.visibility === "private" ? message : { ...message, visibility: "private" };

/** The answers to a typed command as they may be shown at `turn.place`. */
export function commandAnswers(turn: Turn, kind: CommandKind, messages: Message[]): Message[] {
  if (turn.place !== "shared" || mayShareCommand(kind)) return messages;
  return messages.map(privately);
}

/** The result of a button as it may be shown at `turn.place`; the update too, since others see the card. */
export function actionAnswers(turn: Turn, intent: string, result: ActionResult): ActionResult {
  if (turn.place !== "shared" || mayShareIntent(intent)) return result;
  return {
    replies: result.replies.map(privately),
    ...(result.update ? { update: privately(result.update) } : {}),
  };
}
