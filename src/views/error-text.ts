/**
 * What a person reads when their turn ends in an error. The bot's own answers and every
 * channel's last-resort boundary (Slack, Teams, web, CLI) call this one function, so an error
 * code reads the same wherever it surfaces.
 */
import { type ErrorCode, isAppError } from "../core/shared/app-error.js";
import type { Lang } from "../core/shared/lang.js";
import { noticeMessage } from "./common.view.js";
import { isMessageKey, type MessageKey, type MessageValues, t } from "./i18n.js";
import type { Message } from "./message.js";

/** Codes whose text needs no values; an AppError that names its own text wins. */
const TEXT_OF_CODE: Partial<Record<ErrorCode, MessageKey>> = {
  DATABASE_UNAVAILABLE: "error.database",
  ACCESS_NOT_REGISTERED: "access.not-registered",
  ACTION_UNKNOWN: "error.action-unknown",
};

export function errorText(lang: Lang, error: unknown): string {
  if (!isAppError(error)) return t(lang, "error.generic");
  const own = error.userMessageKey;
  const key =
    own !== "error.generic" && isMessageKey(own) ? own : (TEXT_OF_CODE[error.code] ?? "error.generic");
  return t(lang, key, detailValues(error.details));
}

/** The error as a chat answer: a warning notice with errorText. */
export function errorNotice(lang: Lang, error: unknown): Message {
  return noticeMessage(lang, "warning", errorText(lang, error));
}

function detailValues(details: Record<string, unknown> | undefined): MessageValues {
  return Object.fromEntries(
    Object.entries(details ?? {}).map(([k, v]) => [k, typeof v === "number" ? v : String(v)]),
  );
}
