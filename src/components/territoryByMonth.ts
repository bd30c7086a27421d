// Chart 1: Russia's monthly territorial gains in km², the way a graphics desk draws them (one bar per
// month), but without hiding that sources disagree: the bar is the median of the sources' figures and
// every source's own figure is a dot on it. Ukraine's recaptures hang below zero on the same axis, so
// the two sides compare at a glance. A window covering only part of a month ("from July 1 to July 30")
// is a hollow diamond, because it is not quite the same quantity as a full month.
import type {TopLevelSpec} from "vega-lite";
import type {TerritoryRow} from "../../loaders/types.js";
import {
  chartConfig,
  chartTitle,
  chartWidth,
  FIT_WIDTH,
  claimantSideScale,
  SIDE_COLORS,
  SIDE_LABELS,
  tickCountFor,
  type ChartOptions,
} from "./chartTheme.js";
import {emptyChart} from "./emptyChart.js";
import {formatFigure, formatMonth, formatNumber, formatPeriod} from "./formatting.js";
import {median} from "./median.js";

const TITLE = {
  text: "Russia's monthly territorial gains",
  subtitle: "km² per month. Bars: median of the sources' figures; dots: each source. Ukraine's recaptures below zero.",
};

const GAIN_LABELS = {russia: "Russia's gains", ukraine: "Ukraine's recaptures"} as const;
const WHOLE_MONTH = "Whole month";
const PART_MONTH = "Part of the month";
const CLAIMANT_TITLE = "Dot: who claimed it";
const WINDOW_TITLE = "Window (hollow: part of a month)";
const windowScale = {domain: [WHOLE_MONTH, PART_MONTH], range: ["circle", "diamond"]};

/**
 * The rows this chart can draw: monthly windows, in km², of land gained by Russia or Ukraine.
 * Whole-country figures only (scope ""): a region's share of a month ("the Donetsk region accounted for
 * nearly 400 km²") is part of the national figure, not another source's estimate of it. Percent figures
 * are left out because they are not comparable with areas.
 */
export function monthlyTerritoryRows<Row extends TerritoryRow>(rows: readonly Row[]): Row[] {
  return rows.filter(
    (row) =>
      row.kind === "monthly" &&
      row.metric === "territory_gained" &&
      row.unit === "km2" &&
      /^\d{4}-\d{2}/.test(row.month) &&
      (row.side === "russia" || row.side === "ukraine") &&
      row.scope === "" &&
      Number.isFinite(row.value),
  );
}

export interface MonthBar {
  month: string;
  side: "russia" | "ukraine";
  median: number;
  sources: number;
  low: number;
  high: number;
}

/** One bar per month and side: the median of that month's figures, with how many there were and their range. */
export function monthlyMedians(rows: readonly TerritoryRow[]): MonthBar[] {
  const groups = new Map<string, TerritoryRow[]>();
  for (const row of monthlyTerritoryRows(rows)) {
    const key = `${row.month.slice(0, 7)}|${row.side}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()]
    .map((group) => {
      const values = group.map((row) => row.value);
      return {
        month: `${group[0]!.month.slice(0, 7)}-01`,
        side: group[0]!.side as "russia" | "ukraine",
        median: median(values),
        sources: group.length,
        low: Math.min(...values),
        high: Math.max(...values),
      };
    })
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.side < b.side ? -1 : 1));
}

function describe(bars: MonthBar[], figureCount: number): string {
  const russia = bars.filter((bar) => bar.side === "russia");
  const months = new Set(bars.map((bar) => bar.month)).size;
  const parts = [`${figureCount} monthly territory figures covering ${months} month${months === 1 ? "" : "s"}.`];
  const latest = russia.at(-1);
  if (latest) {
    const spread =
      latest.sources > 1 ? ` (${latest.sources} figures from ${formatNumber(latest.low)} to ${formatNumber(latest.high)})` : " (one figure)";
    parts.push(`Latest month, ${formatMonth(latest.month)}: Russia gained a median of ${formatNumber(latest.median)} km²${spread}.`);
    const largest = russia.reduce((best, bar) => (bar.median > best.median ? bar : best));
    if (largest !== latest) parts.push(`Largest: ${formatMonth(largest.month)}, ${formatNumber(largest.median)} km².`);
  }
  const recaptures = bars.filter((bar) => bar.side === "ukraine");
  if (recaptures.length > 0) {
    const total = recaptures.reduce((sum, bar) => sum + bar.median, 0);
    parts.push(`Ukraine's recaptures: ${formatNumber(total)} km² over ${recaptures.length} month${recaptures.length === 1 ? "" : "s"} (sum of medians).`);
  }
  return parts.join(" ");
}

export function territoryByMonth(rows: readonly TerritoryRow[], {width}: ChartOptions): TopLevelSpec {
  const monthly = monthlyTerritoryRows(rows);
  if (monthly.length === 0) {
    return emptyChart(TITLE, "No monthly territory figures in km² were found in the articles.", {width});
  }
  const bars = monthlyMedians(monthly).map((bar) => ({
    ...bar,
    signed: bar.side === "ukraine" ? -bar.median : bar.median,
    gain: GAIN_LABELS[bar.side],
    month_label: formatMonth(bar.month),
  }));
  const points = monthly.map((row) => ({
    month: `${row.month.slice(0, 7)}-01`,
    signed: row.side === "ukraine" ? -row.value : row.value,
    figure: formatFigure(row.value, row.unit, row.qualifier),
    gain: GAIN_LABELS[row.side as "russia" | "ukraine"],
    source: row.source || row.outlet,
    claimant_side: SIDE_LABELS[row.claimant_side] ?? row.claimant_side,
    outlet: row.outlet,
    period: formatPeriod(row.period_start, row.period_end),
    window: row.partial ? PART_MONTH : WHOLE_MONTH,
    quote: row.quote,
    figure_id: row.figure_id,
  }));
  const plotWidth = chartWidth(width);
  const x = {
    field: "month",
    type: "temporal" as const,
    timeUnit: "utcyearmonth" as const,
    title: null,
    axis: {format: "%b %Y", tickCount: tickCountFor(plotWidth - 60), labelOverlap: true, grid: false},
  };
  const pointTooltip = [
    {field: "source", title: "Source"},
    {field: "claimant_side", title: "Claimant side"},
    {field: "outlet", title: "Outlet"},
    {field: "figure", title: "Figure"},
    {field: "period", title: "Period"},
    {field: "window", title: "Window"},
    {field: "quote", title: "Quote"},
  ];
  // Both dot layers (outline and fill) share it: same fields, titles and scales, so the legends merge rather than repeat.
  const pointEncoding = {
    x: {...x, bandPosition: 0.5},
    y: {field: "signed", type: "quantitative" as const},
    color: {field: "claimant_side", type: "nominal" as const, title: CLAIMANT_TITLE, scale: claimantSideScale()},
    shape: {field: "window", type: "nominal" as const, title: WINDOW_TITLE, scale: windowScale},
    tooltip: pointTooltip,
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(TITLE, width),
    description: describe(bars, monthly.length),
    width: plotWidth,
    autosize: FIT_WIDTH,
    height: Math.round(Math.min(360, Math.max(220, plotWidth * 0.5))),
    layer: [
      {
        data: {values: bars},
        mark: {type: "bar", opacity: 0.6, cornerRadiusEnd: 1},
        encoding: {
          x,
          y: {
            field: "signed",
            type: "quantitative",
            title: "km² (recaptures below zero)",
            axis: {labelExpr: "format(abs(datum.value), ',')", tickCount: 6},
          },
          fill: {
            field: "gain",
            type: "nominal",
            title: "Bar: median of sources",
            scale: {domain: [GAIN_LABELS.russia, GAIN_LABELS.ukraine], range: [SIDE_COLORS.russia, SIDE_COLORS.ukraine]},
          },
          tooltip: [
            {field: "month_label", title: "Month"},
            {field: "gain", title: "Bar"},
            {field: "median", title: "Median km²", format: ",.0f"},
            {field: "sources", title: "Figures"},
            {field: "low", title: "Lowest km²", format: ",.0f"},
            {field: "high", title: "Highest km²", format: ",.0f"},
          ],
        },
      },
      {
        data: {values: [{zero: 0}]},
        mark: {type: "rule", strokeWidth: 1},
        encoding: {y: {field: "zero", type: "quantitative"}},
      },
      {
        data: {values: points},
        mark: {type: "point", size: 70, strokeWidth: 2, filled: false},
        encoding: pointEncoding,
      },
      {
        // Whole-month dots are filled in; a partial window stays a hollow outline.
        data: {values: points.filter((point) => point.window === WHOLE_MONTH)},
        mark: {type: "point", size: 70, filled: true, opacity: 1},
        encoding: pointEncoding,
      },
    ],
    config: chartConfig({width}),
  };
}
