import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../loaders/corpus.js";
import { extractParallel, extractParallelStream } from "../../loaders/parallel.js";
import type { Article, FigureRow, Tables } from "../../loaders/types.js";
import { createExtractor as digitRunExtractor } from "./fixtures/digitRunExtractor.js";

// The stand-in extractor lets the worker plumbing be tested on its own; the seed test below uses the real one.
const STAND_IN = new URL("./fixtures/digitRunExtractor.ts", import.meta.url);
const EMPTY_TABLES: Tables = { articles: [], outlets: [], claimants: [], metrics: [], qualifiers: [], events: [], corrections: [] };
const TABLES_WITH_CLAIMANT: Tables = { ...EMPTY_TABLES, claimants: [{ claimant: "SBU", aliases: "Security Service of Ukraine", side: "ukraine" }] };

async function seedArticles(): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const article of readCorpus("data/articles")) articles.push(article);
  return articles;
}

/** The seeds repeated under fresh ids, with articles of very different lengths interleaved, so batches finish out of order. */
function repeated(articles: Article[], times: number): Article[] {
  const out: Article[] = [];
  for (let copy = 0; copy < times; copy++) {
    for (const article of articles) {
      out.push({ ...article, id: `${article.id}_copy${copy}` });
      out.push({ ...article, id: `short_${copy}_${article.id}`, text: `${copy} drones; 7 killed.` });
    }
  }
  return out;
}

describe("extractParallel with a stand-in extractor", () => {
  it("returns the rows a single-threaded run gives, in input order, for 1, 2 and 3 workers and tiny batches", async () => {
    const articles = repeated(await seedArticles(), 4);
    const single = articles.flatMap(digitRunExtractor(TABLES_WITH_CLAIMANT));
    expect(single.length).toBeGreaterThan(500);
    for (const workers of [1, 2, 3]) {
      const parallel = await extractParallel(articles, TABLES_WITH_CLAIMANT, { workers, batchSize: 3, extractorModule: STAND_IN });
      expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
    }
  });

  it("passes the tables to every worker", async () => {
    const rows = await extractParallel(repeated(await seedArticles(), 1), TABLES_WITH_CLAIMANT, { workers: 2, batchSize: 1, extractorModule: STAND_IN });
    expect(new Set(rows.map((row) => row.claimant))).toEqual(new Set(["SBU"]));
  });

  it("reads an async source one batch at a time, never running far ahead of the consumer", async () => {
    let read = 0;
    async function* source(): AsyncGenerator<Article> {
      for (let i = 0; i < 10_000; i++) {
        read++;
        yield { id: `a${i}`, file: `a${i}.txt`, text: `${i} killed`, title: "", outlet: "", url: "", published: "", status: "ok", reason: "" };
      }
    }
    const firstRows: FigureRow[][] = [];
    for await (const rows of extractParallelStream(source(), EMPTY_TABLES, { workers: 2, batchSize: 10, inFlight: 2, extractorModule: STAND_IN })) {
      firstRows.push(rows);
      if (firstRows.length === 5) break;
    }
    expect(firstRows.map((rows) => rows[0].value)).toEqual([0, 1, 2, 3, 4]);
    // 2 workers × 2 batches × 10 articles in flight, plus the batch being read: far from all 10 000.
    expect(read).toBeLessThanOrEqual(60);
  });

  it("yields one (possibly empty) row list per article, so rows can be matched to their article", async () => {
    const articles: Article[] = ["no figures here", "12 killed", "", "3 and 4"].map((text, i) => ({
      id: `a${i}`, file: "", text, title: "", outlet: "", url: "", published: "", status: "ok", reason: "",
    }));
    const perArticle: number[][] = [];
    for await (const rows of extractParallelStream(articles, EMPTY_TABLES, { workers: 2, batchSize: 1, extractorModule: STAND_IN })) {
      perArticle.push(rows.map((row) => row.value));
    }
    expect(perArticle).toEqual([[], [12], [], [3, 4]]);
  });

  it("fails with the id of the article whose extraction threw", async () => {
    const articles = repeated(await seedArticles(), 2);
    articles.splice(7, 0, { ...articles[0], id: "the_bad_one", text: "EXPLODE 3 killed" });
    await expect(extractParallel(articles, EMPTY_TABLES, { workers: 2, batchSize: 2, extractorModule: STAND_IN })).rejects.toThrow(
      /article the_bad_one: stand-in extractor asked to fail/,
    );
  });

  it("fails, rather than hanging, when the extractor module cannot be loaded", async () => {
    await expect(
      extractParallel(await seedArticles(), EMPTY_TABLES, { workers: 2, extractorModule: new URL("./fixtures/no-such-extractor.ts", import.meta.url) }),
    ).rejects.toThrow(/no-such-extractor/);
  });
});

describe.runIf(existsSync("loaders/extract.ts") && existsSync("loaders/tables.ts"))("extractParallel with the real extractor", () => {
  it("gives byte-identical figure rows to a single-threaded run on the seed articles, repeated", async () => {
    const { createExtractor } = await import("../../loaders/extract.js");
    const { loadTables } = await import("../../loaders/pipeline.js");
    const { tables } = await loadTables("data/tables");
    const articles = repeated(await seedArticles(), 3);
    const single = articles.flatMap(createExtractor(tables));
    expect(single.filter((row) => row.article.startsWith("000_")).length).toBeGreaterThan(0);
    const parallel = await extractParallel(articles, tables, { workers: 2, batchSize: 2 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
  });
});
