/** The shape of a capability's chat handlers: one per command kind, one per button intent. */
import type { Caller } from "../core/access/caller.js";
import type { Lang } from "../core/shared/lang.js";
import type { CommandKind, CommandOf, Intent, IntentData } from "../language/index.js";
import type { Message } from "../views/message.js";
import type { ActionResult, Turn } from "./bot.js";
import type { BotDeps } from "./deps.js";

export interface HandlerContext {
  /** Who is acting and through which channel: built once per turn, passed to every service. */
  caller: Caller;
  lang: Lang;
  turn: Turn;
  deps: BotDeps;
}

export type CommandHandler<K extends CommandKind> = (
  ctx: HandlerContext,
  command: CommandOf<K>,
) => Promise<Message[]>;

export type CommandHandlers = { [K in CommandKind]?: CommandHandler<K> };

/** Runs only with a payload its intent's schema accepted (language/intents.ts). */
export type ActionHandler<I extends Intent> = (
  ctx: HandlerContext,
  data: IntentData<I>,
) => Promise<ActionResult>;

export type ActionHandlers = { [I in Intent]?: ActionHandler<I> };

/** One capability's contribution to the bot; `name` says which one in a start-up error. */
export interface Capability {
  name: string;
  commands: CommandHandlers;
  actions: ActionHandlers;
}
