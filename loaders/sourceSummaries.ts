// outlets.csv and claimants.csv as the notebook serves them: the contributors' tables joined with how many
// articles, figures and claims each outlet and claimant has in this run. Pure functions.

import type { PipelineResult } from "./pipeline.js";
import type { Tables } from "./types.js";

function countBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}

export interface OutletSummaryRow {
  outlet: string;
  domains: string;
  country: string;
  affiliation: string;
  articles: number;
  figures: number;
}

/** outlets.csv joined with the number of articles and figures of each outlet; outlets not in the table are listed as "unknown". */
export function outletSummary(tables: Tables, result: PipelineResult): OutletSummaryRow[] {
  const figures = countBy(result.figures, (f) => f.outlet);
  const articles = countBy(result.articles.filter((a) => a.status === "ok"), (a) => a.outlet);
  const rows: OutletSummaryRow[] = tables.outlets.map((o) => ({
    outlet: o.outlet,
    domains: o.domains,
    country: o.country,
    affiliation: o.affiliation,
    articles: articles.get(o.outlet) ?? 0,
    figures: figures.get(o.outlet) ?? 0,
  }));
  const known = new Set(rows.map((r) => r.outlet));
  for (const name of [...new Set([...articles.keys(), ...figures.keys()])].sort()) {
    if (known.has(name)) continue;
    rows.push({ outlet: name, domains: "", country: "", affiliation: "unknown", articles: articles.get(name) ?? 0, figures: figures.get(name) ?? 0 });
  }
  return rows;
}

export interface ClaimantSummaryRow {
  claimant: string;
  side: string;
  aliases: string;
  figures: number;
  claims: number;
}

/** claimants.csv with the number of figures and claims naming each claimant; claimants found in the text but not in the table too. */
export function claimantSummary(tables: Tables, result: PipelineResult): ClaimantSummaryRow[] {
  const figures = countBy(result.figures, (f) => f.claimant);
  const claims = countBy(result.claims, (c) => c.claimant);
  const rows: ClaimantSummaryRow[] = tables.claimants.map((c) => ({
    claimant: c.claimant,
    side: c.side,
    aliases: c.aliases,
    figures: figures.get(c.claimant) ?? 0,
    claims: claims.get(c.claimant) ?? 0,
  }));
  const known = new Set(rows.map((r) => r.claimant));
  const sideOf = new Map(result.figures.map((f) => [f.claimant, f.claimant_side] as const));
  for (const name of [...new Set([...figures.keys(), ...claims.keys()])].sort()) {
    if (known.has(name) || name === "") continue;
    rows.push({ claimant: name, side: sideOf.get(name) ?? "unknown", aliases: "", figures: figures.get(name) ?? 0, claims: claims.get(name) ?? 0 });
  }
  return rows;
}

export const OUTLET_SUMMARY_COLUMNS: readonly (keyof OutletSummaryRow)[] = ["outlet", "domains", "country", "affiliation", "articles", "figures"];
export const CLAIMANT_SUMMARY_COLUMNS: readonly (keyof ClaimantSummaryRow)[] = ["claimant", "side", "aliases", "figures", "claims"];
