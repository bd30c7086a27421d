import {describe, expect, it} from "vitest";
import {figuresPerMetric, figuresPerOutlet, MAX_BARS} from "../../src/components/figureCounts.js";
import {figureCounts} from "../../loaders/notebookTables.js";
import {figureRows} from "./fixtures.js";

describe("figuresPerOutlet", () => {
  it("shows at most 12 outlets, folding the rest into one 'Other (k)' bar, last", () => {
    const many = Array.from({length: 600}, (_, i) => ({...figureRows[0]!, figure_id: `x${i}`, outlet: `Outlet ${i % 40}`}));
    const spec = figuresPerOutlet(figureCounts(many), {width: 640}) as unknown as {data: {values: {category: string}[]}; encoding: {y: {sort: string[]}}};
    const categories = spec.encoding.y.sort;
    expect(categories).toHaveLength(MAX_BARS);
    expect(categories.at(-1)).toBe("Other (29)");
  });

  it("names each outlet's affiliation from outlets.csv", () => {
    const spec = figuresPerOutlet(figureCounts(figureRows), {width: 640, affiliations: new Map([["RT", "state_media"]])}) as unknown as {
      encoding: {y: {sort: string[]}};
    };
    expect(spec.encoding.y.sort).toContain("RT · state media");
  });
});

describe("figuresPerMetric", () => {
  it("draws from counted rows: a bar's length is the sum of its rows' figures, the same as counting the figures", () => {
    const spec = figuresPerMetric(figureCounts(figureRows), {width: 640}) as unknown as {description: string; encoding: {x: {aggregate: string; field: string}}};
    expect(spec.encoding.x).toMatchObject({aggregate: "sum", field: "figures"});
    expect(spec.description.startsWith(`${figureRows.length} figures by metric`)).toBe(true);
  });
});
