/** The audit log for administrators: query results and the access-request export. Private only. */

import { formatLocal, localDate } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import { noticeMessage } from "../../../views/common.view.js";
import { t } from "../../../views/i18n.js";
import type { Block, Message } from "../../../views/message.js";
import type { AuditRow } from "../core/audit-log.ports.js";
import type { AuditExportResult, AuditQueryResult } from "../core/audit-log.service.js";

// Slack refuses text blocks over 3,000 characters; the export is cut into pieces below that.
const EXPORT_CHUNK = 2_800;

export function auditQueryView(result: AuditQueryResult, lang: Lang): Message {
  const say = (text: string) => noticeMessage(lang, "warning", text, "private");
  switch (result.kind) {
    case "refused":
      return say(t(lang, "audit.refused"));
    case "needs-filter":
      return noticeMessage(lang, "info", t(lang, "audit.needs-filter"), "private");
    case "bad-date":
      return say(t(lang, "audit.bad-date", { text: result.text }));
    case "unknown-person":
      return say(t(lang, "audit.unknown-person", { text: result.text }));
    case "ambiguous-person":
      return say(
        t(lang, "audit.ambiguous-person", {
          text: result.text,
          options: result.candidates.map((p) => `${p.name} (${p.id})`).join(", "),
        }),
      );
    case "records":
      return recordsView(result, lang);
  }
}

function recordsView(result: Extract<AuditQueryResult, { kind: "records" }>, lang: Lang): Message {
  const { filter, person, records } = result;
  const parts = [
    filter.caseCode ? t(lang, "audit.filter.case", { code: filter.caseCode }) : null,
    person ? t(lang, "audit.filter.person", { name: person.name, id: person.id }) : null,
    filter.from ? t(lang, "audit.filter.from", { date: localDate(filter.from) }) : null,
    filter.to ? t(lang, "audit.filter.to", { date: localDate(new Date(filter.to.getTime() - 1)) }) : null,
  ].filter((p): p is string => p !== null);
  const heading = `${t(lang, "audit.heading")}: ${parts.join(", ")}`;
  const blocks: Block[] = [{ type: "heading", text: heading }];
  if (records.length === 0) {
    blocks.push({ type: "text", content: [t(lang, "audit.none")] });
  } else {
    blocks.push({ type: "context", content: [t(lang, "audit.count", { count: records.length })] });
    blocks.push({ type: "list", items: records.map((row) => [auditLine(row, lang)]) });
    if (records.length >= result.limit) {
      blocks.push({ type: "context", content: [t(lang, "audit.limited", { limit: result.limit })] });
    }
  }
  blocks.push({ type: "context", content: [t(lang, "audit.logged")] });
  return { lang, summary: heading, blocks, visibility: "private" };
}

/** One record: time, event, action, actor, channel, allowed or not, and the basis. */
export function auditLine(row: AuditRow, lang: Lang): string {
  const detailBasis = typeof row.detail?.basis === "string" ? row.detail.basis : null;
  const basis = row.consentBasis ?? detailBasis;
  const actor =
    row.actorId ??
    (row.subject?.startsWith("chat:") ? t(lang, "audit.unregistered") : t(lang, "audit.system"));
  return t(lang, "audit.line", {
    at: formatLocal(row.at, lang, "short"),
    event: row.event,
    action: row.action,
    actor: row.onBehalfOfId ? `${actor} → ${row.onBehalfOfId}` : actor,
    channel: row.channel,
    authorised: t(lang, row.authorised ? "audit.allowed" : "audit.denied"),
    basis: basis ? t(lang, "audit.basis", { basis }) : "",
  });
}

export function auditExportView(result: AuditExportResult, lang: Lang): Message {
  switch (result.kind) {
    case "refused":
      return noticeMessage(lang, "warning", t(lang, "audit.refused"), "private");
    case "needs-case":
      return noticeMessage(lang, "info", t(lang, "audit.export.needs-case"), "private");
    case "export": {
      const heading = t(lang, "audit.export.heading", {
        code: result.caseCode,
        count: result.count,
        format: result.format.toUpperCase(),
      });
      const chunks: Block[] = [];
      for (let i = 0; i < result.content.length; i += EXPORT_CHUNK) {
        chunks.push({ type: "text", content: [result.content.slice(i, i + EXPORT_CHUNK)] });
      }
      return {
        lang,
        summary: heading,
        blocks: [
          { type: "heading", text: heading },
          { type: "context", content: [t(lang, "audit.export.intro")] },
          ...chunks,
        ],
        visibility: "private",
      };
    }
  }
}
