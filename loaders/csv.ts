// Writing and reading the output CSVs. RFC 4180 through papaparse, "\n" line endings, a header row, and
// OWASP CSV-injection neutralisation of text cells. The rules are in docs/codebook.md (section 1).

import Papa from "papaparse";
import { BOOLEAN_COLUMNS, NULLABLE_NUMBER_COLUMNS, NUMBER_COLUMNS } from "./columns.js";

export type Cell = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP: =, +, -, @, tab, carriage return),
 * plus the apostrophe itself, so that the neutralising apostrophe can be told apart from one that was
 * there and every text cell reads back exactly.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

/** A text cell as written: prefixed with an apostrophe when a spreadsheet could run it as a formula. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? "'" + text : text;
}

/** The text a neutralised cell stood for: one leading apostrophe removed. */
export function restoreText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/**
 * A number written plainly: never in exponent form (1e21 → "1000000000000000000000", 1e-7 → "0.0000001"),
 * so that every reader parses it alike. Non-finite numbers are a bug upstream and throw.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot write ${n} to a CSV cell`);
  if (Object.is(n, -0)) return "0";
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  return expandExponent(plain);
}

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000": the shortest round-trip digits, shifted. */
function expandExponent(plain: string): string {
  const [mantissa = "", exponentText = "0"] = plain.toLowerCase().split("e");
  const negative = mantissa.startsWith("-");
  const [whole = "", fraction = ""] = mantissa.replace("-", "").split(".");
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText); // position of the decimal point within `digits`
  let out: string;
  if (point <= 0) out = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = digits.slice(0, point) + "." + digits.slice(point);
  out = out.replace(/^0+(?=\d)/, "");
  return (negative ? "-" : "") + out;
}

function formatCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return neutraliseText(value);
}

/**
 * Rows → CSV text with a header row, "\n" line endings and a final newline. Cells are quoted only when
 * needed. Text cells are neutralised; numbers (including negative ones) and booleans are not, because a
 * number cell cannot carry a formula.
 */
export function toCsv<Row extends object>(rows: readonly Row[], columns: readonly string[]): string {
  // papaparse writes "header\n" and then an empty line for an empty table; a table with no rows is its header alone.
  if (rows.length === 0) return csvHeader(columns);
  const data = rows.map((row) => columns.map((column) => formatCell((row as Record<string, unknown>)[column] as Cell)));
  return Papa.unparse({ fields: [...columns], data }, { newline: "\n", quotes: false, header: true }) + "\n";
}

/** Only the data rows of toCsv (no header), one string per line with its "\n": for streaming output. */
export function toCsvLines<Row extends object>(rows: readonly Row[], columns: readonly string[]): string[] {
  return rows.map(
    (row) =>
      Papa.unparse([columns.map((column) => formatCell((row as Record<string, unknown>)[column] as Cell))], {
        newline: "\n",
        quotes: false,
      }) + "\n",
  );
}

/** The header line of a CSV with these columns, with its "\n". */
export function csvHeader(columns: readonly string[]): string {
  return Papa.unparse([columns.map(neutraliseText)], { newline: "\n", quotes: false }) + "\n";
}

export interface ParsedCsv {
  columns: string[];
  /** Cell strings by column, neutralisation undone. */
  rows: Record<string, string>[];
  /** papaparse's complaints (unclosed quotes, wrong cell counts), with 1-based line numbers of the data rows. */
  errors: { row: number; message: string }[];
}

/**
 * CSV text → rows of cell strings, with the writer's neutralising apostrophe removed: parseCsv(toCsv(rows))
 * gives back every text cell exactly. A leading BOM and "\r\n" line endings are accepted.
 */
export function parseCsv(text: string): ParsedCsv {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: "greedy" });
  const [header = [], ...body] = result.data;
  const columns = header.map(restoreText);
  const rows = body.map((cells) => {
    const row: Record<string, string> = {};
    columns.forEach((column, i) => {
      row[column] = restoreText(cells[i] ?? "");
    });
    return row;
  });
  const errors = result.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message }));
  return { columns, rows, errors };
}

/**
 * A parsed row with typed cells, by column name: number columns become numbers (empty → null where the
 * column allows it), booleans become true/false. Throws with the column and value when a cell is malformed,
 * because an output CSV that does not read back is a bug, not a contributor's typo.
 */
export function typedRow<Row>(row: Record<string, string>, columns: readonly string[]): Row {
  const out: Record<string, unknown> = {};
  for (const column of columns) {
    const cell = row[column] ?? "";
    if (NUMBER_COLUMNS.has(column)) {
      if (cell === "") {
        if (!NULLABLE_NUMBER_COLUMNS.has(column)) throw new Error(`column "${column}": empty, expected a number`);
        out[column] = null;
      } else {
        const n = Number(cell);
        if (!Number.isFinite(n)) throw new Error(`column "${column}": "${cell}" is not a number`);
        out[column] = n;
      }
    } else if (BOOLEAN_COLUMNS.has(column)) {
      if (cell !== "true" && cell !== "false") throw new Error(`column "${column}": "${cell}" is not true or false`);
      out[column] = cell === "true";
    } else {
      out[column] = cell;
    }
  }
  return out as Row;
}
