/** The weekly digest in words and buttons, in Dutch or English. Case codes only, never case data. */
import { formatDay, formatLocal } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import { t } from "../../../views/i18n.js";
import type { Action, Block, Inline, Message } from "../../../views/message.js";
import { overdueWorkingDays } from "../../handover/core/deadline.policy.js";
import type { WeeklyDigestNotice } from "../core/digest.notices.js";
import type { DigestCounts, DigestItem } from "../core/digest.ports.js";
import type { DigestReport, DigestSection } from "../core/digest.result.js";
import type { NudgeNotice } from "../core/nudge.notices.js";

/**
 * A digest. In a quiet week a scheduled one is a single line; asked for on demand it shows the
 * counts anyway, since the asker wants to see them.
 */
export function digestView(report: DigestReport, lang: Lang, options: { onDemand: boolean }): Message {
  if (report.quiet && !options.onDemand) return quietView(report, lang);
  const total = (key: keyof DigestCounts) =>
    report.sections.reduce((n, s) => n + Number(s.counts[key] ?? 0), 0);
  const summary = t(lang, "digest.summary", {
    open: total("openCases"),
    overdue: total("overdueHandovers"),
    waiting: total("awaitingAcceptance"),
  });
  const blocks: Block[] = [{ type: "heading", text: t(lang, "digest.title") }];
  if (report.late && report.scheduledAt) {
    const when = formatLocal(report.scheduledAt, lang, "short");
    blocks.push({ type: "notice", tone: "info", content: [t(lang, "digest.late", { when })] });
  }
  report.sections.forEach((section, i) => {
    if (i > 0) blocks.push({ type: "divider" });
    blocks.push(...sectionBlocks(section, report.generatedAt, lang));
  });
  return { lang, summary, blocks, visibility: "private" };
}

/** The scheduled digest, as delivered from the outbox. */
export function weeklyDigestNoticeView(notice: WeeklyDigestNotice, lang: Lang): Message {
  return digestView(notice.facts, lang, { onDemand: false });
}

function quietView(report: DigestReport, lang: Lang): Message {
  const names = report.sections.map((s) => s.scope.name).join(", ");
  const text = t(lang, "digest.quiet", { names });
  return { lang, summary: text, blocks: [{ type: "text", content: [text] }], visibility: "private" };
}

function sectionBlocks(section: DigestSection, now: Date, lang: Lang): Block[] {
  const { scope, counts } = section;
  const title = scope.rollup
    ? t(lang, "digest.section-rollup", { name: scope.name, count: scope.wijkIds.length })
    : scope.name;
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "fields", fields: countFields(counts, lang) },
  ];
  if (section.items.length === 0) return blocks;
  blocks.push({ type: "text", content: [{ kind: "strong", text: t(lang, "digest.items") }] });
  blocks.push({ type: "list", items: section.items.map((item) => [itemText(item, now, lang)]) });
  if (section.moreItems > 0)
    blocks.push({ type: "context", content: [t(lang, "digest.more", { count: section.moreItems })] });
  const actions = itemActions(section.items, lang);
  if (actions.length > 0) blocks.push({ type: "actions", actions });
  return blocks;
}

function countFields(c: DigestCounts, lang: Lang): { label: string; value: Inline[] }[] {
  const field = (key: Parameters<typeof t>[1], value: string | number) => ({
    label: t(lang, key),
    value: [String(value)],
  });
  const completed =
    c.medianDaysToContact === null
      ? c.completedThisWeek
      : t(lang, "digest.count.median", {
          count: c.completedThisWeek,
          // One decimal is all a median of working days needs; the catalogue formats it (1,5 / 1.5).
          days: Math.round(c.medianDaysToContact * 10) / 10,
        });
  return [
    field("digest.count.open", c.openCases),
    field("digest.count.new", c.newCases),
    field("digest.count.awaiting", c.awaitingAcceptance),
    field("digest.count.overdue", c.overdueHandovers),
    field("digest.count.completed", completed),
    field("digest.count.consults", c.consultsNext7Days),
    field("digest.count.actions", c.actionPointsOverdue),
    field("digest.count.stale", c.staleEntries),
    field("digest.count.gaps", c.lookupGaps),
  ];
}

function itemText(item: DigestItem, now: Date, lang: Lang): string {
  switch (item.kind) {
    case "overdue-handover":
      return t(lang, "digest.item.overdue", {
        code: item.caseCode,
        service: item.serviceName,
        holder: item.holderName ?? t(lang, "digest.item.overdue-service"),
        days: overdueWorkingDays(item.deadlineAt, now),
      });
    case "awaiting-acceptance":
      return t(lang, "digest.item.awaiting", {
        code: item.caseCode,
        service: item.serviceName,
        when: formatLocal(item.requestedAt, lang, "short"),
      });
    case "action-point-overdue":
      return t(lang, "digest.item.action", {
        code: item.caseCode,
        owner: item.ownerName ?? t(lang, "digest.item.action-nobody"),
        date: formatDay(item.dueOn, lang),
      });
    case "consult":
      return t(lang, "digest.item.consult", {
        code: item.caseCode,
        when: formatLocal(item.start, lang, "short"),
      });
    case "stale-entry":
      return t(lang, "digest.item.stale", {
        service: item.serviceName,
        date: formatDay(item.assuredDate, lang),
      });
    case "lookup-gap":
      return item.topicName
        ? t(lang, "digest.item.gap-topic", { topic: item.topicName[lang], count: item.count })
        : t(lang, "digest.item.gap-term", { term: item.term ?? "?", count: item.count });
  }
}

/** Slack allows 25 elements in one actions block; ten items give at most twenty buttons. */
function itemActions(items: DigestItem[], lang: Lang): Action[] {
  const actions: Action[] = [];
  const opened = new Set<string>();
  for (const item of items) {
    if (item.kind === "overdue-handover") {
      actions.push({
        intent: "digest.nudge",
        label: t(lang, "digest.button.nudge", { code: item.caseCode }),
        data: { handoverId: item.handoverId },
      });
    }
    if (item.kind === "stale-entry") {
      const service = item.serviceName.length > 40 ? `${item.serviceName.slice(0, 39)}…` : item.serviceName;
      actions.push({
        intent: "directory.verify",
        label: t(lang, "digest.button.verify", { service }),
        data: { serviceId: item.serviceId },
      });
    }
    if ("caseCode" in item && !opened.has(item.caseCode)) {
      opened.add(item.caseCode);
      actions.push({
        intent: "case.show",
        label: t(lang, "digest.button.open", { code: item.caseCode }),
        data: { code: item.caseCode },
      });
    }
  }
  return actions.slice(0, 25);
}

/** What the holder of an overdue handover gets when a coordinator presses "nudge". */
export function nudgeNoticeView(notice: NudgeNotice, lang: Lang): Message {
  const { fromName, caseCode: code, serviceName, overdueDays } = notice.facts;
  const text = t(lang, "digest.nudge.text", {
    from: fromName,
    code,
    service: serviceName,
    days: overdueDays,
  });
  return {
    lang,
    summary: text,
    blocks: [
      { type: "text", content: [text] },
      {
        type: "actions",
        actions: [{ intent: "case.show", label: t(lang, "digest.button.open", { code }), data: { code } }],
      },
    ],
    visibility: "private",
  };
}
