/**
 * The tables of HSDS 3.0 that the directory writes, with the specification's field names, types
 * and required flags (datapackage.json of HSDS 3.0), in the specification's column order. An
 * export's datapackage.json is built from this; its CSV headers are these names.
 */
type Field = readonly [
  name: string,
  type: "string" | "number" | "date" | "datetime" | "time",
  required?: "required",
];

const uuid = (name: string, required?: "required") => [name, "string", required] as const;

export const HSDS_TABLES = {
  organization: {
    path: "organizations.csv",
    fields: [
      uuid("id", "required"),
      ["name", "string", "required"],
      ["alternate_name", "string"],
      ["description", "string", "required"],
      ["email", "string"],
      ["website", "string"],
      ["tax_status", "string"],
      ["tax_id", "string"],
      ["year_incorporated", "number"],
      ["legal_status", "string"],
      ["logo", "string"],
      ["uri", "string"],
      uuid("parent_organization_id"),
    ],
  },
  service: {
    path: "services.csv",
    fields: [
      uuid("id", "required"),
      uuid("organization_id", "required"),
      uuid("program_id"),
      ["name", "string", "required"],
      ["alternate_name", "string"],
      ["description", "string"],
      ["url", "string"],
      ["email", "string"],
      ["status", "string", "required"],
      ["interpretation_services", "string"],
      ["application_process", "string"],
      ["fees_description", "string"],
      ["wait_time", "string"],
      ["fees", "string"],
      ["accreditations", "string"],
      ["eligibility_description", "string"],
      ["minimum_age", "number"],
      ["maximum_age", "number"],
      ["assured_date", "date"],
      ["assurer_email", "string"],
      ["licenses", "string"],
      ["alert", "string"],
      ["last_modified", "datetime"],
    ],
  },
  phone: {
    path: "phones.csv",
    fields: [
      uuid("id", "required"),
      uuid("location_id"),
      uuid("service_id"),
      uuid("organization_id"),
      uuid("contact_id"),
      uuid("service_at_location_id"),
      ["number", "string", "required"],
      ["extension", "number"],
      ["type", "string"],
      ["description", "string"],
    ],
  },
  contact: {
    path: "contacts.csv",
    fields: [
      uuid("id", "required"),
      uuid("organization_id"),
      uuid("service_id"),
      uuid("service_at_location_id"),
      uuid("location_id"),
      ["name", "string"],
      ["title", "string"],
      ["department", "string"],
      ["email", "string"],
    ],
  },
  schedule: {
    path: "schedules.csv",
    fields: [
      uuid("id", "required"),
      uuid("service_id"),
      uuid("location_id"),
      uuid("service_at_location_id"),
      ["valid_from", "date"],
      ["valid_to", "date"],
      ["dtstart", "date"],
      ["timezone", "number"],
      ["until", "date"],
      ["count", "number"],
      ["wkst", "string"],
      ["freq", "string"],
      ["interval", "number"],
      ["byday", "string"],
      ["byweekno", "string"],
      ["bymonthday", "string"],
      ["byyearday", "string"],
      ["description", "string"],
      ["opens_at", "time"],
      ["closes_at", "time"],
      ["schedule_link", "string"],
      ["attending_type", "string"],
      ["notes", "string"],
    ],
  },
  service_area: {
    path: "service_areas.csv",
    fields: [
      uuid("id", "required"),
      uuid("service_id"),
      ["name", "string"],
      ["description", "string"],
      ["extent", "string"],
      ["extent_type", "string"],
      ["uri", "string"],
    ],
  },
  taxonomy_term: {
    path: "taxonomy_terms.csv",
    fields: [
      uuid("id", "required"),
      ["code", "string"],
      ["name", "string", "required"],
      ["description", "string", "required"],
      uuid("parent_id"),
      ["taxonomy", "string"],
      ["language", "string"],
      uuid("taxonomy_id"),
      ["term_uri", "string"],
    ],
  },
  attribute: {
    path: "attributes.csv",
    fields: [
      uuid("id", "required"),
      uuid("link_id", "required"),
      uuid("taxonomy_term_id", "required"),
      ["link_type", "string"],
      ["link_entity", "string", "required"],
      ["value", "string"],
    ],
  },
} satisfies Record<string, { path: string; fields: readonly Field[] }>;

export type HsdsTable = keyof typeof HSDS_TABLES;

const FORMATS: Record<string, string> = { email: "email", website: "uri", url: "uri", uri: "uri" };

/** datapackage.json of an export: a Frictionless tabular data package, as HSDS 3.0 describes it. */
export function hsdsDescriptor(title: string): object {
  return {
    name: "human_services_data",
    title,
    profile: "tabular-data-package",
    resources: Object.entries(HSDS_TABLES).map(([name, table]) => ({
      name,
      path: table.path,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        fields: table.fields.map(([field, type, required]) => ({
          name: field,
          type,
          ...(field === "id" || field.endsWith("_id")
            ? { format: "uuid" }
            : FORMATS[field]
              ? { format: FORMATS[field] }
              : {}),
          constraints: { required: required === "required" },
        })),
        primaryKey: "id",
      },
    })),
  };
}
