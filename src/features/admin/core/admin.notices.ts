/** What the wijk coordinators are told when someone leaves: names of colleagues, case codes only. */
import { z } from "zod/v4";
import { noticeFamily } from "../../../core/shared/notice.js";

export const deactivationNotices = noticeFamily(
  z.literal("admin.deactivated"),
  z.object({
    leaverName: z.string(),
    handovers: z.array(z.object({ caseCode: z.string(), serviceName: z.string() })),
    actionPoints: z.array(z.object({ caseCode: z.string(), movedTo: z.enum(["coordinator", "nobody"]) })),
  }),
);

export type DeactivationNotice = z.output<typeof deactivationNotices.schema>;
export type DeactivationFacts = DeactivationNotice["facts"];
