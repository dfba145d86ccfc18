/** The case roster ("casus WYC-014") and "mijn casussen": codes, roles and states, never citizen data. */
import { formatLocal } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import { isMessageKey, t } from "../../../views/i18n.js";
import { type Action, type Block, type Inline, type Message, personInline } from "../../../views/message.js";
import { roleLabel } from "../../../views/role-label.js";
import type { TopicRecord } from "../../directory/core/directory.ports.js";
import { topicName } from "../../directory/views/lookup.view.js";
import type { CaseListItem, CaseRecord } from "../core/case.ports.js";
import type { CaseRights } from "../core/case-rights.policy.js";
import { CASE_OUTCOMES, type CaseOutcome } from "../core/case-work.model.js";
import { outcomeText } from "./case-work.view.js";

/** `rights`: what the viewer may press now (case-rights.policy.ts); without it, no buttons. */
export function caseView(
  record: CaseRecord,
  topics: TopicRecord[],
  lang: Lang,
  rights: CaseRights = { manage: false, answerRegie: false },
): Message {
  const nameOf = (id: string) => {
    const topic = topics.find((x) => x.id === id);
    return topic ? topicName(topic, lang) : id;
  };
  const blocks: Block[] = [
    { type: "heading", text: t(lang, "case.heading", { code: record.code }) },
    {
      type: "fields",
      fields: [
        { label: t(lang, "case.wijk"), value: [record.wijkName] },
        {
          label: t(lang, "case.status"),
          value: [statusText(lang, `case.status.${record.status}`, record.status)],
        },
        { label: t(lang, "case.opened"), value: [record.openedOn] },
        ...(record.outcome && isOutcome(record.outcome)
          ? [{ label: t(lang, "case.outcome"), value: [outcomeText(lang, record.outcome)] }]
          : []),
        { label: t(lang, "case.topics"), value: [record.topicIds.map(nameOf).join(", ")] },
        {
          label: t(lang, "case.regie"),
          value: record.coordinator ? [personInline(record.coordinator)] : [t(lang, "case.no-regie")],
        },
      ],
    },
    { type: "text", content: [{ kind: "strong", text: t(lang, "case.involved") }] },
    { type: "list", items: record.members.map((m) => [personInline(m), ` (${roleLabel(lang, m.role)})`]) },
  ];
  if (record.relativeLabels.length > 0) {
    blocks.push({
      type: "context",
      content: [t(lang, "case.relatives", { labels: record.relativeLabels.join(", ") })],
    });
  }
  if (record.openHandovers.length > 0) {
    blocks.push({ type: "text", content: [{ kind: "strong", text: t(lang, "case.open-handovers") }] });
    blocks.push({
      type: "list",
      items: record.openHandovers.map((h) => [
        t(lang, "case.handover-line", {
          topic: nameOf(h.topicId),
          service: h.serviceName,
          status: statusText(lang, `handover.status.${h.status}`, h.status),
        }),
      ]),
    });
  }
  if (record.upcomingConsults.length > 0) {
    blocks.push({ type: "text", content: [{ kind: "strong", text: t(lang, "case.consults") }] });
    blocks.push({
      type: "list",
      items: record.upcomingConsults.map((c) => [
        c.start ? formatLocal(c.start, lang, "long") : t(lang, "case.consult-planning"),
      ]),
    });
  }
  blocks.push(...caseButtons(record, rights, lang));
  const summary = `${t(lang, "case.heading", { code: record.code })}, ${record.wijkName}`;
  return { lang, summary, blocks, visibility: "shared" };
}

export function myCasesView(items: CaseListItem[], lang: Lang): Message {
  const heading = t(lang, "case.mine.heading");
  if (items.length === 0) {
    return {
      lang,
      summary: t(lang, "case.mine.none"),
      blocks: [
        { type: "heading", text: heading },
        { type: "text", content: [t(lang, "case.mine.none")] },
      ],
      visibility: "shared",
    };
  }
  const lines: Inline[][] = items.map((item) => [
    t(lang, "case.mine.line", {
      code: item.code,
      wijk: item.wijkName,
      status: statusText(lang, `case.status.${item.status}`, item.status),
      role: item.role ? `, ${roleLabel(lang, item.role)}` : "",
      handovers: item.openHandovers > 0 ? t(lang, "case.mine.handovers", { count: item.openHandovers }) : "",
    }),
  ]);
  const actions = items
    .slice(0, 5)
    .map((item): Action => ({ intent: "case.show", label: item.code, data: { code: item.code } }));
  return {
    lang,
    summary: `${heading}: ${items.length}`,
    blocks: [
      { type: "heading", text: heading },
      { type: "list", items: lines },
      { type: "actions", actions },
    ],
    visibility: "shared",
  };
}

function statusText(lang: Lang, key: string, fallback: string): string {
  return isMessageKey(key) ? t(lang, key) : fallback;
}

function isOutcome(value: string): value is CaseOutcome {
  return (CASE_OUTCOMES as readonly string[]).includes(value);
}

/** Only what this viewer may do now: answer a regie offer; or, for the regiehouder and coordinators, run the case. */
function caseButtons(record: CaseRecord, rights: CaseRights, lang: Lang): Block[] {
  const code = record.code;
  const blocks: Block[] = [];
  const offeredTo = record.members.find((m) => m.id === record.regieOfferToId);
  if (rights.manage && offeredTo && !rights.answerRegie)
    blocks.push({ type: "context", content: [t(lang, "case.regie-offer-open", { name: offeredTo.name })] });
  const actions: Action[] = [];
  if (rights.answerRegie) {
    actions.push(
      {
        intent: "case.regie-accept",
        label: t(lang, "case.button.regie-accept"),
        data: { code },
        style: "primary",
      },
      { intent: "case.regie-refuse", label: t(lang, "case.button.regie-refuse"), data: { code } },
    );
  }
  if (rights.manage && record.status === "closed")
    actions.push({ intent: "case.reopen", label: t(lang, "case.button.reopen"), data: { code } });
  if (rights.manage && record.status === "open") {
    actions.push({ intent: "case.close", label: t(lang, "case.button.close"), data: { code } });
    for (const m of record.members.filter((x) => x.id !== record.coordinatorId).slice(0, 4)) {
      actions.push({
        intent: "case.release",
        label: t(lang, "case.button.release", { name: m.name }),
        data: { code, id: m.id },
      });
    }
    blocks.push({ type: "context", content: [t(lang, "case.manage-hint", { code })] });
  }
  if (actions.length > 0) blocks.push({ type: "actions", actions });
  return blocks;
}
