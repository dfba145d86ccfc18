/** The "open WYC-014" buttons of other answers (digest, nudges, lists). */
import { z } from "zod/v4";
import { caseCode } from "../../../language/command.schema.js";
import type { IntentTable } from "../../../language/intent-payload.js";

export const caseIntents = {
  "case.show": z.object({ code: caseCode }),
} satisfies IntentTable;
