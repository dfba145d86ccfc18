/**
 * A notice from the outbox in words: the one place that turns a stored notice into a Message,
 * in the language the recipient reads now. The outbox delivery job calls it when it delivers a
 * notice, the web inbox when it shows one. Each job renders its own kinds.
 */
import type { Notice } from "../core/notices/notices.js";
import type { Lang } from "../core/shared/lang.js";
import { deactivationNotices } from "../features/admin/core/admin.notices.js";
import { deactivationNoticeView } from "../features/admin/views/admin.view.js";
import { caseNotices } from "../features/cases/core/case.notices.js";
import { caseNoticeView } from "../features/cases/views/case-notice.view.js";
import { consultNotices } from "../features/consult/core/consult.notices.js";
import { consultNoticeView } from "../features/consult/views/consult-notice.view.js";
import { weeklyDigestNotices } from "../features/digest/core/digest.notices.js";
import { nudgeNotices } from "../features/digest/core/nudge.notices.js";
import { nudgeNoticeView, weeklyDigestNoticeView } from "../features/digest/views/digest.view.js";
import { confirmationNotices } from "../features/directory/core/directory-upkeep.notices.js";
import { confirmationNoticeView } from "../features/directory/views/directory-upkeep.view.js";
import { handoverNotices } from "../features/handover/core/handover.notices.js";
import { handoverNoticeView } from "../features/handover/views/handover-notice.view.js";
import type { Message } from "./message.js";

export function renderNotice(notice: Notice, lang: Lang): Message {
  if (handoverNotices.has(notice)) return handoverNoticeView(notice, lang);
  if (consultNotices.has(notice)) return consultNoticeView(notice, lang);
  if (weeklyDigestNotices.has(notice)) return weeklyDigestNoticeView(notice, lang);
  if (nudgeNotices.has(notice)) return nudgeNoticeView(notice, lang);
  if (deactivationNotices.has(notice)) return deactivationNoticeView(notice, lang);
  if (confirmationNotices.has(notice)) return confirmationNoticeView(notice, lang);
  if (caseNotices.has(notice)) return caseNoticeView(notice, lang);
  return unrendered(notice);
}

/** The compiler refuses a kind left out above; at run time a read notice always has a view. */
function unrendered(notice: never): never {
  throw new Error(`no view for notice kind "${(notice as { kind: string }).kind}"`);
}
