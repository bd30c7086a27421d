// Every chart factory: its spec is valid Vega-Lite, compiles, renders headlessly, matches its golden
// file, and survives the edge sizes (no rows, one row, thousands of rows) at phone and desktop widths.
import {describe, expect, it} from "vitest";
import type {TopLevelSpec} from "vega-lite";
import type {ClaimRow, DivergenceRow, FigureRow, TerritoryRow} from "../../loaders/types.js";
import {claimIntervals} from "../../src/components/claimIntervals.js";
import {claimantMetricGrid, figuresPerClaimant, figuresPerMetric, figuresPerOutlet} from "../../src/components/figureCounts.js";
import {sourceDivergence} from "../../src/components/sourceDivergence.js";
import {territoryByMonth} from "../../src/components/territoryByMonth.js";
import {territoryTotals} from "../../src/components/territoryTotals.js";
import {figureCounts} from "../../loaders/notebookTables.js";
import {claimsModel, figureRows, territoryRows} from "./fixtures.js";
import {goldenMismatch, renderSvg, schemaErrors} from "./specHarness.js";

interface Factory<T> {
  name: string;
  make: (data: T, options: {width: number}) => TopLevelSpec;
  sample: T;
  empty: T;
  one: T;
  many: T;
}

const manyTerritory: TerritoryRow[] = Array.from({length: 3000}, (_, i) => {
  const month = `${2022 + Math.floor((i % 48) / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`;
  return {...territoryRows[0]!, month, value: 100 + (i % 700), source: `Source ${i % 40}`, figure_id: `m${i}`, partial: i % 7 === 0, kind: i % 50 === 0 ? "cumulative" : "monthly"};
});
const manyFigures: FigureRow[] = Array.from({length: 5000}, (_, i) => ({
  ...figureRows[i % figureRows.length]!,
  figure_id: `g${i}`,
  outlet: `Outlet ${i % 300}`,
  claimant: `Claimant ${i % 500}`,
}));
const manyClaims: ClaimRow[] = [];
const manyDivergence: DivergenceRow[] = [];
for (let event = 0; event < 800; event++) {
  const ids = [0, 1, 2].map((k) => `e${event}c${k}`);
  ids.forEach((claim_id, k) => manyClaims.push({...claimsModel.claims[k]!, claim_id, event_id: `e${event}`, claimant: `Claimant ${(event + k) % 90}`, value: (k + 1) * (event + 1)}));
  manyDivergence.push({...claimsModel.divergence[1]!, event_id: `e${event}`, event_label: `Event ${event}`, claim_ids: ids.join(" "), ratio: 3, min_value: event + 1, max_value: 3 * (event + 1)});
}
const oneClaimPair = {claims: claimsModel.claims.slice(3, 5), divergence: [claimsModel.divergence[0]!]};

const factories: Factory<never>[] = [
  {name: "territoryByMonth", make: territoryByMonth, sample: territoryRows, empty: [], one: [territoryRows[0]!], many: manyTerritory},
  {name: "territoryTotals", make: territoryTotals, sample: territoryRows, empty: [], one: [territoryRows[8]!], many: manyTerritory},
  {name: "claimIntervals", make: claimIntervals, sample: claimsModel, empty: {claims: [], divergence: []}, one: oneClaimPair, many: {claims: manyClaims, divergence: manyDivergence}},
  {name: "sourceDivergence", make: sourceDivergence, sample: claimsModel, empty: {claims: [], divergence: []}, one: oneClaimPair, many: {claims: manyClaims, divergence: manyDivergence}},
  {name: "figuresPerMetric", make: figuresPerMetric, sample: figureCounts(figureRows), empty: [], one: figureCounts([figureRows[0]!]), many: figureCounts(manyFigures)},
  {name: "figuresPerOutlet", make: figuresPerOutlet, sample: figureCounts(figureRows), empty: [], one: figureCounts([figureRows[0]!]), many: figureCounts(manyFigures)},
  {name: "figuresPerClaimant", make: figuresPerClaimant, sample: figureCounts(figureRows), empty: [], one: figureCounts([figureRows[0]!]), many: figureCounts(manyFigures)},
  {name: "claimantMetricGrid", make: claimantMetricGrid, sample: figureCounts(figureRows), empty: [], one: figureCounts([figureRows[0]!]), many: figureCounts(manyFigures)},
] as never;

async function expectRenders(spec: TopLevelSpec): Promise<string> {
  expect(schemaErrors(spec)).toBe("");
  const {svg} = await renderSvg(spec);
  expect(svg).toMatch(/^<svg/);
  return svg;
}

describe.each(factories)("$name", (factory) => {
  it("gives a title, a subtitle and a text alternative describing the chart's message", () => {
    const spec = factory.make(factory.sample, {width: 640}) as {title: {text: string; subtitle: unknown}; description: string};
    expect(spec.title.text.length).toBeGreaterThan(5);
    expect(spec.title.subtitle).toBeTruthy();
    expect(spec.description.length).toBeGreaterThan(30);
  });

  it.each([375, 640, 1440])("is valid Vega-Lite and renders at %i px", async (width) => {
    await expectRenders(factory.make(factory.sample, {width}));
  });

  it("matches its golden spec at 640 px", () => {
    expect(goldenMismatch(factory.name, factory.make(factory.sample, {width: 640}))).toBe("");
  });

  it("shows an empty-state message instead of crashing when there are no rows", async () => {
    const spec = factory.make(factory.empty, {width: 375});
    const svg = await expectRenders(spec);
    expect(svg).toMatch(/No .* (yet|found)/);
  });

  it("renders a single row", async () => {
    await expectRenders(factory.make(factory.one, {width: 375}));
  });

  it("renders thousands of rows", async () => {
    const spec = factory.make(factory.many, {width: 1440});
    const svg = await expectRenders(spec);
    expect(svg.length).toBeGreaterThan(1000);
  });
});
