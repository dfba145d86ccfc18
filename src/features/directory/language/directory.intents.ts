/** The directory's buttons: choose a wijk for a question that named none, and "klopt nog". */
import { z } from "zod/v4";
import { type IntentTable, idField } from "../../../language/intent-payload.js";

export const directoryIntents = {
  /** The lookup again, for the chosen wijk; no wijk asks again, as a typed question would. */
  "lookup.choose-wijk": z.object({
    wijkId: idField.optional(),
    /** Comma-separated topic ids. */
    topicIds: z.string().max(2000).optional(),
  }),
  /** Confirms a directory entry (its contact people, administrators, or a coordinator of its wijken). */
  "directory.verify": z.object({ serviceId: idField }),
} satisfies IntentTable;
