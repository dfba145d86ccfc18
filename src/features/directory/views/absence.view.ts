/** The answer to "ik ben afwezig tot …": what was stored, in words, or why nothing was. */
import type { Lang } from "../../../core/shared/lang.js";
import { noticeMessage } from "../../../views/common.view.js";
import type { Message } from "../../../views/message.js";
import type { AbsenceResult } from "../core/absence.service.js";
import { directoryText } from "./directory.texts.js";

const MONTHS: Record<Lang, string[]> = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** "2026-12-04" -> "4 december 2026" / "4 December 2026": a day, whatever the reader's zone. */
export function dayText(day: string, lang: Lang): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${date} ${MONTHS[lang][month! - 1]} ${year}`;
}

export function absenceView(result: AbsenceResult, lang: Lang): Message {
  const say = (tone: "success" | "warning" | "info", text: string) =>
    noticeMessage(lang, tone, text, "private");
  switch (result.kind) {
    case "set": {
      const vars = { from: dayText(result.from, lang), to: dayText(result.to, lang) };
      const first = result.deputy
        ? directoryText(lang, "absence.set.deputy", { ...vars, deputy: result.deputy.name })
        : directoryText(lang, "absence.set", vars);
      return say("success", `${first} ${directoryText(lang, "absence.set.effect")}`);
    }
    case "cleared":
      return say(
        result.had ? "success" : "info",
        directoryText(lang, result.had ? "absence.cleared" : "absence.none"),
      );
    case "no-end":
      return say("info", directoryText(lang, "absence.no-end"));
    case "bad-date":
      return say("warning", directoryText(lang, "absence.bad-date", { text: result.text }));
    case "in-past":
      return say("warning", directoryText(lang, "absence.in-past", { to: dayText(result.to, lang) }));
    case "ends-before-start":
      return say(
        "warning",
        directoryText(lang, "absence.ends-before-start", {
          from: dayText(result.from, lang),
          to: dayText(result.to, lang),
        }),
      );
    case "deputy-unknown":
      return say("warning", directoryText(lang, "absence.deputy-unknown", { text: result.text }));
    case "deputy-ambiguous":
      return say(
        "warning",
        directoryText(lang, "absence.deputy-ambiguous", {
          text: result.text,
          options: result.options.map((o) => o.name).join(", "),
        }),
      );
    case "deputy-self":
      return say("warning", directoryText(lang, "absence.deputy-self"));
  }
}
