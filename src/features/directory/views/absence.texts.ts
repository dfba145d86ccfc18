/** Texts of a professional's own absence, in Dutch and English (the compiler checks both). */
import type { Lang } from "../../../core/shared/lang.js";

const nl = {
  "absence.set": "Genoteerd: u bent afwezig van {from} t/m {to}.",
  "absence.set.deputy": "Genoteerd: u bent afwezig van {from} t/m {to}; {deputy} is uw vervanger.",
  "absence.set.effect":
    'Wie u in de sociale kaart vindt, ziet dit meteen; nieuwe overdrachten aan uw dienst gaan ook naar uw vervanger. Terug eerder? Typ "ik ben terug".',
  "absence.cleared": "Welkom terug: uw afwezigheid is gewist.",
  "absence.none": "Er stond geen afwezigheid voor u genoteerd; er is niets veranderd.",
  "absence.no-end":
    'Tot wanneer bent u afwezig? Bijvoorbeeld: "ik ben afwezig tot 4 december, vervanger Mark Janssen".',
  "absence.bad-date": 'Ik herken "{text}" niet als datum. Schrijf bijvoorbeeld "4 december" of "2026-12-04".',
  "absence.in-past": "{to} is al voorbij; er is niets veranderd.",
  "absence.ends-before-start":
    "De afwezigheid eindigt ({to}) voordat ze begint ({from}); er is niets veranderd.",
  "absence.deputy-unknown": 'Ik vind niemand die "{text}" heet in de sociale kaart; er is niets veranderd.',
  "absence.deputy-ambiguous":
    'Er zijn meerdere mensen met "{text}" in hun naam: {options}. Schrijf de volledige naam.',
  "absence.deputy-self": "U kunt niet uw eigen vervanger zijn; er is niets veranderd.",
} as const;

const en: Record<keyof typeof nl, string> = {
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
};

export type AbsenceTextKey = keyof typeof nl;

export function absenceText(lang: Lang, key: AbsenceTextKey, vars: Record<string, string> = {}): string {
  const text: string = lang === "nl" ? nl[key] : en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
