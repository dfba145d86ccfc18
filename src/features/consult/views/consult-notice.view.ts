/**
 * Notices to consult participants, rendered in the recipient's language when they are delivered
 * or shown in the web inbox: the proposal to vote on, the confirmation, a new time or a
 * cancellation (each with its invite revision), the reminder, the text for relatives (organiser
 * only) and a new task. Private: they carry the .ics and names of participants.
 */

import type { Lang } from "../../../core/shared/lang.js";
import { t } from "../../../views/i18n.js";
import type { Block, Message } from "../../../views/message.js";
import { type ConsultNotice, consultEvent } from "../core/consult.notices.js";
import { inviteOf } from "../core/consult-notices.js";
import { consultView, icsBlocks, relativesBlocks, when } from "./consult.view.js";

export function consultNoticeView(notice: ConsultNotice, lang: Lang): Message {
  const { consult, task } = notice.facts;
  const view = consultView(consult, lang, notice.recipientId);
  const invite = notice.facts.ics
    ? inviteOf(consult, notice.facts.ics.method, notice.facts.ics.stamp, lang)
    : null;
  const ics = invite ? icsBlocks(invite, lang) : [];
  const lead = (text: string, tone: "info" | "success" | "warning" = "info"): Block[] => [
    { type: "notice", tone, content: [text] },
  ];
  let blocks: Block[];
  let summary: string;
  switch (consultEvent(notice)) {
    case "proposed":
      summary = view.summary;
      blocks = view.blocks;
      break;
    case "confirmed":
      summary = t(lang, "consult.confirmed.notice", { when: when(consult, lang) });
      blocks = [...lead(summary, "success"), ...view.blocks, ...ics];
      break;
    case "rescheduled":
      summary = t(lang, "consult.rescheduled.notice", { when: when(consult, lang) });
      blocks = [...lead(summary), ...view.blocks, ...ics];
      break;
    case "cancelled":
      summary = consult.start
        ? t(lang, "consult.cancelled.notice", { when: when(consult, lang) })
        : t(lang, "consult.cancelled.planning");
      blocks = [...lead(summary, "warning"), ...ics];
      break;
    case "reminder":
      summary = t(lang, "consult.reminder.notice", { code: consult.caseCode, when: when(consult, lang) });
      blocks = [...lead(summary), ...view.blocks];
      break;
    case "relatives":
      summary = t(lang, "consult.heading.relatives");
      blocks = relativesBlocks(consult, invite, lang);
      break;
    case "task":
      summary = t(lang, "consult.task.notice", {
        code: consult.caseCode,
        text: task?.text ?? "",
        due: task?.dueOn ?? "",
      });
      blocks = lead(summary);
      break;
  }
  return { lang, summary, blocks, visibility: "private" };
}
