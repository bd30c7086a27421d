// Article text and quotes with the figures marked in place, built from text nodes only: article text is
// never parsed as HTML, so "<script>" in an article stays the letters "<script>".
import type {FigureRow} from "../../loaders/types.js";
import {formatFigure} from "./formatting.js";

export interface Span {
  start: number;
  end: number;
  id?: string;
  title?: string;
}

/** Spans sorted by start, dropping any that overlap an earlier one (a mark cannot half-nest in another). */
export function disjointSpans(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= length && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let last = 0;
  for (const span of sorted) {
    if (span.start < last) continue;
    kept.push(span);
    last = span.end;
  }
  return kept;
}

/** Text with <mark> elements around the spans, appended to `into`. */
export function markSpans(into: HTMLElement, text: string, spans: readonly Span[]): HTMLElement {
  let cursor = 0;
  for (const span of disjointSpans(spans, text.length)) {
    if (span.start > cursor) into.append(document.createTextNode(text.slice(cursor, span.start)));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(span.start, span.end);
    if (span.id) mark.id = span.id;
    if (span.title) mark.title = span.title;
    into.append(mark);
    cursor = span.end;
  }
  if (cursor < text.length) into.append(document.createTextNode(text.slice(cursor)));
  return into;
}

/** What a figure's mark says on hover: metric, the figure with its bounds, and who claimed it. */
export function figureSummary(row: FigureRow): string {
  const bounds = `${row.value_low ?? "–"} to ${row.value_high ?? "no upper bound"}`;
  const claimant = row.claimant ? `${row.claimant} (${row.claimant_side})` : "no claimant (the outlet's own words)";
  return `${row.metric.replaceAll("_", " ")}: ${formatFigure(row.value, row.unit, row.qualifier)} (bounds ${bounds}); claimed by ${claimant}`;
}

/** The figure's sentence with the figure's own words marked (offsets are relative to the article text). */
export function quoteWithFigure(row: FigureRow): HTMLElement {
  const block = document.createElement("blockquote");
  block.className = "figure-quote";
  const quote = String(row.quote ?? "");
  const start = Number(row.figure_start) - Number(row.char_start);
  const end = Number(row.figure_end) - Number(row.char_start);
  return markSpans(block, quote, [{start, end, title: figureSummary(row)}]);
}

/** The whole article text, every figure marked with its id (for #figure_id links) and a hover summary. */
export function articleWithFigures(text: string, figures: readonly FigureRow[]): HTMLElement {
  const body = document.createElement("div");
  body.className = "article-text";
  return markSpans(
    body,
    text,
    figures.map((row) => ({start: Number(row.figure_start), end: Number(row.figure_end), id: row.figure_id, title: figureSummary(row)})),
  );
}
