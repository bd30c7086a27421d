import { createHash } from "node:crypto";
import { placeCues } from "./events.js";
import type { ClaimantTableRow, ClaimRow, FigureRow } from "./types.js";

// Claims: one row per distinct thing somebody said, merging the articles that repeat it. Rules in
// docs/codebook.md (section 3).

/** Words right before a figure that make it a part of a larger one ("including 40 near Moscow"). */
const PART_CUE = /\b(?:including|includes|included|of (?:whom|which|them)|among (?:them|whom|which)|accounted for|account for|accounting for)\b[^.;]{0,40}$/i;

/** Figures stated as a part of a region: the place word plus one of these nouns ("the eastern Donetsk region"). */
const SUBNATIONAL_NOUN = /\b(?:region|regions|oblast|province|district|front|sector|direction)\b/i;

function quotePrefix(f: FigureRow): string {
  const at = f.figure_start - f.char_start;
  if (at >= 0 && at <= f.quote.length && f.quote.slice(at, at + f.figure_text.length) === f.figure_text) return f.quote.slice(0, at);
  const found = f.figure_text ? f.quote.indexOf(f.figure_text) : -1;
  return found >= 0 ? f.quote.slice(0, found) : "";
}

/**
 * What a figure covers, when it is less than the whole event: "" for the whole; for a part stated inside a
 * total ("including 40 near Moscow", "Donetsk region, which accounted for nearly 400 square kilometres") the
 * place it names ("moscow", "donetsk"), or "part" when it names none ("including 9 children"). Territory figures
 * naming a region ("in the Donetsk region") are regional even without a part cue. Parts never merge with, nor
 * diverge from, totals.
 */
export function figureScope(f: FigureRow): string {
  // Only the words just before the figure matter; a bounded tail keeps the test cheap on long sentences.
  const isPart = PART_CUE.test(quotePrefix(f).slice(-80));
  const isRegionalTerritory = (f.metric === "territory_gained" || f.metric === "territory_controlled") && SUBNATIONAL_NOUN.test(f.quote);
  if (!isPart && !isRegionalTerritory) return "";
  const places = placeCues(f.quote);
  if (places.length > 0) return places.sort().join(" ");
  return isPart ? "part" : "";
}

/** Claimant names compared without case, spacing, a leading "the" or trailing punctuation. */
export function claimantKey(name: string): string {
  const key = name
    .normalize("NFKC")
    .replace(/[’`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
  return key.slice(0, trailingPunctuationStart(key));
}

/** Where trailing spaces and punctuation start (a loop, not /[…]+$/, which is quadratic on long inner runs). */
function trailingPunctuationStart(text: string): number {
  let end = text.length;
  while (end > 0 && " .,;:".includes(text[end - 1])) end--;
  return end;
}

/**
 * Maps a claimant as written to its canonical name in claimants.csv when the name, or one of its aliases, is
 * the same after claimantKey; otherwise keeps it. The extractor already writes canonical names where it can.
 */
export function claimantCanonicalizer(claimants: ClaimantTableRow[] = []): (name: string) => string {
  const canonical = new Map<string, string>();
  for (const row of claimants) {
    canonical.set(claimantKey(row.claimant), row.claimant);
    for (const alias of row.aliases.split("|")) if (alias.trim()) canonical.set(claimantKey(alias), row.claimant);
  }
  // Corpora repeat a few thousand claimant spellings across millions of figures: normalise each once.
  const seen = new Map<string, string>();
  return (name) => {
    let result = seen.get(name);
    if (result === undefined) {
      result = canonical.get(claimantKey(name)) ?? name.trim();
      seen.set(name, result);
    }
    return result;
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function earliestFirst(a: FigureRow, b: FigureRow): number {
  return cmp(a.published || "\uffff", b.published || "\uffff") || cmp(a.article, b.article) || a.char_start - b.char_start || cmp(a.figure_id, b.figure_id);
}

export interface ClaimSet {
  /** Sorted by event, metric, unit, subject, scope, value, claimant. */
  claims: ClaimRow[];
  /** figure_id → claim_id, for every figure. */
  claimOf: Map<string, string>;
}

/**
 * One claim per event, metric, unit, subject side, scope, claimant (normalised; "" when the outlet states
 * the figure itself), qualifier and value. "at least 7" and "7" stay two claims: merging them would hide a
 * difference in what was said. Bounds: the lowest low and the highest high of the figures (null = unbounded
 * wins), which only differ when a reviewer corrected one figure's bounds.
 */
export function buildClaims(figures: FigureRow[], eventOf: Map<string, string>, claimants: ClaimantTableRow[] = []): ClaimSet {
  const canonical = claimantCanonicalizer(claimants);
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = claimantKey(name)));
    return key;
  };
  const groups = new Map<string, { figures: FigureRow[]; claimant: string; event: string; scope: string }>();
  for (const f of figures) {
    const event = eventOf.get(f.figure_id) ?? "";
    const claimant = f.claimant.trim() ? canonical(f.claimant) : "";
    const scope = figureScope(f);
    const key = [event, f.metric, f.unit, f.subject_side, scope, keyOf(claimant), claimant ? "" : f.claimant_side, f.qualifier, f.value].join("\u0000");
    const g = groups.get(key);
    if (g) g.figures.push(f);
    else groups.set(key, { figures: [f], claimant, event, scope });
  }
  const claims: ClaimRow[] = [];
  const claimOf = new Map<string, string>();
  for (const [key, g] of groups) {
    const fs = g.figures.sort(earliestFirst);
    const first = fs[0];
    const claim_id = "c" + createHash("sha256").update(key).digest("hex").slice(0, 15);
    for (const f of fs) claimOf.set(f.figure_id, claim_id);
    const outlets = new Map<string, string>();
    for (const f of fs) if (f.outlet.trim()) outlets.set(f.outlet.trim().toLowerCase(), outlets.get(f.outlet.trim().toLowerCase()) ?? f.outlet.trim());
    const published = fs.map((f) => f.published).filter(Boolean).sort();
    const starts = fs.map((f) => f.period_start).filter(Boolean).sort();
    const ends = fs.map((f) => f.period_end).filter(Boolean).sort();
    const lows = fs.map((f) => f.value_low);
    const highs = fs.map((f) => f.value_high);
    claims.push({
      claim_id,
      event_id: g.event,
      metric: first.metric,
      unit: first.unit,
      subject_side: first.subject_side,
      scope: g.scope,
      period_start: starts[0] ?? "",
      period_end: ends[ends.length - 1] ?? "",
      claimant: g.claimant,
      claimant_side: first.claimant_side,
      value: first.value,
      value_low: lows.includes(null) ? null : (lows as number[]).reduce((a, b) => Math.min(a, b)),
      value_high: highs.includes(null) ? null : (highs as number[]).reduce((a, b) => Math.max(a, b)),
      qualifier: first.qualifier,
      echoes: new Set(fs.map((f) => f.article)).size,
      outlets: outlets.size,
      outlet_names: [...outlets.values()].sort().join("; "),
      first_published: published[0] ?? "",
      last_published: published[published.length - 1] ?? "",
      figure_ids: fs.map((f) => f.figure_id).join(" "),
      quote: first.quote,
    });
  }
  claims.sort(
    (a, b) =>
      cmp(a.event_id, b.event_id) ||
      cmp(a.metric, b.metric) ||
      cmp(a.unit, b.unit) ||
      cmp(a.subject_side, b.subject_side) ||
      cmp(a.scope, b.scope) ||
      a.value - b.value ||
      cmp(a.claimant, b.claimant) ||
      cmp(a.claim_id, b.claim_id),
  );
  return { claims, claimOf };
}
