import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { applyCorrections, boundsFor, type ApplyCorrectionsInput } from "../../loaders/corrections.js";
import { readCorpus } from "../../loaders/corpus.js";
import { createExtractor } from "../../loaders/extract.js";
import { figureId } from "../../loaders/figureId.js";
import { sentenceAt } from "../../loaders/sentences.js";
import { formatIssue, parseTable, parseTables, TABLE_NAMES, type TableFiles } from "../../loaders/tables.js";
import type { Article, FigureRow, Tables } from "../../loaders/types.js";

const ARTICLES = new URL("../../data/articles", import.meta.url).pathname;
const TABLES_DIR = new URL("../../data/tables/", import.meta.url);
const HEADER =
  "action,figure_id,article,quote,metric,unit,value,value_low,value_high,qualifier,claimant,claimant_side,subject_side,period_start,period_end,reason\n";

let tables: Tables;
let articles: Map<string, Article>;
let figures: FigureRow[];

beforeAll(async () => {
  const files: TableFiles = {};
  for (const name of TABLE_NAMES) files[name] = { path: name, text: readFileSync(new URL(`${name}.csv`, TABLES_DIR), "utf8") };
  tables = parseTables(files).tables;
  articles = new Map();
  const extract = createExtractor(tables);
  figures = [];
  for await (const article of readCorpus(ARTICLES, { meta: tables.articles, outlets: tables.outlets })) {
    articles.set(article.id, article);
    figures.push(...extract(article));
  }
});

/** The extracted figure of an article whose words are `figureText`. */
function figure(article: string, figureText: string): FigureRow {
  const found = figures.filter((f) => f.article.startsWith(article) && f.figure_text === figureText);
  expect(found, `${article}: ${figureText}`).toHaveLength(1);
  return found[0]!;
}

/** Apply a corrections.csv text (header added) to the seed figures, as the pipeline does. */
function apply(rows: string, extra: Partial<ApplyCorrectionsInput> = {}) {
  const parsed = parseTable("corrections", "data/tables/corrections.csv", HEADER + rows);
  expect(parsed.issues.map(formatIssue)).toEqual([]);
  return applyCorrections({
    figures,
    corrections: parsed.rows,
    correctionLines: parsed.lines,
    correctionsPath: "data/tables/corrections.csv",
    articleText: (id) => articles.get(id)?.text,
    ...extra,
  });
}

describe("reject", () => {
  it("moves the figure to rejected with its reason and line, and leaves every other figure as it was", () => {
    const warfakes = figure("000", "a maximum of two");
    const result = apply(`\nreject,${warfakes.figure_id},${warfakes.article},,,,,,,,,,,,,"a Telegram channel's rebuttal, not a count"\n`);
    expect(result.issues).toEqual([]);
    expect(result.figures.map((f) => f.figure_id)).not.toContain(warfakes.figure_id);
    expect(result.figures).toHaveLength(figures.length - 1);
    expect(result.rejected).toEqual([{ ...warfakes, reason: "a Telegram channel's rebuttal, not a count", correction_line: 3 }]);
  });
});

describe("correct", () => {
  it("replaces the given fields, marks the figure corrected and keeps its id", () => {
    const troops = figure("003", "more than 50,000");
    expect(troops.claimant).toBe("the Ukrainian leader");
    const result = apply(`correct,${troops.figure_id},${troops.article},,,,,,,,Zelenskyy,,,,,the Ukrainian leader is Zelenskyy\n`);
    const after = result.figures.find((f) => f.figure_id === troops.figure_id)!;
    expect(after).toEqual({ ...troops, claimant: "Zelenskyy", review: "corrected" });
  });

  it("recomputes the bounds of a corrected value from the qualifier: exact, at least, at most", () => {
    const injured69 = figure("000", "69"); // exact
    const killed7 = figure("000", "At least seven"); // at_least
    const warfakes = figure("000", "a maximum of two"); // at_most
    const result = apply(
      `correct,${injured69.figure_id},${injured69.article},,,,71,,,,,,,,,\n` +
        `correct,${killed7.figure_id},${killed7.article},,,,8,,,,,,,,,\n` +
        `correct,${warfakes.figure_id},${warfakes.article},,,,3,,,,,,,,,\n`,
    );
    const byId = new Map(result.figures.map((f) => [f.figure_id, f]));
    expect(byId.get(injured69.figure_id)).toMatchObject({ value: 71, value_low: 71, value_high: 71 });
    expect(byId.get(killed7.figure_id)).toMatchObject({ value: 8, value_low: 8, value_high: null });
    expect(byId.get(warfakes.figure_id)).toMatchObject({ value: 3, value_low: 0, value_high: 3 });
  });

  it("keeps an approximate figure's margin when its value is corrected", () => {
    const drones = figure("003", "nearly 300"); // [270, 300]: "nearly" allows 90% to 100%
    expect([drones.value_low, drones.value_high]).toEqual([270, 300]);
    const result = apply(`correct,${drones.figure_id},${drones.article},,,,320,,,,,,,,,\n`);
    expect(result.figures.find((f) => f.figure_id === drones.figure_id)).toMatchObject({ value: 320, value_low: 288, value_high: 320 });
  });

  it("gives a figure made approximate the table's approx margin, unless bounds are given", () => {
    const killed12 = figure("000", "12");
    const injured10 = figure("002", "10");
    const result = apply(`correct,${killed12.figure_id},${killed12.article},,,,,,,approx,,,,,,\ncorrect,${injured10.figure_id},${injured10.article},,,,,9,14,approx,,,,,,\n`, {
      qualifiers: tables.qualifiers,
    });
    const byId = new Map(result.figures.map((f) => [f.figure_id, f]));
    expect(byId.get(killed12.figure_id)).toMatchObject({ qualifier: "approx", value_low: 10.8, value_high: 13.2 });
    expect(byId.get(injured10.figure_id)).toMatchObject({ qualifier: "approx", value_low: 9, value_high: 14 });
  });

  it('empties the claimant with "-", which makes the figure the outlet\'s own', () => {
    const drones = figure("000", "117");
    const result = apply(`correct,${drones.figure_id},${drones.article},,,,,,,,-,,,,,\n`);
    expect(result.figures.find((f) => f.figure_id === drones.figure_id)).toMatchObject({
      claimant: "",
      claimant_side: "unknown",
      claimant_rule: "none",
    });
  });

  it("reports corrected values that contradict the figure's own bounds and leaves the figure unchanged", () => {
    const killed7 = figure("000", "At least seven"); // [7, unbounded]
    const result = apply(`correct,${killed7.figure_id},${killed7.article},,,,,9,,,,,,,,\n`);
    expect(result.issues.map(formatIssue)).toEqual([
      'data/tables/corrections.csv:2: column "value_low": the corrected figure would have value_low 9 above its value 7: give value_low too',
    ]);
    expect(result.figures.find((f) => f.figure_id === killed7.figure_id)).toEqual(killed7);
  });

  it("reports a period that would end before it starts", () => {
    const may = figure("004", "507 square kilometres"); // May 2025
    const result = apply(`correct,${may.figure_id},${may.article},,,,,,,,,,,2025-06-01,,\n`);
    expect(result.issues.map(formatIssue)).toEqual([
      'data/tables/corrections.csv:2: column "period_end": the corrected figure\'s period would end (2025-05-31) before it starts (2025-06-01)',
    ]);
  });
});

describe("add", () => {
  it("finds the quote in the article and builds the figure around it", () => {
    const text = articles.get("000_3f7cc4135e1a4435")!.text;
    const quote = "injured the driver and two assistants";
    const result = apply(`add,,000_3f7cc4135e1a4435,${quote},injured,count,3,,,,,,russia,,,the Kursk freight train's crew\n`);
    expect(result.issues).toEqual([]);
    const added = result.figures.filter((f) => f.review === "added");
    expect(added).toHaveLength(1);
    const f = added[0]!;
    const start = text.indexOf(quote);
    const sentence = sentenceAt(text, start)!;
    expect(f).toMatchObject({
      article: "000_3f7cc4135e1a4435",
      outlet: "CGTN",
      published: "2025-06-02",
      metric: "injured",
      unit: "count",
      value: 3,
      value_low: 3,
      value_high: 3,
      qualifier: "exact",
      claimant: "",
      claimant_side: "unknown",
      claimant_rule: "none",
      subject_side: "russia",
      figure_text: quote,
      figure_start: start,
      figure_end: start + quote.length,
      char_start: sentence.start,
      char_end: sentence.end,
    });
    expect(text.slice(f.char_start, f.char_end)).toBe(f.quote);
    expect(f.quote).toMatch(/^Just hours later, another railway bridge in Kursk collapsed/);
    expect(f.figure_id).toBe(figureId({ article: f.article, metric: "injured", unit: "count", quote: f.quote, figureText: quote, occurrence: 0 }));
  });

  it("reports a quote that is not in the article, and says when only spacing or quote marks differ", () => {
    const result = apply(
      "add,,004_e6a8533aefd292e9,Ukrainian troops did not recapture any territory in April,territory_gained,km2,0,,,,,,ukraine,,,\n" +
        "add,,004_e6a8533aefd292e9,according to Ukraine's domestic intelligence agency,damage,GBP,5200000000,,,,,,russia,,,\n",
    );
    expect(result.issues.map(formatIssue)).toEqual([
      'data/tables/corrections.csv:2: column "quote": "Ukrainian troops did not recapture any territory in April" is not in article 004_e6a8533aefd292e9',
      'data/tables/corrections.csv:3: column "quote": "according to Ukraine\'s domestic intelligence agency" is not in article 004_e6a8533aefd292e9 (it is there with other spacing, capitals, dashes or quote marks: copy it from the article text exactly)',
    ]);
    expect(result.figures).toHaveLength(figures.length);
  });

  it("reports a quote found more than once rather than guessing which one is meant", () => {
    // The Guardian live blog repeats its photo captions.
    const result = apply("add,,004_e6a8533aefd292e9,gives an statement to journalists,troops,count,1,,,,,,,,,\n");
    expect(result.issues).toHaveLength(1);
    expect(formatIssue(result.issues[0]!)).toMatch(
      /^data\/tables\/corrections\.csv:2: column "quote": "gives an statement to journalists" occurs more than once in article 004_e6a8533aefd292e9 \(at characters \d+ and \d+\): add words around it/,
    );
  });

  it("reports an article that is not in the corpus", () => {
    const result = apply("add,,005_missing,1000 captives,prisoners_exchanged,count,1000,,,,,,,,,\n");
    expect(result.issues.map(formatIssue)).toEqual([
      'data/tables/corrections.csv:2: column "article": "005_missing" is not an article of the corpus: write the file name without its extension (as in articles.csv)',
    ]);
  });

  it("refuses to add a figure the extractor already has, pointing to correct", () => {
    const drones = figure("000", "117");
    const sentence = articles.get("000_3f7cc4135e1a4435")!.text.slice(drones.char_start, drones.char_end);
    expect(sentence).toContain("117");
    // Give the exact words the extractor used, in a sentence where they occur once.
    const result = apply(`add,,000_3f7cc4135e1a4435,117,drones_launched,count,117,,,,,,,,,\n`);
    expect(result.issues.map(formatIssue)).toEqual([
      `data/tables/corrections.csv:2: column "quote": "117" is already extracted as figure ${drones.figure_id}: to change it, use action correct with that figure_id`,
    ]);
  });
});

describe("errors with their line", () => {
  it("a figure_id that matches no figure", () => {
    const result = apply("\n\ncorrect,f000000000000000,000_3f7cc4135e1a4435,,,,5,,,,,,,,,\n");
    expect(result.issues.map(formatIssue)).toEqual([
      'data/tables/corrections.csv:4: column "figure_id": "f000000000000000" matches no extracted figure: copy the id from figures.csv (an id changes when its sentence or words are edited)',
    ]);
  });

  it("a figure rejected and corrected at once, even when the table check was skipped", () => {
    const troops = figure("003", "more than 50,000");
    const result = applyCorrections({
      figures,
      corrections: [
        { ...blank(), action: "reject", figure_id: troops.figure_id, reason: "dup" },
        { ...blank(), action: "correct", figure_id: troops.figure_id, claimant: "Zelenskyy" },
      ],
      correctionLines: [2, 3],
      correctionsPath: "corrections.csv",
      articleText: (id) => articles.get(id)?.text,
    });
    expect(result.issues.map(formatIssue)).toEqual([
      `corrections.csv:3: column "figure_id": "${troops.figure_id}" is rejected on line 2 and corrected here: keep one`,
    ]);
    expect(result.rejected.map((r) => r.figure_id)).toEqual([troops.figure_id]);
  });

  it("a correction naming the wrong article for its figure", () => {
    const troops = figure("003", "more than 50,000");
    const result = apply(`correct,${troops.figure_id},002_669a61a3c6b00fe6,,,,,,,,Zelenskyy,,,,,\n`);
    expect(result.issues.map(formatIssue)).toEqual([
      `data/tables/corrections.csv:2: column "article": "002_669a61a3c6b00fe6" is not the article of figure ${troops.figure_id} (003_d499966ec19abc97): fix the article or the id`,
    ]);
  });
});

describe("boundsFor", () => {
  it("follows the qualifier's meaning", () => {
    expect(boundsFor("exact", 41)).toEqual({ value_low: 41, value_high: 41 });
    expect(boundsFor("more_than", 60)).toEqual({ value_low: 60, value_high: null });
    expect(boundsFor("at_most", 2)).toEqual({ value_low: 0, value_high: 2 });
    expect(boundsFor("approx", 300, { low: 0.9, high: 1 })).toEqual({ value_low: 270, value_high: 300 });
  });
});

function blank() {
  return {
    action: "correct" as const, figure_id: "", article: "", quote: "", metric: "" as const, unit: "" as const, value: null, value_low: null,
    value_high: null, qualifier: "" as const, claimant: "", claimant_side: "" as const, subject_side: "" as const, period_start: "",
    period_end: "", reason: "",
  };
}
