/** Texts of the directory's chat edits: a professional's absence and a service's edit form. */
import { defineCatalogue } from "../../../views/messages/catalogue.js";

export const directoryEditMessages = defineCatalogue({
  nl: {
    "absence.set": "Genoteerd: u bent afwezig van {from} t/m {to}.",
    "absence.set.deputy": "Genoteerd: u bent afwezig van {from} t/m {to}; {deputy} is uw vervanger.",
    "absence.set.effect":
      'Wie u in de sociale kaart vindt, ziet dit meteen; nieuwe overdrachten aan uw dienst gaan ook naar uw vervanger. Terug eerder? Typ "ik ben terug".',
    "absence.cleared": "Welkom terug: uw afwezigheid is gewist.",
    "absence.none": "Er stond geen afwezigheid voor u genoteerd; er is niets veranderd.",
    "absence.no-end":
      'Tot wanneer bent u afwezig? Bijvoorbeeld: "ik ben afwezig tot 4 december, vervanger Mark Janssen".',
    "absence.bad-date":
      'Ik herken "{text}" niet als datum. Schrijf bijvoorbeeld "4 december" of "2026-12-04".',
    "absence.in-past": "{to} is al voorbij; er is niets veranderd.",
    "absence.ends-before-start":
      "De afwezigheid eindigt ({to}) voordat ze begint ({from}); er is niets veranderd.",
    "absence.deputy-unknown": 'Ik vind niemand die "{text}" heet in de sociale kaart; er is niets veranderd.',
    "absence.deputy-ambiguous":
      'Er zijn meerdere mensen met "{text}" in hun naam: {options}. Schrijf de volledige naam.',
    "absence.deputy-self": "U kunt niet uw eigen vervanger zijn; er is niets veranderd.",
    "edit.title": "{service} bewerken",
    "edit.phone": "Intake-telefoon",
    "edit.hours": "Intake-tijden (bijv. ma–vr 09:00–12:00)",
    "edit.days": "Reactietermijn (werkdagen)",
    "edit.wijken": "Wijken (namen, gescheiden door komma's)",
    "edit.topics": "Onderwerpen (namen, gescheiden door komma's)",
    "edit.save": "Opslaan",
    "edit.button": "Bewerken",
    "edit.choose": "Welke dienst wilt u bewerken?",
    "edit.none":
      "U bent van geen dienst contactpersoon, dus er is niets om te bewerken. Een beheerder kan elke dienst bewerken.",
    "edit.saved":
      "{service} is bijgewerkt: {fields}. Dit geldt meteen, en een latere import overschrijft het niet.",
    "edit.unchanged": "Er was niets veranderd aan {service}.",
    "edit.not-allowed": "Alleen een contactpersoon van {service} of een beheerder kan deze dienst bewerken.",
    "edit.not-found": "Die dienst bestaat niet (meer).",
    "edit.error.phone": '"{text}" is geen telefoonnummer.',
    "edit.error.hours": "Houd de intake-tijden korter dan 120 tekens.",
    "edit.error.days": 'Schrijf een aantal werkdagen van 0 tot 60, niet "{text}".',
    "edit.error.wijk": 'Ik ken geen wijk "{text}".',
    "edit.error.topic": 'Ik ken geen onderwerp "{text}".',
    "edit.field.intake.phone": "intake-telefoon",
    "edit.field.intake.hours": "intake-tijden",
    "edit.field.responseWorkingDays": "reactietermijn",
    "edit.field.wijken": "wijken",
    "edit.field.topics": "onderwerpen",
  },
  en: {
    "absence.set": "Noted: you are away from {from} to {to} inclusive.",
    "absence.set.deputy": "Noted: you are away from {from} to {to} inclusive; {deputy} is your deputy.",
    "absence.set.effect":
      'Whoever finds you in the directory sees this at once; new handovers to your service also go to your deputy. Back sooner? Type "I\'m back".',
    "absence.cleared": "Welcome back: your absence has been cleared.",
    "absence.none": "No absence was recorded for you; nothing changed.",
    "absence.no-end":
      'Until when are you away? For example: "I\'m away until 4 December, deputy Mark Janssen".',
    "absence.bad-date": 'I do not recognise "{text}" as a date. Write e.g. "4 December" or "2026-12-04".',
    "absence.in-past": "{to} has already passed; nothing changed.",
    "absence.ends-before-start": "The absence ends ({to}) before it starts ({from}); nothing changed.",
    "absence.deputy-unknown": 'I cannot find anyone called "{text}" in the directory; nothing changed.',
    "absence.deputy-ambiguous": 'Several people have "{text}" in their name: {options}. Write the full name.',
    "absence.deputy-self": "You cannot be your own deputy; nothing changed.",
    "edit.title": "Edit {service}",
    "edit.phone": "Intake phone",
    "edit.hours": "Intake hours (e.g. ma–vr 09:00–12:00)",
    "edit.days": "Response time (working days)",
    "edit.wijken": "Wijken (names, separated by commas)",
    "edit.topics": "Topics (names, separated by commas)",
    "edit.save": "Save",
    "edit.button": "Edit",
    "edit.choose": "Which service do you want to edit?",
    "edit.none":
      "You are a contact person of no service, so there is nothing to edit. An administrator can edit any service.",
    "edit.saved":
      "{service} is updated: {fields}. This counts at once, and a later import does not overwrite it.",
    "edit.unchanged": "Nothing changed in {service}.",
    "edit.not-allowed": "Only a contact person of {service} or an administrator can edit this service.",
    "edit.not-found": "That service does not exist (any more).",
    "edit.error.phone": '"{text}" is not a phone number.',
    "edit.error.hours": "Keep the intake hours under 120 characters.",
    "edit.error.days": 'Write a number of working days from 0 to 60, not "{text}".',
    "edit.error.wijk": 'I know no wijk "{text}".',
    "edit.error.topic": 'I know no topic "{text}".',
    "edit.field.intake.phone": "intake phone",
    "edit.field.intake.hours": "intake hours",
    "edit.field.responseWorkingDays": "response time",
    "edit.field.wijken": "wijken",
    "edit.field.topics": "topics",
  },
});
