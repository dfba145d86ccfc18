/**
 * The capabilities' handlers as one table, checked when the bot is built: a command kind or an
 * intent handled twice, or an intent nobody handles, stops the start with an error that names
 * them. (Merging the tables silently let the last registration win.)
 */
import { englishCount } from "../core/shared/english-count.js";
import { type CommandKind, INTENTS, type Intent } from "../language/index.js";
import type { ActionResult } from "./bot.js";
import type { Capability, CommandHandler, HandlerContext } from "./handler.js";

/** A handler whose payload the bot has already parsed with its intent's schema. */
type ParsedActionHandler = (ctx: HandlerContext, data: unknown) => Promise<ActionResult>;

export interface HandlerRegistry {
  command(kind: CommandKind): CommandHandler<CommandKind> | undefined;
  action(intent: Intent): ParsedActionHandler;
}

export function registerHandlers(capabilities: readonly Capability[]): HandlerRegistry {
  const commands = new Map<string, { by: string; handler: unknown }>();
  const actions = new Map<string, { by: string; handler: unknown }>();
  for (const capability of capabilities) {
    add(commands, "command kind", capability.name, capability.commands);
    add(actions, "intent", capability.name, capability.actions);
  }
  const unhandled = INTENTS.filter((intent) => !actions.has(intent));
  if (unhandled.length > 0) {
    const names = unhandled.map((i) => `"${i}"`).join(", ");
    throw new Error(
      `No capability handles ${englishCount(unhandled.length, "intent", "intents")}: ${names}. Every intent ` +
        "a view can emit needs exactly one handler (register it in src/bot/capabilities.ts).",
    );
  }
  return {
    command: (kind) => commands.get(kind)?.handler as CommandHandler<CommandKind> | undefined,
    // Every intent has a handler (checked above); the handler's parameter type is its intent's
    // parsed payload, which the caller guarantees by parsing with that intent's schema first.
    action: (intent) => actions.get(intent)!.handler as ParsedActionHandler,
  };
}

function add(
  into: Map<string, { by: string; handler: unknown }>,
  what: string,
  by: string,
  handlers: object,
): void {
  for (const [name, handler] of Object.entries(handlers)) {
    if (handler === undefined) continue;
    const first = into.get(name);
    if (first) {
      throw new Error(
        `The ${what} "${name}" is handled by both "${first.by}" and "${by}": each needs exactly one handler.`,
      );
    }
    into.set(name, { by, handler });
  }
}
