/** Our social map -> the spreadsheet template (one row per service), for CSV and .xlsx alike. */
import type { SocialMap } from "../social-map.schema.js";
import { wijkNames } from "./place-names.js";
import { HEADER } from "./spreadsheet-columns.js";

export function spreadsheetRows(map: SocialMap): (string | number | null)[][] {
  const wijkName = wijkNames(map);
  const topicName = new Map(map.topics.map((t) => [t.id, t.nl]));
  const organisation = new Map(map.organizations.map((o) => [o.id, o]));
  const people = new Map(map.professionals.map((p) => [p.id, p]));
  const rows = map.services.map((s) => {
    const org = organisation.get(s.organization);
    const contacts = s.contacts.flatMap((id) => {
      const p = people.get(id);
      return p ? [p.email ? `${p.name} <${p.email}>` : p.name] : [];
    });
    // In the order of HEADER (spreadsheet-columns.ts).
    return [
      s.id,
      org?.name ?? s.organization,
      org?.kind ?? null,
      s.name,
      s.wijken.map((w) => wijkName.get(w) ?? w).join(", "),
      s.topics.map((t) => topicName.get(t) ?? t).join(", "),
      s.intake.phone,
      s.intake.hours,
      s.responseWorkingDays,
      contacts.join(", "),
      s.assuredDate,
      s.notes,
    ];
  });
  return [HEADER, ...rows];
}
