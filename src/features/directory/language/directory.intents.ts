/**
 * The directory's buttons: choose a wijk for a question that named none, choose a topic for a
 * situation that could mean several, "klopt nog", and a service's edit form.
 */
import { z } from "zod/v4";
import { formIntent, type IntentTable, idField, textField } from "../../../language/intent-payload.js";

export const directoryIntents = {
  /** The lookup again, for the chosen wijk; no wijk asks again, as a typed question would. */
  "lookup.choose-wijk": z.object({
    wijkId: idField.optional(),
    /** Comma-separated topic ids. */
    topicIds: z.string().max(2000).optional(),
  }),
  /** The lookup for the chosen topic; the wijk rides along when the question named one. */
  "lookup.choose-topic": z.object({ topicIds: idField, wijkId: idField.optional() }),
  /** Confirms a directory entry (its contact people, administrators, or a coordinator of its wijken). */
  "directory.verify": z.object({ serviceId: idField }),
  /** Opens a service's edit form (its contact people, administrators) and saves it. */
  "directory.edit-service": formIntent(
    { serviceId: idField },
    {
      intakePhone: textField.optional(),
      intakeHours: textField.optional(),
      responseWorkingDays: textField.optional(),
      wijken: textField.optional(),
      topics: textField.optional(),
    },
  ),
} satisfies IntentTable;
