// Reading and validating the contributor tables (data/tables/*.csv). Contributors edit these in a
// spreadsheet, so every problem is reported at once, each with the file, the physical line a text editor
// shows and the column, in words that say what to write instead. Column schemas: tableSchemas.ts.
// The rules are documented for contributors in docs/contributing.md ("Reference").

import Papa from "papaparse";
import { CLEAR, TABLE_NAMES, TABLE_SPECS, isNoteColumn, quoteValue, type TableName } from "./tableSchemas.js";
import type {
  ArticleMetaRow,
  ClaimantTableRow,
  CorrectionRow,
  EventTableRow,
  MetricCueRow,
  OutletRow,
  QualifierTableRow,
  TableIssue,
  Tables,
} from "./types.js";

export { TABLE_NAMES, type TableName } from "./tableSchemas.js";

export type TableFiles = Partial<Record<TableName, { path: string; text: string }>>;

/** Tables a project cannot do without: with no metric cues or qualifiers, nothing is extracted. */
const REQUIRED_TABLES: ReadonlySet<TableName> = new Set(["metrics", "qualifiers"]);

/** Rows of one table with the 1-based physical line of each (lines[i] is the line of rows[i]). */
export interface ParsedTable<Row> {
  rows: Row[];
  lines: number[];
  issues: TableIssue[];
}

export interface ParsedTables {
  tables: Tables;
  /** For each table, the line of each row, parallel to `tables[name]`. */
  lines: Record<TableName, number[]>;
  issues: TableIssue[];
}

export function emptyTables(): Tables {
  return { articles: [], outlets: [], claimants: [], metrics: [], qualifiers: [], events: [], corrections: [] };
}

// ---------- messages ----------

/**
 * `data/tables/claimants.csv:14: column "side": "ukr" is not one of ukraine, russia, third_party`.
 * Line 0 means the whole file (a missing file), and is left out.
 */
export function formatIssue(issue: TableIssue): string {
  const place = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return issue.column ? `${place}: column "${issue.column}": ${issue.message}` : `${place}: ${issue.message}`;
}

export function formatIssues(issues: readonly TableIssue[]): string {
  return issues.map(formatIssue).join("\n");
}

// ---------- CSV records with their lines ----------

interface CsvRecord {
  cells: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/** Line starts of a text, built once and searched in O(log n) per lookup. */
function lineFinder(text: string): (index: number) => number {
  let starts: number[] | undefined;
  return (index) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * The records of a CSV text, each with the line it starts on, so that a row after a cell holding a line
 * break still gets the line a text editor shows. A UTF-8 byte-order mark is dropped and CRLF or CR line
 * ends read as LF (spreadsheets write both); neither changes the line count.
 */
function readRecords(path: string, raw: string): { records: CsvRecord[]; issues: TableIssue[] } {
  const text = (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).replace(/\r\n?/g, "\n");
  const lineOf = lineFinder(text);
  const records: CsvRecord[] = [];
  const issues: TableIssue[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const line = lineOf(start);
      let swallowed = false;
      for (const error of result.errors) {
        const at = typeof error.index === "number" ? lineOf(error.index) : line;
        if (error.code === "MissingQuotes") {
          swallowed = true;
          issues.push({
            file: path,
            line: at,
            column: "",
            value: "",
            message:
              'a quote (") opens a cell here and is never closed, so the rest of the file was read as one cell: ' +
              'close the quote, or write a quote inside a quoted cell as two quotes ("")',
          });
        } else if (error.code === "InvalidQuotes") {
          issues.push({
            file: path,
            line: at,
            column: "",
            value: "",
            message:
              'a quoted cell has text after its closing quote: put quotes around the whole cell and write each quote inside it as two quotes ("")',
          });
        } else {
          issues.push({ file: path, line: at, column: "", value: "", message: error.message });
        }
      }
      if (!swallowed) records.push({ cells: result.data, line });
      // The cursor stands at the end of this record, before its line break.
      start = result.meta.cursor + 1;
    },
  });
  return { records, issues };
}

function isBlank(record: CsvRecord): boolean {
  return record.cells.every((c) => c.trim() === "");
}

// ---------- one table ----------

/** Levenshtein distance, for "did you mean": short strings only (column names). */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

function suggestion(name: string, columns: readonly string[]): string {
  let best = "";
  let bestDistance = Infinity;
  for (const c of columns) {
    const d = editDistance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : "";
}

/**
 * Parse and validate one contributor table. Never throws: every problem becomes an issue, and only rows
 * without issues are returned. `path` is used as given in the issues.
 */
export function parseTable<N extends TableName>(name: N, path: string, text: string): ParsedTable<Tables[N][number]> {
  const spec = TABLE_SPECS[name];
  const file = `${name}.csv`;
  const { records, issues } = readRecords(path, text);
  const out: ParsedTable<Tables[N][number]> = { rows: [], lines: [], issues };
  const nonBlank = records.filter((r) => !isBlank(r));
  const header = nonBlank[0];
  if (!header) {
    // An empty file is an empty table; whether that is acceptable is decided by parseTables.
    return out;
  }
  const issue = (line: number, column: string, value: string, message: string) =>
    out.issues.push({ file: path, line, column, value, message });
  const columnList = spec.columns.join(", ");

  // ----- header -----
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const known = new Set(spec.columns);
  let dataRecords = nonBlank.slice(1);
  let columnOf = new Map<string, number>();
  if (!names.some((n) => known.has(n) || (n !== "" && isNoteColumn(n)))) {
    const separator = names.length === 1 && /[;\t]/.test(names[0]!) ? "; the cells seem to be separated by semicolons or tabs: save the file as CSV with commas" : "";
    issue(header.line, "", "", `missing header row: the first line must name the columns: ${spec.columns.join(",")}${separator}`);
    // A data row where the header should be: if it has one cell per column, still check every row
    // against the columns in their usual order, so that all other problems are reported now too.
    if (header.cells.length !== spec.columns.length) return out;
    spec.columns.forEach((c, i) => columnOf.set(c, i));
    dataRecords = nonBlank;
  } else {
    names.forEach((n, i) => {
      const original = header.cells[i]!.trim();
      if (n === "") {
        // An unnamed column that holds nothing is a spreadsheet's trailing comma; one that holds data is not.
        if (dataRecords.some((r) => (r.cells[i] ?? "").trim() !== "")) {
          issue(header.line, `(column ${i + 1})`, "", `has no name but holds data: name it (one of ${columnList}, or "note") or delete it`);
        }
      } else if (columnOf.has(n)) {
        issue(header.line, original, original, `appears twice in the header (columns ${columnOf.get(n)! + 1} and ${i + 1}): delete one`);
      } else if (known.has(n) || isNoteColumn(n)) {
        columnOf.set(n, i);
      } else {
        issue(
          header.line,
          original,
          original,
          `is not a column of ${file}${suggestion(n, spec.columns)}; the columns are ${columnList}` +
            ` (a column for your own notes may be named "note" or start with "_")`,
        );
      }
    });
    const missing = spec.required.filter((c) => !columnOf.has(c));
    for (const c of missing) issue(header.line, c, "", `is missing from the header; the columns are ${columnList}`);
    if (missing.length > 0) return out;
  }

  // ----- rows -----
  const width = header.cells.length;
  for (const record of dataRecords) {
    const cells = record.cells;
    if (cells.length < width || cells.slice(width).some((c) => c.trim() !== "")) {
      issue(
        record.line,
        "",
        "",
        `this row has ${cells.length} cells but the header has ${width} columns: ` +
          (cells.length > width
            ? "a cell holding a comma must be put in quotes"
            : "add the missing cells (an empty cell is just a comma)"),
      );
      continue;
    }
    const input: Record<string, string> = {};
    for (const c of spec.columns) {
      const index = columnOf.get(c);
      input[c] = index === undefined ? "" : cells[index]!.trim();
    }
    const parsed = spec.row.safeParse(input);
    if (!parsed.success) {
      for (const e of parsed.error.issues) {
        const column = String(e.path[0] ?? "");
        issue(record.line, column, input[column] ?? "", e.message);
      }
      continue;
    }
    const rowIssues = ROW_CHECKS[name]?.(parsed.data as never) ?? [];
    for (const r of rowIssues) issue(record.line, r.column, String((parsed.data as Record<string, unknown>)[r.column] ?? ""), r.message);
    if (rowIssues.length > 0) continue;
    out.rows.push(parsed.data as Tables[N][number]);
    out.lines.push(record.line);
  }

  // ----- across rows -----
  const tableIssues = TABLE_CHECKS[name](out.rows as never, out.lines);
  for (const t of tableIssues) issue(t.line, t.column, t.value, t.message);
  out.issues.sort((a, b) => a.line - b.line);
  return out;
}

// ---------- checks within a row ----------

interface RowIssue {
  column: string;
  message: string;
}

const CORRECTION_FIELDS = [
  "metric", "unit", "value", "value_low", "value_high", "qualifier", "claimant", "claimant_side", "subject_side", "period_start", "period_end",
] as const satisfies readonly (keyof CorrectionRow)[];
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];
export { CORRECTION_FIELDS };

export function isGiven(value: string | number | null): boolean {
  return value !== null && value !== "";
}

function checkQualifier(row: QualifierTableRow): RowIssue[] {
  const issues: RowIssue[] = [];
  if (row.kind === "modifier" && row.value !== null) {
    issues.push({ column: "value", message: `${quoteValue(String(row.value))}: a modifier qualifies a number stated next to it; leave value empty` });
  }
  if (row.kind === "vague" && row.value === null) {
    issues.push({ column: "value", message: "is empty: a vague quantity (\"dozens\") needs the value it stands for (its lower bound, 24)" });
  }
  for (const column of ["value", "low", "high"] as const) {
    const v = row[column];
    if (v !== null && v < 0) issues.push({ column, message: `${quoteValue(String(v))} is negative` });
  }
  if (row.low !== null && row.high !== null && row.low > row.high) {
    issues.push({ column: "low", message: `${quoteValue(String(row.low))} is above high (${row.high})` });
  }
  return issues;
}

function checkCorrection(row: CorrectionRow): RowIssue[] {
  const issues: RowIssue[] = [];
  const given = CORRECTION_FIELDS.filter((f) => isGiven(row[f]));
  if (row.action === "reject") {
    if (!row.figure_id) issues.push({ column: "figure_id", message: "is empty: a reject row names the figure to leave out" });
    if (!row.reason) issues.push({ column: "reason", message: "is empty: say why the figure is wrong (it is shown in rejected.csv)" });
    for (const f of given) issues.push({ column: f, message: `${quoteValue(String(row[f]))}: a reject row changes no field; to change a field use action correct` });
    if (row.quote) issues.push({ column: "quote", message: "a reject row takes no quote: leave it empty" });
  } else if (row.action === "correct") {
    if (!row.figure_id) issues.push({ column: "figure_id", message: "is empty: a correct row names the figure to change" });
    if (given.length === 0) issues.push({ column: "", message: `a correct row needs at least one field to change (${CORRECTION_FIELDS.join(", ")})` });
    if (row.quote) issues.push({ column: "quote", message: "a correct row changes an extracted figure's fields, not its words; to add a figure use action add" });
  } else {
    if (row.figure_id) issues.push({ column: "figure_id", message: "an add row has no figure_id: leave it empty (it is computed from the quote)" });
    if (!row.article) issues.push({ column: "article", message: "is empty: an add row names the article (its file name without extension)" });
    if (!row.quote) issues.push({ column: "quote", message: "is empty: copy the figure's words from the article exactly" });
    if (!row.metric) issues.push({ column: "metric", message: "is empty: an added figure needs its metric" });
    if (!row.unit) issues.push({ column: "unit", message: "is empty: an added figure needs its unit" });
    if (row.value === null) issues.push({ column: "value", message: "is empty: an added figure needs its value" });
    for (const f of ["claimant", "period_start", "period_end"] as const) {
      if (row[f] === CLEAR) issues.push({ column: f, message: `"${CLEAR}" empties a field of an extracted figure; in an add row just leave the cell empty` });
    }
  }
  for (const f of ["value", "value_low", "value_high"] as const) {
    const v = row[f];
    if (v !== null && v < 0) issues.push({ column: f, message: `${quoteValue(String(v))} is negative` });
  }
  if (row.value !== null && row.value_low !== null && row.value_low > row.value) {
    issues.push({ column: "value_low", message: `${quoteValue(String(row.value_low))} is above value (${row.value})` });
  }
  if (row.value !== null && row.value_high !== null && row.value_high < row.value) {
    issues.push({ column: "value_high", message: `${quoteValue(String(row.value_high))} is below value (${row.value})` });
  }
  if (row.value_low !== null && row.value_high !== null && row.value_low > row.value_high) {
    issues.push({ column: "value_low", message: `${quoteValue(String(row.value_low))} is above value_high (${row.value_high})` });
  }
  if (row.period_start && row.period_end && row.period_start !== CLEAR && row.period_end !== CLEAR && row.period_start > row.period_end) {
    issues.push({ column: "period_end", message: `${quoteValue(row.period_end)} is before period_start (${row.period_start})` });
  }
  if (row.claimant === CLEAR && row.claimant_side && row.claimant_side !== "unknown") {
    issues.push({ column: "claimant_side", message: `${quoteValue(row.claimant_side)}: a figure without a claimant has claimant_side unknown` });
  }
  return issues;
}

const ROW_CHECKS: Partial<Record<TableName, (row: never) => RowIssue[]>> = {
  qualifiers: checkQualifier as (row: never) => RowIssue[],
  corrections: checkCorrection as (row: never) => RowIssue[],
};

// ---------- checks across rows ----------

/** Report every row whose key was already used by an earlier row, naming the earlier line. */
function duplicates<Row>(
  rows: readonly Row[],
  lines: readonly number[],
  keysOf: (row: Row) => readonly { key: string; column: string; value: string }[],
  describe: (value: string, firstLine: number) => string,
): TableIssue[] {
  const first = new Map<string, number>();
  const issues: TableIssue[] = [];
  rows.forEach((row, i) => {
    const seenInRow = new Set<string>();
    for (const { key, column, value } of keysOf(row)) {
      if (seenInRow.has(key)) continue;
      seenInRow.add(key);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, lines[i]!);
      else issues.push({ file: "", line: lines[i]!, column, value, message: describe(value, earlier) });
    }
  });
  return issues;
}

type TableCheck<Row> = (rows: Row[], lines: number[]) => TableIssue[];

const checkArticles: TableCheck<ArticleMetaRow> = (rows, lines) =>
  duplicates(rows, lines, (r) => [{ key: r.article, column: "article", value: r.article }], (v, l) => `${quoteValue(v)} already has a row on line ${l}: merge the two rows`);

const checkOutlets: TableCheck<OutletRow> = (rows, lines) => [
  ...duplicates(
    rows,
    lines,
    (r) => [{ key: r.outlet.toLowerCase(), column: "outlet", value: r.outlet }],
    (v, l) => `${quoteValue(v)} is already an outlet on line ${l}: merge the two rows`,
  ),
  ...duplicates(
    rows,
    lines,
    (r) => r.domains.split(" ").filter(Boolean).map((d) => ({ key: d, column: "domains", value: d })),
    (v, l) => `${quoteValue(v)} is already a domain of the outlet on line ${l}: a domain names one outlet`,
  ),
];

// A name or alias that two claimants share would make attribution depend on row order. Compared without
// case: an alias written in lower case matches any case, so "sbu" and "SBU" would collide.
const checkClaimants: TableCheck<ClaimantTableRow> = (rows, lines) => {
  const first = new Map<string, { line: number; claimant: string; isName: boolean }>();
  const issues: TableIssue[] = [];
  rows.forEach((r, i) => {
    const line = lines[i]!;
    const words = [{ word: r.claimant, isName: true }, ...(r.aliases ? r.aliases.split("|") : []).map((word) => ({ word, isName: false }))];
    const seenInRow = new Set<string>();
    for (const { word, isName } of words) {
      const key = word.toLowerCase();
      if (seenInRow.has(key)) continue;
      seenInRow.add(key);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { line, claimant: r.claimant, isName });
        continue;
      }
      const message =
        isName && earlier.isName
          ? `${quoteValue(word)} is already a claimant on line ${earlier.line}: merge the two rows`
          : `${quoteValue(word)} also names ${quoteValue(earlier.claimant)} on line ${earlier.line}: a name or alias can belong to only one claimant`;
      issues.push({ file: "", line, column: isName ? "claimant" : "aliases", value: word, message });
    }
  });
  return issues;
};

// Only an exact repeat is reported: cues differing in case ("POWs", "PoWs") are redundant for a
// case-insensitive matcher but harmless, and not worth stopping a build for.
const checkMetrics: TableCheck<MetricCueRow> = (rows, lines) =>
  duplicates(
    rows,
    lines,
    (r) => [{ key: [r.metric, r.unit, r.cue.replace(/\s+/g, " "), r.role].join("\u0000"), column: "cue", value: r.cue }],
    (v, l) => `${quoteValue(v)} is already a cue with the same metric, unit and role on line ${l}: delete one`,
  );

const checkQualifiers: TableCheck<QualifierTableRow> = (rows, lines) =>
  duplicates(
    rows,
    lines,
    (r) => [{ key: r.phrase.toLowerCase(), column: "phrase", value: r.phrase }],
    (v, l) => `${quoteValue(v)} is already a phrase on line ${l}: a phrase has one meaning`,
  );

const checkEvents: TableCheck<EventTableRow> = (rows, lines) => {
  const issues = duplicates(
    rows,
    lines,
    (r) => [{ key: r.figure_id, column: "figure_id", value: r.figure_id }],
    (v, l) => `${quoteValue(v)} is already named, pinned or split on line ${l}: one row per figure`,
  );
  const labelOf = new Map<string, { label: string; line: number }>();
  rows.forEach((r, i) => {
    if (!r.label) return;
    const earlier = labelOf.get(r.event_id);
    if (!earlier) labelOf.set(r.event_id, { label: r.label, line: lines[i]! });
    else if (earlier.label !== r.label) {
      issues.push({
        file: "",
        line: lines[i]!,
        column: "label",
        value: r.label,
        message: `${quoteValue(r.label)} differs from the label of event ${r.event_id} on line ${earlier.line} (${quoteValue(earlier.label)}): give an event one label, or leave it empty here`,
      });
    }
  });
  return issues;
};

const checkCorrections: TableCheck<CorrectionRow> = (rows, lines) => {
  const issues: TableIssue[] = [];
  const rejectLine = new Map<string, number>();
  const correctLine = new Map<string, number>();
  const fieldLine = new Map<string, number>();
  const addLine = new Map<string, number>();
  rows.forEach((r, i) => {
    const line = lines[i]!;
    const push = (column: string, value: string, message: string) => issues.push({ file: "", line, column, value, message });
    if (r.action === "reject") {
      const earlier = rejectLine.get(r.figure_id);
      if (earlier !== undefined) push("figure_id", r.figure_id, `${quoteValue(r.figure_id)} is already rejected on line ${earlier}: delete one of the two rows`);
      else if (correctLine.has(r.figure_id)) push("figure_id", r.figure_id, `${quoteValue(r.figure_id)} is corrected on line ${correctLine.get(r.figure_id)} and rejected here: keep one`);
      if (earlier === undefined) rejectLine.set(r.figure_id, line);
    } else if (r.action === "correct") {
      if (rejectLine.has(r.figure_id)) push("figure_id", r.figure_id, `${quoteValue(r.figure_id)} is rejected on line ${rejectLine.get(r.figure_id)} and corrected here: keep one`);
      if (!correctLine.has(r.figure_id)) correctLine.set(r.figure_id, line);
      for (const f of CORRECTION_FIELDS) {
        if (!isGiven(r[f])) continue;
        const key = r.figure_id + "\u0000" + f;
        const earlier = fieldLine.get(key);
        if (earlier !== undefined) push(f, String(r[f]), `figure ${r.figure_id} already has its ${f} corrected on line ${earlier}: keep one`);
        else fieldLine.set(key, line);
      }
    } else {
      const key = [r.article, r.quote, r.metric, r.unit].join("\u0000");
      const earlier = addLine.get(key);
      if (earlier !== undefined) push("quote", r.quote, `${quoteValue(r.quote)} is already added with the same metric and unit on line ${earlier}: delete one`);
      else addLine.set(key, line);
    }
  });
  return issues;
};

const TABLE_CHECKS: Record<TableName, TableCheck<never>> = {
  articles: checkArticles as TableCheck<never>,
  outlets: checkOutlets as TableCheck<never>,
  claimants: checkClaimants as TableCheck<never>,
  metrics: checkMetrics as TableCheck<never>,
  qualifiers: checkQualifiers as TableCheck<never>,
  events: checkEvents as TableCheck<never>,
  corrections: checkCorrections as TableCheck<never>,
};

// ---------- all tables ----------

/**
 * Parse and validate every contributor table. A missing file is an empty table, except metrics.csv and
 * qualifiers.csv: without them no number becomes a figure, which is reported as an issue (line 0, the
 * whole file) rather than left to look like a corpus with no figures. `tablesDir` only names missing files.
 */
export function parseTables(files: TableFiles, options: { tablesDir?: string } = {}): ParsedTables {
  const tables = emptyTables();
  const lines = {} as Record<TableName, number[]>;
  const issues: TableIssue[] = [];
  for (const name of TABLE_NAMES) {
    lines[name] = [];
    const file = files[name];
    const missingPath = options.tablesDir ? `${options.tablesDir.replace(/\/+$/, "")}/${name}.csv` : `${name}.csv`;
    if (!file) {
      if (REQUIRED_TABLES.has(name)) {
        issues.push({ file: missingPath, line: 0, column: "", value: "", message: requiredMessage(name, "is missing") });
      }
      continue;
    }
    const parsed = parseTable(name, file.path, file.text);
    (tables[name] as unknown[]) = parsed.rows;
    lines[name] = parsed.lines;
    issues.push(...parsed.issues);
    if (REQUIRED_TABLES.has(name) && parsed.rows.length === 0 && parsed.issues.length === 0) {
      issues.push({ file: file.path, line: 0, column: "", value: "", message: requiredMessage(name, "has no rows") });
    }
  }
  return { tables, lines, issues };
}

function requiredMessage(name: TableName, problem: string): string {
  const what = name === "metrics" ? "no number is recognised as a figure" : "no qualifier (\"at least\", \"dozens\") is read";
  return `${problem}: without ${name}.csv ${what}; restore it from the project's data/tables/`;
}
