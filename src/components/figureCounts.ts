// Overview and Sources charts: how many figures there are per metric, per outlet, and per claimant and
// metric. Counts of mentions (rows of figures.csv), each bar split by who claimed the figure. They read
// figure-counts.csv (figures already counted per metric, outlet, claimant and side), so a page never
// downloads the figures themselves to draw them.
import type {TopLevelSpec} from "vega-lite";
import type {FigureCountRow, OutletAffiliation} from "../../loaders/types.js";
import {chartConfig, chartTitle, chartWidth, claimantSideScale, FIT_WIDTH, labelLimitFor, SIDE_LABELS, tickCountFor, type ChartOptions} from "./chartTheme.js";
import {emptyChart} from "./emptyChart.js";
import {countBy, foldToTop} from "./topCategories.js";

/** Categories drawn at most per chart; the rest fold into "Other (k)". */
export const MAX_BARS = 12;

const metricLabel = (metric: string) => metric.replaceAll("_", " ");
const weight = (row: FigureCountRow) => row.figures;
const total = (rows: readonly FigureCountRow[]) => rows.reduce((sum, row) => sum + row.figures, 0);

function stackedBars(
  figures: readonly FigureCountRow[],
  category: (row: FigureCountRow) => string,
  title: {text: string; subtitle: string},
  categoryTitle: string,
  {width}: ChartOptions,
): TopLevelSpec {
  if (total(figures) === 0) return emptyChart(title, "No figures were extracted yet.", {width});
  const fold = foldToTop(figures, category, MAX_BARS, weight);
  const values = figures.map((row) => ({category: fold(row), claimant_side: SIDE_LABELS[row.claimant_side] ?? row.claimant_side, figures: row.figures}));
  const top = countBy(values, (value) => value.category, (value) => value.figures);
  // Keep "Other" last whatever its size: it is not a category of its own.
  const order = [...top.filter((c) => !c.key.startsWith("Other (")), ...top.filter((c) => c.key.startsWith("Other ("))].map((c) => c.key);
  const first = top[0]!;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(title, width),
    description: `${total(figures)} figures by ${categoryTitle.toLowerCase()}: ${top
      .slice(0, 5)
      .map((c) => `${c.key} ${c.count}`)
      .join(", ")}${top.length > 5 ? ", …" : ""}. Most: ${first.key} (${first.count}).`,
    width: chartWidth(width),
    autosize: FIT_WIDTH,
    height: {step: 22},
    data: {values},
    mark: {type: "bar", cornerRadiusEnd: 1},
    encoding: {
      y: {field: "category", type: "nominal", title: null, sort: order, axis: {labelLimit: labelLimitFor(width)}},
      x: {aggregate: "sum", field: "figures", type: "quantitative", title: "Figures", axis: {tickCount: tickCountFor(width), tickMinStep: 1, format: "d"}},
      color: {field: "claimant_side", type: "nominal", title: "Claimed by", scale: claimantSideScale()},
      order: {field: "claimant_side"},
      tooltip: [
        {field: "category", title: categoryTitle},
        {field: "claimant_side", title: "Claimed by"},
        {aggregate: "sum", field: "figures", title: "Figures"},
      ],
    },
    config: chartConfig({width}),
  } as TopLevelSpec;
}

export function figuresPerMetric(figures: readonly FigureCountRow[], options: ChartOptions): TopLevelSpec {
  return stackedBars(
    figures,
    (row) => metricLabel(row.metric),
    {text: "Figures per metric", subtitle: "Every figure mention, split by the side of whoever claimed it."},
    "Metric",
    options,
  );
}

export function figuresPerOutlet(
  figures: readonly FigureCountRow[],
  options: ChartOptions & {affiliations?: ReadonlyMap<string, OutletAffiliation | string>},
): TopLevelSpec {
  const affiliation = options.affiliations;
  // With outlets.csv's affiliation the label says what kind of outlet it is ("TASS · state media").
  const label = (row: FigureCountRow) => {
    const outlet = row.outlet || "(outlet unknown)";
    const kind = affiliation?.get(row.outlet);
    return kind && kind !== "unknown" ? `${outlet} · ${kind.replaceAll("_", " ")}` : outlet;
  };
  return stackedBars(
    figures,
    label,
    {text: "Figures per outlet", subtitle: "Which outlets reported the figures (and their affiliation, from outlets.csv), split by claimant side."},
    "Outlet",
    options,
  );
}

export function figuresPerClaimant(figures: readonly FigureCountRow[], options: ChartOptions): TopLevelSpec {
  return stackedBars(
    figures,
    (row) => row.claimant || "(no claimant: the outlet's own words)",
    {text: "Figures per claimant", subtitle: "Who the articles say gave each figure, coloured by their side."},
    "Claimant",
    options,
  );
}

/** Claimant × metric grid: how many figures each claimant gave on which metric. */
export function claimantMetricGrid(figures: readonly FigureCountRow[], {width}: ChartOptions): TopLevelSpec {
  const title = {text: "Claimants by metric", subtitle: "Number of figures per claimant and metric; the most prolific claimants first."};
  if (total(figures) === 0) return emptyChart(title, "No figures were extracted yet.", {width});
  const claimant = (row: FigureCountRow) => row.claimant || "(no claimant)";
  const fold = foldToTop(figures, claimant, MAX_BARS, weight);
  const values = figures.map((row) => ({claimant: fold(row), metric: metricLabel(row.metric), count: row.figures}));
  const order = countBy(values, (v) => v.claimant, (v) => v.count).map((c) => c.key);
  const metrics = countBy(values, (v) => v.metric, (v) => v.count).map((c) => c.key);
  const narrow = chartWidth(width) < 560;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(title, width),
    description: `${total(figures)} figures from ${order.length} claimant rows across ${metrics.length} metrics. Most figures: ${order[0]}.`,
    width: chartWidth(width),
    autosize: FIT_WIDTH,
    height: {step: 24},
    data: {values},
    transform: [
      {aggregate: [{op: "sum", field: "count", as: "figures"}], groupby: ["claimant", "metric"]},
      {joinaggregate: [{op: "max", field: "figures", as: "most"}]},
    ],
    encoding: {
      y: {field: "claimant", type: "nominal", title: null, sort: order, axis: {labelLimit: labelLimitFor(width)}},
      x: {field: "metric", type: "nominal", title: null, sort: metrics, axis: {orient: "top", labelAngle: narrow ? -90 : -40, labelAlign: "left", labelLimit: 120, labelOverlap: false}},
    },
    layer: [
      {
        mark: {type: "rect", cornerRadius: 2},
        encoding: {
          color: {field: "figures", type: "quantitative", title: "Figures", scale: {scheme: "blues"}, legend: {direction: "horizontal", gradientLength: 120, format: "d", tickCount: 2}},
          tooltip: [
            {field: "claimant", title: "Claimant"},
            {field: "metric", title: "Metric"},
            {field: "figures", title: "Figures"},
          ],
        },
      },
      {
        mark: {type: "text", fontSize: 11},
        encoding: {
          text: {field: "figures", type: "quantitative"},
          // Dark text on light cells, light text on dark cells.
          color: {condition: {test: "datum.figures > 0.55 * datum.most", value: "white"}, value: "black"},
        },
      },
    ],
    config: chartConfig({width}),
  } as TopLevelSpec;
}
