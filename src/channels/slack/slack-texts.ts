/**
 * The few words the Slack channel says itself (everything else comes from the bot's messages).
 * TODO(#1): move into the shared message catalogue when src/views/messages exists.
 */
import type { Lang } from "../../core/shared/lang.js";

const TEXTS = {
  more: { nl: "… en meer: dit antwoord is ingekort.", en: "… and more: this answer was shortened." },
  openForm: { nl: "Formulier openen", en: "Open form" },
  formTooLarge: {
    nl: "Dit formulier past niet in een bericht. Open het via /wijk.",
    en: "This form does not fit in a message. Open it through /wijk.",
  },
  answeredPrivately: {
    nl: "Ik heb je persoonlijk geantwoord: alleen jij ziet het antwoord.",
    en: "I have answered you personally: only you can see the answer.",
  },
  cancel: { nl: "Annuleren", en: "Cancel" },
  somethingWrong: {
    nl: "Er ging iets mis bij Wijkbot. Probeer het later nog eens.",
    en: "Something went wrong in Wijkbot. Please try again later.",
  },
} as const;

export type SlackTextKey = keyof typeof TEXTS;

export function slackText(key: SlackTextKey, lang: Lang): string {
  return TEXTS[key][lang];
}
