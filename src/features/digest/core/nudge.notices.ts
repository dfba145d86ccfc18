/** The nudge a coordinator sends the holder of an overdue handover, from the digest. */
import { z } from "zod/v4";
import { noticeFamily } from "../../../core/shared/notice.js";

export const nudgeNotices = noticeFamily(
  z.literal("digest.nudge"),
  z.object({
    fromName: z.string(),
    caseCode: z.string(),
    serviceName: z.string(),
    overdueDays: z.number().int().min(0),
  }),
);

export type NudgeNotice = z.output<typeof nudgeNotices.schema>;
