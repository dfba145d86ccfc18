/**
 * The JSON form of HSDS 3.0 services (schema/compiled/service.json): one service, a list of
 * services, or an API page of them (`{ "contents": [...] }`). Only the fields the directory
 * holds are checked; the specification's others may be present and are ignored.
 */
import { z } from "zod/v4";
import { jsonPath } from "../validate.js";
import type { HsdsService } from "./hsds.model.js";
import { type Findings, jsonWhere, type Where } from "./where.js";

const text = z.string().trim().min(1, "must not be empty");
const maybe = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const phone = z.looseObject({ number: text, type: maybe });
const schedule = z.looseObject({
  freq: maybe,
  byday: maybe,
  opens_at: maybe,
  closes_at: maybe,
  description: maybe,
});
const serviceArea = z.looseObject({ name: maybe, description: maybe });
const contact = z.looseObject({ id: text, name: maybe, title: maybe, email: maybe });
const attribute = z.looseObject({
  taxonomy_term: z.looseObject({ id: text, code: maybe, name: text }),
});
const organization = z.looseObject({
  id: text,
  name: text,
  email: maybe,
  website: maybe,
  phones: list(phone),
});
const atLocation = z.looseObject({ phones: list(phone), schedules: list(schedule), contacts: list(contact) });

export const hsdsServiceSchema = z.looseObject({
  id: text,
  name: text,
  description: maybe,
  status: z.enum(["active", "inactive", "defunct", "temporarily closed"]),
  assured_date: maybe,
  last_modified: maybe,
  organization: organization.nullish(),
  phones: list(phone),
  schedules: list(schedule),
  service_areas: list(serviceArea),
  contacts: list(contact),
  attributes: list(attribute),
  service_at_locations: list(atLocation),
});

/** Is this parsed JSON HSDS services (rather than our own format or something else)? */
export function looksLikeHsdsServices(json: unknown): boolean {
  const first = Array.isArray(json)
    ? json[0]
    : ((json as { contents?: unknown[] } | null)?.contents?.[0] ?? json);
  return (
    typeof first === "object" &&
    first !== null &&
    "name" in first &&
    "status" in first &&
    !("format" in first)
  );
}

export function readHsdsServices(file: string, json: unknown, found: Findings): HsdsService[] {
  const page = json as { contents?: unknown } | null;
  const [items, prefix] = Array.isArray(json)
    ? [json, ""]
    : page && Array.isArray(page.contents)
      ? [page.contents, "contents"]
      : [[json], null];
  return items.flatMap((item, i) => {
    const path = prefix === null ? "" : `${prefix}[${i}]`;
    const parsed = hsdsServiceSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        found.problems.push({ path: jsonWhere(file, path)(jsonPath(issue.path)), message: issue.message });
      return [];
    }
    return [
      toModel(parsed.data, jsonWhere(file, path), (sub) => jsonWhere(file, path ? `${path}.${sub}` : sub)),
    ];
  });
}

type Parsed = z.output<typeof hsdsServiceSchema>;

function toModel(s: Parsed, where: Where, at: (sub: string) => Where): HsdsService {
  const each = <T extends object>(name: string, items: T[]) =>
    items.map((item, i) => ({ ...item, where: at(`${name}[${i}]`) }));
  type Sal = Parsed["service_at_locations"][number];
  const located = <T extends object>(key: string, pick: (sal: Sal) => T[]) =>
    s.service_at_locations.flatMap((sal, i) =>
      pick(sal).map((item, j) => ({ ...item, where: at(`service_at_locations[${i}].${key}[${j}]`) })),
    );
  return {
    where,
    id: s.id,
    name: s.name,
    description: s.description,
    status: s.status,
    assured_date: s.assured_date,
    last_modified: s.last_modified,
    organization: s.organization
      ? {
          ...s.organization,
          where: at("organization"),
          phones: each("organization.phones", s.organization.phones),
        }
      : null,
    phones: [...each("phones", s.phones), ...located("phones", (l) => l.phones)],
    schedules: [...each("schedules", s.schedules), ...located("schedules", (l) => l.schedules)],
    service_areas: each("service_areas", s.service_areas),
    contacts: [...each("contacts", s.contacts), ...located("contacts", (l) => l.contacts)],
    attributes: each("attributes", s.attributes).map((a) => ({
      where: a.where,
      taxonomy_term: a.taxonomy_term,
    })),
  };
}
