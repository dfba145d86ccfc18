/**
 * The spreadsheet template a municipal editor fills in: one row per service. The header may be
 * Dutch or English (either name of each column, any case); lists in a cell are separated by
 * ";", "," or a line break. See docs/social-map.md.
 */
export const COLUMNS = {
  id: ["id", "dienst-id", "service id"],
  organisation: ["organisatie", "organisation", "organization"],
  organisationKind: ["soort organisatie", "organisation kind", "organization kind"],
  service: ["dienst", "service"],
  wijken: ["wijken", "neighbourhoods", "wijk"],
  topics: ["onderwerpen", "topics", "onderwerp"],
  intakePhone: ["intake telefoon", "intake phone"],
  intakeHours: ["intake tijden", "intake hours"],
  responseWorkingDays: [
    "reactietermijn (werkdagen)",
    "response (working days)",
    "reactietermijn",
    "response working days",
  ],
  contacts: ["contactpersonen", "contacts", "contactpersoon"],
  assuredDate: ["gecontroleerd op", "assured date", "assured on"],
  notes: ["opmerkingen", "notes"],
} as const;

export type Column = keyof typeof COLUMNS;

/** The header an export writes: the first (Dutch) name of each column. */
export const HEADER: string[] = Object.values(COLUMNS).map((names) => names[0]);

export const REQUIRED: Column[] = ["organisation", "service"];

/** The column each header cell means, or undefined for a column the template does not know. */
export function columnOf(header: string): Column | undefined {
  const wanted = header.trim().toLowerCase();
  return (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(wanted));
}

/** "a; b, c\nd" -> ["a", "b", "c", "d"]. */
export function listCell(text: string | null): string[] {
  return (text ?? "")
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
