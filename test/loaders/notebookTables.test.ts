import { gunzipSync } from "node:zlib";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../loaders/csv.js";
import { notebookFiles } from "../../loaders/notebookFiles.js";
import {
  articleIndex,
  divergentClaims,
  figureCounts,
  notebookSummary,
  territoryClaims,
  TEXT_BUCKETS,
  textBucket,
  textBuckets,
  type ArticleMetaText,
} from "../../loaders/notebookTables.js";
import { loadTables, runPipeline, type PipelineResult } from "../../loaders/pipeline.js";
import { PROJECT_ARTICLES_DIR, PROJECT_TABLES_DIR } from "../../loaders/frameworkLoader.js";
import type { Tables } from "../../loaders/types.js";

let result: PipelineResult;
let tables: Tables;
const texts: ArticleMetaText[] = [];

beforeAll(async () => {
  tables = (await loadTables(PROJECT_TABLES_DIR)).tables;
  result = await runPipeline({
    articlesDir: PROJECT_ARTICLES_DIR,
    tablesDir: PROJECT_TABLES_DIR,
    onArticle: (a) => texts.push({ article: a.id, title: a.title, outlet: a.outlet, url: a.url, published: a.published, text: a.text }),
  });
});

describe("figureCounts", () => {
  it("counts every figure of the seeds once, by metric, outlet, claimant and side", () => {
    const counts = figureCounts(result.figures);
    expect(counts.reduce((sum, row) => sum + row.figures, 0)).toBe(result.figures.length);
    const keys = counts.map((r) => `${r.metric}|${r.outlet}|${r.claimant}|${r.claimant_side}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sbu = counts.filter((r) => r.metric === "aircraft_hit" && r.claimant_side === "ukraine");
    expect(sbu.reduce((sum, row) => sum + row.figures, 0)).toBe(result.figures.filter((f) => f.metric === "aircraft_hit" && f.claimant_side === "ukraine").length);
  });
});

describe("territoryClaims", () => {
  it("merges repeated reports of the same figure by the same outlet, counting them, and keeps different sources apart", () => {
    const row = result.territory[0]!;
    const merged = territoryClaims([row, { ...row, article: "other", figure_id: "x", quote: "again" }, { ...row, source: "ISW", figure_id: "y" }]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ source: row.source, reports: 2, figure_id: row.figure_id, quote: row.quote });
    expect(merged[1]).toMatchObject({ source: "ISW", reports: 1 });
  });

  it("keeps every territorial figure of the seeds (none is repeated there)", () => {
    const merged = territoryClaims(result.territory);
    expect(merged.reduce((sum, r) => sum + r.reports, 0)).toBe(result.territory.length);
  });
});

describe("divergentClaims", () => {
  it("keeps exactly the claims divergence.csv compares, without their figure id lists", () => {
    const kept = divergentClaims(result.claims, result.divergence);
    const wanted = new Set(result.divergence.flatMap((d) => d.claim_ids.split(" ")));
    expect(kept.map((c) => c.claim_id).sort()).toEqual([...wanted].sort());
    expect(kept.length).toBeLessThan(result.claims.length);
    expect(kept.every((c) => !("figure_ids" in c))).toBe(true);
  });
});

describe("textBucket", () => {
  it("puts every id in one of 64 two-digit buckets, the same on every run", () => {
    const buckets = new Set(Array.from({ length: 5000 }, (_, i) => textBucket(`synth_${i}`)));
    expect(buckets.size).toBe(TEXT_BUCKETS);
    for (const b of buckets) expect(b).toMatch(/^\d{2}$/);
    expect(textBucket("001_5d4cf16eb3acc1e1")).toBe(textBucket("001_5d4cf16eb3acc1e1"));
  });

  it("spreads 10 000 ids evenly enough that no bucket holds twice its share", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) counts.set(textBucket(`synth_${String(i).padStart(7, "0")}`), (counts.get(textBucket(`synth_${String(i).padStart(7, "0")}`)) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThan((2 * 10_000) / TEXT_BUCKETS);
  });
});

describe("articleIndex and textBuckets", () => {
  it("index every read article with the bucket whose file holds its text and figures", () => {
    const index = articleIndex(result.articles);
    expect(index).toHaveLength(result.articles.filter((a) => a.status === "ok").length);
    const buckets = textBuckets(texts, result.figures);
    expect(buckets.size).toBe(TEXT_BUCKETS);
    for (const row of index) {
      const entry = buckets.get(row.bucket)![row.article]!;
      expect(entry.title).toBe(row.title);
      expect(entry.figures).toHaveLength(row.figures);
      for (const f of entry.figures) expect(entry.text.slice(f.char_start, f.char_end)).toBe(f.quote);
    }
  });
});

describe("notebookSummary", () => {
  it("gives the counts the Overview shows and each table's rows and columns for the Data page", () => {
    const summary = notebookSummary(result);
    expect(summary.figures).toBe(result.figures.length);
    expect(summary.articles).toEqual({ total: 5, read: 5 });
    expect(summary.tables.figures!.rows).toBe(result.figures.length);
    expect(summary.tables.figures!.columns[0]).toBe("figure_id");
    expect(summary.recent).toHaveLength(10);
    const dates = summary.recent.map((f) => f.published);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("carries the Overview's lists: Russia's gains in the latest month, and the widest divergence first (41 aircraft against at most 2)", () => {
    const summary = notebookSummary(result);
    expect(summary.latestGains.map((r) => [r.month, r.value, r.side])).toEqual([["2025-05-01", 507, "russia"]]);
    expect(summary.latestGainsCount).toBe(1);
    const widest = summary.topDivergence[0]!;
    expect(widest.row.metric).toBe("aircraft_hit");
    expect(widest.spread).toBeCloseTo(20.5);
    expect(widest.claims.map((c) => c.value).sort((a, b) => a - b)).toEqual([2, 40, 41]);
    expect(summary.topDivergence.length).toBeLessThanOrEqual(5);
  });
});

describe("notebookFiles", () => {
  it("makes every file the pages read; figures.csv.gz unpacks to figures.csv and texts.zip has 64 members", async () => {
    const files = await notebookFiles(result, tables, texts);
    for (const name of ["figures.csv", "summary.json", "figure-counts.csv", "territory-claims.csv", "divergent-claims.csv", "article-index.csv", "outlets.csv", "claimants.csv"]) {
      expect(files.has(name), name).toBe(true);
    }
    expect(gunzipSync(files.get("figures.csv.gz") as Uint8Array).toString("utf8")).toBe(files.get("figures.csv"));
    const zip = await JSZip.loadAsync(files.get("texts.zip") as Uint8Array);
    expect(Object.keys(zip.files)).toHaveLength(TEXT_BUCKETS);
    const index = parseCsv(files.get("article-index.csv") as string);
    const first = index.rows[0]!;
    const bucket = JSON.parse(await zip.file(`${first.bucket}.json`)!.async("string"));
    expect(Object.hasOwn(bucket, first.article)).toBe(true);
  });
});
