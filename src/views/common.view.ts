/** Small messages every capability uses: notices, help. */
import type { Lang } from "../core/shared/lang.js";
import { t } from "./i18n.js";
import type { Message } from "./message.js";

export function noticeMessage(
  lang: Lang,
  tone: "info" | "warning" | "success" | "error",
  text: string,
  visibility: Message["visibility"] = "shared",
): Message {
  return { lang, summary: text, blocks: [{ type: "notice", tone, content: [text] }], visibility };
}

/** A notice only the asker sees: every answer about cases, people and their own actions. */
export function privateNotice(
  lang: Lang,
  tone: "info" | "warning" | "success" | "error",
  text: string,
): Message {
  return noticeMessage(lang, tone, text, "private");
}

export function helpMessage(lang: Lang): Message {
  const examples = [
    "help.lookup",
    "help.case",
    "help.cases",
    "help.handover",
    "help.consult",
    "help.digest",
    "help.language",
  ] as const;
  return {
    lang,
    summary: t(lang, "help.title"),
    blocks: [
      { type: "heading", text: t(lang, "help.title") },
      { type: "text", content: [t(lang, "help.intro")] },
      { type: "list", items: examples.map((key) => [t(lang, key)]) },
    ],
    visibility: "shared",
  };
}
