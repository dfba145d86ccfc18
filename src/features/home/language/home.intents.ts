/** The personal overview (Slack's App Home asks for it when the tab is opened). */
import { z } from "zod/v4";
import type { IntentTable } from "../../../language/intent-payload.js";

export const homeIntents = {
  "home.show": z.object({}),
} satisfies IntentTable;
