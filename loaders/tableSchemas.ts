// The columns of every contributor table (data/tables/*.csv) and the zod schema of one row of each.
//
// Why zod: it is a small, widely used, well-maintained validation library whose schemas are plain
// TypeScript values, so one definition gives the runtime check, the message and the static row type;
// `safeParse` reports every failing column of a row at once instead of stopping at the first.
//
// Every cell arrives as a trimmed string ("" for an empty cell). Each cell schema turns it into the
// row type's value or adds one issue whose message starts with the offending value in quotes, so that
// formatIssue can print `column "side": "ukr" is not one of ukraine, russia, third_party`.

import { z } from "zod";
import {
  CLAIMANT_SIDES,
  METRICS,
  OUTLET_AFFILIATIONS,
  QUALIFIERS,
  SUBJECT_SIDES,
  UNITS,
  type ArticleMetaRow,
  type ClaimantTableRow,
  type CorrectionRow,
  type EventTableRow,
  type MetricCueRow,
  type OutletRow,
  type QualifierTableRow,
} from "./types.js";

/** A value quoted for a message, cut short so that a runaway cell (an unclosed quote) stays readable. */
export function quoteValue(value: string): string {
  const oneLine = value.replace(/\n/g, "\\n");
  return JSON.stringify(oneLine.length > 60 ? oneLine.slice(0, 57) + "..." : oneLine);
}

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER as never;
}

// ---------- cells ----------

/** Free text; may be empty. */
const text = z.string();

/** A non-empty text that identifies a row (a name, an id). */
function keyCell(what: string) {
  return z.string().transform((s, ctx) => (s === "" ? fail(ctx, `is empty: every row needs ${what}`) : s));
}

/** One of a vocabulary; `optional` lets the cell be empty (""). */
function enumCell<const V extends readonly string[]>(values: V, optional: true): z.ZodType<V[number] | "", string>;
function enumCell<const V extends readonly string[]>(values: V, optional?: false): z.ZodType<V[number], string>;
function enumCell<const V extends readonly string[]>(values: V, optional = false) {
  const allowed = new Set<string>(values);
  const list = values.join(", ");
  return z.string().transform((s, ctx) => {
    if (s === "") return optional ? "" : fail(ctx, `is empty: write one of ${list}`);
    if (allowed.has(s)) return s;
    // Spreadsheets capitalise the first letter of a cell; say so rather than just "not one of".
    if (allowed.has(s.toLowerCase())) return fail(ctx, `${quoteValue(s)} is not one of ${list} (write it in lower case: ${s.toLowerCase()})`);
    return fail(ctx, `${quoteValue(s)} is not one of ${list}`);
  });
}

// Digits with an optional fraction and exponent; each quantifier is over a single character class that
// the next token cannot start with, so matching is linear.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A plain decimal number, or null when the cell is empty. */
const numberCell = z.string().transform((s, ctx): number | null => {
  if (s === "") return null;
  if (NUMBER.test(s)) return Number(s);
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) {
    return fail(ctx, `${quoteValue(s)} is not a number: write it without thousands separators (${s.replace(/,/g, "")})`);
  }
  return fail(ctx, `${quoteValue(s)} is not a number: write digits, with "." for decimals (1000, 5.2)`);
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is YYYY-MM-DD naming a real calendar day (no 2025-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * An ISO date YYYY-MM-DD that exists, or "" when empty. `clearable` also lets "-" through: in
 * corrections.csv "-" means "make this field empty", because an empty cell means "leave it as it is".
 */
function dateCell(clearable = false) {
  return z.string().transform((s, ctx) => {
    if (s === "" || (clearable && s === CLEAR)) return s;
    if (ISO_DATE.test(s)) return isCalendarDate(s) ? s : fail(ctx, `${quoteValue(s)} is not a real calendar date`);
    return fail(ctx, `${quoteValue(s)} is not a date: write YYYY-MM-DD (2025-06-01)`);
  });
}

/** In corrections.csv, the cell value that empties a text field (claimant, period_start, period_end). */
export const CLEAR = "-";

/** figureId() output: "f" and 15 hexadecimal digits. */
export const FIGURE_ID = /^f[0-9a-f]{15}$/;

function figureIdCell(optional: boolean) {
  return z.string().transform((s, ctx) => {
    if (s === "") return optional ? s : fail(ctx, "is empty: copy the figure_id from figures.csv or the Figures page");
    if (FIGURE_ID.test(s)) return s;
    return fail(ctx, `${quoteValue(s)} is not a figure id: copy it from figures.csv (an "f" and 15 characters 0-9 a-f, like f1a2b3c4d5e6f70)`);
  });
}

// An event id is typed by hand and appears in URLs and file names: letters, digits, "-", "_", ".".
const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const eventIdCell = z.string().transform((s, ctx) => {
  if (s === "") return fail(ctx, "is empty: every row needs an event_id");
  if (EVENT_ID.test(s)) return s;
  return fail(ctx, `${quoteValue(s)} is not an event id: use letters, digits, "-", "_" or "." only (2025-06-01-operation-spiderweb)`);
});

const urlCell = z.string().transform((s, ctx) => {
  if (s === "" || /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(s)) return s;
  return fail(ctx, `${quoteValue(s)} is not a web address: write it in full, starting with https://`);
});

// A host name: labels of letters, digits and hyphens, at least one dot, no label starting or ending with
// a hyphen. Two flat patterns rather than one nested one, so matching stays linear.
const DOMAIN_LABELS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const HYPHEN_AT_LABEL_EDGE = /(?:^|\.)-|-(?:\.|$)/;

const domainsCell = z.string().transform((s, ctx) => {
  const domains = s.split(/\s+/).filter((d) => d !== "");
  for (const d of domains) {
    if (/^[a-z]+:\/\/|\//i.test(d)) return fail(ctx, `${quoteValue(d)} is not a domain: write the host name only (bbc.co.uk, not https://www.bbc.co.uk/news)`);
    if (d !== d.toLowerCase()) return fail(ctx, `${quoteValue(d)} is not a domain: write it in lower case (${d.toLowerCase()})`);
    if (d.startsWith("www.")) return fail(ctx, `${quoteValue(d)}: leave out "www." (${d.slice(4)}); sub-domains match their domain`);
    if (!DOMAIN_LABELS.test(d) || HYPHEN_AT_LABEL_EDGE.test(d)) return fail(ctx, `${quoteValue(d)} is not a domain (letters, digits, "-" and dots, like bbc.co.uk); separate several with spaces`);
  }
  return domains.join(" ");
});

/** "|"-separated aliases, none empty. */
const aliasesCell = z.string().transform((s, ctx) => {
  if (s === "") return s;
  const parts = s.split("|").map((a) => a.trim());
  if (parts.some((a) => a === "")) return fail(ctx, `${quoteValue(s)} has an empty alias: separate aliases with a single "|", with none at the ends`);
  return parts.join("|");
});

/** A metric cue: words, with "*" allowed only as the last character. */
const cueCell = z.string().transform((s, ctx) => {
  if (s === "") return fail(ctx, "is empty: write the cue word or phrase");
  if (s.slice(0, -1).includes("*")) return fail(ctx, `${quoteValue(s)}: "*" may only end a cue ("kill*")`);
  return s;
});

// ---------- rows ----------

export const articleMetaRow = z.object({
  article: keyCell("the article id (the file name without extension)"),
  url: urlCell,
  outlet: text,
  published: dateCell(),
  title: text,
}) satisfies z.ZodType<ArticleMetaRow, unknown>;

export const outletRow = z.object({
  outlet: keyCell("the outlet's name"),
  domains: domainsCell,
  country: text,
  affiliation: enumCell(
    // "unknown" is the vocabulary's catch-all; a contributor states what they know or leaves it unknown.
    OUTLET_AFFILIATIONS,
  ),
}) satisfies z.ZodType<OutletRow, unknown>;

const CLAIMANT_TABLE_SIDES = CLAIMANT_SIDES.filter((s) => s !== "unknown") as readonly ClaimantTableRow["side"][];

export const claimantRow = z.object({
  claimant: keyCell("the claimant's name"),
  aliases: aliasesCell,
  side: enumCell(CLAIMANT_TABLE_SIDES),
}) satisfies z.ZodType<ClaimantTableRow, unknown>;

export const metricCueRow = z.object({
  metric: enumCell(METRICS),
  unit: enumCell(UNITS),
  cue: cueCell,
  role: enumCell(["noun", "verb"] as const),
  subject_side: enumCell(SUBJECT_SIDES, true),
}) satisfies z.ZodType<MetricCueRow, unknown>;

export const qualifierRow = z.object({
  phrase: keyCell("the phrase"),
  kind: enumCell(["modifier", "vague"] as const),
  qualifier: enumCell(QUALIFIERS),
  value: numberCell,
  low: numberCell,
  high: numberCell,
}) satisfies z.ZodType<QualifierTableRow, unknown>;

export const eventRow = z.object({
  event_id: eventIdCell,
  label: text,
  action: enumCell(["name", "pin", "split"] as const),
  article: keyCell("the article of the figure (its id, as in articles.csv)"),
  figure_id: figureIdCell(false),
}) satisfies z.ZodType<EventTableRow, unknown>;

export const correctionRow = z.object({
  action: enumCell(["reject", "correct", "add"] as const),
  figure_id: figureIdCell(true),
  article: keyCell("the article the figure is in (its id, as in articles.csv)"),
  quote: text,
  metric: enumCell(METRICS, true),
  unit: enumCell(UNITS, true),
  value: numberCell,
  value_low: numberCell,
  value_high: numberCell,
  qualifier: enumCell(QUALIFIERS, true),
  claimant: text,
  claimant_side: enumCell(CLAIMANT_SIDES, true),
  subject_side: enumCell(SUBJECT_SIDES, true),
  period_start: dateCell(true),
  period_end: dateCell(true),
  reason: text,
}) satisfies z.ZodType<CorrectionRow, unknown>;

// ---------- tables ----------

export const TABLE_NAMES = ["articles", "outlets", "claimants", "metrics", "qualifiers", "events", "corrections"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface TableSpec {
  /** Every column, in the order the shipped file writes them. */
  columns: readonly string[];
  /** Columns the header must have; the others may be left out and read as empty. */
  required: readonly string[];
  row: z.ZodType<unknown, Record<string, string>>;
}

export const TABLE_SPECS: Record<TableName, TableSpec> = {
  articles: { columns: ["article", "url", "outlet", "published", "title"], required: ["article"], row: articleMetaRow },
  outlets: { columns: ["outlet", "domains", "country", "affiliation"], required: ["outlet", "domains", "affiliation"], row: outletRow },
  claimants: { columns: ["claimant", "aliases", "side"], required: ["claimant", "aliases", "side"], row: claimantRow },
  metrics: { columns: ["metric", "unit", "cue", "role", "subject_side"], required: ["metric", "unit", "cue", "role"], row: metricCueRow },
  qualifiers: { columns: ["phrase", "kind", "qualifier", "value", "low", "high"], required: ["phrase", "kind", "qualifier", "low", "high"], row: qualifierRow },
  events: { columns: ["event_id", "label", "action", "article", "figure_id"], required: ["event_id", "action", "article", "figure_id"], row: eventRow },
  corrections: {
    columns: [
      "action", "figure_id", "article", "quote", "metric", "unit", "value", "value_low", "value_high", "qualifier",
      "claimant", "claimant_side", "subject_side", "period_start", "period_end", "reason",
    ],
    required: ["action", "figure_id", "article"],
    row: correctionRow,
  },
};

/**
 * Columns a contributor may add for their own notes, which every reader ignores: "note", "notes",
 * "comment", "comments", and any name starting with "_". Every other unknown column is an error, so a
 * typo ("sid" for "side") is caught instead of silently emptying a column.
 */
export function isNoteColumn(name: string): boolean {
  return name.startsWith("_") || ["note", "notes", "comment", "comments"].includes(name);
}
