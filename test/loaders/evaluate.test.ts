import { describe, expect, it } from "vitest";
import { evaluate, formatReport, parseGold, type GoldRow } from "../../loaders/evaluate.js";
import type { FigureRow } from "../../loaders/types.js";

const gold = parseGold(`article,metric,value,unit,qualifier,claimant,claimant_side,subject_side,period_start,period_end,tier,quote
a,killed,7,count,at_least,,unknown,russia,,,core,At least seven people were killed
a,injured,69,count,exact,,unknown,russia,,,core,and 69 injured
a,injured,3,count,exact,,unknown,russia,,,stretch,injured the driver and two assistants
a,aircraft_hit,41,count,exact,A Ukrainian intelligence official,ukraine,russia,,,core,A total of 41 Russian warplanes were hit
b,territory_gained,507,km2,exact,AFP analysis,third_party,russia,2025-05-01,2025-05-31,core,The Russian army took 507 square kilometres in May 2025
`);

function figure(over: Partial<FigureRow>): FigureRow {
  return {
    figure_id: "f", article: "a", outlet: "o", published: "", url: "", metric: "killed", unit: "count", value: 0, value_low: null, value_high: null,
    qualifier: "exact", claimant: "", claimant_side: "unknown", claimant_rule: "none", subject_side: "unknown", period_start: "", period_end: "",
    quote: "", char_start: 0, char_end: 0, figure_text: "", figure_start: 0, figure_end: 0, review: "auto", ...over,
  };
}

describe("evaluate", () => {
  it("matches on article, metric, unit and value, one-to-one, with recall over core rows", () => {
    const report = evaluate(gold, [
      figure({ metric: "killed", value: 7, qualifier: "at_least", subject_side: "russia" }),
      figure({ metric: "aircraft_hit", value: 41, claimant_side: "ukraine", subject_side: "russia" }),
      figure({ article: "b", metric: "territory_gained", unit: "km2", value: 507, claimant_side: "third_party", subject_side: "russia", period_start: "2025-05-01", period_end: "2025-05-31" }),
    ]);
    expect(report.overall).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    expect(report.overall.recall).toBeCloseTo(0.75);
    expect(report.misses.map((g: GoldRow) => g.value)).toEqual([69]);
  });

  it("counts neither a stretch match nor a repeated mention as a false positive, but counts a wrong unit", () => {
    const report = evaluate(gold, [
      figure({ metric: "injured", value: 3 }),
      figure({ metric: "killed", value: 7 }),
      figure({ metric: "killed", value: 7 }),
      figure({ article: "b", metric: "territory_gained", unit: "percent", value: 507 }),
    ]);
    expect([report.stretchMatched, report.repeats, report.overall.fp]).toEqual([1, 1, 1]);
    expect(report.byMetric.territory_gained).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0 });
  });

  it("pairs a repeated fact with the mention whose sentence holds the gold quote", () => {
    const report = evaluate(gold, [
      figure({ metric: "aircraft_hit", value: 41, quote: "Ukraine hit 41 planes.", claimant_side: "unknown", subject_side: "russia" }),
      figure({ metric: "aircraft_hit", value: 41, quote: "A total of 41 Russian warplanes were hit, the official said.", claimant_side: "ukraine", subject_side: "russia" }),
    ]);
    expect(report.accuracy.claimant_side).toMatchObject({ correct: 1, total: 1 });
  });

  it("scores qualifier, claimant side (only where gold names a claimant), subject side and period on matched core rows", () => {
    const report = evaluate(gold, [
      figure({ metric: "killed", value: 7, qualifier: "exact", claimant_side: "ukraine", subject_side: "ukraine" }),
      figure({ article: "b", metric: "territory_gained", unit: "km2", value: 507, claimant_side: "third_party", subject_side: "russia", period_start: "2025-05-01", period_end: "2025-05-30" }),
    ]);
    expect(report.accuracy.qualifier).toMatchObject({ correct: 1, total: 2 });
    expect(report.accuracy.claimant_side).toMatchObject({ correct: 1, total: 1 });
    expect(report.accuracy.subject_side).toMatchObject({ correct: 1, total: 2 });
    expect(report.accuracy.period).toMatchObject({ correct: 1, total: 2 });
    expect(report.mismatches.map((m) => m.field).sort()).toEqual(["period", "qualifier", "subject_side"]);
  });

  it("prints a per-metric table and lists misses and false positives with their quotes", () => {
    const text = formatReport(evaluate(gold, [figure({ metric: "troops", value: 388, quote: "a train with 388 people on board", figure_text: "388" })]));
    expect(text).toMatch(/^metric\s+tp\s+fp\s+fn/);
    expect(text).toContain("misses (4):");
    expect(text).toContain('"and 69 injured"');
    expect(text).toContain('false positives (1):');
    expect(text).toContain('troops 388 count [388]  "a train with 388 people on board"');
  });
});
