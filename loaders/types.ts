// The row types of every table figures-by-source reads or writes. Loaders, pages and tests share
// these; a column added here must be documented in docs/codebook.md.
// Vocabularies follow ../shared/gold/SCHEMA.md exactly.

export const METRICS = [
  "killed",
  "injured",
  "casualties",
  "aircraft_hit",
  "drones_launched",
  "drones_downed",
  "prisoners_exchanged",
  "territory_gained",
  "territory_controlled",
  "settlements_captured",
  "troops",
  "damage",
] as const;
export type Metric = (typeof METRICS)[number];

export const UNITS = ["count", "km2", "percent", "km", "GBP", "USD", "EUR", "days"] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = ["exact", "at_least", "more_than", "at_most", "approx"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Who made a claim. `unknown` is also used for every figure without a claimant. */
export const CLAIMANT_SIDES = ["ukraine", "russia", "third_party", "unknown"] as const;
export type ClaimantSide = (typeof CLAIMANT_SIDES)[number];

/** Whom a figure is about (whose dead, whose aircraft; for territory, who gained or holds it). */
export const SUBJECT_SIDES = ["ukraine", "russia", "both", "unknown"] as const;
export type SubjectSide = (typeof SUBJECT_SIDES)[number];

/** How the claimant was found, from the most to the least certain rule. */
export const CLAIMANT_RULES = [
  "according_to", // "according to X", "X said", "X claimed" in the same sentence
  "speech_verb", // "X said / claimed / estimated / reported" in the same sentence
  "colon", // "X: ..." headline or quote form
  "carried", // reported speech carried from an earlier sentence ("the official said" ... next sentence)
  "fallback", // a nationality word only ("Ukrainian officials", "a Russian governor")
  "none", // no claimant: the outlet states the figure in its own voice
] as const;
export type ClaimantRule = (typeof CLAIMANT_RULES)[number];

/** Review state of a figure after data/tables/corrections.csv is applied. */
export const REVIEW_STATES = ["auto", "corrected", "added"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const ARTICLE_STATUSES = ["ok", "empty", "binary", "undecodable", "duplicate_id", "unsupported", "error"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** An article as read from the corpus: the text that every character offset indexes. */
export interface Article {
  /** File name without extension, relative to the corpus root, with "/" for sub-folders. */
  id: string;
  /** Path relative to the corpus root. */
  file: string;
  /**
   * The article text: the decoded file with line endings normalised to "\n" and any byte-order mark
   * removed; for HTML the visible text of the body; for Markdown the body after the front matter.
   * Every char_start/char_end in every table indexes this string (UTF-16 code units, as JavaScript's
   * String.prototype.slice).
   */
  text: string;
  title: string;
  outlet: string;
  url: string;
  /** ISO date YYYY-MM-DD, or "" when unknown. */
  published: string;
  status: ArticleStatus;
  /** Why the file could not be read, for anyone to act on; "" when status is ok. */
  reason: string;
}

/** One row of figures.csv: one figure mention. */
export interface FigureRow {
  /** Stable id: a hash of article id, the figure's character span and metric. */
  figure_id: string;
  article: string;
  outlet: string;
  published: string;
  url: string;
  metric: Metric;
  unit: Unit;
  /** The number as stated, in `unit`. */
  value: number;
  /** Lowest value the wording allows; null when unbounded below (never, in practice: counts floor at 0). */
  value_low: number | null;
  /** Highest value the wording allows; null when unbounded ("at least", "more than"). */
  value_high: number | null;
  qualifier: Qualifier;
  claimant: string;
  claimant_side: ClaimantSide;
  claimant_rule: ClaimantRule;
  subject_side: SubjectSide;
  /** ISO dates, "" when the text gives no period. */
  period_start: string;
  period_end: string;
  /** The sentence holding the figure: articleText.slice(char_start, char_end) === quote. */
  quote: string;
  char_start: number;
  char_end: number;
  /** The words of the figure itself (qualifier, number, unit): articleText.slice(figure_start, figure_end). */
  figure_text: string;
  figure_start: number;
  figure_end: number;
  review: ReviewState;
}

/** One row of articles.csv: one input file, whether or not it could be read. */
export interface ArticleRow {
  article: string;
  file: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
  /** Number of figures extracted (after corrections). */
  figures: number;
  /** Characters of text read. */
  chars: number;
  status: ArticleStatus;
  reason: string;
}

/** A figure left out by a reviewer (data/tables/corrections.csv action "reject"), listed in rejected.csv. */
export interface RejectedRow extends FigureRow {
  reason: string;
  correction_line: number;
}

/** One row of claims.csv: one distinct claim, merging every figure that repeats it. */
export interface ClaimRow {
  claim_id: string;
  event_id: string;
  metric: Metric;
  unit: Unit;
  subject_side: SubjectSide;
  /**
   * What the figure covers when it is less than the whole event: "" for the whole; for a part stated inside a
   * total ("including 40 near Moscow", "the Donetsk region, which accounted for nearly 400") the place it names
   * in lower case ("moscow", "donetsk"), or "part" when it names none. See docs/codebook.md (section 3).
   */
  scope: string;
  period_start: string;
  period_end: string;
  claimant: string;
  claimant_side: ClaimantSide;
  value: number;
  value_low: number | null;
  value_high: number | null;
  qualifier: Qualifier;
  /** Number of articles carrying the claim. */
  echoes: number;
  /** Number of distinct outlets carrying it. */
  outlets: number;
  outlet_names: string;
  first_published: string;
  last_published: string;
  /** Space-separated figure_ids merged into this claim. */
  figure_ids: string;
  /** The quote of the earliest figure, for display. */
  quote: string;
}

/** One row of events.csv (output): a group of figures about one incident or period. */
export interface EventRow {
  event_id: string;
  label: string;
  metric_family: string;
  date_start: string;
  date_end: string;
  places: string;
  claims: number;
  figures: number;
  /** "auto" or "pinned" (named or pinned by data/tables/events.csv). */
  source: string;
}

/** One row of divergence.csv: an event (or period), metric and unit with at least two claims. */
export interface DivergenceRow {
  event_id: string;
  event_label: string;
  metric: Metric;
  unit: Unit;
  subject_side: SubjectSide;
  /**
   * What the figure covers when it is less than the whole event: "" for the whole; for a part stated inside a
   * total ("including 40 near Moscow", "the Donetsk region, which accounted for nearly 400") the place it names
   * in lower case ("moscow", "donetsk"), or "part" when it names none. See docs/codebook.md (section 3).
   */
  scope: string;
  period_start: string;
  period_end: string;
  claims: number;
  claimants: number;
  sides: number;
  claimant_sides: string;
  lowest_low: number | null;
  highest_high: number | null;
  min_value: number;
  max_value: number;
  /** max_value / min_value; null when min_value is 0. */
  ratio: number | null;
  /** Whether there is a value inside every claim's [low, high] interval. */
  overlap: boolean;
  claim_ids: string;
}

/** One row of territory.csv: a territorial figure for one source and one window. */
export interface TerritoryRow {
  /** First day of the calendar month (YYYY-MM-01) for monthly rows; "" for totals. */
  month: string;
  /** "monthly" (a calendar month or part of one), "cumulative" (a span of several months or "since"), "share" (percent held at a date). */
  kind: "monthly" | "cumulative" | "share";
  /** Side that gained (or holds) the land. */
  side: SubjectSide;
  metric: Metric;
  unit: Unit;
  value: number;
  value_low: number | null;
  value_high: number | null;
  qualifier: Qualifier;
  /** The claimant, or the outlet when the outlet states it itself. */
  source: string;
  claimant_side: ClaimantSide;
  outlet: string;
  period_start: string;
  period_end: string;
  /** True when the stated window covers only part of the calendar month ("from July 1 to July 30"). */
  partial: boolean;
  /**
   * "" for a figure about the whole country; the region it names for a regional sub-figure ("donetsk" for "the
   * Donetsk region, which accounted for nearly 400 square kilometres"), or "part" for another part of a total.
   * Charts of national totals keep rows whose scope is "".
   */
  scope: string;
  article: string;
  figure_id: string;
  claim_id: string;
  quote: string;
}

// ---------- Contributor tables (data/tables/*.csv) ----------

export const OUTLET_AFFILIATIONS = [
  "state_media",
  "public_broadcaster",
  "independent",
  "wire_agency",
  "aggregator",
  "unknown",
] as const;
export type OutletAffiliation = (typeof OUTLET_AFFILIATIONS)[number];

/** data/tables/articles.csv: per-article metadata overriding what is read from the text. */
export interface ArticleMetaRow {
  article: string;
  url: string;
  outlet: string;
  published: string;
  title: string;
}

/** data/tables/outlets.csv */
export interface OutletRow {
  outlet: string;
  /** Space-separated web domains ("bbc.co.uk bbc.com"). */
  domains: string;
  country: string;
  affiliation: OutletAffiliation;
}

/** data/tables/claimants.csv */
export interface ClaimantTableRow {
  claimant: string;
  /** "|"-separated aliases, matched as whole words, case-insensitively unless written with capitals. */
  aliases: string;
  side: Exclude<ClaimantSide, "unknown">;
}

/** data/tables/metrics.csv: cue words that make a number a figure of a metric. */
export interface MetricCueRow {
  metric: Metric;
  unit: Unit;
  /** A word or phrase; a trailing "*" matches any ending ("kill*"). */
  cue: string;
  /** "noun": the counted thing right after the number ("drones"); "verb": a cue elsewhere in the clause ("killed"). */
  role: "noun" | "verb";
  /** Side the cue implies for the subject, when it does ("Russian" is not a cue; "captives" is not either): usually "". */
  subject_side: SubjectSide | "";
}

/** data/tables/qualifiers.csv: qualifiers ("at least") and vague quantities ("dozens") with their bound rules. */
export interface QualifierTableRow {
  phrase: string;
  /** "modifier" qualifies a stated number; "vague" is a quantity in itself. */
  kind: "modifier" | "vague";
  qualifier: Qualifier;
  /** For vague quantities: the value stated (the lower bound, as SCHEMA.md says). Empty for modifiers. */
  value: number | null;
  /** Modifier: multiplier of the stated number for the low bound. Vague: the absolute low bound. Empty: unbounded. */
  low: number | null;
  /** Modifier: multiplier of the stated number for the high bound. Vague: the absolute high bound. Empty: unbounded. */
  high: number | null;
}

/** data/tables/events.csv: named events; pins figures to them or splits automatic groups. */
export interface EventTableRow {
  event_id: string;
  label: string;
  /** "name" labels the automatic group containing figure_id; "pin" forces figure_id into event_id; "split" takes figure_id out of its automatic group into event_id. */
  action: "name" | "pin" | "split";
  /**
   * The article of figure_id. A row whose article is not in the corpus being processed is out of scope
   * (the tables serve any folder of articles); a row whose article is there but whose figure is not is an error.
   */
  article: string;
  figure_id: string;
}

/**
 * data/tables/corrections.csv: human review of extracted figures, one action per row. Wide format so a
 * spreadsheet shows every field: for "correct", each non-empty field column replaces the figure's value;
 * for "add", article + quote locate the figure's words and the field columns give its values.
 */
export interface CorrectionRow {
  action: "reject" | "correct" | "add";
  /** The figure to reject or correct; empty for "add". */
  figure_id: string;
  /**
   * The article id (every action). A row whose article is not in the corpus being processed is out of
   * scope; a row whose article is there but whose figure is not is an error.
   */
  article: string;
  /** For "add": a verbatim span of the article holding the figure's words (found by substring search). */
  quote: string;
  metric: Metric | "";
  unit: Unit | "";
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  qualifier: Qualifier | "";
  claimant: string;
  claimant_side: ClaimantSide | "";
  subject_side: SubjectSide | "";
  period_start: string;
  period_end: string;
  /** Why: shown in rejected.csv and on the review page. */
  reason: string;
}

/** All contributor tables, validated. */
export interface Tables {
  articles: ArticleMetaRow[];
  outlets: OutletRow[];
  claimants: ClaimantTableRow[];
  metrics: MetricCueRow[];
  qualifiers: QualifierTableRow[];
  events: EventTableRow[];
  corrections: CorrectionRow[];
}

/** A problem in a contributor table, reported with its place. */
export interface TableIssue {
  file: string;
  /** 1-based line in the file (the header is line 1). */
  line: number;
  column: string;
  value: string;
  message: string;
}

// ---------- The notebook's small files (loaders/notebookFiles.ts): what the dashboard pages read ----------

/** figure-counts.csv: how many figures each (metric, outlet, claimant, claimant side) has. The charts of figure counts read this, never figures.csv. */
export interface FigureCountRow {
  metric: Metric;
  outlet: string;
  claimant: string;
  claimant_side: ClaimantSide;
  figures: number;
}

/** territory-claims.csv: territory.csv with identical reports of one source's figure by one outlet merged; `reports` counts them. */
export interface TerritoryClaimRow extends TerritoryRow {
  reports: number;
}

/** divergent-claims.csv: the claims of the events in divergence.csv, without their (long) figure id lists. */
export type DivergentClaimRow = Omit<ClaimRow, "figure_ids">;

/** article-index.csv: one read article, and which member of texts.zip holds its text and figures. */
export interface ArticleIndexRow {
  article: string;
  title: string;
  outlet: string;
  published: string;
  figures: number;
  bucket: string;
}

/** One article in a texts.zip member: its text and its figures, for the Article page. */
export interface ArticleText {
  title: string;
  outlet: string;
  url: string;
  published: string;
  text: string;
  figures: FigureRow[];
}

/** summary.json: counts and small lists the pages show before (or instead of) reading a whole table. */
export interface NotebookSummary {
  articles: { total: number; read: number };
  outlets: number;
  claimants: number;
  figures: number;
  claims: number;
  /** Each downloadable table: its rows and columns, for the Data page. */
  tables: Record<string, { rows: number; columns: readonly string[] }>;
  /** The ten most recently published figures. */
  recent: FigureRow[];
  /** Russia's whole-country km² gains in the latest month any source gives (merged reports, as territory-claims.csv): the ten most reported. */
  latestGains: TerritoryClaimRow[];
  /** How many such rows that month has in all. */
  latestGainsCount: number;
  /** The five most divergent events (loaders/divergenceGroups.ts order); spread null when the lowest claim is 0. */
  topDivergence: { row: DivergenceRow; claims: DivergentClaimRow[]; consensus: number; spread: number | null }[];
}
