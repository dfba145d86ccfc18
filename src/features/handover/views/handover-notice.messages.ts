/** Texts of the notifications about a handover (to the referrer, the receivers and the holder). */
import { defineCatalogue } from "../../../views/messages/catalogue.js";

export const handoverNoticeMessages = defineCatalogue({
  nl: {
    "handover.notice.requested": "Nieuwe warme overdracht {code} ({topic}, {wijk}) voor {service}, van {by}.",
    "handover.notice.urgent": "Urgent.",
    "handover.notice.deadline": "Graag reageren vóór {deadline}.",
    "handover.notice.accepted": "{by} heeft overdracht {code} ({topic}) geaccepteerd.",
    "handover.notice.declined": "{by} heeft overdracht {code} ({topic}) afgewezen.",
    "handover.notice.decline-reason": "Reden: {reason}",
    "handover.notice.forwarded": "{by} heeft overdracht {code} ({topic}) doorgestuurd.",
    "handover.notice.contacted": "{by} heeft de inwoner van {code} bereikt.",
    "handover.notice.contact-failed":
      "{by} heeft de inwoner van {code} nog niet bereikt (poging {attempts}).",
    "handover.notice.completed": "Overdracht {code} ({topic}) is afgerond door {by}.",
    "handover.notice.cancelled": "Overdracht {code} ({topic}) is ingetrokken door de verwijzer.",
    "handover.notice.withdrawn": "Overdracht {code} is gestopt.",
    "handover.notice.consent-withdrawn":
      "De toestemming voor casus {code} is ingetrokken. Open overdrachten zijn gestopt.",
    "handover.notice.reminder":
      "Herinnering: overdracht {code} ({topic}, {wijk}) moet vóór {deadline} opgepakt zijn.",
    "handover.notice.escalated":
      "Overdracht {code} ({topic}, {wijk}) aan {service} is {days, plural, one {# werkdag} other {# werkdagen}} over de termijn; ligt bij {holder}.",
    "handover.notice.nobody": "nog niemand",
    "handover.notice.requested-summary": "Nieuwe overdracht {code}",
  },
  en: {
    "handover.notice.requested": "New warm handover {code} ({topic}, {wijk}) for {service}, from {by}.",
    "handover.notice.urgent": "Urgent.",
    "handover.notice.deadline": "Please respond before {deadline}.",
    "handover.notice.accepted": "{by} accepted handover {code} ({topic}).",
    "handover.notice.declined": "{by} declined handover {code} ({topic}).",
    "handover.notice.decline-reason": "Reason: {reason}",
    "handover.notice.forwarded": "{by} forwarded handover {code} ({topic}).",
    "handover.notice.contacted": "{by} reached the citizen of {code}.",
    "handover.notice.contact-failed": "{by} has not reached the citizen of {code} yet (attempt {attempts}).",
    "handover.notice.completed": "Handover {code} ({topic}) was completed by {by}.",
    "handover.notice.cancelled": "Handover {code} ({topic}) was cancelled by the referrer.",
    "handover.notice.withdrawn": "Handover {code} has been stopped.",
    "handover.notice.consent-withdrawn":
      "Consent for case {code} has been withdrawn. Open handovers have stopped.",
    "handover.notice.reminder": "Reminder: handover {code} ({topic}, {wijk}) is due before {deadline}.",
    "handover.notice.escalated":
      "Handover {code} ({topic}, {wijk}) to {service} is {days, plural, one {# working day} other {# working days}} overdue; held by {holder}.",
    "handover.notice.nobody": "nobody yet",
    "handover.notice.requested-summary": "New handover {code}",
  },
});
