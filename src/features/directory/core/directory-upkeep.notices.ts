/** The question to a service's contact person whether its directory entry is still right. */
import { z } from "zod/v4";
import { noticeFamily } from "../../../core/shared/notice.js";

export const CONFIRM_KIND = "directory.confirm-request";

export const confirmationNotices = noticeFamily(
  z.literal(CONFIRM_KIND),
  z.object({
    serviceId: z.string(),
    serviceName: z.string(),
    /** Calendar date (Europe/Amsterdam) the entry was last confirmed. */
    assuredDate: z.iso.date(),
  }),
);

export type ConfirmationNotice = z.output<typeof confirmationNotices.schema>;
