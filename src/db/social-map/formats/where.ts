/**
 * Where a value came from, in the words of the file a person edits: a JSON path
 * (`[0].service_areas[1].name`) or a file, row and column (`services.csv row 4, column "name"`).
 * Every problem of a converted file is reported at its source, not at the converted record.
 */
import type { Problem } from "../validate.js";

/** The location of a field of a record (or of the record itself without a field). */
export type Where = (field?: string) => string;

/** A record inside a JSON document, at `path` (empty for the document itself). */
export function jsonWhere(file: string, path: string): Where {
  return (field) => {
    const full = field ? (path ? `${path}.${field}` : field) : path;
    return full ? `${file}: ${full}` : file;
  };
}

/** Row numbers as a spreadsheet shows them: the header is row 1, the first record row 2. */
export function rowWhere(file: string, row: number): Where {
  return (field) => (field ? `${file} row ${row}, column "${field}"` : `${file} row ${row}`);
}

export function problem(where: Where, field: string | undefined, message: string): Problem {
  return { path: where(field), message };
}

/** Problems and warnings collected while reading a file; an import stops on any problem. */
export class Findings {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];

  problem(where: Where, field: string | undefined, message: string): void {
    this.problems.push(problem(where, field, message));
  }

  warn(where: Where, field: string | undefined, message: string): void {
    this.warnings.push(problem(where, field, message));
  }
}
