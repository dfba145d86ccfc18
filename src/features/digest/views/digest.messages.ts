/** Texts of the weekly digest, its schedule and its buttons (nudge, verify). */
import { defineCatalogue } from "../../../views/messages/catalogue.js";

export const digestMessages = defineCatalogue({
  nl: {
    "digest.title": "Weekoverzicht",
    "digest.summary":
      "Weekoverzicht: {open, plural, one {# open casus} other {# open casussen}}, {overdue, plural, one {# overdracht} other {# overdrachten}} over de termijn, {waiting, plural, one {# wacht} other {# wachten}} op acceptatie",
    "digest.section-rollup": "{name} (alle {count} wijken)",
    "digest.late": "Later verstuurd dan gepland ({when}): Wijkbot was toen niet bereikbaar.",
    "digest.quiet": "Niets nieuws in {names} deze week.",
    "digest.count.open": "Open casussen",
    "digest.count.new": "Nieuw deze week",
    "digest.count.awaiting": "Wachten op acceptatie",
    "digest.count.overdue": "Overdrachten over de termijn",
    "digest.count.completed": "Afgerond deze week",
    "digest.count.median":
      "{count} (mediaan {days, plural, one {# werkdag} other {# werkdagen}} tot eerste contact)",
    "digest.count.consults": "Consulten komende 7 dagen",
    "digest.count.actions": "Actiepunten over datum",
    "digest.count.stale": "Gegevens > 1 jaar niet gecontroleerd",
    "digest.count.gaps": "Zoekvragen zonder antwoord",
    "digest.items": "Eerst aandacht voor:",
    "digest.item.overdue":
      "{code}: overdracht aan {service}, ligt bij {holder}, {days, plural, one {# werkdag} other {# werkdagen}} over de termijn",
    "digest.item.overdue-service": "de dienst (nog niemand geaccepteerd)",
    "digest.item.awaiting": "{code}: overdracht aan {service} wacht op acceptatie sinds {when}",
    "digest.item.action": "{code}: actiepunt van {owner} stond op {date}",
    "digest.item.action-nobody": "onbekend",
    "digest.item.consult": "{code}: consult op {when}",
    "digest.item.stale": "{service}: niet gecontroleerd sinds {date}",
    "digest.item.gap-topic": "Niemand gevonden voor {topic} ({count}×)",
    "digest.item.gap-term": 'Onbekend onderwerp of wijk "{term}" ({count}×)',
    "digest.more":
      "… en nog {count, plural, one {# punt} other {# punten}}; de aantallen hierboven tellen alles.",
    "digest.button.open": "Open {code}",
    "digest.button.nudge": "Herinner ({code})",
    "digest.button.verify": "Klopt nog: {service}",
    "digest.not-coordinator":
      "Het weekoverzicht is er voor wijk- en netwerkcoördinatoren. U coördineert (nog) geen wijk in Wijkbot.",
    "digest.not-yours": "Daar heb ik geen overzicht van voor u. Uw wijken: {wijken}.",
    "digest.not-yours-wijken": "U coördineert {wijken} niet, dus daar stuur ik geen overzicht van.",
    "digest.scheduled":
      "Uw weekoverzicht van {scope} komt voortaan op {day} om {time}. Het volgende: {next}.",
    "digest.paused":
      'Uw wekelijkse overzicht staat uit. Zet het weer aan met bijvoorbeeld "stuur mijn overzicht op maandag 8:00".',
    "digest.nudged": "Herinnering verstuurd over {code}.",
    "digest.nudge-already": "Over {code} is vandaag al een herinnering verstuurd; morgen kan het weer.",
    "digest.nudge-not-overdue": "{code} is niet (meer) over de termijn; er is geen herinnering verstuurd.",
    "digest.nudge-no-holder": "Voor {code} is niemand bekend om te herinneren.",
    "digest.not-found": "Dat item bestaat niet (meer) of valt buiten uw wijken.",
    "digest.verified": "{service} staat als gecontroleerd op {date}.",
    "digest.nudge.text":
      "{from} (coördinator) vraagt aandacht voor overdracht {code} aan {service}: {days, plural, one {# werkdag} other {# werkdagen}} over de termijn. Wilt u contact opnemen of de overdracht bijwerken?",
  },
  en: {
    "digest.title": "Weekly digest",
    "digest.summary":
      "Weekly digest: {open, plural, one {# open case} other {# open cases}}, {overdue, plural, one {# overdue handover} other {# overdue handovers}}, {waiting} awaiting acceptance",
    "digest.section-rollup": "{name} (all {count} wijken)",
    "digest.late": "Sent later than planned ({when}): Wijkbot was unreachable then.",
    "digest.quiet": "Nothing new in {names} this week.",
    "digest.count.open": "Open cases",
    "digest.count.new": "New this week",
    "digest.count.awaiting": "Awaiting acceptance",
    "digest.count.overdue": "Overdue handovers",
    "digest.count.completed": "Completed this week",
    "digest.count.median":
      "{count} (median {days, plural, one {# working day} other {# working days}} to first contact)",
    "digest.count.consults": "Consults in the next 7 days",
    "digest.count.actions": "Action points past due",
    "digest.count.stale": "Entries not verified for over a year",
    "digest.count.gaps": "Lookups that found nobody",
    "digest.items": "Needs attention first:",
    "digest.item.overdue":
      "{code}: handover to {service}, held by {holder}, {days, plural, one {# working day} other {# working days}} overdue",
    "digest.item.overdue-service": "the service (nobody accepted yet)",
    "digest.item.awaiting": "{code}: handover to {service} awaiting acceptance since {when}",
    "digest.item.action": "{code}: action point of {owner} was due {date}",
    "digest.item.action-nobody": "unknown",
    "digest.item.consult": "{code}: consult on {when}",
    "digest.item.stale": "{service}: not verified since {date}",
    "digest.item.gap-topic": "Nobody found for {topic} ({count}×)",
    "digest.item.gap-term": 'Unknown topic or wijk "{term}" ({count}×)',
    "digest.more": "… and {count} more; the counts above include everything.",
    "digest.button.open": "Open {code}",
    "digest.button.nudge": "Nudge ({code})",
    "digest.button.verify": "Still correct: {service}",
    "digest.not-coordinator":
      "The weekly digest is for wijk and network coordinators. You do not coordinate a wijk in Wijkbot (yet).",
    "digest.not-yours": "I have no digest of that for you. Your wijken: {wijken}.",
    "digest.not-yours-wijken": "You do not coordinate {wijken}, so I will not send a digest of it.",
    "digest.scheduled":
      "Your weekly digest of {scope} will now come on {day} at {time}. The next one: {next}.",
    "digest.paused": 'Your weekly digest is off. Turn it back on with, for example, "digest on Monday 8:00".',
    "digest.nudged": "Reminder sent about {code}.",
    "digest.nudge-already": "A reminder about {code} was already sent today; you can send another tomorrow.",
    "digest.nudge-not-overdue": "{code} is not (or no longer) overdue; no reminder was sent.",
    "digest.nudge-no-holder": "There is nobody known to remind for {code}.",
    "digest.not-found": "That item no longer exists or is outside your wijken.",
    "digest.verified": "{service} is marked as verified on {date}.",
    "digest.nudge.text":
      "{from} (coordinator) asks for attention to handover {code} to {service}: {days, plural, one {# working day} other {# working days}} overdue. Could you contact the citizen or update the handover?",
  },
});
