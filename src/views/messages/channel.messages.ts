/**
 * The few lines a channel says on its own, about transport rather than content: a shortened
 * answer, a form that does not fit, a reply sent privately. Everything else comes from the bot.
 */
import { defineCatalogue } from "./catalogue.js";

export const channelMessages = defineCatalogue({
  nl: {
    "slack.more": "… en meer: dit antwoord is ingekort.",
    "slack.open-form": "Formulier openen",
    "slack.form-too-large": "Dit formulier past niet in een bericht. Open het via /wijk.",
    "slack.cancel": "Annuleren",
    "slack.answered-privately": "Ik heb je persoonlijk geantwoord: alleen jij ziet het antwoord.",
    "teams.sent-privately": "Ik heb je het antwoord in een persoonlijke chat gestuurd.",
    "teams.already-handled": "Dit is al verwerkt.",
    "teams.done": "Verwerkt.",
    "teams.search-hint": "Typ wat je zoekt, bijvoorbeeld: schulden in Wyckerpoort",
    "teams.nothing-to-insert": "Dit antwoord is persoonlijk en kan niet in een gesprek worden ingevoegd.",
    "teams.field-required": "Dit veld is verplicht.",
  },
  en: {
    "slack.more": "… and more: this answer was shortened.",
    "slack.open-form": "Open form",
    "slack.form-too-large": "This form does not fit in a message. Open it through /wijk.",
    "slack.cancel": "Cancel",
    "slack.answered-privately": "I have answered you personally: only you can see the answer.",
    "teams.sent-privately": "I have sent you the answer in a personal chat.",
    "teams.already-handled": "This has already been handled.",
    "teams.done": "Done.",
    "teams.search-hint": "Type what you are looking for, for example: debts in Wyckerpoort",
    "teams.nothing-to-insert": "This answer is personal and cannot be inserted into a conversation.",
    "teams.field-required": "This field is required.",
  },
});
