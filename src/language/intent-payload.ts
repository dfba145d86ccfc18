/**
 * The building blocks of the intents' payload schemas (see intents.ts). A payload comes back from
 * the chat platform as a flat record of strings and may have been forged or be older than the
 * code; every field a handler reads is declared here, the rest is dropped.
 */
import { z } from "zod/v4";

/** One intent's payload schema: what a button or form submit must carry, parsed to what the handler reads. */
export type PayloadSchema = z.ZodType;

/** A job's intents: `feature.verb` -> the schema of its payload. */
export type IntentTable = Record<string, PayloadSchema>;

/** An id of the directory or the database: never empty, and bounded like every other field. */
export const idField = z.string().min(1).max(200);

/** A free-text form field: kept as typed; the handler or service bounds and checks it. */
export const textField = z.string();

/**
 * A button that opens a form and the submit of that form, under one intent. Pressed, it carries
 * `opened`; submitted, the same plus `submitted: "true"` and the form's `fields`.
 */
export function formIntent<Opened extends z.ZodRawShape, Fields extends z.ZodRawShape>(
  opened: Opened,
  fields: Fields,
) {
  return z.union([
    z.object({ ...opened, submitted: z.literal("true"), ...fields }),
    z.object({ ...opened, submitted: z.undefined().optional() }),
  ]);
}
