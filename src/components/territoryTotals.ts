// Chart 2: totals over several months ("5,107 km² from June 2024 to May 2025") and the share of Ukraine
// held at a date ("nearly 19 percent"). Kept apart from the monthly chart because they are different
// quantities: a total over a long window would dwarf every month, and a percentage has no place on a km² axis.
import type {TopLevelSpec} from "vega-lite";
import type {TerritoryRow} from "../../loaders/types.js";
import {chartConfig, chartTitle, chartWidth, claimantSideScale, labelLimitFor, SIDE_COLORS, SIDE_LABELS, tickCountFor, type ChartOptions} from "./chartTheme.js";
import {emptyChart} from "./emptyChart.js";
import {formatFigure, formatMonth, formatPeriod} from "./formatting.js";

const TITLE = {
  text: "Territory: totals and share held",
  subtitle: "Top: km² gained over several months, by source. Bottom: share of Ukraine held, each source's figure with the range its wording allows.",
};

/** At most this many bars or dots per panel, newest first, so a large corpus still fits a card. */
const LIMIT = 15;

function byNewest(a: TerritoryRow, b: TerritoryRow): number {
  const aEnd = a.period_end || a.month;
  const bEnd = b.period_end || b.month;
  return aEnd < bEnd ? 1 : aEnd > bEnd ? -1 : a.figure_id < b.figure_id ? -1 : 1;
}

export function cumulativeRows(rows: readonly TerritoryRow[]): TerritoryRow[] {
  return rows
    .filter((row) => row.kind === "cumulative" && row.unit === "km2" && row.scope === "" && Number.isFinite(row.value))
    .sort(byNewest)
    .slice(0, LIMIT);
}

export function shareRows(rows: readonly TerritoryRow[]): TerritoryRow[] {
  return rows
    .filter((row) => row.kind === "share" && row.unit === "percent" && row.scope === "" && Number.isFinite(row.value))
    .sort(byNewest)
    .slice(0, LIMIT);
}

function asOf(row: TerritoryRow): string {
  if (row.period_end) return `end of ${formatMonth(row.period_end)}`;
  if (row.month) return formatMonth(row.month);
  return "date not stated";
}

export function territoryTotals(rows: readonly TerritoryRow[], {width}: ChartOptions): TopLevelSpec {
  const cumulative = cumulativeRows(rows);
  const shares = shareRows(rows);
  if (cumulative.length === 0 && shares.length === 0) {
    return emptyChart(TITLE, "No multi-month totals or shares of territory held were found in the articles.", {width});
  }
  // Labels name a source and a window: give them up to 45% of a narrow card rather than a third.
  const labelLimit = Math.max(labelLimitFor(width), Math.min(220, Math.floor(chartWidth(width) * 0.45)));
  // vconcat cannot "fit": give each panel the width left after its category labels.
  const panelWidth = Math.max(100, chartWidth(width) - labelLimit - 75);
  const common = (row: TerritoryRow) => ({
    source: row.source || row.outlet || "(no source)",
    outlet: row.outlet,
    claimant_side: SIDE_LABELS[row.claimant_side] ?? row.claimant_side,
    figure: formatFigure(row.value, row.unit, row.qualifier),
    quote: row.quote,
    figure_id: row.figure_id,
  });
  const twoLineAxis = {labelLimit, labelExpr: "split(datum.label, '\\n')", labelLineHeight: 13, labelPadding: 6};
  const kmAxis = {tickCount: tickCountFor(panelWidth), format: ",d", title: null};
  const tooltip = [
    {field: "source", title: "Source"},
    {field: "claimant_side", title: "Claimant side"},
    {field: "outlet", title: "Outlet"},
    {field: "figure", title: "Figure"},
    {field: "window", title: "Window"},
    {field: "quote", title: "Quote"},
  ];
  const panels: TopLevelSpec[] = [];
  if (cumulative.length > 0) {
    const values = cumulative.map((row) => ({
      ...common(row),
      value: row.value,
      window: formatPeriod(row.period_start, row.period_end),
      gain: row.side === "ukraine" ? "Ukraine's recaptures" : "Russia's gains",
      // Several sources can give the same window: the label names both so bars never stack unseen.
      // Two lines (split by labelExpr) so long source names stay readable on a phone.
      label: `${row.side === "ukraine" ? "Ukraine" : "Russia"}, ${formatPeriod(row.period_start, row.period_end)}\n${row.source || row.outlet}`,
    }));
    panels.push({
      title: {text: "Total gained over the window (km²)", fontSize: 12, fontWeight: "normal"},
      width: panelWidth,
      height: {step: 36},
      data: {values},
      layer: [
        {
          mark: {type: "bar", cornerRadiusEnd: 2},
          encoding: {
            y: {field: "label", type: "nominal", title: null, sort: null, axis: twoLineAxis},
            x: {field: "value", type: "quantitative", title: null, axis: kmAxis},
            color: {
              field: "gain",
              type: "nominal",
              title: "Gained by",
              scale: {domain: ["Russia's gains", "Ukraine's recaptures"], range: [SIDE_COLORS.russia, SIDE_COLORS.ukraine]},
            },
            tooltip,
          },
        },
        {
          mark: {type: "text", align: "left", dx: 4, fontSize: 11},
          encoding: {
            y: {field: "label", type: "nominal", sort: null},
            x: {field: "value", type: "quantitative", axis: kmAxis},
            text: {field: "value", type: "quantitative", format: ","},
          },
        },
      ],
    } as unknown as TopLevelSpec);
  }
  if (shares.length > 0) {
    const values = shares.map((row) => ({
      ...common(row),
      value: row.value,
      low: row.value_low ?? row.value,
      high: row.value_high ?? row.value,
      window: asOf(row),
      label: `${row.source || row.outlet || "(no source)"}\n${asOf(row)}`,
    }));
    const top = Math.max(...values.map((v) => v.high));
    panels.push({
      title: {text: "Share of Ukraine held by Russia (%)", fontSize: 12, fontWeight: "normal"},
      width: panelWidth,
      height: {step: 36},
      data: {values},
      layer: [
        {
          mark: {type: "rule", strokeWidth: 3, opacity: 0.5},
          encoding: {
            y: {field: "label", type: "nominal", title: null, sort: null, axis: twoLineAxis},
            x: {field: "low", type: "quantitative"},
            x2: {field: "high"},
            color: {field: "claimant_side", type: "nominal", title: "Claimed by", scale: claimantSideScale(), legend: {symbolOpacity: 1}},
          },
        },
        {
          mark: {type: "point", filled: true, size: 70},
          encoding: {
            y: {field: "label", type: "nominal", sort: null},
            x: {
              field: "value",
              type: "quantitative",
              title: null,
              // From zero, so a share is seen as the part of the whole it is.
              scale: {domain: [0, Math.max(25, Math.ceil(top / 5) * 5 + 5)]},
              axis: {tickCount: tickCountFor(panelWidth), format: "~s", labelExpr: "datum.label + '%'"},
            },
            color: {field: "claimant_side", type: "nominal", scale: claimantSideScale()},
            tooltip,
          },
        },
      ],
    } as unknown as TopLevelSpec);
  }
  const parts: string[] = [];
  const russianTotal = cumulative.find((row) => row.side === "russia");
  if (russianTotal) {
    parts.push(`${russianTotal.source || russianTotal.outlet}: Russia gained ${formatFigure(russianTotal.value, "km2", russianTotal.qualifier)} ${formatPeriod(russianTotal.period_start, russianTotal.period_end)}.`);
  }
  const latestShare = shares[0];
  if (latestShare) {
    parts.push(`${latestShare.source || latestShare.outlet}: Russia holds ${formatFigure(latestShare.value, "percent", latestShare.qualifier)} of Ukraine (${asOf(latestShare)}).`);
  }
  parts.push(`${cumulative.length} multi-month total${cumulative.length === 1 ? "" : "s"} and ${shares.length} share${shares.length === 1 ? "" : "s"} shown.`);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(TITLE, width),
    description: parts.join(" "),
    vconcat: panels as never,
    spacing: 28,
    resolve: {scale: {color: "independent"}, legend: {color: "independent"}},
    config: chartConfig({width}),
  } as TopLevelSpec;
}
