// The ordered columns of every output CSV, and which of them hold numbers or booleans. The order is the
// contract a spreadsheet user and a downstream script see; it follows the row types in types.ts.

import type { ArticleRow, ClaimRow, DivergenceRow, EventRow, FigureRow, RejectedRow, TerritoryRow } from "./types.js";

/** Fails to compile unless `T` lists every key of `Row` (and nothing else). */
type Exhaustive<Row, T extends readonly (keyof Row)[]> = Exclude<keyof Row, T[number]> extends never ? T : never;

function columns<Row>() {
  return <const T extends readonly (keyof Row)[]>(list: Exhaustive<Row, T>) => list;
}

export const FIGURE_COLUMNS = columns<FigureRow>()([
  "figure_id", "article", "outlet", "published", "url", "metric", "unit", "value", "value_low", "value_high",
  "qualifier", "claimant", "claimant_side", "claimant_rule", "subject_side", "period_start", "period_end",
  "quote", "char_start", "char_end", "figure_text", "figure_start", "figure_end", "review",
]);

export const REJECTED_COLUMNS = columns<RejectedRow>()([
  "figure_id", "article", "outlet", "published", "url", "metric", "unit", "value", "value_low", "value_high",
  "qualifier", "claimant", "claimant_side", "claimant_rule", "subject_side", "period_start", "period_end",
  "quote", "char_start", "char_end", "figure_text", "figure_start", "figure_end", "review", "reason", "correction_line",
]);

export const ARTICLE_COLUMNS = columns<ArticleRow>()([
  "article", "file", "title", "outlet", "url", "published", "figures", "chars", "status", "reason",
]);

export const CLAIM_COLUMNS = columns<ClaimRow>()([
  "claim_id", "event_id", "metric", "unit", "subject_side", "scope", "period_start", "period_end", "claimant",
  "claimant_side", "value", "value_low", "value_high", "qualifier", "echoes", "outlets", "outlet_names",
  "first_published", "last_published", "figure_ids", "quote",
]);

export const EVENT_COLUMNS = columns<EventRow>()([
  "event_id", "label", "metric_family", "date_start", "date_end", "places", "claims", "figures", "source",
]);

export const DIVERGENCE_COLUMNS = columns<DivergenceRow>()([
  "event_id", "event_label", "metric", "unit", "subject_side", "scope", "period_start", "period_end", "claims",
  "claimants", "sides", "claimant_sides", "lowest_low", "highest_high", "min_value", "max_value", "ratio",
  "overlap", "claim_ids",
]);

export const TERRITORY_COLUMNS = columns<TerritoryRow>()([
  "month", "kind", "side", "metric", "unit", "value", "value_low", "value_high", "qualifier", "source",
  "claimant_side", "outlet", "period_start", "period_end", "partial", "scope", "article", "figure_id", "claim_id", "quote",
]);

/** Every output table, by the file name it is written to (without ".csv"). */
export const OUTPUT_COLUMNS = {
  figures: FIGURE_COLUMNS,
  articles: ARTICLE_COLUMNS,
  rejected: REJECTED_COLUMNS,
  claims: CLAIM_COLUMNS,
  events: EVENT_COLUMNS,
  divergence: DIVERGENCE_COLUMNS,
  territory: TERRITORY_COLUMNS,
} as const;

export type OutputTable = keyof typeof OUTPUT_COLUMNS;
export const OUTPUT_TABLES = Object.keys(OUTPUT_COLUMNS) as OutputTable[];

/** Columns holding numbers (written plainly, read back as numbers). */
export const NUMBER_COLUMNS: ReadonlySet<string> = new Set([
  "value", "value_low", "value_high", "char_start", "char_end", "figure_start", "figure_end", "correction_line",
  "figures", "chars", "echoes", "outlets", "claims", "claimants", "sides", "lowest_low", "highest_high",
  "min_value", "max_value", "ratio", "reports",
]);

/** Number columns where an empty cell means null (unbounded, or undefined as for a ratio over 0). */
export const NULLABLE_NUMBER_COLUMNS: ReadonlySet<string> = new Set(["value_low", "value_high", "lowest_low", "highest_high", "ratio"]);

/** Columns holding true/false. */
export const BOOLEAN_COLUMNS: ReadonlySet<string> = new Set(["overlap", "partial"]);
