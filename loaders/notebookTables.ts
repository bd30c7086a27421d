// The small tables the dashboard reads instead of the whole figures and claims tables, so that a page of a
// 10 000-article notebook moves a few hundred kilobytes before its first chart, not tens of megabytes
// (issue 7; docs/performance.md, "The notebook at scale"). Pure functions of the pipeline's output.

import { OUTPUT_COLUMNS, type OutputTable } from "./columns.js";
// The Overview's lists are ranked by the dashboard's own pure functions, so the page and summary.json
// cannot disagree (they live in src/components/ because Framework pages import only from under src/).
import { divergenceGroups } from "../src/components/divergenceGroups.js";
import { monthlyTerritoryRows } from "../src/components/territoryByMonth.js";
import type { PipelineResult } from "./pipeline.js";
import type {
  ArticleIndexRow,
  ArticleRow,
  ArticleText,
  ClaimRow,
  DivergenceRow,
  DivergentClaimRow,
  FigureCountRow,
  FigureRow,
  NotebookSummary,
  TerritoryClaimRow,
  TerritoryRow,
} from "./types.js";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Figures counted per metric, outlet, claimant and claimant side, in that order of keys. */
export function figureCounts(figures: readonly FigureRow[]): FigureCountRow[] {
  const counts = new Map<string, FigureCountRow>();
  for (const f of figures) {
    const key = `${f.metric}\u0000${f.outlet}\u0000${f.claimant}\u0000${f.claimant_side}`;
    const row = counts.get(key);
    if (row) row.figures += 1;
    else counts.set(key, { metric: f.metric, outlet: f.outlet, claimant: f.claimant, claimant_side: f.claimant_side, figures: 1 });
  }
  return [...counts.values()].sort(
    (a, b) => byText(a.metric, b.metric) || byText(a.outlet, b.outlet) || byText(a.claimant, b.claimant) || byText(a.claimant_side, b.claimant_side),
  );
}

/**
 * territory.csv with the reports of the same figure merged: rows equal in every column but the article,
 * figure and quote (same month, side, value, bounds, source, outlet, window, scope, claim) become one row
 * with `reports` = how many there were, keeping the first one's article, figure and quote as its example.
 * Different sources, outlets or values are never merged: the Territory page still shows every source.
 */
export function territoryClaims(territory: readonly TerritoryRow[]): TerritoryClaimRow[] {
  const merged = new Map<string, TerritoryClaimRow>();
  for (const row of territory) {
    const { article: _a, figure_id: _f, quote: _q, ...rest } = row;
    const key = JSON.stringify(rest);
    const found = merged.get(key);
    if (found) found.reports += 1;
    else merged.set(key, { ...row, reports: 1 });
  }
  return [...merged.values()];
}

/** The claims that divergence.csv compares (its claim_ids), without their figure id lists. */
export function divergentClaims(claims: readonly ClaimRow[], divergence: readonly DivergenceRow[]): DivergentClaimRow[] {
  const wanted = new Set<string>();
  for (const row of divergence) for (const id of row.claim_ids.split(" ")) if (id) wanted.add(id);
  const out: DivergentClaimRow[] = [];
  for (const claim of claims) {
    if (!wanted.has(claim.claim_id)) continue;
    const { figure_ids: _ids, ...rest } = claim;
    out.push(rest);
  }
  return out;
}

/** How many members texts.zip has: about 0.8 MB each for 10 000 articles of 3.7 kB. */
export const TEXT_BUCKETS = 64;

/** The texts.zip member ("00" … "63") holding an article: FNV-1a of its id, so it never depends on the rest of the corpus. */
export function textBucket(article: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < article.length; i++) {
    hash ^= article.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return String(hash % TEXT_BUCKETS).padStart(2, "0");
}

/** The articles that were read, with their figure counts and bucket, in the order of articles.csv. */
export function articleIndex(articles: readonly ArticleRow[]): ArticleIndexRow[] {
  return articles
    .filter((a) => a.status === "ok")
    .map((a) => ({ article: a.article, title: a.title, outlet: a.outlet, published: a.published, figures: a.figures, bucket: textBucket(a.article) }));
}

export interface ArticleMetaText {
  article: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
  text: string;
}

/** Texts and figures grouped by bucket: bucket → {article id → text, metadata and figures}. */
export function textBuckets(texts: Iterable<ArticleMetaText>, figures: readonly FigureRow[]): Map<string, Record<string, ArticleText>> {
  const figuresOf = new Map<string, FigureRow[]>();
  for (const f of figures) {
    const list = figuresOf.get(f.article);
    if (list) list.push(f);
    else figuresOf.set(f.article, [f]);
  }
  const buckets = new Map<string, Record<string, ArticleText>>();
  for (let i = 0; i < TEXT_BUCKETS; i++) buckets.set(String(i).padStart(2, "0"), {});
  for (const t of texts) {
    buckets.get(textBucket(t.article))![t.article] = {
      title: t.title,
      outlet: t.outlet,
      url: t.url,
      published: t.published,
      text: t.text,
      figures: figuresOf.get(t.article) ?? [],
    };
  }
  return buckets;
}

/** Counts, per-table row counts and columns, the ten most recent figures, the latest monthly gains and the five widest divergences: all the Overview reads besides figure counts. */
export function notebookSummary(
  result: PipelineResult,
  /** territory-claims and divergent-claims rows when the caller has made them already (notebookFiles.ts does). */
  derived: { territory?: readonly TerritoryClaimRow[]; claims?: readonly DivergentClaimRow[] } = {},
  extraTables: Record<string, { rows: number; columns: readonly string[] }> = {},
): NotebookSummary {
  const read = result.articles.filter((a) => a.status === "ok");
  const tables: NotebookSummary["tables"] = {};
  for (const name of Object.keys(OUTPUT_COLUMNS) as OutputTable[]) tables[name] = { rows: result[name].length, columns: OUTPUT_COLUMNS[name] };
  Object.assign(tables, extraTables);
  // Stable sort: figures published the same day keep the order of figures.csv.
  const recent = [...result.figures].sort((a, b) => byText(b.published, a.published)).slice(0, 10);
  const gains = monthlyTerritoryRows(derived.territory ?? territoryClaims(result.territory)).filter((row) => row.side === "russia");
  const latestMonth = gains.map((row) => row.month).sort().at(-1);
  // Most reported first; ties keep territory.csv's order (stable sort).
  const latest = gains.filter((row) => row.month === latestMonth).sort((a, b) => b.reports - a.reports);
  const topDivergence = divergenceGroups({ claims: derived.claims ?? divergentClaims(result.claims, result.divergence), divergence: result.divergence })
    .slice(0, 5)
    .map((g) => ({ row: g.row, claims: g.claims, consensus: g.consensus, spread: Number.isFinite(g.spread) ? g.spread : null }));
  return {
    articles: { total: result.articles.length, read: read.length },
    outlets: new Set(read.map((a) => a.outlet).filter(Boolean)).size,
    claimants: new Set(result.figures.map((f) => f.claimant).filter(Boolean)).size,
    figures: result.figures.length,
    claims: result.claims.length,
    tables,
    recent,
    latestGains: latest.slice(0, 10),
    latestGainsCount: latest.length,
    topDivergence,
  };
}
