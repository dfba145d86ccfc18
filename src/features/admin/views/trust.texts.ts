/**
 * Texts of administration, the audit log, erasure and directory upkeep, in Dutch and English.
 * Kept beside their views (like consult.texts.ts) so the shared catalogue stays small; the
 * compiler checks that both languages have every key.
 */
import type { Lang } from "../../../core/shared/lang.js";

const nl = {
  "admin.refused": "Dat mag alleen een beheerder van Wijkbot. Uw poging is vastgelegd.",
  "admin.unknown-professional": 'Ik vind niemand met id "{id}" in de sociale kaart.',
  "admin.inactive-professional": "{name} ({id}) is niet meer actief; activeer eerst opnieuw via een import.",
  "admin.linked": "{channel}-account {account} is gekoppeld aan {name} ({id}).",
  "admin.relinked": "Let op: dit account was gekoppeld aan {previous}; die koppeling is vervangen.",
  "admin.unlinked": "{channel}-account {account} is ontkoppeld ({count} koppeling(en) verwijderd).",
  "admin.unlink-none": "{channel}-account {account} was niet gekoppeld; er is niets veranderd.",
  "admin.deactivated": "{name} ({id}) is gedeactiveerd.",
  "admin.deactivated-counts":
    "{handovers} open overdracht(en) terug naar de dienst, {points} actiepunt(en) naar de regiehouder, {orphans} actiepunt(en) zonder nieuwe eigenaar; {told} coördinator(en) ingelicht.",
  "admin.already-inactive": "{name} ({id}) was al gedeactiveerd.",
  "admin.notice.title": "{name} is uit Wijkbot gedeactiveerd",
  "admin.notice.handovers": "Terug naar de dienst (opnieuw oppakken):",
  "admin.notice.handover-line": "{code}: overdracht aan {service}",
  "admin.notice.points": "Actiepunten:",
  "admin.notice.point-moved": "{code}: naar de regiehouder",
  "admin.notice.point-nobody": "{code}: geen regiehouder, wijs iemand aan",
  "admin.notice.nothing": "Er stonden geen open overdrachten of actiepunten op naam.",
  "erase.refused": "Een verzoek tot wissen mag alleen een beheerder uitvoeren. Uw poging is vastgelegd.",
  "erase.not-found": "Ik vind geen casus {code}.",
  "erase.restricted.open-handovers":
    "{code} heeft nog open overdrachten: de gegevens zijn nodig voor lopende zorg. De casus is nu afgeschermd (alleen de regiehouder ziet hem) in plaats van gewist. Het logboek blijft 5 jaar bewaard.",
  "erase.restricted.open-case":
    "{code} is nog open: de casus is afgeschermd (alleen de regiehouder ziet hem) in plaats van gewist. Sluit de casus en vraag het opnieuw om de persoonsgegevens te wissen. Het logboek blijft 5 jaar bewaard.",
  "erase.erased":
    "De persoonsgegevens van {code} zijn gewist (samenvatting, naasten, contactgegevens, vrije teksten); wat overblijft is afgeschermd. Het logboek blijft 5 jaar bewaard (wettelijke plicht).",
  "audit.refused": "Het logboek is alleen voor beheerders. Uw poging is vastgelegd.",
  "audit.needs-filter":
    'Waarover? Bijvoorbeeld: "audit WYC-014", "audit p-anouk-peeters" of "audit van 2026-11-01 tot 2026-11-30".',
  "audit.bad-date": 'Ik kan "{text}" niet lezen als datum. Gebruik bijvoorbeeld 2026-11-01 of "1 november".',
  "audit.unknown-person": 'Ik vind niemand die "{text}" heet.',
  "audit.ambiguous-person": 'Meerdere mensen passen bij "{text}": {options}. Gebruik het id.',
  "audit.heading": "Logboek",
  "audit.filter.case": "casus {code}",
  "audit.filter.person": "{name} ({id})",
  "audit.filter.from": "vanaf {date}",
  "audit.filter.to": "tot en met {date}",
  "audit.none": "Geen vermeldingen gevonden.",
  "audit.count": "{count} vermelding(en), nieuwste eerst.",
  "audit.limited": "Alleen de nieuwste {limit} worden getoond; verfijn met een periode.",
  "audit.line": "{at} · {event} · {action} · {actor} · {channel} · {authorised}{basis}",
  "audit.system": "systeem",
  "audit.unregistered": "onbekend account",
  "audit.allowed": "toegestaan",
  "audit.denied": "geweigerd",
  "audit.basis": " · grond: {basis}",
  "audit.logged": "Deze raadpleging is zelf ook vastgelegd.",
  "audit.export.needs-case": 'Noem de casus, bijvoorbeeld: "exporteer audit WYC-014".',
  "audit.export.heading": "Inzageverzoek {code}: logboek ({count} vermelding(en), {format})",
  "audit.export.intro":
    "Voor het inzageverzoek van de burger (AVG art. 15). Kopieer de tekst hieronder; deze export is vastgelegd.",
  "upkeep.ask.title": "Klopt {service} nog in de sociale kaart?",
  "upkeep.ask.text":
    "U bent contactpersoon van {service}. De gegevens zijn voor het laatst gecontroleerd op {date}. Kloppen ze nog? Wijzigingen geeft u door aan de beheerder.",
  "upkeep.ask.button": "Klopt nog",
  "upkeep.verified": "{service} staat als gecontroleerd op {date}. Dank u!",
  "upkeep.not-contact":
    "Alleen de contactpersonen van {service} (of een beheerder) kunnen de gegevens bevestigen.",
  "upkeep.not-found": "Die dienst staat niet (meer) in de sociale kaart.",
};

export type TrustTextKey = keyof typeof nl;

const en: Record<TrustTextKey, string> = {
  "admin.refused": "Only a Wijkbot administrator may do that. Your attempt has been recorded.",
  "admin.unknown-professional": 'I cannot find anyone with id "{id}" in the social map.',
  "admin.inactive-professional":
    "{name} ({id}) is no longer active; reactivate them through an import first.",
  "admin.linked": "{channel} account {account} is now linked to {name} ({id}).",
  "admin.relinked": "Note: this account was linked to {previous}; that link has been replaced.",
  "admin.unlinked": "{channel} account {account} is unlinked ({count} link(s) removed).",
  "admin.unlink-none": "{channel} account {account} was not linked; nothing changed.",
  "admin.deactivated": "{name} ({id}) has been deactivated.",
  "admin.deactivated-counts":
    "{handovers} open handover(s) back to the service, {points} action point(s) to the case coordinator, {orphans} action point(s) without a new owner; {told} coordinator(s) informed.",
  "admin.already-inactive": "{name} ({id}) was already deactivated.",
  "admin.notice.title": "{name} has been deactivated in Wijkbot",
  "admin.notice.handovers": "Back to the service (to be picked up again):",
  "admin.notice.handover-line": "{code}: handover to {service}",
  "admin.notice.points": "Action points:",
  "admin.notice.point-moved": "{code}: to the case coordinator",
  "admin.notice.point-nobody": "{code}: no case coordinator, please assign someone",
  "admin.notice.nothing": "They held no open handovers or action points.",
  "erase.refused": "Only an administrator may carry out an erasure request. Your attempt has been recorded.",
  "erase.not-found": "I cannot find case {code}.",
  "erase.restricted.open-handovers":
    "{code} still has open handovers: the data is needed for ongoing care. The case is now restricted (only its coordinator sees it) instead of erased. The audit log is kept for 5 years.",
  "erase.restricted.open-case":
    "{code} is still open: the case is restricted (only its coordinator sees it) instead of erased. Close the case and ask again to erase the personal data. The audit log is kept for 5 years.",
  "erase.erased":
    "The personal data of {code} has been erased (summary, relatives, contact details, free text); what remains is restricted. The audit log is kept for 5 years (a legal duty).",
  "audit.refused": "The audit log is for administrators only. Your attempt has been recorded.",
  "audit.needs-filter":
    'About what? For example: "audit WYC-014", "audit p-anouk-peeters" or "audit from 2026-11-01 to 2026-11-30".',
  "audit.bad-date": 'I cannot read "{text}" as a date. Use for example 2026-11-01 or "1 November".',
  "audit.unknown-person": 'I cannot find anyone called "{text}".',
  "audit.ambiguous-person": 'Several people match "{text}": {options}. Use the id.',
  "audit.heading": "Audit log",
  "audit.filter.case": "case {code}",
  "audit.filter.person": "{name} ({id})",
  "audit.filter.from": "from {date}",
  "audit.filter.to": "up to and including {date}",
  "audit.none": "No records found.",
  "audit.count": "{count} record(s), newest first.",
  "audit.limited": "Only the newest {limit} are shown; narrow it down with a period.",
  "audit.line": "{at} · {event} · {action} · {actor} · {channel} · {authorised}{basis}",
  "audit.system": "system",
  "audit.unregistered": "unknown account",
  "audit.allowed": "allowed",
  "audit.denied": "refused",
  "audit.basis": " · basis: {basis}",
  "audit.logged": "This query has itself been recorded.",
  "audit.export.needs-case": 'Name the case, for example: "audit export WYC-014".',
  "audit.export.heading": "Access request {code}: audit trail ({count} record(s), {format})",
  "audit.export.intro":
    "For the citizen's access request (GDPR art. 15). Copy the text below; this export has been recorded.",
  "upkeep.ask.title": "Is {service} still correct in the social map?",
  "upkeep.ask.text":
    "You are a contact person of {service}. Its entry was last checked on {date}. Is it still correct? Send changes to your administrator.",
  "upkeep.ask.button": "Still correct",
  "upkeep.verified": "{service} is marked as checked on {date}. Thank you!",
  "upkeep.not-contact": "Only the contact people of {service} (or an administrator) can confirm its entry.",
  "upkeep.not-found": "That service is not (or no longer) in the social map.",
};

const catalogues: Record<Lang, Record<TrustTextKey, string>> = { nl, en };

/** The text for `key`, with {placeholders} filled in literally. */
export function tt(lang: Lang, key: TrustTextKey, vars: Record<string, string | number> = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
