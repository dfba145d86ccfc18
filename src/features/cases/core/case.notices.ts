/**
 * What colleagues are told when a case changes (issue 16): kind `case.<event>`; the facts name the
 * case code, the wijk and colleagues, never the citizen. Rendered at delivery (case-notice.view.ts).
 */
import { z } from "zod/v4";
import { enumOf, noticeFamily, type QueuedNotice } from "../../../core/shared/notice.js";
import {
  CASE_OUTCOMES,
  type CaseNoticeDraft,
  type CaseNoticeEvent,
  type CaseNoticeFacts,
} from "./case-work.model.js";

const facts = z.object({
  caseCode: z.string(),
  wijkName: z.string(),
  byName: z.string(),
  otherName: z.string().nullable(),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
}) satisfies z.ZodType<CaseNoticeFacts>;

export const caseNotices = noticeFamily(
  enumOf<`case.${CaseNoticeEvent}`>()([
    "case.involved",
    "case.released",
    "case.regie-offered",
    "case.regie-accepted",
    "case.regie-refused",
    "case.regie-assigned",
    "case.regie-lost",
    "case.closed",
    "case.reopened",
  ]),
  facts,
);

export type CaseNotice = z.output<typeof caseNotices.schema>;

export function caseEvent(notice: Pick<CaseNotice, "kind">): CaseNoticeEvent {
  return notice.kind.slice("case.".length) as CaseNoticeEvent;
}

export function queuedCaseNotice(draft: CaseNoticeDraft): QueuedNotice<CaseNotice> {
  return {
    kind: `case.${draft.event}`,
    recipientId: draft.recipientId,
    facts: draft.facts,
    idempotencyKey: draft.idempotencyKey,
    caseId: draft.caseId,
  };
}
