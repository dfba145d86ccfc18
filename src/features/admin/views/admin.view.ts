/** Answers to administrators (links, deactivation, erasure) and the notices they cause. */

import { chatChannelName } from "../../../core/access/chat-channel.js";
import type { Lang } from "../../../core/shared/lang.js";
import { privateNotice } from "../../../views/common.view.js";
import { t } from "../../../views/i18n.js";
import type { Block, Message } from "../../../views/message.js";
import type { DeactivationNotice } from "../core/admin.notices.js";
import type { AdminResult, ErasureResult } from "../core/admin.service.js";

export function adminResultView(result: AdminResult, lang: Lang): Message {
  const say = (tone: "info" | "warning" | "success", text: string) => privateNotice(lang, tone, text);
  switch (result.kind) {
    case "refused":
      return say("warning", t(lang, "admin.refused"));
    case "unknown-professional":
      return say("warning", t(lang, "admin.unknown-professional", { id: result.professionalId }));
    case "inactive-professional":
      return say(
        "warning",
        t(lang, "admin.inactive-professional", { id: result.professionalId, name: result.name }),
      );
    case "linked": {
      const vars = {
        channel: chatChannelName(result.account.channel),
        account: result.account.externalId,
        name: result.name,
        id: result.professionalId,
      };
      const text = t(lang, "admin.linked", vars);
      return say(
        "success",
        result.previous ? `${text} ${t(lang, "admin.relinked", { previous: result.previous })}` : text,
      );
    }
    case "unlinked": {
      const vars = {
        channel: chatChannelName(result.channel),
        account: result.externalId,
        count: result.count,
      };
      return result.count > 0
        ? say("success", t(lang, "admin.unlinked", vars))
        : say("info", t(lang, "admin.unlink-none", vars));
    }
    case "deactivated": {
      const { report } = result;
      const counts = t(lang, "admin.deactivated-counts", {
        handovers: report.handovers,
        points: report.actionPoints,
        orphans: report.actionPointsWithoutOwner,
        told: report.coordinatorsTold,
      });
      const head = t(lang, "admin.deactivated", { name: result.name, id: result.professionalId });
      return say("success", `${head} ${counts}`);
    }
    case "already-inactive":
      return say("info", t(lang, "admin.already-inactive", { name: result.name, id: result.professionalId }));
  }
}

export function erasureResultView(result: ErasureResult, lang: Lang): Message {
  switch (result.kind) {
    case "refused":
      return privateNotice(lang, "warning", t(lang, "erase.refused"));
    case "not-found":
      return privateNotice(lang, "warning", t(lang, "erase.not-found", { code: result.caseCode }));
    case "restricted":
      return privateNotice(
        lang,
        "info",
        t(lang, `erase.restricted.${result.reason}`, { code: result.caseCode }),
      );
    case "erased":
      return privateNotice(lang, "success", t(lang, "erase.erased", { code: result.caseCode }));
  }
}

/** What a wijk coordinator is told when a colleague is deactivated. */
export function deactivationNoticeView({ facts: notice }: DeactivationNotice, lang: Lang): Message {
  const title = t(lang, "admin.notice.title", { name: notice.leaverName });
  const blocks: Block[] = [{ type: "heading", text: title }];
  if (notice.handovers.length > 0) {
    blocks.push({ type: "text", content: [{ kind: "strong", text: t(lang, "admin.notice.handovers") }] });
    blocks.push({
      type: "list",
      items: notice.handovers.map((h) => [
        t(lang, "admin.notice.handover-line", { code: h.caseCode, service: h.serviceName }),
      ]),
    });
  }
  if (notice.actionPoints.length > 0) {
    blocks.push({ type: "text", content: [{ kind: "strong", text: t(lang, "admin.notice.points") }] });
    blocks.push({
      type: "list",
      items: notice.actionPoints.map((p) => [
        t(lang, p.movedTo === "coordinator" ? "admin.notice.point-moved" : "admin.notice.point-nobody", {
          code: p.caseCode,
        }),
      ]),
    });
  }
  if (notice.handovers.length + notice.actionPoints.length === 0) {
    blocks.push({ type: "text", content: [t(lang, "admin.notice.nothing")] });
  }
  return { lang, summary: title, blocks, visibility: "private" };
}
