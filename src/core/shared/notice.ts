/**
 * A notice: what happened, for whom, as facts; never prose. Services write notices to the outbox
 * in the transaction of the change they announce; the views render one in the recipient's
 * language only when it is delivered or shown in the web inbox (src/views/notice.view.ts), so a
 * person who switches language reads even older notices in the new one.
 *
 * Each job declares its own kinds and facts (features/<job>/core/*.notices.ts) with the helpers
 * below; src/core/notices/notices.ts joins them into one schema, discriminated on `kind`.
 */
import { z } from "zod/v4";

/** An instant: a Date when built, an ISO string once it went through JSON; a Date after parsing. */
export const instant = z.union([z.date(), z.iso.datetime().transform((text) => new Date(text))]);

/** A name the directory keeps in both languages (a topic). */
export const localName = z.object({ nl: z.string(), en: z.string() });
export type LocalName = z.output<typeof localName>;

type Missing<T, V extends readonly unknown[]> = Exclude<T, V[number]>;

/**
 * `z.enum` over every member of the union `T`: the compiler refuses a list that misses one, so a
 * new status can never make a valid notice fail its schema at run time.
 */
export function enumOf<T extends string>() {
  return <const V extends readonly [T, ...T[]]>(
    values: V & ([Missing<T, V>] extends [never] ? unknown : { missing: Missing<T, V> }),
  ) => z.enum(values);
}

/** One job's notices: the kinds it writes (a z.enum or z.literal) and the shape of their facts. */
export function noticeFamily<K extends z.ZodType<string>, F extends z.ZodType>(kind: K, facts: F) {
  const schema = z.object({ kind, recipientId: z.string().min(1), facts });
  type Member = z.output<typeof schema>;
  return {
    schema,
    /** Narrows a notice of any job to one of this family. */
    has: <N extends { kind: string }>(notice: N): notice is N & Member => kind.safeParse(notice.kind).success,
  };
}

/** Any job's notice, as the outbox and the inbox carry it. */
export interface NoticeShape {
  kind: string;
  recipientId: string;
  facts: unknown;
}

/** A notice with what the outbox needs besides: it is queued once per key, and can be called back. */
export type QueuedNotice<N extends NoticeShape = NoticeShape> = N & {
  /**
   * Unique per notification, derived from what causes it, e.g. `handover:<id>:v3:<event>:<recipientId>`.
   * Queuing the same key twice (a button pressed twice, a retried request) queues it once.
   */
  idempotencyKey: string;
  /** Lets a consent withdrawal cancel everything still queued for the case. */
  caseId?: string | null;
  /** Not before this instant (a reminder for later); default: now. */
  notBefore?: Date;
};
