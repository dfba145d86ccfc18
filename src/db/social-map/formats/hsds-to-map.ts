/**
 * HSDS 3.0 services -> our social map. What maps where:
 * - organization -> organizations (kind, which HSDS lacks, kept or "organisatie");
 * - service name, description (-> notes), assured_date (else last_modified, else kept, else today);
 * - phones: the first voice or cell number -> intake phone; schedules -> intake hours;
 * - service_areas -> wijken, by name or alias (an unknown wijk is a problem);
 * - attributes' taxonomy_term (code, else name) -> topics (an unknown term is a warning);
 * - contacts -> the service's contact people: an existing professional by e-mail or name,
 *   else a new one (role = title, else "contactpersoon").
 * Services that are not "active" are left out with a warning.
 */

import type { Resolver } from "../../../features/directory/core/name-resolver.js";
import type { SocialMapInput } from "../social-map.schema.js";
import type { Converted } from "./converted.js";
import type { HsdsContact, HsdsService } from "./hsds.model.js";
import type { IdMapper } from "./hsds-ids.js";
import { hoursText } from "./schedule-text.js";
import { Findings, type Where } from "./where.js";

type MapService = NonNullable<SocialMapInput["services"]>[number];
type MapProfessional = NonNullable<SocialMapInput["professionals"]>[number];
type MapOrganisation = NonNullable<SocialMapInput["organizations"]>[number];

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const CALLABLE = new Set(["voice", "cell"]);

export interface HsdsContext {
  resolver: Resolver;
  ids: IdMapper;
  today: string;
}

export function hsdsToMap(
  format: string,
  services: HsdsService[],
  context: HsdsContext,
  found = new Findings(),
): Converted {
  const organisations = new Map<string, { record: MapOrganisation; where: Where }>();
  const people = new Map<string, { record: MapProfessional; where: Where }>();
  const out: { record: MapService; where: Where }[] = [];
  for (const service of services) {
    if (service.status !== "active") {
      found.warn(service.where, "status", `status "${service.status}": the service is not imported`);
      continue;
    }
    const org = service.organization;
    if (!org) {
      found.problem(service.where, "organization_id", "a service needs its organization");
      continue;
    }
    const orgId = context.ids.ours(org.id);
    if (!organisations.has(orgId))
      organisations.set(orgId, { record: organisation(orgId, org, context), where: org.where });
    const record = convertService(service, orgId, context, found);
    record.contacts = service.contacts.flatMap((c) => contactId(c, record, orgId, people, context, found));
    if (service.contacts.length === 0) record.contacts = context.resolver.service(record.id)?.contacts ?? [];
    out.push({ record, where: service.where });
  }
  const orgs = [...organisations.values()];
  const pros = [...people.values()];
  return {
    format,
    map: {
      format: "wijkbot-social-map/1",
      organizations: orgs.map((o) => o.record),
      services: out.map((s) => s.record),
      professionals: pros.map((p) => p.record),
    },
    origins: {
      organizations: orgs.map((o) => o.where),
      services: out.map((s) => s.where),
      professionals: pros.map((p) => p.where),
    },
    problems: found.problems,
    warnings: found.warnings,
  };
}

function organisation(
  id: string,
  org: NonNullable<HsdsService["organization"]>,
  context: HsdsContext,
): MapOrganisation {
  const known = context.resolver.organisation(id);
  return {
    id,
    name: org.name,
    kind: known?.kind ?? "organisatie",
    phone: firstCallable(org.phones) ?? known?.phone ?? null,
    email: org.email ?? known?.email ?? null,
    website: org.website ?? known?.website ?? null,
  };
}

function convertService(
  service: HsdsService,
  orgId: string,
  context: HsdsContext,
  found: Findings,
): MapService {
  const id = context.ids.ours(service.id);
  const known = context.resolver.service(id);
  const wijken = service.service_areas.flatMap((area) => {
    const name = area.name ?? area.description;
    if (!name) {
      found.problem(area.where, "name", "a service area needs the name of a wijk");
      return [];
    }
    const wijk = context.resolver.wijk(name);
    if (!wijk.ok) found.problem(area.where, "name", wijk.message);
    return wijk.ok ? [wijk.id] : [];
  });
  if (service.service_areas.length === 0)
    found.warn(service.where, "service_areas", "no service area: no lookup will find this service");
  const topics = service.attributes.flatMap((attribute) => {
    const term = attribute.taxonomy_term;
    const topic =
      (term.code ? context.resolver.topic(term.code) : undefined) ?? context.resolver.topic(term.name);
    if (!topic)
      found.warn(attribute.where, "taxonomy_term_id", `taxonomy term "${term.name}" matches no topic`);
    return topic ? [topic] : [];
  });
  const assured = service.assured_date ?? service.last_modified?.slice(0, 10) ?? null;
  if (assured !== null && !DATE_RE.test(assured))
    found.problem(
      service.where,
      service.assured_date ? "assured_date" : "last_modified",
      "expected a date YYYY-MM-DD",
    );
  return {
    id,
    organization: orgId,
    name: service.name,
    topics: [...new Set(topics)],
    wijken: [...new Set(wijken)],
    intake: { phone: firstCallable(service.phones), hours: hoursText(service.schedules) },
    responseWorkingDays: known?.responseWorkingDays ?? 2,
    assuredDate: assured ?? (known ? known.assuredDate.toISOString().slice(0, 10) : context.today),
    contacts: [],
    notes: service.description,
  };
}

function firstCallable(phones: { number: string; type: string | null }[]): string | null {
  return phones.find((p) => p.type === null || CALLABLE.has(p.type))?.number ?? null;
}

function contactId(
  contact: HsdsContact,
  service: MapService,
  orgId: string,
  people: Map<string, { record: MapProfessional; where: Where }>,
  context: HsdsContext,
  found: Findings,
): string[] {
  const existing = context.resolver.person(contact.name, contact.email);
  if (existing) return [existing];
  if (!contact.name) {
    found.warn(contact.where, "name", "a contact without a name is not imported");
    return [];
  }
  const id = context.ids.ours(contact.id);
  const known = people.get(id)?.record;
  const union = (a: string[] | undefined, b: string[] | undefined) => [
    ...new Set([...(a ?? []), ...(b ?? [])]),
  ];
  people.set(id, {
    where: contact.where,
    record: {
      id,
      name: contact.name,
      role: contact.title ?? "contactpersoon",
      organization: orgId,
      wijken: union(known?.wijken, service.wijken),
      topics: union(known?.topics, service.topics),
      email: contact.email,
    },
  });
  return [id];
}
