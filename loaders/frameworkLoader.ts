// The body shared by the Framework data loaders in src/data/: run the pipeline on this project's corpus
// and tables (found from this file, not from the working directory), write one table to stdout, log
// problems to stderr, exit non-zero on failure. Each src/data/*.ts entry point is two lines.

import { fileURLToPath } from "node:url";
import { OUTPUT_COLUMNS, type OutputTable } from "./columns.js";
import { readCorpus, readTextFile } from "./corpus.js";
import { toCsv } from "./csv.js";
import { runPipeline, type PipelineResult } from "./pipeline.js";
import type { FigureRow, Tables } from "./types.js";
import { loadTables } from "./pipeline.js";
import { formatIssue } from "./tables.js";

export const PROJECT_ARTICLES_DIR = fileURLToPath(new URL("../data/articles", import.meta.url));
export const PROJECT_TABLES_DIR = fileURLToPath(new URL("../data/tables", import.meta.url));

/** Run `produce` and print its text; on failure print the error and exit 1 (Framework then shows it). */
export async function emit(produce: () => Promise<string>): Promise<void> {
  try {
    const text = await produce();
    process.stdout.write(text);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

async function projectRun(): Promise<PipelineResult> {
  const result = await runPipeline({ articlesDir: PROJECT_ARTICLES_DIR, tablesDir: PROJECT_TABLES_DIR });
  for (const a of result.articles) if (a.status !== "ok") process.stderr.write(`${a.file}: ${a.status}: ${a.reason}\n`);
  return result;
}

/** One output table of the project's pipeline, as CSV. */
export function emitTable(name: OutputTable): Promise<void> {
  return emit(async () => {
    const result = await projectRun();
    return toCsv(result[name] as readonly object[], OUTPUT_COLUMNS[name]);
  });
}

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

export function emitOutlets(): Promise<void> {
  return emit(async () => {
    const loaded = await loadTables(PROJECT_TABLES_DIR);
    const rows = outletSummary(loaded.tables, await projectRun());
    return toCsv(rows, ["outlet", "domains", "country", "affiliation", "articles", "figures"]);
  });
}

export function emitClaimants(): Promise<void> {
  return emit(async () => {
    const loaded = await loadTables(PROJECT_TABLES_DIR);
    const rows = claimantSummary(loaded.tables, await projectRun());
    return toCsv(rows, ["claimant", "side", "aliases", "figures", "claims"]);
  });
}

/**
 * {article id: {title, outlet, url, published, text}} for the Article page, which highlights quotes by
 * their offsets. Holds every text at once: fine for the notebook's corpus, not for a large one.
 */
export function emitTexts(): Promise<void> {
  return emit(async () => {
    const loaded = await loadTables(PROJECT_TABLES_DIR);
    const texts: Record<string, { title: string; outlet: string; url: string; published: string; text: string }> = {};
    for await (const a of readCorpus(PROJECT_ARTICLES_DIR, { meta: loaded.tables.articles, outlets: loaded.tables.outlets })) {
      if (a.status !== "ok") continue;
      texts[a.id] = { title: a.title, outlet: a.outlet, url: a.url, published: a.published, text: a.text };
    }
    return JSON.stringify(texts) + "\n";
  });
}

export const PROJECT_CODEBOOK = fileURLToPath(new URL("../docs/codebook.md", import.meta.url));

/** docs/codebook.md as it stands, for the Data page to render. */
export function emitCodebook(): Promise<void> {
  return emit(() => readTextFile(PROJECT_CODEBOOK));
}
