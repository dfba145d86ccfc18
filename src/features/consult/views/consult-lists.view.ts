/** "mijn consulten", "mijn taken" and the attendance list (private: it names people). */

import type { Lang } from "../../../core/shared/lang.js";
import { t } from "../../../views/i18n.js";
import type { Action, Message } from "../../../views/message.js";
import { roleLabel } from "../../../views/role-label.js";
import type { AttendanceList, MyConsults, MyTasks } from "../core/consult.result.js";
import { when } from "./consult.view.js";

export function myConsultsView(result: MyConsults, lang: Lang): Message {
  const heading = t(lang, "consult.heading.mine");
  if (result.items.length === 0) {
    return {
      lang,
      summary: t(lang, "consult.mine.none"),
      blocks: [
        { type: "heading", text: heading },
        { type: "text", content: [t(lang, "consult.mine.none")] },
      ],
      visibility: "shared",
    };
  }
  const lines = result.items.map((item) => [
    t(lang, "consult.mine.line", {
      code: item.caseCode,
      when: when(item, lang),
      place: item.location ?? t(lang, "consult.place.none"),
      role: item.role ? ` (${roleLabel(lang, item.role)})` : "",
    }),
  ]);
  const actions: Action[] = result.items
    .slice(0, 5)
    .map((item) => ({ intent: "consult.show", label: item.caseCode, data: { consultId: item.consultId } }));
  return {
    lang,
    summary: `${heading}: ${result.items.length}`,
    blocks: [
      { type: "heading", text: heading },
      { type: "list", items: lines },
      { type: "actions", actions },
    ],
    visibility: "shared",
  };
}

export function myTasksView(result: MyTasks, lang: Lang): Message {
  const heading = t(lang, "consult.heading.tasks");
  const none = result.items.length === 0;
  return {
    lang,
    summary: none ? t(lang, "consult.tasks.none") : `${heading}: ${result.items.length}`,
    blocks: [
      { type: "heading", text: heading },
      none
        ? { type: "text", content: [t(lang, "consult.tasks.none")] }
        : {
            type: "list",
            items: result.items.map((task) => [
              t(lang, "consult.tasks.line", { code: task.caseCode, text: task.text, due: task.dueOn }),
            ]),
          },
      // Done where the work is listed (issue 16): no need to find the consult's notice again.
      ...(none
        ? []
        : [
            {
              type: "actions" as const,
              actions: result.items.slice(0, 5).map(
                (task): Action => ({
                  intent: "task.done",
                  label: t(lang, "case.button.task-done", { code: task.caseCode }),
                  data: { id: task.id },
                }),
              ),
            },
          ]),
    ],
    visibility: "shared",
  };
}

export function attendanceView(list: AttendanceList, lang: Lang): Message {
  const heading = t(lang, "consult.heading.attendance", { code: list.consult.caseCode });
  return {
    lang,
    summary: heading,
    blocks: [
      { type: "heading", text: heading },
      { type: "context", content: [when(list.consult, lang)] },
      { type: "text", content: [t(lang, "consult.attendance.csv")] },
      { type: "text", content: [list.csv] },
    ],
    visibility: "private",
  };
}
