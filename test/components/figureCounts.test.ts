import {describe, expect, it} from "vitest";
import {figuresPerOutlet, MAX_BARS} from "../../src/components/figureCounts.js";
import {figureRows} from "./fixtures.js";

describe("figuresPerOutlet", () => {
  it("shows at most 12 outlets, folding the rest into one 'Other (k)' bar, last", () => {
    const many = Array.from({length: 600}, (_, i) => ({...figureRows[0]!, figure_id: `x${i}`, outlet: `Outlet ${i % 40}`}));
    const spec = figuresPerOutlet(many, {width: 640}) as unknown as {data: {values: {category: string}[]}; encoding: {y: {sort: string[]}}};
    const categories = spec.encoding.y.sort;
    expect(categories).toHaveLength(MAX_BARS);
    expect(categories.at(-1)).toBe("Other (29)");
  });

  it("names each outlet's affiliation from outlets.csv", () => {
    const spec = figuresPerOutlet(figureRows, {width: 640, affiliations: new Map([["RT", "state_media"]])}) as unknown as {
      encoding: {y: {sort: string[]}};
    };
    expect(spec.encoding.y.sort).toContain("RT · state media");
  });
});
