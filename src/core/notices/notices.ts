/**
 * Every notice the outbox can hold: each job's family (features/<job>/core/*.notices.ts), joined
 * into one schema discriminated on `kind`. The outbox checks a notice against it when it is
 * written (a wrong shape is refused, and with it the change it announces) and again when it is
 * read back (a row this version cannot read is not delivered). A job that notifies adds its
 * family here and its view in src/views/notice.view.ts.
 */
import { z } from "zod/v4";
import { deactivationNotices } from "../../features/admin/core/admin.notices.js";
import { caseNotices } from "../../features/cases/core/case.notices.js";
import { consultNotices } from "../../features/consult/core/consult.notices.js";
import { weeklyDigestNotices } from "../../features/digest/core/digest.notices.js";
import { nudgeNotices } from "../../features/digest/core/nudge.notices.js";
import { confirmationNotices } from "../../features/directory/core/directory-upkeep.notices.js";
import { handoverNotices } from "../../features/handover/core/handover.notices.js";
import { AppError } from "../shared/app-error.js";
import type { NoticeShape } from "../shared/notice.js";

export const noticeSchema = z.discriminatedUnion("kind", [
  handoverNotices.schema,
  consultNotices.schema,
  weeklyDigestNotices.schema,
  nudgeNotices.schema,
  deactivationNotices.schema,
  confirmationNotices.schema,
  caseNotices.schema,
]);

export type Notice = z.output<typeof noticeSchema>;

/** The notice, or null when `value` is not one (a row written before notices, or a kind unknown here). */
export function readNotice(value: unknown): Notice | null {
  const parsed = noticeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The notice as it will be stored. One that does not fit its kind is a bug in the code that made
 * it: refused with the kind and the fields (never their values, which may be personal).
 */
export function checkNotice(value: NoticeShape): Notice {
  const parsed = noticeSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => issue.path.join(".") || "kind");
  throw new AppError("INTERNAL", `notice "${value.kind}" refused: ${fields.join(", ")}`, {
    details: { kind: value.kind, fields },
  });
}
