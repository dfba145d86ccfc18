/**
 * Notifications about a handover, rendered in the recipient's language when they are delivered
 * or shown in the web inbox (src/views/notice.view.ts). They name the case code, topic, wijk,
 * service and state, never contact details. A request carries its reason and a decline its
 * reason: free text, rendered literally, in a private message.
 */
import { formatLocal } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import { t } from "../../../views/i18n.js";
import type { Action, Block, Message } from "../../../views/message.js";
import { type HandoverNotice, handoverEvent } from "../core/handover.notices.js";
import type { NoticeFacts } from "../core/handover.ports.js";

export function handoverNoticeView(notice: HandoverNotice, lang: Lang): Message {
  const f = notice.facts;
  const event = handoverEvent(notice);
  const vars = {
    code: f.caseCode,
    topic: f.topicName ? f.topicName[lang] : f.topicId,
    wijk: f.wijkName,
    service: f.serviceName,
    by: f.byName ?? "",
    attempts: f.attempts,
    deadline: formatLocal(f.deadlineAt, lang, "short"),
    days: f.overdueDays,
    holder: f.byName ?? t(lang, "handover.notice.nobody"),
  };
  const text = t(lang, `handover.notice.${event}`, vars);
  const blocks: Block[] = [{ type: "text", content: [text] }];
  if (event === "requested") {
    if (f.urgency === "urgent")
      blocks.push({ type: "notice", tone: "warning", content: [t(lang, "handover.notice.urgent")] });
    if (f.note) blocks.push({ type: "text", content: [f.note] });
    blocks.push({ type: "context", content: [t(lang, "handover.notice.deadline", vars)] });
    blocks.push({ type: "actions", actions: requestButtons(f, lang) });
  }
  if (event === "reminder" && f.status === "requested") {
    blocks.push({ type: "actions", actions: requestButtons(f, lang) });
  }
  if (event === "declined") {
    if (f.note)
      blocks.push({ type: "text", content: [t(lang, "handover.notice.decline-reason", { reason: f.note })] });
    if (f.alternatives.length > 0)
      blocks.push({
        type: "context",
        content: [t(lang, "handover.alternatives", { names: f.alternatives.join(", ") })],
      });
  }
  const summary = event === "requested" ? t(lang, "handover.notice.requested-summary", vars) : text;
  return { lang, summary, blocks, visibility: "private" };
}

/** Accept / Decline / Forward, each carrying the version the request was drawn at. */
export function requestButtons(f: Pick<NoticeFacts, "handoverId" | "version">, lang: Lang): Action[] {
  const data = { id: f.handoverId, v: String(f.version) };
  return [
    { intent: "handover.accept", label: t(lang, "handover.button.accept"), data, style: "primary" },
    { intent: "handover.decline", label: t(lang, "handover.button.decline"), data },
    { intent: "handover.forward", label: t(lang, "handover.button.forward"), data },
  ];
}
