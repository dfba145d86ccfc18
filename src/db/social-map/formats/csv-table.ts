/**
 * A CSV file as rows of named cells, each with the row number a spreadsheet shows (header row 1),
 * through csv-parse (quoting, embedded newlines, a byte-order mark, ";" from Dutch Excel).
 */
import { parse } from "csv-parse/sync";
import type { Findings } from "./where.js";
import { rowWhere, type Where } from "./where.js";

export interface CsvRow {
  where: Where;
  /** Trimmed cell text; an empty cell is null. */
  get(column: string): string | null;
}

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
}

/** Dutch spreadsheet programs write ";" between cells; the header line tells which was used. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.indexOf("\n") >>> 0);
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

export function readCsv(file: string, text: string, found: Findings): CsvTable | null {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = error instanceof Error ? error.message : String(error);
    found.problems.push({
      path: line ? `${file} line ${line}` : file,
      message: `not readable as CSV: ${reason}`,
    });
    return null;
  }
  return tableOf(file, records);
}

/** Rows of cells (from CSV or a spreadsheet sheet) with the first row as the header. */
export function tableOf(file: string, records: unknown[][]): CsvTable {
  const [header = [], ...body] = records;
  const columns = header.map((h) => String(h ?? "").trim());
  const rows = body.flatMap((cells, i) => {
    if (cells.every((c) => cellText(c) === null)) return [];
    const byName = new Map(columns.map((name, j) => [name, cellText(cells[j])]));
    return [{ where: rowWhere(file, i + 2), get: (column: string) => byName.get(column) ?? null }];
  });
  return { columns, rows };
}

function cellText(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
  return text === "" ? null : text;
}
