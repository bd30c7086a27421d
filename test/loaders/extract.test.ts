import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseExtractionTables } from "../../loaders/defaultTables.js";
import { evaluate, formatReport, parseGold } from "../../loaders/evaluate.js";
import { createExtractor } from "../../loaders/extract.js";
import type { Article, FigureRow } from "../../loaders/types.js";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const tables = parseExtractionTables({ claimants: read("data/tables/claimants.csv"), metrics: read("data/tables/metrics.csv"), qualifiers: read("data/tables/qualifiers.csv") });
const extract = createExtractor(tables);

// Stand-in for the corpus reader (loaders/article.ts): raw text with LF line ends, dates as the seeds show them.
const SEED_PUBLISHED: Record<string, string> = { "000": "2025-06-03", "001": "2025-06-02", "002": "2025-05-31", "003": "", "004": "2025-06-02" };
function article(id: string, text: string, published: string, outlet = "test"): Article {
  return { id, file: id + ".txt", text: text.replace(/\r\n/g, "\n"), title: "", outlet, url: "", published, status: "ok", reason: "" };
}
const seeds = readdirSync(new URL("data/articles/", root)).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => article(f.replace(/\.txt$/, ""), read("data/articles/" + f), SEED_PUBLISHED[f.slice(0, 3)] ?? ""));
const fixtureMeta = Papa.parse<Record<string, string>>(read("test/fixtures/meta.csv"), { header: true, skipEmptyLines: true }).data;
const fixtures = fixtureMeta.map((m) => article(m.article, read(`test/fixtures/articles/${m.article}.txt`), m.published, m.outlet));

const one = (text: string, published = "2025-06-02") => extract(article("t", text, published));
const brief = (rows: FigureRow[]) => rows.map((r) => [r.metric, r.value, r.unit, r.qualifier, r.claimant_side, r.subject_side]);

describe("extraction on news phrasing", () => {
  it("reads an air force overnight tally: launched, downed, and each side", () => {
    const rows = one("Russia launched 472 drones and 7 missiles overnight, of which 292 were shot down, Ukraine's air force said.");
    expect(brief(rows)).toEqual([
      ["drones_launched", 472, "count", "exact", "ukraine", "russia"],
      ["drones_launched", 7, "count", "exact", "ukraine", "russia"],
      ["drones_downed", 292, "count", "exact", "ukraine", "russia"],
    ]);
  });

  it("reads parts inside a total as rows of their own with the total's metric and side", () => {
    const rows = one("The Russian Defense Ministry said it had destroyed nearly 300 Ukrainian drones, including 40 near Moscow.");
    expect(brief(rows)).toEqual([
      ["drones_downed", 300, "count", "approx", "russia", "ukraine"],
      ["drones_downed", 40, "count", "exact", "russia", "ukraine"],
    ]);
    expect(brief(one("A Russian strike on Kharkiv killed seven people, including two children, the governor Oleh Syniehubov said."))).toEqual([
      ["killed", 7, "count", "exact", "ukraine", "ukraine"],
      ["killed", 2, "count", "exact", "ukraine", "ukraine"],
    ]);
  });

  it("reads a range as two rows and a swap per side as one row about both sides", () => {
    expect(brief(one("Between 11 and 15 people were killed in the strike on Odesa."))).toEqual([
      ["killed", 11, "count", "at_least", "unknown", "ukraine"],
      ["killed", 15, "count", "at_most", "unknown", "ukraine"],
    ]);
    expect(brief(one("Ukraine and Russia carried out a 1,000-for-1,000 prisoner swap."))).toEqual([["prisoners_exchanged", 1000, "count", "exact", "unknown", "both"]]);
  });

  it("reads a monthly territory report with the km² figure and not its square-mile conversion", () => {
    const rows = one("Russian forces captured 143 square miles (370 square kilometres) in May, according to an AFP analysis of ISW data.", "2025-06-02");
    expect(rows.map((r) => [r.metric, r.value, r.unit, r.claimant_side, r.subject_side, r.period_start, r.period_end])).toEqual([
      ["territory_gained", 370, "km2", "third_party", "russia", "2025-05-01", "2025-05-31"],
    ]);
  });

  it("leaves out delegations, ceasefire lengths, distances, prices, ages and times", () => {
    const text = "Zelenskyy named a 14-member delegation and offered a 30-day ceasefire. The bases lie 4,300 kilometers away. " +
      "Subscribe for $32.95 a year. A 10-year-old opened his gift at 1 p.m. The call lasted two hours.";
    expect(one(text)).toEqual([]);
  });

  it("gives the outlet's own voice an empty claimant", () => {
    const [row] = one("The SBU's operation hit 41 Russian aircraft.");
    expect([row.claimant, row.claimant_side, row.claimant_rule]).toEqual(["", "unknown", "none"]);
  });

  it("sets every field, and offsets that slice to the quote and figure words", () => {
    for (const a of [...seeds, ...fixtures]) {
      for (const r of extract(a)) {
        expect(a.text.slice(r.char_start, r.char_end)).toBe(r.quote);
        expect(a.text.slice(r.figure_start, r.figure_end)).toBe(r.figure_text);
        expect(r.figure_text).toMatch(/\d|[a-z]/i);
        expect(r.review).toBe("auto");
        expect(r.figure_id).toMatch(/^f[0-9a-f]{15}$/);
        if (r.value_low !== null) expect(r.value_low).toBeLessThanOrEqual(r.value);
        if (r.value_high !== null) expect(r.value_high).toBeGreaterThanOrEqual(r.value);
      }
    }
  });
});

describe("scores against gold", () => {
  it("meets the targets on the seed articles", () => {
    const report = evaluate(parseGold(readFileSync(new URL("../shared/gold/seeds.csv", root), "utf8")), seeds.flatMap(extract));
    const text = formatReport(report);
    expect(report.overall.recall, text).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.precision, text).toBeGreaterThanOrEqual(0.95);
    expect(report.accuracy.claimant_side.accuracy, text).toBeGreaterThanOrEqual(0.95);
    expect(report.accuracy.subject_side.accuracy, text).toBeGreaterThanOrEqual(0.95);
  });

  it("meets the targets on the fixture articles of other outlets", () => {
    const report = evaluate(parseGold(read("test/fixtures/gold.csv")), fixtures.flatMap(extract));
    const text = formatReport(report);
    expect(report.overall.recall, text).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.precision, text).toBeGreaterThanOrEqual(0.9);
    expect(report.accuracy.claimant_side.accuracy, text).toBeGreaterThanOrEqual(0.9);
    expect(report.accuracy.subject_side.accuracy, text).toBeGreaterThanOrEqual(0.9);
  });
});

describe("golden output", () => {
  const COLUMNS: (keyof FigureRow)[] = [
    "figure_id", "article", "outlet", "published", "url", "metric", "unit", "value", "value_low", "value_high", "qualifier", "claimant", "claimant_side",
    "claimant_rule", "subject_side", "period_start", "period_end", "quote", "char_start", "char_end", "figure_text", "figure_start", "figure_end", "review",
  ];
  it("extracts the seeds exactly as test/golden/figures.seeds.csv (UPDATE_GOLDEN=1 refreshes it outside CI)", () => {
    const rows = seeds.flatMap(extract).map((r) => COLUMNS.map((c) => (r[c] === null ? "" : String(r[c]))));
    const csv = Papa.unparse({ fields: COLUMNS, data: rows }, { newline: "\n" }) + "\n";
    const golden = new URL("test/golden/figures.seeds.csv", root);
    if (process.env.UPDATE_GOLDEN === "1" && !process.env.CI) writeFileSync(golden, csv);
    const expected = existsSync(golden) ? readFileSync(golden, "utf8") : "";
    if (csv !== expected) writeFileSync(new URL("test/golden/figures.seeds-changed.csv", root), csv);
    expect(csv === expected, "seed figures changed: compare test/golden/figures.seeds-changed.csv with figures.seeds.csv; UPDATE_GOLDEN=1 accepts").toBe(true);
  });
});
