/**
 * The handover's notices as the outbox keeps them: kind `handover.<event>`, facts as below. The
 * facts say case code, topic, wijk, service and state, never contact details (the outbox is
 * plain JSON). Names are taken when the notice is written, like the topic's name in both
 * languages, so that it can be rendered in whichever language the recipient reads by then.
 */
import { z } from "zod/v4";
import {
  enumOf,
  instant,
  type LocalName,
  localName,
  noticeFamily,
  type QueuedNotice,
} from "../../../core/shared/notice.js";
import { HANDOVER_STATUSES } from "./handover.model.js";
import type { HandoverNoticeDraft, NoticeEvent, NoticeFacts, Urgency } from "./handover.ports.js";

export type HandoverNoticeFacts = NoticeFacts & {
  /** The topic's name when the notice was written; null when it is left out (consent withdrawn). */
  topicName: LocalName | null;
};

const facts = z.object({
  handoverId: z.string(),
  caseCode: z.string(),
  topicId: z.string(),
  topicName: localName.nullable(),
  wijkName: z.string(),
  serviceName: z.string(),
  status: z.enum(HANDOVER_STATUSES),
  urgency: enumOf<Urgency>()(["normal", "urgent"]),
  version: z.number().int(),
  deadlineAt: instant,
  byName: z.string().nullable(),
  note: z.string().nullable(),
  alternatives: z.array(z.string()),
  attempts: z.number().int().min(0),
  overdueDays: z.number().int().min(0),
}) satisfies z.ZodType<HandoverNoticeFacts>;

type KindOf<E extends string> = `handover.${E}`;

export const handoverNotices = noticeFamily(
  enumOf<KindOf<NoticeEvent>>()([
    "handover.requested",
    "handover.accepted",
    "handover.declined",
    "handover.forwarded",
    "handover.contacted",
    "handover.contact-failed",
    "handover.completed",
    "handover.cancelled",
    "handover.withdrawn",
    "handover.reminder",
    "handover.escalated",
    "handover.consent-withdrawn",
  ]),
  facts,
);

export type HandoverNotice = z.output<typeof handoverNotices.schema>;

/** The event a handover notice tells of ("handover.accepted" -> "accepted"). */
export function handoverEvent(notice: Pick<HandoverNotice, "kind">): NoticeEvent {
  return notice.kind.slice("handover.".length) as NoticeEvent;
}

/** The draft of a service, completed with the topic's name, ready for the outbox. */
export function queuedHandoverNotice(
  draft: HandoverNoticeDraft,
  topicName: LocalName | null,
): QueuedNotice<HandoverNotice> {
  return {
    kind: `handover.${draft.event}`,
    recipientId: draft.recipientId,
    facts: { ...draft.facts, topicName },
    idempotencyKey: draft.idempotencyKey,
    caseId: draft.caseId,
  };
}
