// The whole run: contributor tables → articles → figures → corrections → claims model, every table sorted
// so that the output is byte-identical whatever the file-system listing order, time zone or locale.
// Also the streaming pieces for corpora too large for one process: JSON Lines → figure rows, and merging
// figure shards back into the same tables a single run gives.

import { rowsInCorpus } from "./corpusScope.js";
import { applyCorrections, type ArticleMeta } from "./corrections.js";
import { readCorpus, readTableFiles, readTextFile } from "./corpus.js";
import { FIGURE_COLUMNS } from "./columns.js";
import { csvHeader, parseCsv, toCsvLines, typedRow } from "./csv.js";
import { normaliseLineEndings } from "./decode.js";
import { createExtractor } from "./extract.js";
import { buildModel } from "./model.js";
import { formatIssue, parseTables, TABLE_NAMES } from "./tables.js";
import { hostOf, outletOfHost, parseCalendarDate } from "./article.js";
import type {
  Article,
  ArticleRow,
  ClaimRow,
  CorrectionRow,
  DivergenceRow,
  EventRow,
  EventTableRow,
  FigureRow,
  RejectedRow,
  TableIssue,
  Tables,
  TerritoryRow,
} from "./types.js";

export type TableName = (typeof TABLE_NAMES)[number];
export type TableFiles = Partial<Record<TableName, { path: string; text: string }>>;
export type TableLines = Partial<Record<TableName, number[]>>;

/** Contributor tables that do not validate. The message lists every issue, one per line, as path:line. */
export class TableValidationError extends Error {
  readonly issues: TableIssue[];
  constructor(issues: TableIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? "" : "s"} in the contributor tables; nothing was written:\n` +
        issues.map((issue) => formatIssue(issue)).join("\n"),
    );
    this.name = "TableValidationError";
    this.issues = issues;
  }
}

export interface PipelineOptions {
  articlesDir: string;
  tablesDir: string;
  /** A metadata CSV (articles.csv format) to use instead of `<tablesDir>/articles.csv`. */
  metaPath?: string;
  /** Called with every article read whole (status "ok"), e.g. to keep texts for the notebook's Article page. */
  onArticle?: (article: Article) => void;
}

export interface PipelineResult {
  articles: ArticleRow[];
  figures: FigureRow[];
  rejected: RejectedRow[];
  claims: ClaimRow[];
  events: EventRow[];
  divergence: DivergenceRow[];
  territory: TerritoryRow[];
}

export interface LoadedTables {
  tables: Tables;
  lines: TableLines;
  paths: Partial<Record<TableName, string>>;
}

// ---------- deterministic order ----------

/** Strings by UTF-8 byte order (the same as code point order), numbers numerically, nulls first. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  // Code point order without allocating: compare by code points, which equals UTF-8 byte order.
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const cx = x.codePointAt(i)!;
    const cy = y.codePointAt(i)!;
    if (cx !== cy) return cx - cy;
    if (cx > 0xffff) i++;
  }
  return x.length - y.length;
}

function byKeys<Row>(keys: readonly (keyof Row)[]): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const key of keys) {
      const c = compareValues(a[key], b[key]);
      if (c !== 0) return c;
    }
    return 0;
  };
}

const FIGURE_ORDER = byKeys<FigureRow>(["article", "char_start", "char_end", "figure_start", "figure_end", "metric", "unit", "figure_id"]);
const REJECTED_ORDER = byKeys<RejectedRow>(["article", "char_start", "char_end", "figure_start", "figure_end", "metric", "unit", "figure_id", "correction_line"]);
const ARTICLE_ORDER = byKeys<ArticleRow>(["file", "article"]);
const EVENT_ORDER = byKeys<EventRow>(["event_id"]);
const CLAIM_ORDER = byKeys<ClaimRow>(["event_id", "claim_id"]);
const DIVERGENCE_ORDER = byKeys<DivergenceRow>(["event_id", "metric", "unit", "subject_side", "scope", "period_start", "period_end", "claim_ids"]);
const TERRITORY_ORDER = byKeys<TerritoryRow>(["metric", "unit", "side", "kind", "scope", "month", "period_start", "period_end", "source", "figure_id", "claim_id"]);

export function sortFigures<Row extends FigureRow>(figures: Row[]): Row[] {
  return [...figures].sort(FIGURE_ORDER);
}

// ---------- tables ----------

/** Read and validate the contributor tables; throws a TableValidationError listing every problem. */
export async function loadTables(tablesDir: string, metaPath?: string): Promise<LoadedTables> {
  const files = (await readTableFiles(tablesDir, TABLE_NAMES)) as TableFiles;
  if (metaPath) {
    files.articles = { path: metaPath, text: await readTextFile(metaPath) };
  }
  const parsed = parseTables(files, { tablesDir });
  if (parsed.issues.length > 0) throw new TableValidationError(parsed.issues);
  const paths: Partial<Record<TableName, string>> = {};
  for (const name of TABLE_NAMES) paths[name] = files[name]?.path ?? `${tablesDir}/${name}.csv`;
  return { tables: parsed.tables, lines: parsed.lines as TableLines, paths };
}

// ---------- the run ----------

/**
 * Corrections, then the claims model, over a complete set of figures. Rows of corrections.csv and events.csv
 * about articles outside `articleIds` are out of scope; a row about an article of the run that does not
 * apply (its figure is not there, its quote is not in the text) comes back in `issues`.
 */
export function modelOfFigures(
  figures: FigureRow[],
  loaded: LoadedTables,
  articleIds: ReadonlySet<string>,
  articleText: (articleId: string) => string | undefined,
  articleMeta?: (articleId: string) => ArticleMeta | undefined,
): Omit<PipelineResult, "articles"> & { issues: TableIssue[] } {
  const { tables, lines, paths } = loaded;
  const corrections = rowsInCorpus(tables.corrections, lines.corrections ?? [], articleIds);
  const events = rowsInCorpus(tables.events, lines.events ?? [], articleIds);
  const corrected = applyCorrections({
    figures: sortFigures(figures),
    corrections: corrections.rows,
    correctionLines: corrections.lines,
    correctionsPath: paths.corrections ?? "corrections.csv",
    articleText,
    articleMeta,
    qualifiers: tables.qualifiers,
  });
  const model = sortedModel(corrected.figures, events, loaded);
  return { ...model, rejected: [...corrected.rejected].sort(REJECTED_ORDER), issues: [...corrected.issues, ...model.issues] };
}

/** The claims model of a set of figures, every table in its deterministic order. */
function sortedModel(figures: FigureRow[], events: { rows: EventTableRow[]; lines: number[] }, loaded: LoadedTables) {
  const finalFigures = sortFigures(figures);
  const model = buildModel(finalFigures, events.rows, events.lines, loaded.paths.events, loaded.tables.claimants);
  return {
    figures: finalFigures,
    claims: [...model.claims].sort(CLAIM_ORDER),
    events: [...model.events].sort(EVENT_ORDER),
    divergence: [...model.divergence].sort(DIVERGENCE_ORDER),
    territory: [...model.territory].sort(TERRITORY_ORDER),
    issues: model.issues,
  };
}

function articleIdsOfAdds(corrections: readonly CorrectionRow[]): Set<string> {
  return new Set(corrections.filter((c) => c.action === "add").map((c) => c.article));
}

/**
 * Run everything on a corpus folder and a tables folder. Articles stream through the extractor one at a
 * time; only the texts that "add" corrections need are kept.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const loaded = await loadTables(options.tablesDir, options.metaPath);
  const { tables } = loaded;
  const extract = createExtractor(tables);
  const neededTexts = articleIdsOfAdds(tables.corrections);
  const texts = new Map<string, string>();
  const metas = new Map<string, ArticleMeta>();
  const articles: ArticleRow[] = [];
  const figures: FigureRow[] = [];

  for await (const article of readCorpus(options.articlesDir, { meta: tables.articles, outlets: tables.outlets })) {
    let status = article.status;
    let reason = article.reason;
    let found: FigureRow[] = [];
    if (status === "ok") {
      try {
        found = extract(article);
      } catch (error) {
        status = "error";
        reason = `extraction failed: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (status === "ok") options.onArticle?.(article);
      if (neededTexts.has(article.id)) {
        texts.set(article.id, article.text);
        metas.set(article.id, { outlet: article.outlet, url: article.url, published: article.published });
      }
    }
    for (const figure of found) figures.push(figure); // no spread: a huge article can have more figures than call arguments
    articles.push({
      article: article.id,
      file: article.file,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      published: article.published,
      figures: 0,
      chars: status === "ok" ? article.text.length : 0,
      status,
      reason,
    });
  }

  const model = modelOfFigures(
    figures,
    loaded,
    new Set(articles.filter((a) => a.status === "ok").map((a) => a.article)),
    (id) => texts.get(id),
    (id) => metas.get(id),
  );
  // A correction or event row about an article of this run must apply: nothing is written otherwise.
  if (model.issues.length > 0) throw new TableValidationError(model.issues);
  const { issues: _none, ...outputs } = model;
  const counts = new Map<string, number>();
  for (const f of outputs.figures) counts.set(f.article, (counts.get(f.article) ?? 0) + 1);
  for (const row of articles) if (row.status === "ok") row.figures = counts.get(row.article) ?? 0;
  return { articles: articles.sort(ARTICLE_ORDER), ...outputs };
}

// ---------- streaming ----------

export interface StreamProblem {
  /** 1-based line of the JSON Lines input. */
  line: number;
  article: string;
  message: string;
}

export interface StreamOptions {
  /** Emit the CSV header line first. */
  header?: boolean;
  /** Told about every input line that could not be used, and every correction that did not apply. */
  onProblem?: (problem: StreamProblem) => void;
  /** Line numbers of the corrections table, for correction issues. */
  correctionLines?: number[];
  correctionsPath?: string;
}

/** One JSON Lines record → an Article, or the reason it is not one. */
export function articleOfJsonLine(line: string, outlets: Tables["outlets"] = []): Article | { error: string; article: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})`, article: "" };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return { error: "not a JSON object", article: "" };
  const record = value as Record<string, unknown>;
  const str = (key: string) => (typeof record[key] === "string" ? (record[key] as string) : "");
  const id = str("article").trim();
  if (!id) return { error: 'missing "article" (the article id, a non-empty string)', article: "" };
  if (typeof record.text !== "string") return { error: 'missing "text" (the article text, a string)', article: id };
  const text = normaliseLineEndings(record.text.charCodeAt(0) === 0xfeff ? record.text.slice(1) : record.text);
  if (!/\S/.test(text)) return { error: "empty text", article: id };
  const url = str("url").trim();
  const host = hostOf(url);
  const outlet = str("outlet").trim() || (host ? (outletOfHost(host, outlets) ?? host) : "");
  const published = str("published").trim() ? parseCalendarDate(str("published")) : "";
  return { id, file: str("file") || id, text, title: str("title").trim(), outlet, url, published, status: "ok", reason: "" };
}

/**
 * JSON Lines ({"article","text","url","outlet","published"} per line) → figure CSV lines (corrections for
 * those articles applied), one article at a time. A bad line is reported through `onProblem` with its line
 * number and skipped; it never stops the stream. Blank lines are skipped silently.
 */
export async function* extractStream(lines: AsyncIterable<string>, tables: Tables, options: StreamOptions = {}): AsyncGenerator<string> {
  const extract = createExtractor(tables);
  const report = options.onProblem ?? (() => {});
  if (options.header) yield csvHeader(FIGURE_COLUMNS);
  // Corrections by article: a row about an article of this stream must apply (or is reported); rows about
  // other articles belong to other shards.
  const correctionsByArticle = new Map<string, CorrectionRow[]>();
  const lineOf = new Map<CorrectionRow, number>();
  tables.corrections.forEach((c, i) => {
    lineOf.set(c, options.correctionLines?.[i] ?? i + 2);
    correctionsByArticle.set(c.article, [...(correctionsByArticle.get(c.article) ?? []), c]);
  });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") continue;
    const article = articleOfJsonLine(line, tables.outlets);
    if ("error" in article) {
      report({ line: lineNumber, article: article.article, message: article.error });
      continue;
    }
    let figures: FigureRow[];
    try {
      figures = extract(article);
    } catch (error) {
      report({ line: lineNumber, article: article.id, message: `extraction failed: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const ordered = correctionsByArticle.get(article.id) ?? [];
    if (ordered.length > 0) {
      const result = applyCorrections({
        figures,
        corrections: ordered,
        correctionLines: ordered.map((c) => lineOf.get(c)!),
        correctionsPath: options.correctionsPath ?? "corrections.csv",
        articleText: (id: string) => (id === article.id ? article.text : undefined),
        articleMeta: (id: string) => (id === article.id ? { outlet: article.outlet, url: article.url, published: article.published } : undefined),
        qualifiers: tables.qualifiers,
      });
      for (const issue of result.issues) report({ line: lineNumber, article: article.id, message: formatIssue(issue) });
      figures = result.figures;
    }
    for (const csvLine of toCsvLines(sortFigures(figures), FIGURE_COLUMNS)) yield csvLine;
  }
}

// ---------- merging shards ----------

export interface Shard {
  path: string;
  text: string;
}

/**
 * Figure CSVs written by `stream` (or `extract`) for parts of a corpus → the figures, claims, events,
 * divergence and territory a single run over the whole corpus gives. Corrections were applied per shard;
 * they are not applied again. A figure id found in two shards is kept once (from the first shard by path)
 * and reported.
 */
export function mergeShards(shards: readonly Shard[], loaded: LoadedTables): Omit<PipelineResult, "articles" | "rejected"> & { warnings: string[] } {
  const seen = new Map<string, string>();
  const figures: FigureRow[] = [];
  const warnings: string[] = [];
  const ordered = [...shards].sort((a, b) => compareValues(a.path, b.path));
  for (const shard of ordered) {
    const parsed = parseCsv(shard.text);
    const missing = FIGURE_COLUMNS.filter((c) => !parsed.columns.includes(c));
    if (missing.length > 0) throw new Error(`${shard.path}: not a figures CSV (missing columns: ${missing.join(", ")})`);
    for (const e of parsed.errors) throw new Error(`${shard.path}: row ${e.row}: ${e.message}`);
    parsed.rows.forEach((row, i) => {
      let figure: FigureRow;
      try {
        figure = typedRow<FigureRow>(row, FIGURE_COLUMNS);
      } catch (error) {
        throw new Error(`${shard.path}:${i + 2}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const first = seen.get(figure.figure_id);
      if (first !== undefined) {
        warnings.push(`${shard.path}:${i + 2}: figure ${figure.figure_id} already read from ${first}; kept once`);
        return;
      }
      seen.set(figure.figure_id, `${shard.path}:${i + 2}`);
      figures.push(figure);
    });
  }
  const events = rowsInCorpus(loaded.tables.events, loaded.lines.events ?? [], new Set(figures.map((f) => f.article)));
  const { issues, ...model } = sortedModel(figures, events, loaded);
  if (issues.length > 0) throw new TableValidationError(issues);
  return { ...model, warnings };
}
