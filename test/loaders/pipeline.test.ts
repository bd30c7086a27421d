import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIGURE_COLUMNS } from "../../loaders/columns.js";
import { readCorpus } from "../../loaders/corpus.js";
import { parseCsv } from "../../loaders/csv.js";
import {
  articleOfJsonLine,
  compareValues,
  extractStream,
  loadTables,
  runPipeline,
  TableValidationError,
  type PipelineResult,
} from "../../loaders/pipeline.js";

const ARTICLES = new URL("../../data/articles", import.meta.url).pathname;
const TABLES = new URL("../../data/tables", import.meta.url).pathname;

let seeds: PipelineResult;
let work: string;
beforeAll(async () => {
  seeds = await runPipeline({ articlesDir: ARTICLES, tablesDir: TABLES });
  work = await mkdtemp(join(tmpdir(), "pipeline-test-"));
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function* linesOf(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

describe("runPipeline on the seed articles", () => {
  it("lists the five seeds as read, with the figure counts of figures.csv", () => {
    expect(seeds.articles.map((a) => [a.article, a.status])).toEqual([
      ["000_3f7cc4135e1a4435", "ok"],
      ["001_6ef55cfa70f647ae", "ok"],
      ["002_669a61a3c6b00fe6", "ok"],
      ["003_d499966ec19abc97", "ok"],
      ["004_e6a8533aefd292e9", "ok"],
    ]);
    for (const a of seeds.articles) expect(a.figures).toBe(seeds.figures.filter((f) => f.article === a.article).length);
    expect(seeds.figures.length).toBeGreaterThan(10);
  });

  it("finds the AFP territory figures of the Guardian live blog", () => {
    const km2 = seeds.figures.filter((f) => f.article === "004_e6a8533aefd292e9" && f.unit === "km2").map((f) => f.value);
    expect(km2).toEqual(expect.arrayContaining([507, 379, 240, 5107]));
  });

  it("sorts figures by article and offsets", () => {
    const keys = seeds.figures.map((f) => [f.article, f.char_start, f.figure_start] as const);
    const sorted = [...keys].sort((a, b) => compareValues(a[0], b[0]) || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
  });

  it("every quote is the article text at its offsets", async () => {
    for await (const article of readCorpus(ARTICLES)) {
      for (const f of seeds.figures.filter((x) => x.article === article.id)) {
        expect(article.text.slice(f.char_start, f.char_end)).toBe(f.quote);
        expect(article.text.slice(f.figure_start, f.figure_end)).toBe(f.figure_text);
      }
    }
  });

  it("gives the same tables on a second run", async () => {
    expect(await runPipeline({ articlesDir: ARTICLES, tablesDir: TABLES })).toEqual(seeds);
  });
});

describe("table errors", () => {
  it("throw a TableValidationError listing every problem as path:line, and nothing runs", async () => {
    const tables = join(work, "bad-tables");
    await cp(TABLES, tables, { recursive: true });
    await writeFile(
      join(tables, "outlets.csv"),
      "outlet,domains,country,affiliation\nCGTN,cgtn.com,China,state_media\nRT,rt.com,Russia,propaganda\nBBC,bbc.co.uk,UK,gossip\n",
    );
    const error = await runPipeline({ articlesDir: ARTICLES, tablesDir: tables }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TableValidationError);
    const message = (error as Error).message;
    expect(message).toMatch(/^2 problems in the contributor tables; nothing was written:\n/);
    expect(message).toContain(`${join(tables, "outlets.csv")}:3: column "affiliation": "propaganda"`);
    expect(message).toContain(`${join(tables, "outlets.csv")}:4: column "affiliation": "gossip"`);
    expect((error as TableValidationError).issues).toHaveLength(2);
  });

  it("stop on a correction or event row about an article of the run that matches none of its figures", async () => {
    const tables = join(work, "stale-ids");
    await cp(TABLES, tables, { recursive: true });
    const header = "action,figure_id,article,quote,metric,unit,value,value_low,value_high,qualifier,claimant,claimant_side,subject_side,period_start,period_end,reason\n";
    await writeFile(join(tables, "corrections.csv"), header + "reject,f000000000000000,000_3f7cc4135e1a4435,,,,,,,,,,,,,an id copied wrongly\n");
    await writeFile(join(tables, "events.csv"), "event_id,label,action,article,figure_id\nsome-event,Some event,name,001_6ef55cfa70f647ae,f111111111111111\n");
    const error = await runPipeline({ articlesDir: ARTICLES, tablesDir: tables }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TableValidationError);
    expect((error as TableValidationError).issues.map((i) => [i.file, i.line, i.column, i.value])).toEqual([
      [join(tables, "corrections.csv"), 2, "figure_id", "f000000000000000"],
      [join(tables, "events.csv"), 2, "figure_id", "f111111111111111"],
    ]);
  });

  it("leave aside correction and event rows about articles that are not in the run", async () => {
    const tables = join(work, "other-corpus");
    await cp(TABLES, tables, { recursive: true });
    const header = "action,figure_id,article,quote,metric,unit,value,value_low,value_high,qualifier,claimant,claimant_side,subject_side,period_start,period_end,reason\n";
    await writeFile(join(tables, "corrections.csv"), header + "reject,f000000000000000,an-article-of-another-corpus,,,,,,,,,,,,,not ours\n");
    const run = await runPipeline({ articlesDir: ARTICLES, tablesDir: tables });
    expect(run.figures).toHaveLength(seeds.figures.length + seeds.rejected.length);
  });

  it("--meta replaces the tables' articles.csv", async () => {
    const meta = join(work, "meta.csv");
    await writeFile(meta, "article,url,outlet,published,title\n003_d499966ec19abc97,https://theworld.org/x,The World,2025-05-29,\n");
    const run = await runPipeline({ articlesDir: ARTICLES, tablesDir: TABLES, metaPath: meta });
    expect(run.articles.find((a) => a.article === "003_d499966ec19abc97")).toMatchObject({ outlet: "The World", published: "2025-05-29" });
    expect(run.figures.filter((f) => f.article === "003_d499966ec19abc97").every((f) => f.outlet === "The World")).toBe(true);
  });
});

describe("extractStream", () => {
  it("turns JSON Lines into figure rows, reporting bad lines by number and going on", async () => {
    const { tables } = await loadTables(TABLES);
    const problems: string[] = [];
    const lines = [
      JSON.stringify({ article: "a", text: "Russia said it downed 162 Ukrainian drones overnight.", outlet: "TASS", published: "June 3, 2025" }),
      "{not json",
      "",
      JSON.stringify({ article: "", text: "x" }),
      JSON.stringify({ article: "b", text: "At least seven people were killed.\r\n", url: "https://news.cgtn.com/news/2025-06-02/x.html" }),
    ];
    const out: string[] = [];
    for await (const line of extractStream(linesOf(lines), tables, { header: true, onProblem: (p) => problems.push(`${p.line}: ${p.message}`) })) out.push(line);
    expect(problems).toEqual([expect.stringMatching(/^2: not valid JSON/), '4: missing "article" (the article id, a non-empty string)']);
    expect(out[0]).toBe(FIGURE_COLUMNS.join(",") + "\n");
    const rows = parseCsv(out.join("")).rows;
    expect(rows.map((r) => [r.article, r.metric, r.value])).toEqual([
      ["a", "drones_downed", "162"],
      ["b", "killed", "7"],
    ]);
    expect(rows[0]).toMatchObject({ outlet: "TASS", published: "2025-06-03" });
  });

  it("reads an article record as the corpus would", () => {
    expect(articleOfJsonLine('{"article":"x","text":"\\ufeffA\\r\\nB","published":"2025-06-02T23:00:00-05:00"}')).toMatchObject({
      id: "x",
      text: "A\nB",
      published: "2025-06-02",
      status: "ok",
    });
    expect(articleOfJsonLine('["x"]')).toEqual({ error: "not a JSON object", article: "" });
    expect(articleOfJsonLine('{"article":"x","text":"  "}')).toEqual({ error: "empty text", article: "x" });
  });
});

describe("compareValues", () => {
  it("orders strings by code point, whatever the locale", () => {
    expect(["b", "a", "B", "ä", "é", "Z"].sort(compareValues)).toEqual(["B", "Z", "a", "b", "ä", "é"]);
    expect(compareValues(null, 0)).toBeLessThan(0);
    expect(compareValues(10, 9)).toBeGreaterThan(0);
  });
});

