/** Short answers of the digest capability: schedule changes, refusals, button outcomes. */
import { formatDay, formatLocal, weekdayName } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import { noticeMessage, privateNotice } from "../../../views/common.view.js";
import { joinAnd, joinOr, t } from "../../../views/i18n.js";
import type { Message } from "../../../views/message.js";
import type { NudgeResult, ScheduleResult, ShowResult, VerifyResult } from "../core/digest.result.js";
import { digestView } from "./digest.view.js";

export function showView(result: ShowResult, lang: Lang): Message {
  switch (result.kind) {
    case "digest":
      return digestView(result.report, lang, { onDemand: true });
    case "not-coordinator":
      return noticeMessage(lang, "info", t(lang, "digest.not-coordinator"));
    case "not-yours":
      return noticeMessage(
        lang,
        "info",
        t(lang, "digest.not-yours", { wijken: result.own.map((w) => w.name).join(", ") || "–" }),
      );
  }
}

export function scheduleView(result: ScheduleResult, lang: Lang): Message {
  switch (result.kind) {
    case "scheduled": {
      const scope = result.municipalityName ?? (joinAnd(lang, result.wijkNames) || "–");
      const text = t(lang, "digest.scheduled", {
        scope,
        day: weekdayName(result.day, lang),
        time: result.time,
        next: formatLocal(result.nextAt, lang, "long"),
      });
      return noticeMessage(lang, "success", text);
    }
    case "paused":
      return noticeMessage(lang, "info", t(lang, "digest.paused"));
    case "not-coordinator":
      return noticeMessage(lang, "info", t(lang, "digest.not-coordinator"));
    case "not-yours":
      return noticeMessage(
        lang,
        "warning",
        t(lang, "digest.not-yours-wijken", { wijken: joinOr(lang, result.wijkNames) }),
      );
  }
}

export function nudgeResultView(result: NudgeResult, lang: Lang): Message {
  switch (result.kind) {
    case "nudged":
      return privateNotice(lang, "success", t(lang, "digest.nudged", { code: result.caseCode }));
    case "already-today":
      return privateNotice(lang, "info", t(lang, "digest.nudge-already", { code: result.caseCode }));
    case "not-overdue":
      return privateNotice(lang, "info", t(lang, "digest.nudge-not-overdue", { code: result.caseCode }));
    case "no-holder":
      return privateNotice(lang, "warning", t(lang, "digest.nudge-no-holder", { code: result.caseCode }));
    case "not-found":
      return privateNotice(lang, "warning", t(lang, "digest.not-found"));
  }
}

export function verifyResultView(result: VerifyResult, lang: Lang): Message {
  if (result.kind === "not-found") return privateNotice(lang, "warning", t(lang, "digest.not-found"));
  const date = formatDay(result.day, lang);
  return privateNotice(lang, "success", t(lang, "digest.verified", { service: result.serviceName, date }));
}
