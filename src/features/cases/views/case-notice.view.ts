/**
 * What colleagues are told when a case changes (issue 16): the case code, the wijk and who did it,
 * with the buttons the recipient may press now. Private: it names a case.
 */
import type { Lang } from "../../../core/shared/lang.js";
import { t } from "../../../views/i18n.js";
import type { Action, Message } from "../../../views/message.js";
import { type CaseNotice, caseEvent } from "../core/case.notices.js";
import { outcomeText, showButton } from "./case-work.view.js";

export function caseNoticeView(notice: CaseNotice, lang: Lang): Message {
  const f = notice.facts;
  const event = caseEvent(notice);
  const text = t(lang, `case.notice.${event}`, {
    by: f.byName,
    code: f.caseCode,
    wijk: f.wijkName,
    other: f.otherName ?? "",
    outcome: f.outcome ? outcomeText(lang, f.outcome) : "",
  });
  const code = f.caseCode;
  const actions: Action[] =
    event === "regie-offered"
      ? [
          {
            intent: "case.regie-accept",
            label: t(lang, "case.button.regie-accept"),
            data: { code },
            style: "primary",
          },
          { intent: "case.regie-refuse", label: t(lang, "case.button.regie-refuse"), data: { code } },
        ]
      : event === "released"
        ? []
        : [showButton(lang, code)];
  return {
    lang,
    summary: text,
    blocks: [
      { type: "text", content: [text] },
      ...(actions.length > 0 ? [{ type: "actions" as const, actions }] : []),
    ],
    visibility: "private",
  };
}
