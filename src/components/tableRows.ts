// Read the pipeline's CSVs in the browser with the types they were written with. Framework's
// `csv({typed: true})` guesses types per cell (d3.autoType): it turns "2025-05-01" into a Date and could
// turn an id made only of digits into a number. Here the columns decide instead, as loaders/columns.ts
// lists them (test/components/tableRows.test.ts keeps the two lists equal).

/** Columns holding numbers; an empty cell is null. */
export const NUMBER_COLUMNS = new Set([
  "value", "value_low", "value_high", "char_start", "char_end", "figure_start", "figure_end", "correction_line",
  "figures", "chars", "echoes", "outlets", "claims", "claimants", "sides", "lowest_low", "highest_high",
  "min_value", "max_value", "ratio", "articles", "reports",
]);

/** Columns holding true/false. */
export const BOOLEAN_COLUMNS = new Set(["overlap", "partial"]);

export function typedRow(row: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column in row) {
    const cell = row[column];
    const kind = kindOf(column);
    out[column] = kind === NUMBER ? (cell === "" || cell == null ? null : Number(cell)) : kind === BOOLEAN ? cell === "true" : (cell ?? "");
  }
  return out;
}

/** Rows from Framework's untyped `FileAttachment(...).csv()`, typed by column; blank lines (every cell empty) dropped. */
export function typedRows<T>(rows: readonly Record<string, string>[]): T[] {
  const out: T[] = [];
  for (const row of rows) if (!isBlank(row)) out.push(typedRow(row) as T);
  return out;
}

function isBlank(row: Record<string, string>): boolean {
  for (const column in row) {
    const cell = row[column];
    if (cell !== "" && cell != null) return false;
  }
  return true;
}

// A column's kind, looked up once per column name rather than in two sets per cell (20 000 rows of 20
// columns are read on the Divergence page).
const NUMBER = 1;
const BOOLEAN = 2;
const TEXT = 0;
const kinds = new Map<string, number>();
function kindOf(column: string): number {
  let kind = kinds.get(column);
  if (kind === undefined) kinds.set(column, (kind = NUMBER_COLUMNS.has(column) ? NUMBER : BOOLEAN_COLUMNS.has(column) ? BOOLEAN : TEXT));
  return kind;
}
