/**
 * The spreadsheet template (CSV or .xlsx, one row per service) -> our social map. Organisations
 * are matched by name (a new name is a new organisation), a service by its id column or by its
 * name within the organisation, wijken and topics by name, alias or synonym, contact people by
 * name or e-mail ("Mark Janssen <m.janssen@example.org>"; an unknown name is a new person).
 */

import type { Resolver } from "../../../features/directory/core/name-resolver.js";
import { slug } from "../../../features/directory/core/name-resolver.js";
import type { SocialMapInput } from "../social-map.schema.js";
import type { Converted } from "./converted.js";
import type { CsvRow, CsvTable } from "./csv-table.js";
import { COLUMNS, type Column, columnOf, listCell, REQUIRED } from "./spreadsheet-columns.js";
import { Findings, type Where } from "./where.js";

type MapService = NonNullable<SocialMapInput["services"]>[number];
type MapProfessional = NonNullable<SocialMapInput["professionals"]>[number];
type MapOrganisation = NonNullable<SocialMapInput["organizations"]>[number];
type Cell = (column: Column) => string | null;

export interface SpreadsheetContext {
  resolver: Resolver;
  today: string;
}

export function spreadsheetToMap(
  format: string,
  file: string,
  table: CsvTable,
  context: SpreadsheetContext,
): Converted {
  const found = new Findings();
  const names = new Map<Column, string>();
  for (const header of table.columns) {
    const column = columnOf(header);
    if (column) names.set(column, header);
    else if (header)
      found.warnings.push({
        path: `${file}: column "${header}"`,
        message: "not a column of the template; ignored",
      });
  }
  for (const column of REQUIRED.filter((c) => !names.has(c)))
    found.problems.push({
      path: file,
      message: `missing column "${COLUMNS[column][0]}" (or "${COLUMNS[column][1]}")`,
    });
  const converter = new RowConverter(context, found, names);
  if (found.problems.length === 0) for (const row of table.rows) converter.row(row);
  return converter.result(format);
}

class RowConverter {
  private readonly organisations = new Map<string, { record: MapOrganisation; where: Where }>();
  private readonly services = new Map<string, { record: MapService; where: Where }>();
  private readonly people = new Map<string, { record: MapProfessional; where: Where }>();

  constructor(
    private readonly context: SpreadsheetContext,
    private readonly found: Findings,
    private readonly names: Map<Column, string>,
  ) {}

  row(row: CsvRow): void {
    const cell: Cell = (column) => {
      const header = this.names.get(column);
      return header ? row.get(header) : null;
    };
    const at = (column: Column) => this.names.get(column) ?? COLUMNS[column][0];
    const orgName = cell("organisation");
    const name = cell("service");
    if (!orgName || !name) {
      for (const c of REQUIRED.filter((c) => !cell(c)))
        this.found.problem(row.where, at(c), "must not be empty");
      return;
    }
    const orgId = this.organisation(orgName, cell("organisationKind"), row.where);
    const known = this.context.resolver.serviceNamed(orgId, name);
    const id = cell("id") ?? known?.id ?? slug(`${orgId} ${name}`);
    if (this.services.has(id)) {
      this.found.problem(row.where, at("service"), `a second row for service "${id}"; one row per service`);
      return;
    }
    const existing = this.context.resolver.service(id);
    const wijken = listCell(cell("wijken")).flatMap((text) => {
      const wijk = this.context.resolver.wijk(text);
      if (!wijk.ok) this.found.problem(row.where, at("wijken"), wijk.message);
      return wijk.ok ? [wijk.id] : [];
    });
    const topics = listCell(cell("topics")).flatMap((text) => {
      const topic = this.context.resolver.topic(text);
      if (!topic)
        this.found.problem(row.where, at("topics"), `unknown topic "${text}": use a topic's name or synonym`);
      return topic ? [topic] : [];
    });
    const record: MapService = {
      id,
      organization: orgId,
      name,
      wijken: [...new Set(wijken)],
      topics: [...new Set(topics)],
      intake: { phone: cell("intakePhone"), hours: cell("intakeHours") },
      responseWorkingDays:
        this.days(cell("responseWorkingDays"), row.where, at("responseWorkingDays")) ??
        existing?.responseWorkingDays ??
        2,
      assuredDate:
        this.date(cell("assuredDate"), row.where, at("assuredDate")) ??
        existing?.assuredDate.toISOString().slice(0, 10) ??
        this.context.today,
      contacts: [],
      notes: cell("notes"),
    };
    record.contacts = listCell(cell("contacts")).flatMap((text) =>
      this.contact(text, record, row.where, at("contacts")),
    );
    this.services.set(id, { record, where: row.where });
  }

  private organisation(name: string, kind: string | null, where: Where): string {
    const known = this.context.resolver.organisationNamed(name);
    if (known) return known.id;
    const id = slug(name);
    if (!this.organisations.has(id))
      this.organisations.set(id, { where, record: { id, name, kind: kind ?? "organisatie" } });
    return id;
  }

  private days(text: string | null, where: Where, column: string): number | undefined {
    if (text === null) return undefined;
    const days = Number(text);
    if (Number.isInteger(days) && days >= 0 && days <= 60) return days;
    this.found.problem(where, column, `expected a whole number of working days from 0 to 60, not "${text}"`);
    return undefined;
  }

  /** YYYY-MM-DD, or DD-MM-YYYY as Dutch spreadsheets write it. */
  private date(text: string | null, where: Where, column: string): string | undefined {
    if (text === null) return undefined;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
    const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
    if (dutch) return `${dutch[3]}-${dutch[2]!.padStart(2, "0")}-${dutch[1]!.padStart(2, "0")}`;
    this.found.problem(where, column, `expected a date such as 2026-11-20 or 20-11-2026, not "${text}"`);
    return undefined;
  }

  private contact(text: string, service: MapService, where: Where, column: string): string[] {
    const match = /^(.*?)\s*<([^>]+)>$/.exec(text);
    const email = match ? match[2]!.trim() : text.includes("@") ? text : null;
    const name = match ? match[1]!.trim() || null : email ? null : text;
    const existing = this.context.resolver.person(name, email);
    if (existing) return [existing];
    if (!name) {
      this.found.problem(
        where,
        column,
        `no professional with e-mail ${email}: write the name too, "Name <${email}>"`,
      );
      return [];
    }
    const id = `p-${slug(name)}`;
    const before = this.people.get(id)?.record;
    const union = (a: string[] | undefined, b: string[] | undefined) => [
      ...new Set([...(a ?? []), ...(b ?? [])]),
    ];
    this.people.set(id, {
      where,
      record: {
        id,
        name,
        role: "contactpersoon",
        organization: service.organization,
        wijken: union(before?.wijken, service.wijken),
        topics: union(before?.topics, service.topics),
        email: email ?? before?.email ?? null,
      },
    });
    return [id];
  }

  result(format: string): Converted {
    const orgs = [...this.organisations.values()];
    const services = [...this.services.values()];
    const people = [...this.people.values()];
    return {
      format,
      map: {
        format: "wijkbot-social-map/1",
        organizations: orgs.map((o) => o.record),
        services: services.map((s) => s.record),
        professionals: people.map((p) => p.record),
      },
      origins: {
        organizations: orgs.map((o) => o.where),
        services: services.map((s) => s.where),
        professionals: people.map((p) => p.where),
      },
      problems: this.found.problems,
      warnings: this.found.warnings,
    };
  }
}
