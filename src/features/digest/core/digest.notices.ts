/**
 * The weekly digest as the outbox keeps it: the report, counts and items, no prose. (The nudge
 * has its own file, nudge.notices.ts: the ports name it, and this file depends on them.)
 */
import { z } from "zod/v4";
import { instant, localName, noticeFamily } from "../../../core/shared/notice.js";
import type { DigestReport } from "./digest.result.js";

const count = z.number().int().min(0);

const counts = z.object({
  openCases: count,
  newCases: count,
  awaitingAcceptance: count,
  overdueHandovers: count,
  completedThisWeek: count,
  medianDaysToContact: z.number().min(0).nullable(),
  consultsNext7Days: count,
  actionPointsOverdue: count,
  staleEntries: count,
  lookupGaps: count,
});

const item = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("overdue-handover"),
    handoverId: z.string(),
    caseCode: z.string(),
    serviceName: z.string(),
    holderName: z.string().nullable(),
    deadlineAt: instant,
    urgent: z.boolean(),
  }),
  z.object({
    kind: z.literal("awaiting-acceptance"),
    handoverId: z.string(),
    caseCode: z.string(),
    serviceName: z.string(),
    requestedAt: instant,
    urgent: z.boolean(),
  }),
  z.object({
    kind: z.literal("action-point-overdue"),
    caseCode: z.string(),
    ownerName: z.string().nullable(),
    dueOn: z.string(),
  }),
  z.object({ kind: z.literal("consult"), caseCode: z.string(), start: instant }),
  z.object({
    kind: z.literal("stale-entry"),
    serviceId: z.string(),
    serviceName: z.string(),
    assuredDate: z.string(),
  }),
  z.object({
    kind: z.literal("lookup-gap"),
    gapKind: z.string(),
    topicId: z.string().nullable(),
    topicName: localName.nullable(),
    term: z.string().nullable(),
    count,
  }),
]);

const report = z.object({
  recipientId: z.string(),
  generatedAt: instant,
  sections: z.array(
    z.object({
      scope: z.object({
        key: z.string(),
        name: z.string(),
        wijkIds: z.array(z.string()),
        rollup: z.boolean(),
      }),
      counts,
      items: z.array(item),
      moreItems: count,
    }),
  ),
  quiet: z.boolean(),
  late: z.boolean(),
  scheduledAt: instant.nullable(),
}) satisfies z.ZodType<DigestReport>;

export const weeklyDigestNotices = noticeFamily(z.literal("digest.weekly"), report);
export type WeeklyDigestNotice = z.output<typeof weeklyDigestNotices.schema>;
