/**
 * Notices to consult participants, rendered in the recipient's language when they are delivered
 * or shown in the web inbox: the proposal to vote on, the confirmation, a new time or a
 * cancellation (each with its invite revision), the reminder, the text for relatives (organiser
 * only) and a new task. Private: they carry the .ics and names of participants.
 */

import type { Lang } from "../../../core/shared/lang.js";
import type { Block, Message } from "../../../views/message.js";
import { type ConsultNotice, consultEvent } from "../core/consult.notices.js";
import { inviteOf } from "../core/consult-notices.js";
import { ct } from "./consult.texts.js";
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
      summary = ct(lang, "confirmed.notice", { when: when(consult, lang) });
      blocks = [...lead(summary, "success"), ...view.blocks, ...ics];
      break;
    case "rescheduled":
      summary = ct(lang, "rescheduled.notice", { when: when(consult, lang) });
      blocks = [...lead(summary), ...view.blocks, ...ics];
      break;
    case "cancelled":
      summary = consult.start
        ? ct(lang, "cancelled.notice", { when: when(consult, lang) })
        : ct(lang, "cancelled.planning");
      blocks = [...lead(summary, "warning"), ...ics];
      break;
    case "reminder":
      summary = ct(lang, "reminder.notice", { code: consult.caseCode, when: when(consult, lang) });
      blocks = [...lead(summary), ...view.blocks];
      break;
    case "relatives":
      summary = ct(lang, "heading.relatives");
      blocks = relativesBlocks(consult, invite, lang);
      break;
    case "task":
      summary = ct(lang, "task.notice", {
        code: consult.caseCode,
        text: task?.text ?? "",
        due: task?.dueOn ?? "",
      });
      blocks = lead(summary);
      break;
  }
  return { lang, summary, blocks, visibility: "private" };
}
