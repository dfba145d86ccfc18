/** Texts of the audit log and its export for an access request. */
import { defineCatalogue } from "../../../views/messages/catalogue.js";

export const auditMessages = defineCatalogue({
  nl: {
    "audit.refused": "Het logboek is alleen voor beheerders. Uw poging is vastgelegd.",
    "audit.needs-filter":
      'Waarover? Bijvoorbeeld: "audit WYC-014", "audit p-anouk-peeters" of "audit van 2026-11-01 tot 2026-11-30".',
    "audit.bad-date":
      'Ik kan "{text}" niet lezen als datum. Gebruik bijvoorbeeld 2026-11-01 of "1 november".',
    "audit.unknown-person": 'Ik vind niemand die "{text}" heet.',
    "audit.ambiguous-person": 'Meerdere mensen passen bij "{text}": {options}. Gebruik het id.',
    "audit.heading": "Logboek",
    "audit.filter.case": "casus {code}",
    "audit.filter.person": "{name} ({id})",
    "audit.filter.from": "vanaf {date}",
    "audit.filter.to": "tot en met {date}",
    "audit.none": "Geen vermeldingen gevonden.",
    "audit.count": "{count, plural, one {# vermelding} other {# vermeldingen}}, nieuwste eerst.",
    "audit.limited": "Alleen de nieuwste {limit} worden getoond; verfijn met een periode.",
    "audit.line": "{at} · {event} · {action} · {actor} · {channel} · {authorised}{basis}",
    "audit.system": "systeem",
    "audit.unregistered": "onbekend account",
    "audit.allowed": "toegestaan",
    "audit.denied": "geweigerd",
    "audit.basis": " · grond: {basis}",
    "audit.logged": "Deze raadpleging is zelf ook vastgelegd.",
    "audit.export.needs-case": 'Noem de casus, bijvoorbeeld: "exporteer audit WYC-014".',
    "audit.export.heading":
      "Inzageverzoek {code}: logboek ({count, plural, one {# vermelding} other {# vermeldingen}}, {format})",
    "audit.export.intro":
      "Voor het inzageverzoek van de burger (AVG art. 15). Kopieer de tekst hieronder; deze export is vastgelegd.",
  },
  en: {
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
    "audit.count": "{count, plural, one {# record} other {# records}}, newest first.",
    "audit.limited": "Only the newest {limit} are shown; narrow it down with a period.",
    "audit.line": "{at} · {event} · {action} · {actor} · {channel} · {authorised}{basis}",
    "audit.system": "system",
    "audit.unregistered": "unknown account",
    "audit.allowed": "allowed",
    "audit.denied": "refused",
    "audit.basis": " · basis: {basis}",
    "audit.logged": "This query has itself been recorded.",
    "audit.export.needs-case": 'Name the case, for example: "audit export WYC-014".',
    "audit.export.heading":
      "Access request {code}: audit trail ({count, plural, one {# record} other {# records}}, {format})",
    "audit.export.intro":
      "For the citizen's access request (GDPR art. 15). Copy the text below; this export has been recorded.",
  },
});
