import {describe, expect, it} from "vitest";
import {monthlyMedians, monthlyTerritoryRows, territoryByMonth} from "../../src/components/territoryByMonth.js";
import {territoryRows} from "./fixtures.js";
import {markItemCount, renderSvg} from "./specHarness.js";

describe("territoryByMonth", () => {
  it("keeps only whole-country monthly km² rows (the Donetsk share of May is not another estimate of May)", () => {
    const kept = monthlyTerritoryRows(territoryRows).map((row) => row.figure_id);
    expect(kept).toEqual(["t1", "t2", "t3", "t5", "t6", "t7", "t8"]);
  });

  it("draws one bar per month and side, at the median of the sources' figures", () => {
    const bars = monthlyMedians(territoryRows);
    expect(bars.map((bar) => `${bar.month} ${bar.side} ${bar.median}`)).toEqual([
      "2025-03-01 russia 240",
      "2025-04-01 russia 379",
      "2025-05-01 russia 507",
      "2025-05-01 ukraine 0",
      "2025-07-01 russia 595",
      "2025-07-01 ukraine 42",
    ]);
  });

  it("draws every source's figure as its own dot, partial windows included", async () => {
    const {view} = await renderSvg(territoryByMonth(territoryRows, {width: 640}));
    expect(markItemCount(view, /layer_0_marks$/)).toBe(6);
    // Outline dots for all 7 figures; filled dots for the 6 whole-month ones.
    expect(markItemCount(view, /layer_2_marks$/)).toBe(7);
    expect(markItemCount(view, /layer_3_marks$/)).toBe(6);
  });

  it("states the latest month and its spread in the text alternative", () => {
    const spec = territoryByMonth(territoryRows, {width: 640});
    expect(spec.description).toContain("Latest month, Jul 2025: Russia gained a median of 595 km² (2 figures from 556 to 634)");
  });
});
