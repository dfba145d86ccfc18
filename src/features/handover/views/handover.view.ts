/**
 * Answers about handovers: the outcome of a request, of a step, refusals, the accepted view with
 * the citizen's phone (private, for the acceptor only) and "mijn overdrachten". Shared answers
 * carry case code, topic, wijk and state only.
 */
import { formatLocal } from "../../../core/calendar/amsterdam-time.js";
import { workingDaysBetween } from "../../../core/calendar/working-days.js";
import type { Lang } from "../../../core/shared/lang.js";
import { noticeMessage } from "../../../views/common.view.js";
import { isMessageKey, t } from "../../../views/i18n.js";
import type { Action, Block, Inline, Message } from "../../../views/message.js";
import type { TopicRecord } from "../../directory/core/directory.ports.js";
import { topicName } from "../../directory/views/lookup.view.js";
import type { WithdrawalOutcome } from "../core/consent-withdrawal.service.js";
import type { ActRefusal, HandoverListItem, HandoverRecord } from "../core/handover.ports.js";
import type { ActOutcome } from "../core/handover.service.js";
import type { SubmitOutcome } from "../core/handover-request.service.js";
import { handoverFormMessage } from "./handover-form.view.js";
import { receiverActions } from "./handover-list.actions.js";

const OPEN = ["requested", "accepted", "contacted"];

type Created = Extract<SubmitOutcome, { kind: "created" }>;

export function submitOutcomeMessages(outcome: SubmitOutcome, topics: TopicRecord[], lang: Lang): Message[] {
  switch (outcome.kind) {
    case "form":
      return [handoverFormMessage(outcome.form, topics, lang)];
    case "consent-refused":
      return [noticeMessage(lang, "error", t(lang, `handover.refused.${outcome.reason}`))];
    case "not-in-wijk": {
      const names = outcome.form.services.map((s) => s.name);
      const vars = { service: outcome.serviceName, wijk: outcome.wijkName, alternatives: names.join(", ") };
      const key = names.length > 0 ? "handover.not-in-wijk" : "handover.not-in-wijk-none";
      return [
        noticeMessage(lang, "warning", t(lang, key, vars)),
        handoverFormMessage(outcome.form, topics, lang),
      ];
    }
    case "created":
      return [createdMessage(outcome, lang)];
  }
}

function createdMessage(outcome: Created, lang: Lang): Message {
  const text = t(lang, "handover.created", {
    code: outcome.caseCode,
    service: outcome.serviceName,
    deadline: formatLocal(outcome.deadlineAt, lang, "short"),
  });
  return noticeMessage(lang, "success", text);
}

export function refusalText(refusal: ActRefusal, record: HandoverRecord, lang: Lang): string {
  const by = refusal.by ? (record.names[refusal.by] ?? refusal.by) : "";
  return t(lang, `handover.refused.${refusal.code}`, { by, status: statusName(record.state.status, lang) });
}

/** The answer to the person who pressed a button. */
export function actOutcomeMessages(outcome: ActOutcome, lang: Lang): Message[] {
  const { record } = outcome;
  if (!outcome.ok) {
    const messages = [noticeMessage(lang, "warning", refusalText(outcome.refusal, record, lang))];
    if (outcome.alternatives.length > 0)
      messages.push(
        noticeMessage(
          lang,
          "info",
          t(lang, "handover.alternatives", { names: outcome.alternatives.join(", ") }),
        ),
      );
    return messages;
  }
  if (outcome.event === "accepted") return [acceptedMessage(record, outcome.phone, lang)];
  const vars = { code: record.caseCode, attempts: record.state.contactAttempts };
  const key = `handover.done.${outcome.event}` as const;
  const messages = [noticeMessage(lang, "success", t(lang, key as DoneKey, vars))];
  const actions = nextActions(record, lang);
  if (actions.length > 0)
    messages.push({
      lang,
      summary: record.caseCode,
      blocks: [{ type: "actions", actions }],
      visibility: "shared",
    });
  if (outcome.alternatives.length > 0)
    messages.push(
      noticeMessage(
        lang,
        "info",
        t(lang, "handover.alternatives", { names: outcome.alternatives.join(", ") }),
      ),
    );
  return messages;
}

type DoneKey =
  `handover.done.${"declined" | "forwarded" | "contacted" | "contact-failed" | "completed" | "cancelled"}`;

/** For the acceptor only: the reason, the phone number and best time, and the next steps. */
export function acceptedMessage(record: HandoverRecord, phone: string | null, lang: Lang): Message {
  const contact: Inline[] =
    record.contactChannel === "citizen-calls"
      ? [t(lang, "handover.accepted.citizen-calls")]
      : phone
        ? [{ kind: "phone", number: phone }]
        : [t(lang, "handover.accepted.purged")];
  const fields = [
    { label: t(lang, "handover.accepted.reason"), value: [record.reason] },
    { label: t(lang, "handover.accepted.phone"), value: contact },
    ...(record.contactBestTime
      ? [{ label: t(lang, "handover.accepted.best-time"), value: [record.contactBestTime] }]
      : []),
  ];
  const blocks: Block[] = [
    { type: "heading", text: t(lang, "handover.accepted.heading", { code: record.caseCode }) },
    { type: "fields", fields },
    { type: "context", content: [t(lang, "handover.accepted.private")] },
    { type: "actions", actions: nextActions(record, lang) },
  ];
  return {
    lang,
    summary: t(lang, "handover.accepted.heading", { code: record.caseCode }),
    blocks,
    visibility: "private",
  };
}

/** The buttons that make sense for the handover's state, each carrying its version. */
export function nextActions(record: HandoverRecord, lang: Lang): Action[] {
  const data = { id: record.id, v: String(record.state.version) };
  const s = record.state.status;
  if (s !== "accepted" && s !== "contacted") return [];
  const actions: Action[] = [];
  if (s === "accepted") {
    actions.push({
      intent: "handover.contact",
      label: t(lang, "handover.button.reached"),
      data: { ...data, reached: "yes" },
      style: "primary",
    });
    actions.push({
      intent: "handover.contact",
      label: t(lang, "handover.button.not-reached"),
      data: { ...data, reached: "no" },
    });
  }
  if (s === "contacted" || record.state.contactAttempts > 0)
    actions.push({ intent: "handover.complete", label: t(lang, "handover.button.complete"), data });
  if (s === "accepted")
    actions.push({ intent: "handover.forward", label: t(lang, "handover.button.forward"), data });
  actions.push({
    intent: "handover.details",
    label: t(lang, "handover.button.details"),
    data: { id: record.id },
  });
  return actions;
}

export function myHandoversMessage(
  lists: { sent: HandoverListItem[]; received: HandoverListItem[] },
  topics: TopicRecord[],
  now: Date,
  lang: Lang,
): Message {
  const line = (h: HandoverListItem): Inline[] => {
    const topic = topics.find((x) => x.id === h.topicId);
    const text = t(lang, "handover.line", {
      code: h.caseCode,
      topic: topic ? topicName(topic, lang) : h.topicId,
      wijk: h.wijkName,
      service: h.serviceName,
      status: statusName(h.status, lang),
    });
    return [
      text,
      ` (${t(lang, "handover.mine.age", { days: Math.max(0, workingDaysBetween(h.requestedAt, now)) })})`,
    ];
  };
  const section = (
    key: "handover.mine.sent" | "handover.mine.received",
    items: HandoverListItem[],
  ): Block[] => [
    { type: "text", content: [{ kind: "strong", text: t(lang, key) }] },
    items.length > 0
      ? { type: "list", items: items.map(line) }
      : { type: "text", content: [t(lang, "handover.mine.none")] },
  ];
  const cancels: Action[] = lists.sent
    .filter((h) => h.status === "requested" || h.status === "accepted")
    .slice(0, 5)
    .map((h) => ({
      intent: "handover.cancel",
      label: `${t(lang, "handover.button.cancel")} ${h.caseCode}`,
      data: { id: h.id },
      confirm: confirm(lang, t(lang, "handover.confirm.cancel", { code: h.caseCode })),
    }));
  const openCodes = [...new Set(lists.sent.filter((h) => OPEN.includes(h.status)).map((h) => h.caseCode))];
  const withdrawals: Action[] = openCodes.slice(0, 3).map((code) => ({
    intent: "consent.withdraw",
    label: `${t(lang, "handover.button.withdraw-consent")} ${code}`,
    data: { code },
    style: "danger",
    confirm: confirm(lang, t(lang, "handover.confirm.withdraw", { code })),
  }));
  const heading = t(lang, "handover.mine.heading");
  const blocks: Block[] = [
    { type: "heading", text: heading },
    ...section("handover.mine.sent", lists.sent),
    ...section("handover.mine.received", lists.received),
  ];
  const next = receiverActions(lists.received, lang);
  if (next.length > 0) blocks.push({ type: "actions", actions: next });
  if (cancels.length + withdrawals.length > 0)
    blocks.push({ type: "actions", actions: [...cancels, ...withdrawals] });
  const summary = `${heading}: ${lists.sent.length} / ${lists.received.length}`;
  return { lang, summary, blocks, visibility: "shared" };
}

export function withdrawalMessage(outcome: WithdrawalOutcome, lang: Lang): Message {
  const vars = {
    code: outcome.caseCode,
    stopped: outcome.stopped,
    cancelled: outcome.cancelledNotifications,
  };
  return noticeMessage(lang, "success", t(lang, "handover.withdrawn", vars));
}

function confirm(lang: Lang, text: string) {
  return { title: text, text, yes: t(lang, "handover.confirm.yes"), no: t(lang, "handover.confirm.no") };
}

function statusName(status: string, lang: Lang): string {
  const key = `handover.status.${status}`;
  return isMessageKey(key) ? t(lang, key) : status;
}
