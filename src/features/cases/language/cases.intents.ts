/**
 * The case's buttons: "open WYC-014" on other answers (digest, nudges, lists), and the buttons that
 * run a case (issue 16). The service checks the presser's right again: a button is no permission.
 */
import { z } from "zod/v4";
import { caseCode } from "../../../language/command.schema.js";
import { type IntentTable, idField } from "../../../language/intent-payload.js";
import { CASE_OUTCOMES } from "../core/case-work.model.js";

const kase = z.object({ code: caseCode });

export const caseIntents = {
  "case.show": kase,
  /** Without an outcome: the question with one button per outcome. */
  "case.close": kase.extend({ outcome: z.enum(CASE_OUTCOMES).optional() }),
  "case.reopen": kase,
  "case.release": kase.extend({ id: idField }),
  "case.regie-accept": kase,
  "case.regie-refuse": kase,
  /** An action point of "mijn taken": by its id. */
  "task.done": z.object({ id: idField }),
} satisfies IntentTable;
