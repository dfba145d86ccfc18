/**
 * Our social map -> an HSDS 3.0 tabular data package: datapackage.json and one CSV per table
 * (see hsds-descriptor.ts). The inverse of hsds-tabular.ts + hsds-to-map.ts: importing the
 * export changes nothing. Ids are name-based UUIDs of ours (hsds-ids.ts); each topic is a
 * taxonomy term whose `code` is the topic id; intake hours become weekly schedules.
 * Fields HSDS requires that we do not keep (an organisation's description, a term's) are
 * filled with the nearest thing we have, the name.
 */
import { stringify } from "csv-stringify/sync";
import type { SocialMap } from "../social-map.schema.js";
import { HSDS_TABLES, type HsdsTable, hsdsDescriptor } from "./hsds-descriptor.js";
import { hsdsId } from "./hsds-ids.js";
import { wijkNames } from "./place-names.js";
import { schedulesOf } from "./schedule-text.js";

type Row = Record<string, string | number | null>;

export function hsdsPackage(map: SocialMap, title: string): Map<string, string> {
  const rows: Record<HsdsTable, Row[]> = {
    organization: [],
    service: [],
    phone: [],
    contact: [],
    schedule: [],
    service_area: [],
    taxonomy_term: [],
    attribute: [],
  };
  const wijkName = wijkNames(map);
  const people = new Map(map.professionals.map((p) => [p.id, p]));
  for (const o of map.organizations) {
    const id = hsdsId("organization", o.id);
    rows.organization.push({ id, name: o.name, description: o.name, email: o.email, website: o.website });
    if (o.phone)
      rows.phone.push({
        id: hsdsId("other", `phone:${o.id}`),
        organization_id: id,
        number: o.phone,
        type: "voice",
      });
  }
  for (const t of map.topics) {
    rows.taxonomy_term.push({
      id: hsdsId("taxonomy_term", t.id),
      code: t.id,
      name: t.nl,
      description: t.en,
      taxonomy: "wijkbot-topics",
      language: "nld",
    });
  }
  for (const s of map.services) {
    const id = hsdsId("service", s.id);
    const other = (what: string) => hsdsId("other", `${what}:${s.id}`);
    rows.service.push({
      id,
      organization_id: hsdsId("organization", s.organization),
      name: s.name,
      description: s.notes,
      status: "active",
      assured_date: s.assuredDate,
    });
    if (s.intake.phone)
      rows.phone.push({
        id: other("phone"),
        service_id: id,
        number: s.intake.phone,
        type: "voice",
        description: "intake",
      });
    schedulesOf(s.intake.hours).forEach((h, i) => {
      rows.schedule.push({
        id: other(`schedule-${i}`),
        service_id: id,
        freq: h.byday ? "WEEKLY" : null,
        interval: h.byday ? 1 : null,
        byday: h.byday,
        opens_at: h.opens_at,
        closes_at: h.closes_at,
        description: h.description,
      });
    });
    for (const wijk of s.wijken)
      rows.service_area.push({ id: other(`area-${wijk}`), service_id: id, name: wijkName.get(wijk) ?? wijk });
    for (const topic of s.topics)
      rows.attribute.push({
        id: other(`topic-${topic}`),
        link_id: id,
        taxonomy_term_id: hsdsId("taxonomy_term", topic),
        link_entity: "service",
      });
    for (const contact of s.contacts) {
      const p = people.get(contact);
      if (p)
        rows.contact.push({
          id: other(`contact-${contact}`),
          service_id: id,
          name: p.name,
          title: p.role,
          email: p.email,
        });
    }
  }
  const files = new Map<string, string>([
    ["datapackage.json", `${JSON.stringify(hsdsDescriptor(title), null, 1)}\n`],
  ]);
  for (const [table, spec] of Object.entries(HSDS_TABLES) as [HsdsTable, (typeof HSDS_TABLES)[HsdsTable]][]) {
    const columns = spec.fields.map(([name]) => name);
    files.set(
      spec.path,
      stringify(
        rows[table].map((row) => columns.map((c) => row[c] ?? "")),
        { header: true, columns },
      ),
    );
  }
  return files;
}
