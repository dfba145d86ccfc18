/**
 * The consult's buttons and forms. A form button first answers with the form; its submit
 * (`submitted: "true"`) carries the fields and does the work.
 */
import { z } from "zod/v4";
import { formIntent, type IntentTable, textField } from "../../../language/intent-payload.js";
import { VOTE_ANSWERS } from "../core/vote.policy.js";

const id = z.string().min(1).max(80);
const consult = z.object({ consultId: id });
const slot = consult.extend({ slotId: id });
const participant = consult.extend({ participantId: id });

export const consultIntents = {
  "consult.show": consult,
  "consult.vote": slot.extend({ answer: z.enum(VOTE_ANSWERS as ["yes", "no", "if-needed"]) }),
  "consult.confirm": slot,
  "consult.cancel": consult,
  "consult.attendance": consult,
  "consult.invite": consult,
  "consult.relatives": consult,
  "consult.reschedule": formIntent(consult.shape, { date: z.string().max(10), time: z.string().max(5) }),
  "consult.agenda-add": formIntent(consult.shape, { text: z.string().max(2000) }),
  /** Who attended (`attended.<professionalId>`) and up to three action points (`action<n>.*`). */
  "consult.outcome": z.union([
    consult.extend({ submitted: z.literal("true"), outcome: textField.optional() }).catchall(textField),
    consult.extend({ submitted: z.undefined().optional() }),
  ]),
  /** A professional of the case roster, or else a relative by label. */
  "consult.participant-add": formIntent(consult.shape, {
    professionalId: textField.optional(),
    relativeLabel: textField.optional(),
  }),
  "consult.participant-remove": participant,
  "consult.participant-required": participant.extend({ required: z.enum(["true", "false"]) }),
} satisfies IntentTable;
