import { describe, expect, it } from "vitest";
import { buildModel } from "../../loaders/model.ts";
import { pick, seedFigures } from "./claimsModelFixtures.ts";

describe("buildModel on the seed figures (the issue's definition of done)", () => {
  const seeds = seedFigures();
  const model = buildModel(seeds, []);

  it("makes the 1 June aircraft-hit figures one event whose counts are one divergence row", () => {
    const aircraftEvents = new Set(model.claims.filter((c) => c.metric === "aircraft_hit").map((c) => c.event_id));
    expect(aircraftEvents.size).toBe(1);
    const [eventId] = aircraftEvents;
    const event = model.events.find((e) => e.event_id === eventId)!;
    expect(event).toMatchObject({ figures: 4, claims: 4 });
    const rows = model.divergence.filter((d) => d.event_id === eventId);
    expect(rows.map((d) => [d.unit, d.claims, d.min_value, d.max_value, d.claimant_sides])).toEqual([["count", 3, 2, 41, "russia ukraine"]]);
  });

  it("makes the 1,000-per-side swap one claim with two echoes", () => {
    const swap = model.claims.filter((c) => c.metric === "prisoners_exchanged");
    expect(swap.map((c) => [c.value, c.echoes, c.claimant])).toEqual([[1000, 2, ""]]);
  });

  it("makes the Bryansk bridge's 'at least seven' dead one claim from two outlets", () => {
    const dead = model.claims.filter((c) => c.metric === "killed" && c.value === 7);
    expect(dead.map((c) => [c.qualifier, c.echoes, c.outlets])).toEqual([["at_least", 2, 2]]);
  });

  it("has May, April and March 2025 in the territory table", () => {
    const months = model.territory.filter((t) => t.kind === "monthly" && t.scope === "").map((t) => [t.month, t.value]);
    expect(months).toEqual([
      ["2025-05-01", 507],
      ["2025-04-01", 379],
      ["2025-03-01", 240],
    ]);
  });

  it("counts each event's claims and figures so that they add up to the tables", () => {
    expect(model.events.reduce((n, e) => n + e.claims, 0)).toBe(model.claims.length);
    expect(model.events.reduce((n, e) => n + e.figures, 0)).toBe(seeds.length);
    const eventIds = new Set(model.events.map((e) => e.event_id));
    expect(model.claims.every((c) => eventIds.has(c.event_id))).toBe(true);
  });

  it("gives the same tables whatever the order of the figures", () => {
    const shuffled = [...seeds].sort((a, b) => (a.quote.length % 7) - (b.quote.length % 7) || (a.figure_id < b.figure_id ? 1 : -1));
    expect(buildModel(shuffled, [])).toEqual(model);
  });

  it("applies data/tables/events.csv and reports unknown figures with the given path and lines", () => {
    const f41 = pick(seeds, (f) => f.value === 41);
    const named = buildModel(
      seeds,
      [
        { event_id: "spiderweb", label: "Operation Spiderweb", action: "name", article: "a", figure_id: f41.figure_id },
        { event_id: "x", label: "", action: "split", article: "a", figure_id: "fmissing" },
      ],
      [4, 9],
      "tables/events.csv",
    );
    expect(named.divergence.find((d) => d.metric === "aircraft_hit")).toMatchObject({ event_id: "spiderweb", event_label: "Operation Spiderweb" });
    expect(named.issues.map((i) => [i.file, i.line, i.value])).toEqual([["tables/events.csv", 9, "fmissing"]]);
  });
});

describe("buildModel on the real extraction of the seed articles", async () => {
  const { runPipeline } = await import("../../loaders/pipeline.ts");
  const result = await runPipeline({ articlesDir: "data/articles", tablesDir: "data/tables" });
  // Automatic grouping alone (no events.csv), to check the rules rather than the contributors' table.
  const auto = buildModel(result.figures, []);

  it("groups the 1 June aircraft-hit figures into one event with one count divergence row", () => {
    const aircraft = auto.claims.filter((c) => c.metric === "aircraft_hit");
    expect(new Set(aircraft.map((c) => c.event_id)).size).toBe(1);
    expect(aircraft.some((c) => c.unit === "percent" && c.value === 34)).toBe(true);
    const rows = auto.divergence.filter((d) => d.metric === "aircraft_hit");
    expect(rows.map((d) => [d.unit, d.min_value, d.max_value, d.claimant_sides])).toEqual([["count", 2, 41, "russia ukraine"]]);
    expect(rows[0].claims).toBeGreaterThanOrEqual(3);
  });

  it("makes the swap one claim with two echoes and the bridge's dead one claim from two outlets", () => {
    expect(auto.claims.filter((c) => c.metric === "prisoners_exchanged").map((c) => [c.value, c.echoes])).toEqual([[1000, 2]]);
    expect(auto.claims.filter((c) => c.metric === "killed" && c.value === 7).map((c) => [c.qualifier, c.echoes, c.outlets])).toEqual([["at_least", 2, 2]]);
  });

  it("has May, April and March 2025 national rows and Donetsk as a part of May", () => {
    const monthly = auto.territory.filter((t) => t.kind === "monthly" && t.side === "russia");
    expect(monthly.filter((t) => t.scope === "").map((t) => [t.month, t.value])).toEqual([
      ["2025-05-01", 507],
      ["2025-04-01", 379],
      ["2025-03-01", 240],
    ]);
    expect(monthly.filter((t) => t.scope !== "").map((t) => [t.month, t.value, t.scope])).toEqual([["2025-05-01", 400, "donetsk"]]);
  });

  it("applies the contributors' events.csv (a row that did not apply would stop the run)", () => {
    const named = new Set(result.events.filter((e) => e.source === "pinned").map((e) => e.event_id));
    expect(named.has("2025-06-01-operation-spiderweb")).toBe(true);
    expect(result.divergence.find((d) => d.metric === "aircraft_hit")?.event_id).toBe("2025-06-01-operation-spiderweb");
  });
});
