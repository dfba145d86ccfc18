/** The digest's own button: nudge the holder of an overdue handover. */
import { z } from "zod/v4";
import { type IntentTable, idField } from "../../../language/intent-payload.js";

export const digestIntents = {
  "digest.nudge": z.object({ handoverId: idField }),
} satisfies IntentTable;
