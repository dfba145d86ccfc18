/** Texts of administration: linking accounts, deactivation and erasure. */
import { defineCatalogue } from "../../../views/messages/catalogue.js";

export const adminMessages = defineCatalogue({
  nl: {
    "admin.refused": "Dat mag alleen een beheerder van Wijkbot. Uw poging is vastgelegd.",
    "admin.unknown-professional": 'Ik vind niemand met id "{id}" in de sociale kaart.',
    "admin.inactive-professional":
      "{name} ({id}) is niet meer actief; activeer eerst opnieuw via een import.",
    "admin.linked": "{channel}-account {account} is gekoppeld aan {name} ({id}).",
    "admin.relinked": "Let op: dit account was gekoppeld aan {previous}; die koppeling is vervangen.",
    "admin.unlinked":
      "{channel}-account {account} is ontkoppeld ({count, plural, one {# koppeling} other {# koppelingen}} verwijderd).",
    "admin.unlink-none": "{channel}-account {account} was niet gekoppeld; er is niets veranderd.",
    "admin.deactivated": "{name} ({id}) is gedeactiveerd.",
    "admin.deactivated-counts":
      "{handovers, plural, one {# open overdracht} other {# open overdrachten}} terug naar de dienst, {points, plural, one {# actiepunt} other {# actiepunten}} naar de regiehouder, {orphans, plural, one {# actiepunt} other {# actiepunten}} zonder nieuwe eigenaar; {told, plural, one {# coördinator} other {# coördinatoren}} ingelicht.",
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
  },
  en: {
    "admin.refused": "Only a Wijkbot administrator may do that. Your attempt has been recorded.",
    "admin.unknown-professional": 'I cannot find anyone with id "{id}" in the social map.',
    "admin.inactive-professional":
      "{name} ({id}) is no longer active; reactivate them through an import first.",
    "admin.linked": "{channel} account {account} is now linked to {name} ({id}).",
    "admin.relinked": "Note: this account was linked to {previous}; that link has been replaced.",
    "admin.unlinked":
      "{channel} account {account} is unlinked ({count, plural, one {# link} other {# links}} removed).",
    "admin.unlink-none": "{channel} account {account} was not linked; nothing changed.",
    "admin.deactivated": "{name} ({id}) has been deactivated.",
    "admin.deactivated-counts":
      "{handovers, plural, one {# open handover} other {# open handovers}} back to the service, {points, plural, one {# action point} other {# action points}} to the case coordinator, {orphans, plural, one {# action point} other {# action points}} without a new owner; {told, plural, one {# coordinator} other {# coordinators}} informed.",
    "admin.already-inactive": "{name} ({id}) was already deactivated.",
    "admin.notice.title": "{name} has been deactivated in Wijkbot",
    "admin.notice.handovers": "Back to the service (to be picked up again):",
    "admin.notice.handover-line": "{code}: handover to {service}",
    "admin.notice.points": "Action points:",
    "admin.notice.point-moved": "{code}: to the case coordinator",
    "admin.notice.point-nobody": "{code}: no case coordinator, please assign someone",
    "admin.notice.nothing": "They held no open handovers or action points.",
    "erase.refused":
      "Only an administrator may carry out an erasure request. Your attempt has been recorded.",
    "erase.not-found": "I cannot find case {code}.",
    "erase.restricted.open-handovers":
      "{code} still has open handovers: the data is needed for ongoing care. The case is now restricted (only its coordinator sees it) instead of erased. The audit log is kept for 5 years.",
    "erase.restricted.open-case":
      "{code} is still open: the case is restricted (only its coordinator sees it) instead of erased. Close the case and ask again to erase the personal data. The audit log is kept for 5 years.",
    "erase.erased":
      "The personal data of {code} has been erased (summary, relatives, contact details, free text); what remains is restricted. The audit log is kept for 5 years (a legal duty).",
  },
});
