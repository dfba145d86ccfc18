/**
 * The few lines a channel says on its own, about transport rather than content: a shortened
 * answer, a form that does not fit, a reply sent privately. Keyed by what they say, not by the
 * channel, so any channel (e-mail next) may use them without a line here. Everything else comes
 * from the bot.
 */
import { defineCatalogue } from "./catalogue.js";

export const channelMessages = defineCatalogue({
  nl: {
    "channel.shortened": "… en meer: dit antwoord is ingekort.",
    "channel.open-form": "Formulier openen",
    "channel.form-too-large": "Dit formulier past niet in een bericht. Open het via /wijk.",
    "channel.cancel": "Annuleren",
    "channel.answered-privately": "Ik heb je persoonlijk geantwoord: alleen jij ziet het antwoord.",
    "channel.sent-privately": "Ik heb je het antwoord in een persoonlijke chat gestuurd.",
    "channel.already-handled": "Dit is al verwerkt.",
    "channel.done": "Verwerkt.",
    "channel.search-hint": "Typ wat je zoekt, bijvoorbeeld: schulden in Wyckerpoort",
    "channel.nothing-to-insert": "Dit antwoord is persoonlijk en kan niet in een gesprek worden ingevoegd.",
    "channel.field-required": "Dit veld is verplicht.",
  },
  en: {
    "channel.shortened": "… and more: this answer was shortened.",
    "channel.open-form": "Open form",
    "channel.form-too-large": "This form does not fit in a message. Open it through /wijk.",
    "channel.cancel": "Cancel",
    "channel.answered-privately": "I have answered you personally: only you can see the answer.",
    "channel.sent-privately": "I have sent you the answer in a personal chat.",
    "channel.already-handled": "This has already been handled.",
    "channel.done": "Done.",
    "channel.search-hint": "Type what you are looking for, for example: debts in Wyckerpoort",
    "channel.nothing-to-insert": "This answer is personal and cannot be inserted into a conversation.",
    "channel.field-required": "This field is required.",
  },
});
