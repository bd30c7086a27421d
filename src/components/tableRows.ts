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
  for (const [column, cell] of Object.entries(row)) {
    if (NUMBER_COLUMNS.has(column)) out[column] = cell === "" || cell == null ? null : Number(cell);
    else if (BOOLEAN_COLUMNS.has(column)) out[column] = cell === "true";
    else out[column] = cell ?? "";
  }
  return out;
}

/** Rows from Framework's untyped `FileAttachment(...).csv()`, typed by column; blank lines (every cell empty) dropped. */
export function typedRows<T>(rows: readonly Record<string, string>[]): T[] {
  return rows.filter((row) => Object.values(row).some((cell) => cell !== "" && cell != null)).map((row) => typedRow(row) as T);
}
