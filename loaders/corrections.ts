// Human review of extracted figures (data/tables/corrections.csv): reject a figure, correct its fields,
// or add one the extractor missed. Every change is visible afterwards: a rejected figure moves to
// rejected.csv with its reason and line; a corrected or added figure says so in its `review` column.
// Nothing here is silent: a correction that cannot apply is an issue with its line, never skipped.

import { figureId } from "./figureId.js";
import { sentenceAt as defaultSentenceAt, type Span } from "./sentences.js";
import { CLEAR, quoteValue } from "./tableSchemas.js";
import { CORRECTION_FIELDS, isGiven, type CorrectionField } from "./tables.js";
import type { CorrectionRow, FigureRow, Qualifier, QualifierTableRow, RejectedRow, TableIssue } from "./types.js";

export interface ArticleMeta {
  outlet: string;
  url: string;
  published: string;
}

export interface ApplyCorrectionsInput {
  figures: readonly FigureRow[];
  corrections: readonly CorrectionRow[];
  /** The line of each correction in its file (parallel to `corrections`); row i defaults to line i + 2. */
  correctionLines: readonly number[];
  correctionsPath: string;
  /** The text of an article (the string every offset indexes), or undefined when there is no such article. */
  articleText: (articleId: string) => string | undefined;
  /** The sentence around an offset; defaults to loaders/sentences.ts. */
  sentenceAt?: (text: string, offset: number) => Span | null;
  /** Outlet, URL and date of an article for added figures; defaults to those of another figure of the article. */
  articleMeta?: (articleId: string) => ArticleMeta | undefined;
  /** qualifiers.csv, for the default bounds of an added or newly "approx" figure (the "about" row). */
  qualifiers?: readonly QualifierTableRow[];
}

export interface ApplyCorrectionsResult {
  figures: FigureRow[];
  rejected: RejectedRow[];
  issues: TableIssue[];
}

/** Multipliers for "approx" when neither the figure nor the table gives any: those of "about". */
const DEFAULT_APPROX = { low: 0.9, high: 1.1 };

/** Rounds away floating-point noise from a multiplied bound (0.9 * 300 = 270.00000000000006). */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * The bounds a qualifier allows around `value`: exact → [v, v]; at_least, more_than → [v, unbounded];
 * at_most → [0, v]; approx → the multipliers of `approx` (the old figure's bounds over its value, when the
 * figure was already approx, so a reviewer's fix of the number keeps the wording's margin).
 */
export function boundsFor(
  qualifier: Qualifier,
  value: number,
  approx: { low: number | null; high: number | null } = DEFAULT_APPROX,
): { value_low: number | null; value_high: number | null } {
  switch (qualifier) {
    case "exact":
      return { value_low: value, value_high: value };
    case "at_least":
    case "more_than":
      return { value_low: value, value_high: null };
    case "at_most":
      return { value_low: 0, value_high: value };
    case "approx":
      return {
        value_low: approx.low === null ? null : clean(value * approx.low),
        value_high: approx.high === null ? null : clean(value * approx.high),
      };
  }
}

/** The multipliers of the table's first "approx" modifier, or those of "about". */
function approxOfTable(qualifiers: readonly QualifierTableRow[] = []): { low: number | null; high: number | null } {
  const row = qualifiers.find((q) => q.kind === "modifier" && q.qualifier === "approx");
  return row ? { low: row.low, high: row.high } : DEFAULT_APPROX;
}

/** A near-miss of a quote (other spacing, case or quote marks), for a message that says what differs. */
function nearMiss(text: string, quote: string): string {
  const simplify = (s: string) => s.replace(/[‘’´`]/g, "'").replace(/[“”„]/g, '"').replace(/[\u2013\u2014]/g, "-").replace(/\s+/g, " ").toLowerCase();
  const t = simplify(text);
  const q = simplify(quote);
  if (q === "" || !t.includes(q)) return "";
  return " (it is there with other spacing, capitals, dashes or quote marks: copy it from the article text exactly)";
}

interface Patch {
  values: Partial<Record<CorrectionField, { value: string | number; line: number }>>;
  /** Line of the first correct row of this figure, for issues about the whole result. */
  line: number;
}

/**
 * Apply corrections.csv to extracted figures.
 *
 * - `reject`: the figure leaves `figures` and is listed in `rejected` with the row's reason and line.
 * - `correct`: each non-empty field replaces the figure's; "-" empties claimant, period_start or
 *   period_end. When value or qualifier changes and a bound is not given, the bound is recomputed (see
 *   boundsFor). figure_id never changes, so the correction keeps finding its figure. review = "corrected".
 * - `add`: `quote` is searched verbatim in the article's text; it must occur exactly once (a repeated quote
 *   is an issue: lengthen it, so the figure cannot land in the wrong sentence). Its span becomes
 *   figure_start/figure_end, its sentence char_start/char_end, and figure_id is figureId() of those words.
 *   Defaults: qualifier exact, claimant "", claimant_side and subject_side unknown. review = "added".
 */
export function applyCorrections(input: ApplyCorrectionsInput): ApplyCorrectionsResult {
  const { figures, corrections, correctionLines, correctionsPath, articleText } = input;
  const sentenceAt = input.sentenceAt ?? defaultSentenceAt;
  const issues: TableIssue[] = [];
  const issue = (line: number, column: string, value: string, message: string) =>
    issues.push({ file: correctionsPath, line, column, value, message });

  const indexById = new Map<string, number>();
  figures.forEach((f, i) => indexById.set(f.figure_id, i));
  const rejectedBy = new Map<string, { reason: string; line: number }>();
  const patches = new Map<string, Patch>();
  const added: FigureRow[] = [];
  const addedLine = new Map<string, number>();

  corrections.forEach((row, i) => {
    const line = correctionLines[i] ?? i + 2;
    if (row.action === "add") {
      const figure = addedFigure(row, line);
      if (!figure) return;
      if (indexById.has(figure.figure_id)) {
        issue(line, "quote", row.quote, `${quoteValue(row.quote)} is already extracted as figure ${figure.figure_id}: to change it, use action correct with that figure_id`);
      } else if (addedLine.has(figure.figure_id)) {
        issue(line, "quote", row.quote, `${quoteValue(row.quote)} is already added on line ${addedLine.get(figure.figure_id)}`);
      } else {
        addedLine.set(figure.figure_id, line);
        added.push(figure);
      }
      return;
    }
    const index = indexById.get(row.figure_id);
    if (index === undefined) {
      issue(
        line,
        "figure_id",
        row.figure_id,
        `${quoteValue(row.figure_id)} matches no extracted figure: copy the id from figures.csv (an id changes when its sentence or words are edited)`,
      );
      return;
    }
    if (row.article && row.article !== figures[index]!.article) {
      issue(line, "article", row.article, `${quoteValue(row.article)} is not the article of figure ${row.figure_id} (${figures[index]!.article}): fix the article or the id`);
      return;
    }
    if (row.action === "reject") {
      const earlier = rejectedBy.get(row.figure_id) ?? (patches.has(row.figure_id) ? { line: patches.get(row.figure_id)!.line } : undefined);
      if (earlier) {
        issue(line, "figure_id", row.figure_id, `${quoteValue(row.figure_id)} is already corrected or rejected on line ${earlier.line}: keep one row`);
        return;
      }
      rejectedBy.set(row.figure_id, { reason: row.reason, line });
      return;
    }
    if (rejectedBy.has(row.figure_id)) {
      issue(line, "figure_id", row.figure_id, `${quoteValue(row.figure_id)} is rejected on line ${rejectedBy.get(row.figure_id)!.line} and corrected here: keep one`);
      return;
    }
    const patch = patches.get(row.figure_id) ?? { values: {}, line };
    patches.set(row.figure_id, patch);
    for (const field of CORRECTION_FIELDS) {
      const value = row[field];
      if (!isGiven(value)) continue;
      const earlier = patch.values[field];
      if (earlier) issue(line, field, String(value), `figure ${row.figure_id} already has its ${field} corrected on line ${earlier.line}: keep one`);
      else patch.values[field] = { value: value!, line };
    }
  });

  const approxDefault = approxOfTable(input.qualifiers);
  const out: FigureRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const figure of figures) {
    const rejection = rejectedBy.get(figure.figure_id);
    if (rejection) {
      rejected.push({ ...figure, reason: rejection.reason, correction_line: rejection.line });
      continue;
    }
    const patch = patches.get(figure.figure_id);
    out.push(patch ? corrected(figure, patch) : figure);
  }
  out.push(...added);
  return { figures: out, rejected, issues };

  // ----- helpers over the closure's issues -----

  function corrected(figure: FigureRow, patch: Patch): FigureRow {
    const next: FigureRow = { ...figure, review: "corrected" };
    const v = patch.values;
    const text = (field: "claimant" | "period_start" | "period_end") => {
      const given = v[field]?.value as string;
      return given === CLEAR ? "" : given;
    };
    if (v.metric) next.metric = v.metric.value as FigureRow["metric"];
    if (v.unit) next.unit = v.unit.value as FigureRow["unit"];
    if (v.value) next.value = v.value.value as number;
    if (v.qualifier) next.qualifier = v.qualifier.value as Qualifier;
    if (v.claimant) {
      next.claimant = text("claimant");
      // A figure without a claimant is one the outlet states itself (SCHEMA.md): side unknown, rule none.
      if (next.claimant === "") [next.claimant_side, next.claimant_rule] = ["unknown", "none"];
    }
    if (v.claimant_side) next.claimant_side = v.claimant_side.value as FigureRow["claimant_side"];
    if (v.subject_side) next.subject_side = v.subject_side.value as FigureRow["subject_side"];
    if (v.period_start) next.period_start = text("period_start");
    if (v.period_end) next.period_end = text("period_end");

    if (v.value || v.qualifier) {
      const approx =
        figure.qualifier === "approx" && figure.value !== 0
          ? {
              low: figure.value_low === null ? null : figure.value_low / figure.value,
              high: figure.value_high === null ? null : figure.value_high / figure.value,
            }
          : approxDefault;
      const bounds = boundsFor(next.qualifier, next.value, approx);
      if (!v.value_low) next.value_low = bounds.value_low;
      if (!v.value_high) next.value_high = bounds.value_high;
    }
    if (v.value_low) next.value_low = v.value_low.value as number;
    if (v.value_high) next.value_high = v.value_high.value as number;

    let ok = true;
    const lineOf = (...fields: CorrectionField[]) => fields.map((f) => v[f]?.line).find((l) => l !== undefined) ?? patch.line;
    if (next.value_low !== null && next.value_low > next.value) {
      issue(lineOf("value_low", "value"), "value_low", String(next.value_low), `the corrected figure would have value_low ${next.value_low} above its value ${next.value}: give value_low too`);
      ok = false;
    }
    if (next.value_high !== null && next.value_high < next.value) {
      issue(lineOf("value_high", "value"), "value_high", String(next.value_high), `the corrected figure would have value_high ${next.value_high} below its value ${next.value}: give value_high too`);
      ok = false;
    }
    if (next.period_start && next.period_end && next.period_start > next.period_end) {
      issue(lineOf("period_end", "period_start"), "period_end", next.period_end, `the corrected figure's period would end (${next.period_end}) before it starts (${next.period_start})`);
      ok = false;
    }
    return ok ? next : figure;
  }

  function addedFigure(row: CorrectionRow, line: number): FigureRow | undefined {
    const text = articleText(row.article);
    if (text === undefined) {
      issue(line, "article", row.article, `${quoteValue(row.article)} is not an article of the corpus: write the file name without its extension (as in articles.csv)`);
      return undefined;
    }
    const start = text.indexOf(row.quote);
    if (start === -1) {
      issue(line, "quote", row.quote, `${quoteValue(row.quote)} is not in article ${row.article}${nearMiss(text, row.quote)}`);
      return undefined;
    }
    const again = text.indexOf(row.quote, start + 1);
    if (again !== -1) {
      issue(
        line,
        "quote",
        row.quote,
        `${quoteValue(row.quote)} occurs more than once in article ${row.article} (at characters ${start} and ${again}): add words around it so that it occurs once`,
      );
      return undefined;
    }
    const end = start + row.quote.length;
    const sentence = sentenceAt(text, start) ?? { start, end };
    const charStart = Math.min(sentence.start, start);
    const charEnd = Math.max(sentence.end, end);
    const quote = text.slice(charStart, charEnd);
    const metric = row.metric as FigureRow["metric"];
    const unit = row.unit as FigureRow["unit"];
    const value = row.value!;
    const qualifier: Qualifier = row.qualifier || "exact";
    const bounds = boundsFor(qualifier, value, approxOfTable(input.qualifiers));
    const value_low = row.value_low ?? bounds.value_low;
    const value_high = row.value_high ?? bounds.value_high;
    if (value_low !== null && value_low > value) {
      issue(line, "value_low", String(value_low), `the added figure would have value_low ${value_low} above its value ${value}`);
      return undefined;
    }
    if (value_high !== null && value_high < value) {
      issue(line, "value_high", String(value_high), `the added figure would have value_high ${value_high} below its value ${value}`);
      return undefined;
    }
    const meta = input.articleMeta?.(row.article) ?? figures.find((f) => f.article === row.article) ?? { outlet: "", url: "", published: "" };
    return {
      // The quote occurs once in the article, so this sentence + words pair is the first and only one.
      figure_id: figureId({ article: row.article, metric, unit, quote, figureText: row.quote, occurrence: 0 }),
      article: row.article,
      outlet: meta.outlet,
      published: meta.published,
      url: meta.url,
      metric,
      unit,
      value,
      value_low,
      value_high,
      qualifier,
      claimant: row.claimant,
      claimant_side: row.claimant_side || "unknown",
      // The reviewer read the attribution in the text; "none" is kept for figures the outlet states itself.
      claimant_rule: row.claimant ? "according_to" : "none",
      subject_side: row.subject_side || "unknown",
      period_start: row.period_start,
      period_end: row.period_end,
      quote,
      char_start: charStart,
      char_end: charEnd,
      figure_text: row.quote,
      figure_start: start,
      figure_end: end,
      review: "added",
    };
  }
}
