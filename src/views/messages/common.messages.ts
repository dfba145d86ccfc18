/** Texts every job shares: errors, access, help, language, list words. */
import { defineCatalogue } from "./catalogue.js";

export const commonMessages = defineCatalogue({
  nl: {
    "error.generic": "Er ging iets mis aan onze kant. Probeer het zo nog eens; het is gelogd.",
    "error.database": "Wijkbot kan de gegevens nu niet bereiken. Probeer het over een minuut opnieuw.",
    "error.too-long":
      "Dat bericht is te lang ({length} tekens; maximaal {max}). Maak het korter en probeer opnieuw.",
    "error.action-unknown": "Deze knop werkt niet meer. Vraag het opnieuw in de chat.",
    "error.action-invalid":
      "Deze knop stuurde gegevens mee die ik niet kan lezen; er is niets veranderd. Vraag het opnieuw in de chat.",
    "error.input-invalid": "Dat begrijp ik niet helemaal: {detail}",
    "error.bad-characters":
      "Dat bericht bevat tekens die ik niet kan bewaren (een onzichtbaar stuurteken of een kapotte emoji). Typ het opnieuw.",
    "access.not-registered":
      "U staat (nog) niet in de sociale kaart van Wijkbot, dus ik kan geen gegevens tonen. Vraag de beheerder van uw netwerk om uw account te koppelen.",
    "help.title": "Wat kan Wijkbot?",
    "help.intro": "Typ een vraag zoals u die aan een collega zou stellen. Bijvoorbeeld:",
    "help.lookup": "wie doet schulden in Wyckerpoort?",
    "help.case": "casus WYC-014 · nieuwe casus in Wyckerpoort · betrek Mark Janssen bij WYC-014",
    "help.cases": "mijn casussen · mijn overdrachten · mijn consulten · mijn taken",
    "help.handover": "overdracht WYC-014 naar schuldhulp",
    "help.consult": "plan palliatief consult voor WYC-021 volgende week",
    "help.digest": "overzicht Wyckerpoort · stuur mijn overzicht op vrijdag 16:00",
    "help.language": "language english · taal nederlands",
    "unknown.text":
      'Dat herken ik niet als vraag. Probeer bijvoorbeeld: "wie doet schulden in Wyckerpoort?" of typ "help".',
    "unavailable.text": 'Dat kan Wijkbot nog niet. Typ "help" voor wat wel kan.',
    "language.set": "Ik antwoord u voortaan in het Nederlands.",
  },
  en: {
    "error.generic": "Something went wrong on our side. Please try again in a moment; it has been logged.",
    "error.database": "Wijkbot cannot reach its data right now. Please try again in a minute.",
    "error.too-long":
      "That message is too long ({length} characters; at most {max}). Please shorten it and try again.",
    "error.action-unknown": "This button no longer works. Please ask again in the chat.",
    "error.action-invalid":
      "This button sent data I cannot read; nothing was changed. Please ask again in the chat.",
    "error.input-invalid": "I did not quite get that: {detail}",
    "error.bad-characters":
      "That message contains characters I cannot store (an invisible control character or a broken emoji). Please retype it.",
    "access.not-registered":
      "You are not (yet) in Wijkbot's social map, so I cannot show any data. Ask your network's administrator to link your account.",
    "help.title": "What can Wijkbot do?",
    "help.intro": "Ask as you would ask a colleague. For example:",
    "help.lookup": "who handles debts in Wyckerpoort?",
    "help.case": "case WYC-014 · new case in Wyckerpoort · involve Mark Janssen in WYC-014",
    "help.cases": "my cases · my handovers · my consults · my tasks",
    "help.handover": "handover WYC-014 to debt support",
    "help.consult": "schedule a palliative consult for WYC-021 next week",
    "help.digest": "digest Wyckerpoort · digest on Monday 8:30",
    "help.language": "language english · taal nederlands",
    "unknown.text":
      'I do not recognise that as a question. Try for example: "who handles debts in Wyckerpoort?" or type "help".',
    "unavailable.text": 'Wijkbot cannot do that yet. Type "help" to see what it can do.',
    "language.set": "I will answer you in English from now on.",
  },
});
