/**
 * Warm handover's buttons and forms. Every button on a request carries the handover's id and the
 * version it was drawn at (`v`), so a press on an outdated card is answered, not applied.
 */
import { z } from "zod/v4";
import { caseCode } from "../../../language/command.schema.js";
import { type IntentTable, idField, textField } from "../../../language/intent-payload.js";

/** The version a button was drawn for; absent (or unreadable) on older buttons: not checked then. */
const version = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number)
  .optional()
  .catch(undefined);
const handover = z.object({ id: idField, v: version });

export const handoverIntents = {
  /** From a lookup answer: the form, filled in with what the button knows. */
  "handover.start": z.object({
    caseCode: caseCode.optional().catch(undefined),
    serviceId: textField.optional(),
    topicId: textField.optional(),
    wijkId: textField.optional(),
  }),
  /** The request form: its fields are checked by the service, which answers with the form again. */
  "handover.submit": z.record(z.string(), textField),
  "handover.accept": handover,
  /** Without a reason: the form that asks for one. */
  "handover.decline": handover.extend({ reason: textField.optional() }),
  /** Without a target (`serviceId|professionalId`) or reason: the form that asks for them. */
  "handover.forward": handover.extend({ target: textField.optional(), reason: textField.optional() }),
  "handover.contact": handover.extend({ reached: z.enum(["yes", "no"]) }),
  "handover.complete": handover.extend({ note: textField.optional() }),
  "handover.cancel": handover.extend({ reason: textField.optional() }),
  "handover.details": handover,
  "consent.withdraw": z.object({ code: caseCode }),
} satisfies IntentTable;
