// Every file the notebook's data loaders serve, made from one pipeline run: the full tables researchers
// download, and the small files the pages read (loaders/notebookTables.ts). loaders/frameworkLoader.ts
// caches the set per input fingerprint, so a build extracts the corpus once, not once per loader.

import { gzipSync } from "node:zlib";
import JSZip from "jszip";
import { OUTPUT_COLUMNS, OUTPUT_TABLES, TERRITORY_COLUMNS, CLAIM_COLUMNS } from "./columns.js";
import { toCsv } from "./csv.js";
import type { PipelineResult } from "./pipeline.js";
import type { ArticleIndexRow, FigureCountRow, Tables } from "./types.js";
import { claimantSummary, outletSummary, CLAIMANT_SUMMARY_COLUMNS, OUTLET_SUMMARY_COLUMNS } from "./sourceSummaries.js";
import {
  articleIndex,
  divergentClaims,
  figureCounts,
  notebookSummary,
  territoryClaims,
  textBuckets,
  type ArticleMetaText,
} from "./notebookTables.js";

export const FIGURE_COUNT_COLUMNS: readonly (keyof FigureCountRow)[] = ["metric", "outlet", "claimant", "claimant_side", "figures"];
export const TERRITORY_CLAIM_COLUMNS = [...TERRITORY_COLUMNS, "reports"] as const;
export const DIVERGENT_CLAIM_COLUMNS = CLAIM_COLUMNS.filter((c) => c !== "figure_ids");
export const ARTICLE_INDEX_COLUMNS: readonly (keyof ArticleIndexRow)[] = ["article", "title", "outlet", "published", "figures", "bucket"];

/** The notebook's files by name (as src/data/ names them): CSV and JSON text, gzip and zip bytes. */
export async function notebookFiles(result: PipelineResult, tables: Tables, texts: readonly ArticleMetaText[]): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  for (const name of OUTPUT_TABLES) files.set(`${name}.csv`, toCsv(result[name] as readonly object[], OUTPUT_COLUMNS[name]));
  const outlets = outletSummary(tables, result);
  const claimants = claimantSummary(tables, result);
  files.set("outlets.csv", toCsv(outlets, OUTLET_SUMMARY_COLUMNS));
  files.set("claimants.csv", toCsv(claimants, CLAIMANT_SUMMARY_COLUMNS));
  // The Figures and Review pages read all figures compressed (about a tenth of the CSV's bytes) and
  // decompress them in the browser with DecompressionStream: no library, and still searchable in full.
  // The pages read the larger tables gzipped too (divergence, the diverging claims, the territory reports).
  const territory = territoryClaims(result.territory);
  const claims = divergentClaims(result.claims, result.divergence);
  files.set("figure-counts.csv", toCsv(figureCounts(result.figures), FIGURE_COUNT_COLUMNS));
  files.set("territory-claims.csv", toCsv(territory, TERRITORY_CLAIM_COLUMNS));
  files.set("divergent-claims.csv", toCsv(claims, DIVERGENT_CLAIM_COLUMNS));
  for (const name of ["figures.csv", "divergence.csv", "territory-claims.csv", "divergent-claims.csv"]) {
    files.set(`${name}.gz`, gzipSync(files.get(name) as string, { level: 9 }));
  }
  files.set("article-index.csv", toCsv(articleIndex(result.articles), ARTICLE_INDEX_COLUMNS));
  const zip = new JSZip();
  for (const [bucket, articles] of textBuckets(texts, result.figures)) zip.file(`${bucket}.json`, JSON.stringify(articles) + "\n", { date: new Date(0) });
  files.set("texts.zip", await zip.generateAsync({ type: "uint8array", compression: "STORE" }));
  const summary = notebookSummary(result, { territory, claims }, {
    outlets: { rows: outlets.length, columns: OUTLET_SUMMARY_COLUMNS },
    claimants: { rows: claimants.length, columns: CLAIMANT_SUMMARY_COLUMNS },
  });
  files.set("summary.json", JSON.stringify(summary) + "\n");
  return files;
}
