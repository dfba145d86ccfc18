/**
 * HSDS 3.0 as a tabular data package: `datapackage.json` naming one CSV file per table
 * (organizations.csv, services.csv, phones.csv, …), in a folder or a .zip. The tables are joined
 * back into the nested service records of hsds.model.ts; a missing column, an empty required
 * cell or an id that refers to nothing is a problem at its file, row and column.
 */

import { englishCount } from "../../../core/shared/english-count.js";
import { type CsvRow, readCsv } from "./csv-table.js";
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsPhone,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
} from "./hsds.model.js";
import type { Findings } from "./where.js";

/** The tables the directory reads, by their resource name in the specification. */
const TABLES = [
  "organization",
  "service",
  "service_at_location",
  "phone",
  "contact",
  "schedule",
  "service_area",
  "taxonomy_term",
  "attribute",
] as const;
type Table = (typeof TABLES)[number];
/** What the directory itself needs beyond the descriptor's own required fields. */
const NEEDED: Record<Table, string[]> = {
  organization: ["id", "name"],
  service: ["id", "organization_id", "name", "status"],
  service_at_location: ["id", "service_id"],
  phone: ["id", "number"],
  contact: ["id"],
  schedule: ["id"],
  service_area: ["id"],
  taxonomy_term: ["id", "name"],
  attribute: ["id", "link_id", "taxonomy_term_id", "link_entity"],
};

interface Resource {
  name: string;
  path: string;
  schema?: { fields?: { name: string; constraints?: { required?: boolean } }[] };
}

export type PackageFiles = ReadonlyMap<string, string>;

export function readHsdsPackage(files: PackageFiles, found: Findings): HsdsService[] {
  const tables = readTables(files, found);
  if (!tables) return [];
  const by = (table: Table, column: string) => group(tables[table], column);
  const salService = new Map(tables.service_at_location.map((r) => [r.get("id")!, r.get("service_id")!]));
  const viaSal = <T>(table: Table, make: (r: CsvRow) => T) => {
    const out = new Map<string, T[]>();
    for (const row of tables[table]) {
      const serviceId = row.get("service_id") ?? salService.get(row.get("service_at_location_id") ?? "");
      if (serviceId) out.set(serviceId, [...(out.get(serviceId) ?? []), make(row)]);
    }
    return out;
  };
  const phones = viaSal("phone", phone);
  const schedules = viaSal("schedule", schedule);
  const contacts = viaSal("contact", contact);
  const areas = by("service_area", "service_id");
  const terms = new Map(tables.taxonomy_term.map((r) => [r.get("id")!, r]));
  const attributes = new Map<string, HsdsAttribute[]>();
  for (const row of tables.attribute) {
    if (row.get("link_entity") !== "service") continue;
    const term = terms.get(row.get("taxonomy_term_id")!);
    if (!term) {
      found.problem(
        row.where,
        "taxonomy_term_id",
        `no taxonomy term with id "${row.get("taxonomy_term_id")}"`,
      );
      continue;
    }
    const linkId = row.get("link_id")!;
    const attribute = {
      where: row.where,
      taxonomy_term: { id: term.get("id")!, code: term.get("code"), name: term.get("name")! },
    };
    attributes.set(linkId, [...(attributes.get(linkId) ?? []), attribute]);
  }
  const orgPhones = group(tables.phone, "organization_id");
  const organisations = new Map(
    tables.organization.map((r) => [
      r.get("id")!,
      {
        where: r.where,
        id: r.get("id")!,
        name: r.get("name")!,
        email: r.get("email"),
        website: r.get("website"),
        phones: (orgPhones.get(r.get("id")!) ?? []).map(phone),
      },
    ]),
  );
  return tables.service.map((r): HsdsService => {
    const id = r.get("id")!;
    const organization = organisations.get(r.get("organization_id")!) ?? null;
    if (!organization)
      found.problem(r.where, "organization_id", `no organization with id "${r.get("organization_id")}"`);
    return {
      where: r.where,
      id,
      name: r.get("name")!,
      description: r.get("description"),
      status: r.get("status")!,
      assured_date: r.get("assured_date"),
      last_modified: r.get("last_modified"),
      organization,
      phones: phones.get(id) ?? [],
      schedules: schedules.get(id) ?? [],
      service_areas: (areas.get(id) ?? []).map(area),
      contacts: contacts.get(id) ?? [],
      attributes: attributes.get(id) ?? [],
    };
  });
}

function readTables(files: PackageFiles, found: Findings): Record<Table, CsvRow[]> | null {
  let descriptor: { resources?: Resource[] };
  try {
    descriptor = JSON.parse(files.get("datapackage.json") ?? "");
  } catch (error) {
    found.problems.push({ path: "datapackage.json", message: `not readable: ${(error as Error).message}` });
    return null;
  }
  if (!Array.isArray(descriptor.resources)) {
    found.problems.push({
      path: "datapackage.json: resources",
      message: "expected the list of the package's tables",
    });
    return null;
  }
  const tables = {} as Record<Table, CsvRow[]>;
  for (const name of TABLES) {
    const resource = descriptor.resources.find((r) => r?.name === name);
    const text = resource ? files.get(resource.path) : undefined;
    if (!resource || text === undefined) {
      if (name === "service" || name === "organization")
        found.problems.push({
          path: resource?.path ?? "datapackage.json",
          message: `the package has no ${name} table`,
        });
      tables[name] = [];
      continue;
    }
    tables[name] = checkedRows(resource, text, found);
  }
  return tables;
}

function checkedRows(resource: Resource, text: string, found: Findings): CsvRow[] {
  const table = readCsv(resource.path, text, found);
  if (!table) return [];
  const required = new Set([
    ...NEEDED[resource.name as Table],
    ...(resource.schema?.fields ?? []).filter((f) => f.constraints?.required).map((f) => f.name),
  ]);
  const missing = [...required].filter((c) => !table.columns.includes(c));
  if (missing.length > 0) {
    found.problems.push({
      path: resource.path,
      message: `missing ${englishCount(missing.length, "column", "columns")}: ${missing.join(", ")}`,
    });
    return [];
  }
  return table.rows.filter((row) => {
    const empty = [...required].filter((c) => row.get(c) === null);
    for (const column of empty) found.problem(row.where, column, "must not be empty");
    return empty.length === 0;
  });
}

function group(rows: CsvRow[], column: string): Map<string, CsvRow[]> {
  const out = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = row.get(column);
    if (key) out.set(key, [...(out.get(key) ?? []), row]);
  }
  return out;
}

const phone = (r: CsvRow): HsdsPhone => ({ where: r.where, number: r.get("number")!, type: r.get("type") });
const schedule = (r: CsvRow): HsdsSchedule => ({
  where: r.where,
  freq: r.get("freq"),
  byday: r.get("byday"),
  opens_at: r.get("opens_at"),
  closes_at: r.get("closes_at"),
  description: r.get("description"),
});
const area = (r: CsvRow): HsdsServiceArea => ({
  where: r.where,
  name: r.get("name"),
  description: r.get("description"),
});
const contact = (r: CsvRow): HsdsContact => ({
  where: r.where,
  id: r.get("id")!,
  name: r.get("name"),
  title: r.get("title"),
  email: r.get("email"),
});
