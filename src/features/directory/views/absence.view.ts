/** The answer to "ik ben afwezig tot …": what was stored, in words, or why nothing was. */
import { formatDay } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import { noticeMessage } from "../../../views/common.view.js";
import { t } from "../../../views/i18n.js";
import type { Message } from "../../../views/message.js";
import type { AbsenceResult } from "../core/absence.service.js";

export function absenceView(result: AbsenceResult, lang: Lang): Message {
  const say = (tone: "success" | "warning" | "info", text: string) =>
    noticeMessage(lang, tone, text, "private");
  switch (result.kind) {
    case "set": {
      const vars = { from: formatDay(result.from, lang, "long"), to: formatDay(result.to, lang, "long") };
      const first = result.deputy
        ? t(lang, "absence.set.deputy", { ...vars, deputy: result.deputy.name })
        : t(lang, "absence.set", vars);
      return say("success", `${first} ${t(lang, "absence.set.effect")}`);
    }
    case "cleared":
      return say(result.had ? "success" : "info", t(lang, result.had ? "absence.cleared" : "absence.none"));
    case "no-end":
      return say("info", t(lang, "absence.no-end"));
    case "bad-date":
      return say("warning", t(lang, "absence.bad-date", { text: result.text }));
    case "in-past":
      return say("warning", t(lang, "absence.in-past", { to: formatDay(result.to, lang, "long") }));
    case "ends-before-start":
      return say(
        "warning",
        t(lang, "absence.ends-before-start", {
          from: formatDay(result.from, lang, "long"),
          to: formatDay(result.to, lang, "long"),
        }),
      );
    case "deputy-unknown":
      return say("warning", t(lang, "absence.deputy-unknown", { text: result.text }));
    case "deputy-ambiguous":
      return say(
        "warning",
        t(lang, "absence.deputy-ambiguous", {
          text: result.text,
          options: result.options.map((o) => o.name).join(", "),
        }),
      );
    case "deputy-self":
      return say("warning", t(lang, "absence.deputy-self"));
  }
}
