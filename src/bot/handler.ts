/** The shape of a capability's chat handlers: one per command kind, one per button intent. */
import type { Caller } from "../core/access/caller.js";
import type { Lang } from "../core/shared/lang.js";
import type { CommandKind, CommandOf } from "../language/index.js";
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

export type ActionHandler = (ctx: HandlerContext, data: Record<string, string>) => Promise<ActionResult>;

export type ActionHandlers = Record<string, ActionHandler>;

/** One capability's contribution to the bot. */
export interface Capability {
  commands: CommandHandlers;
  actions: ActionHandlers;
}
