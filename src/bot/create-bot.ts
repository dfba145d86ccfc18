/**
 * The platform-neutral conversation: account -> actor, text -> command, command -> capability
 * handler -> messages. Expected refusals (not registered, too long, unknown button, a button
 * payload its intent's schema refuses) are answers; AppErrors carry the user-facing text; anything
 * else propagates to the channel's error boundary.
 */
import type { Actor } from "../core/access/actor.js";
import { type AppError, isAppError } from "../core/shared/app-error.js";
import type { Lang } from "../core/shared/lang.js";
import {
  allStorable,
  type Intent,
  intentSchemas,
  isIntent,
  isStorable,
  MAX_INPUT_LENGTH,
  type ParsedCommand,
  parseText,
} from "../language/index.js";
import { noticeMessage } from "../views/common.view.js";
import { errorNotice } from "../views/error-text.js";
import { t } from "../views/i18n.js";
import type { Message } from "../views/message.js";
import type { Bot, Turn } from "./bot.js";
import type { BotDeps } from "./deps.js";
import type { Capability, HandlerContext } from "./handler.js";
import { registerHandlers } from "./handler-registry.js";
import { refusalTimer } from "./refusal-timing.js";
import { actionAnswers, commandAnswers } from "./visibility.policy.js";

/** Throws at once when a command kind or intent has two handlers, or an intent has none. */
export function createBot(deps: BotDeps, capabilities: readonly Capability[]): Bot {
  const handlers = registerHandlers(capabilities);

  async function context(turn: Turn, questionLang: Lang): Promise<HandlerContext | Lang> {
    const actor = await deps.identities.actorFor(turn.account);
    const lang = chooseLang(actor, questionLang, turn);
    return actor ? { caller: { actor, channel: turn.account.channel }, lang, turn, deps } : lang;
  }

  return {
    async handleText(turn, text) {
      if (text.length > MAX_INPUT_LENGTH) {
        const lang = turn.platformLang ?? "nl";
        return [
          noticeMessage(
            lang,
            "error",
            t(lang, "error.too-long", { length: text.length, max: MAX_INPUT_LENGTH }),
          ),
        ];
      }
      if (!isStorable(text) || !storableAccount(turn)) return [badCharacters(turn.platformLang ?? "nl")];
      const command = parseText(text, await deps.lexicon.get());
      const ctx = await context(turn, command.lang);
      if (typeof ctx === "string") {
        await auditUnregistered(deps, turn, command);
        return [notRegistered(ctx)];
      }
      const handler = handlers.command(command.kind);
      if (!handler) return [noticeMessage(ctx.lang, "info", t(ctx.lang, "unavailable.text"))];
      const answers = await guard(
        () => handler(ctx, command as ParsedCommand),
        (error) => [errorNotice(ctx.lang, error)],
      );
      return commandAnswers(turn, command.kind, answers);
    },

    async handleAction(turn, intent, data) {
      if (!storableAccount(turn)) return { replies: [badCharacters(turn.platformLang ?? "nl")] };
      const ctx = await context(turn, "nl");
      if (typeof ctx === "string") return { replies: [notRegistered(ctx)] };
      if (!allStorable(data)) return { replies: [badCharacters(ctx.lang)] };
      if (!isIntent(intent))
        return { replies: [noticeMessage(ctx.lang, "warning", t(ctx.lang, "error.action-unknown"))] };
      const payload = intentSchemas[intent].safeParse(data);
      if (!payload.success) {
        refusedPayload(deps, intent, payload.error.issues);
        return { replies: [noticeMessage(ctx.lang, "warning", t(ctx.lang, "error.action-invalid"))] };
      }
      const handler = handlers.action(intent);
      const result = await guard(
        () => handler(ctx, payload.data),
        (error) => ({ replies: [errorNotice(ctx.lang, error)] }),
      );
      return actionAnswers(turn, intent, result);
    },
  };
}

/** An unknown chat account asking about a case is refused, and the attempt is audited. */
async function auditUnregistered(deps: BotDeps, turn: Turn, command: ParsedCommand): Promise<void> {
  const code = "code" in command ? command.code : "caseCode" in command ? command.caseCode : null;
  if (!code) return;
  const { channel, tenant, externalId } = turn.account;
  await deps.audit.record({
    event: "case.view",
    action: "read",
    at: deps.clock.now(),
    actorId: null,
    channel,
    caseCode: code,
    subject: `chat:${channel}:${tenant}:${externalId}`.slice(0, 200),
    authorised: false,
    detail: { refusal: "not-registered" },
  });
}

/** Names the fields only: a payload may carry what a user typed into a form. */
function refusedPayload(deps: BotDeps, intent: Intent, issues: readonly { path: PropertyKey[] }[]): void {
  const fields = [...new Set(issues.map((issue) => issue.path.map(String).join(".") || "(payload)"))];
  deps.logger.warn({ intent, fields }, "bot: button payload refused");
}

function chooseLang(actor: Actor | null, questionLang: Lang, turn: Turn): Lang {
  if (actor?.locale) return actor.locale;
  if (questionLang === "en") return "en";
  return turn.platformLang ?? "nl";
}

/** An account id the database could not look up or audit (a NUL in a signed payload). */
function storableAccount(turn: Turn): boolean {
  return isStorable(turn.account.externalId) && isStorable(turn.account.tenant);
}

/** Nothing is parsed or stored: the person is asked to retype it. */
function badCharacters(lang: Lang): Message {
  return noticeMessage(lang, "error", t(lang, "error.bad-characters"));
}

function notRegistered(lang: Lang): Message {
  return noticeMessage(lang, "warning", t(lang, "access.not-registered"));
}

/**
 * Turns AppErrors into their user-facing message. Outages and bugs propagate to the channel's
 * error boundary, which answers with a 5xx where the platform retries (Slack) and logs.
 */
async function guard<T>(work: () => Promise<T>, answer: (error: AppError) => T): Promise<T> {
  const uniformTime = refusalTimer();
  try {
    return await work();
  } catch (error) {
    if (!isAppError(error) || error.code === "DATABASE_UNAVAILABLE" || error.code === "INTERNAL") throw error;
    await uniformTime(error);
    return answer(error);
  }
}
