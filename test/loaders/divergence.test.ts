import { describe, expect, it } from "vitest";
import { buildClaims } from "../../loaders/claims.ts";
import { divergenceRows, intervalsOverlap } from "../../loaders/divergence.ts";
import { groupEvents } from "../../loaders/events.ts";
import type { FigureRow } from "../../loaders/types.ts";
import { figure, seedFigures } from "./claimsModelFixtures.ts";

function divergenceOf(figures: FigureRow[]) {
  const { events, eventOf } = groupEvents(figures);
  const { claims } = buildClaims(figures, eventOf);
  return { rows: divergenceRows(claims, events), claims, events };
}

describe("divergenceRows on the seed figures", () => {
  const { rows, claims } = divergenceOf(seedFigures());

  it("makes the 1 June aircraft counts (41, 40 and 'a maximum of two') one row", () => {
    const aircraft = rows.filter((r) => r.metric === "aircraft_hit");
    expect(aircraft).toHaveLength(1); // the "roughly 34 percent" is the only percent claim: no row of its own
    expect(aircraft[0]).toMatchObject({
      unit: "count",
      subject_side: "russia",
      claims: 3,
      claimants: 3,
      sides: 2,
      claimant_sides: "russia ukraine",
      lowest_low: 0,
      highest_high: 41,
      min_value: 2,
      max_value: 41,
      ratio: 20.5,
      overlap: false,
    });
    expect(aircraft[0].event_label).toMatch(/^Aircraft hit \(Russian\)/);
    const ids = aircraft[0].claim_ids.split(" ");
    expect(ids).toHaveLength(3);
    expect(ids.every((id) => claims.some((c) => c.claim_id === id && c.metric === "aircraft_hit" && c.unit === "count"))).toBe(true);
  });

  it("does not set the Donetsk part of May against May's total, nor the 40 near Moscow against 300 drones", () => {
    expect(rows.some((r) => r.metric === "territory_gained")).toBe(false);
    expect(rows.some((r) => r.metric === "drones_downed")).toBe(false);
  });
});

describe("divergenceRows", () => {
  const base = { metric: "killed", subject_side: "ukraine", published: "2025-06-07" } as const;
  const quote = (n: string) => `A missile strike on Dnipro killed ${n} people, officials said.`;

  it("finds overlap when an open-ended claim allows the other's value", () => {
    const a = figure({ ...base, article: "a1", value: 7, qualifier: "at_least", claimant: "Serhiy Lysak", claimant_side: "ukraine", quote: quote("at least 7"), figure_text: "at least 7" });
    const b = figure({ ...base, article: "a2", value: 10, claimant: "Ukraine's Interior Ministry", claimant_side: "ukraine", quote: quote("10"), figure_text: "10" });
    const [row] = divergenceOf([a, b]).rows;
    expect(row).toMatchObject({ claims: 2, claimants: 2, sides: 1, lowest_low: 7, highest_high: null, overlap: true, ratio: 10 / 7 });
  });

  it("has no ratio when a claim is zero", () => {
    const a = figure({ ...base, article: "a1", value: 0, claimant: "Russian Defence Ministry", claimant_side: "russia", quote: quote("0"), figure_text: "0" });
    const b = figure({ ...base, article: "a2", value: 12, claimant: "Ukraine's Air Force", claimant_side: "ukraine", quote: quote("12"), figure_text: "12" });
    const [row] = divergenceOf([a, b]).rows;
    expect(row).toMatchObject({ min_value: 0, max_value: 12, ratio: null, overlap: false, claimant_sides: "russia ukraine" });
  });

  it("needs two claims: one claim echoed by many outlets is no divergence", () => {
    const echoes = ["a1", "a2", "a3"].map((article, i) => figure({ ...base, article, outlet: `Outlet ${i}`, value: 12, claimant: "Serhiy Lysak", claimant_side: "ukraine", quote: quote("12"), figure_text: "12" }));
    expect(divergenceOf(echoes).rows).toEqual([]);
  });

  it("compares claims within a metric and unit, not across them", () => {
    const killed = figure({ ...base, article: "a1", value: 5, claimant: "Serhiy Lysak", claimant_side: "ukraine", quote: quote("5"), figure_text: "5" });
    const injured = figure({ ...base, article: "a2", metric: "injured", value: 30, claimant: "Serhiy Lysak", claimant_side: "ukraine", quote: "A missile strike on Dnipro injured 30 people, officials said.", figure_text: "30" });
    expect(divergenceOf([killed, injured]).rows).toEqual([]);
  });
});

describe("intervalsOverlap", () => {
  it("is true when one value fits every interval, null bounds being open", () => {
    expect(intervalsOverlap([{ value_low: 40, value_high: 40 }, { value_low: 36, value_high: 44 }])).toBe(true);
    expect(intervalsOverlap([{ value_low: 41, value_high: 41 }, { value_low: 0, value_high: 2 }])).toBe(false);
    expect(intervalsOverlap([{ value_low: 7, value_high: null }, { value_low: null, value_high: 7 }])).toBe(true);
  });
});
