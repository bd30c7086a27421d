import { describe, expect, it } from "vitest";
import { buildClaims } from "../../loaders/claims.ts";
import { groupEvents } from "../../loaders/events.ts";
import { territoryRows, territoryWindow } from "../../loaders/territory.ts";
import type { FigureRow } from "../../loaders/types.ts";
import { figure, seedFigures } from "./claimsModelFixtures.ts";

function territoryOf(figures: FigureRow[]) {
  const { eventOf } = groupEvents(figures);
  const { claims, claimOf } = buildClaims(figures, eventOf);
  return territoryRows(figures, claims, claimOf);
}

describe("territoryRows on the seed figures", () => {
  const rows = territoryOf(seedFigures());

  it("has May, April and March 2025 monthly rows for Russia from AFP's analysis of ISW data", () => {
    const national = rows.filter((r) => r.kind === "monthly" && r.side === "russia" && r.scope === "");
    expect(national.map((r) => [r.month, r.value, r.unit, r.source, r.partial])).toEqual([
      ["2025-05-01", 507, "km2", "AFP analysis of ISW data", false],
      ["2025-04-01", 379, "km2", "AFP analysis of ISW data", false],
      ["2025-03-01", 240, "km2", "AFP analysis of ISW data", false],
    ]);
  });

  it("flags Donetsk's 'nearly 400' as a regional part of May, not a second national figure", () => {
    const donetsk = rows.find((r) => r.value === 400)!;
    expect(donetsk).toMatchObject({ kind: "monthly", month: "2025-05-01", scope: "donetsk", qualifier: "approx" });
  });

  it("keeps the 12-month totals apart as cumulative rows, and shares held as share rows", () => {
    const cumulative = rows.filter((r) => r.kind === "cumulative");
    expect(cumulative.map((r) => [r.side, r.value, r.month, r.period_start, r.period_end])).toEqual([
      ["russia", 5107, "", "2024-06-01", "2025-05-31"],
      ["ukraine", 85, "", "2024-06-01", "2025-05-31"],
    ]);
    const shares = rows.filter((r) => r.kind === "share");
    expect(shares.map((r) => [r.value, r.month, r.source])).toEqual([
      [19, "2025-05-01", "AFP analysis of ISW data"],
      [20, "2025-05-01", "BBC"], // no claimant: the outlet is the source
    ]);
  });

  it("links every row to its figure and claim", () => {
    for (const r of rows) {
      expect(r.figure_id).toMatch(/^f/);
      expect(r.claim_id).toMatch(/^c/);
    }
  });
});

describe("territoryWindow", () => {
  const gain = (period_start: string, period_end: string) => ({ metric: "territory_gained" as const, period_start, period_end, published: "2025-08-02" });

  it("reads a whole calendar month as monthly, and part of one as partial", () => {
    expect(territoryWindow(gain("2025-07-01", "2025-07-31"))).toEqual({ kind: "monthly", month: "2025-07-01", partial: false });
    expect(territoryWindow(gain("2025-07-01", "2025-07-30"))).toEqual({ kind: "monthly", month: "2025-07-01", partial: true });
    expect(territoryWindow(gain("2025-02-01", "2025-02-28"))).toEqual({ kind: "monthly", month: "2025-02-01", partial: false });
  });

  it("reads spans of several months, 'since' totals and unstated windows as cumulative", () => {
    expect(territoryWindow(gain("2025-01-01", "2025-07-31"))).toEqual({ kind: "cumulative", month: "", partial: false });
    expect(territoryWindow(gain("2022-02-24", ""))).toEqual({ kind: "cumulative", month: "", partial: false });
    expect(territoryWindow(gain("", ""))).toEqual({ kind: "cumulative", month: "", partial: false });
  });

  it("dates a share held to its period end, else to the publication", () => {
    expect(territoryWindow({ metric: "territory_controlled", period_start: "", period_end: "2025-05-31", published: "2025-06-02" })).toEqual({ kind: "share", month: "2025-05-01", partial: false });
    expect(territoryWindow({ metric: "territory_controlled", period_start: "", period_end: "", published: "2025-06-02" })).toEqual({ kind: "share", month: "2025-06-01", partial: false });
  });
});

describe("territoryRows", () => {
  it("gives one row for a claim repeated by several outlets, shown through the earliest report", () => {
    const quote = "From July 1 to July 30, Russian forces captured 634 square kilometres, according to DeepState.";
    const make = (article: string, published: string, outlet: string) =>
      figure({ article, published, outlet, metric: "territory_gained", unit: "km2", value: 634, claimant: "DeepState", claimant_side: "ukraine", subject_side: "russia", period_start: "2025-07-01", period_end: "2025-07-30", quote, figure_text: "634 square kilometres" });
    const rows = territoryOf([make("b", "2025-08-02", "Kyiv Independent"), make("a", "2025-08-01", "Ukrainska Pravda")]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ month: "2025-07-01", partial: true, source: "DeepState", outlet: "Ukrainska Pravda", article: "a" });
  });

  it("names an unknown outlet rather than leaving the source empty", () => {
    const f = figure({ article: "a", outlet: "", metric: "territory_controlled", unit: "percent", value: 20, qualifier: "approx", subject_side: "russia", quote: "Russia currently controls about 20% of Ukraine's territory.", figure_text: "about 20%" });
    expect(territoryOf([f])[0].source).toBe("(outlet unknown)");
  });

  it("leaves out figures that are not about territory", () => {
    expect(territoryOf([figure({ article: "a", metric: "killed", value: 3, quote: "Three were killed in Kherson.", figure_text: "Three" })])).toEqual([]);
  });
});
