// A download of exactly the rows a table shows, as CSV (papaparse, LF line endings), through a Blob URL:
// no server round trip, and the file holds what the analyst filtered, in the page's column order.
import Papa from "papaparse";

/** Cells a spreadsheet would run as a formula ("=HYPERLINK(...)") get a leading apostrophe. */
function neutralise(value: unknown): unknown {
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

export function rowsToCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const data = rows.map((row) => columns.map((column) => neutralise(row[column] ?? "")));
  return `${Papa.unparse({fields: [...columns], data}, {newline: "\n"})}\n`;
}

export function csvDownloadLink(rows: readonly Record<string, unknown>[], columns: readonly string[], filename: string, label: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([rowsToCsv(rows, columns)], {type: "text/csv;charset=utf-8"}));
  a.download = filename;
  a.textContent = label;
  a.className = "download";
  return a;
}
