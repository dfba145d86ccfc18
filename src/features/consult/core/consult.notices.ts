/**
 * The consult's notices as the outbox keeps them: kind `consult.<event>`, and as facts the
 * consult as it stood, which invite revision goes with it (the .ics itself is built when the
 * notice is rendered, in the recipient's language), and for a new task its text and due date.
 * The snapshot leaves out what no notice shows: the recorded outcome (free text about the
 * citizen) and the case's access facts.
 */
import { z } from "zod/v4";
import { enumOf, instant, noticeFamily } from "../../../core/shared/notice.js";
import type { ConsultStatus } from "./consult.state.js";
import type { VoteAnswer } from "./vote.policy.js";

const participant = z.object({
  id: z.string(),
  professionalId: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  locale: z.enum(["nl", "en"]).nullable(),
  relativeLabel: z.string().nullable(),
  role: z.string().nullable(),
  required: z.boolean(),
  attended: z.boolean().nullable(),
});

const snapshot = z.object({
  id: z.string(),
  caseCode: z.string(),
  status: enumOf<ConsultStatus>()(["planning", "scheduled", "done", "cancelled"]),
  organizerId: z.string(),
  start: instant.nullable(),
  durationMinutes: z.number().int().positive(),
  location: z.string().nullable(),
  icsUid: z.string(),
  icsSequence: z.number().int().min(0),
  participants: z.array(participant),
  slots: z.array(z.object({ id: z.string(), start: instant, end: instant })),
  votes: z.array(
    z.object({
      slotId: z.string(),
      participantId: z.string(),
      answer: enumOf<VoteAnswer>()(["yes", "no", "if-needed"]),
    }),
  ),
  agenda: z.array(
    z.object({ position: z.number().int(), text: z.string(), addedById: z.string().nullable() }),
  ),
});

/** What a notice may show of a consult (consultSnapshot in consult-effects.ts takes it). */
export type ConsultSnapshot = z.output<typeof snapshot>;

const facts = z.object({
  consult: snapshot,
  /** The invite revision to attach: built when rendered, stamped with the time of the change. */
  ics: z.object({ method: z.enum(["REQUEST", "CANCEL"]), stamp: instant }).nullable(),
  /** For "task": the action point's text and due date. */
  task: z.object({ text: z.string(), dueOn: z.string() }).nullable(),
});

export const consultNotices = noticeFamily(
  z.enum([
    "consult.proposed",
    "consult.confirmed",
    "consult.rescheduled",
    "consult.cancelled",
    "consult.reminder",
    "consult.relatives",
    "consult.task",
  ]),
  facts,
);

export type ConsultNotice = z.output<typeof consultNotices.schema>;
export type NoticeEvent = ConsultNotice["kind"] extends `consult.${infer E}` ? E : never;

export function consultEvent(notice: Pick<ConsultNotice, "kind">): NoticeEvent {
  return notice.kind.slice("consult.".length) as NoticeEvent;
}
