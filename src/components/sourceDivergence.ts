// Chart 4: per-source figure divergence. For every event where claims differ, each claim is divided by
// the median of that event's claims (the consensus) and drawn on a log scale, one row per claimant: a
// claimant whose dots sit right of the line states more than the others for the same events, left of it
// less. Log scale because ×2 and ÷2 are the same distance from agreement.
import type {TopLevelSpec} from "vega-lite";
import {chartConfig, chartTitle, chartWidth, claimantSideScale, FIT_WIDTH, labelLimitFor, SIDE_LABELS, type ChartOptions} from "./chartTheme.js";
import {divergenceGroups, type ClaimsModel} from "./divergenceGroups.js";
import {emptyChart} from "./emptyChart.js";
import {formatFigure, formatNumber} from "./formatting.js";
import {foldToTop} from "./topCategories.js";

const TITLE = {
  text: "Claimants vs. consensus",
  subtitle: "Each dot: one claim divided by the median of all claims for the same event and metric (log scale). Right of the line: above the consensus.",
};

/** Claimant rows drawn at most (the rest fold into "Other"). */
export const MAX_CLAIMANTS = 15;

export interface ClaimVsConsensus {
  claimant: string;
  claimant_side: string;
  event: string;
  metric: string;
  figure: string;
  consensus: number;
  ratio: number;
  quote: string;
}

/**
 * Every claim with a positive value in an event whose consensus is positive, with its ratio to the
 * consensus. A zero cannot go on a log scale: those claims are counted and named in the subtitle instead.
 */
export function claimsVsConsensus(model: ClaimsModel): {points: ClaimVsConsensus[]; zeros: number} {
  const points: ClaimVsConsensus[] = [];
  let zeros = 0;
  for (const group of divergenceGroups(model)) {
    for (const claim of group.claims) {
      if (!(claim.value > 0) || !(group.consensus > 0)) {
        zeros++;
        continue;
      }
      points.push({
        claimant: claim.claimant || "(no claimant)",
        claimant_side: SIDE_LABELS[claim.claimant_side] ?? claim.claimant_side,
        event: group.row.event_label || group.row.event_id,
        metric: group.row.metric.replaceAll("_", " "),
        figure: formatFigure(claim.value, claim.unit, claim.qualifier),
        consensus: group.consensus,
        ratio: claim.value / group.consensus,
        quote: claim.quote,
      });
    }
  }
  return {points, zeros};
}

export function sourceDivergence(model: ClaimsModel, {width}: ChartOptions): TopLevelSpec {
  const {points, zeros} = claimsVsConsensus(model);
  if (points.length === 0) {
    return emptyChart(TITLE, "No event has two or more differing claims above zero yet.", {width});
  }
  const fold = foldToTop(points, (point) => point.claimant, MAX_CLAIMANTS);
  const values = points.map((point) => ({...point, row: fold(point), consensus_text: formatNumber(point.consensus)}));
  const ratios = values.map((point) => point.ratio);
  // Symmetric domain around 1 so "twice" and "half" look equally far; at least ÷2 … ×2.
  const extent = Math.max(2, ...ratios.map((ratio) => Math.max(ratio, 1 / ratio)));
  const furthest = values.reduce((best, point) =>
    Math.abs(Math.log(point.ratio)) > Math.abs(Math.log(best.ratio)) ? point : best,
  );
  const description =
    `${values.length} claims from ${new Set(values.map((v) => v.claimant)).size} claimants compared with the median claim for the same event.` +
    ` Furthest from it: ${furthest.claimant}, ${furthest.figure} ${furthest.metric} (${furthest.event}) against a median of ${formatNumber(furthest.consensus)}.` +
    (zeros > 0 ? ` ${zeros} claim${zeros === 1 ? "" : "s"} of zero not drawn.` : "");
  const subtitle = zeros > 0 ? `${TITLE.subtitle} ${zeros} claim${zeros === 1 ? "" : "s"} of zero left out (no place on a log scale).` : TITLE.subtitle;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle({text: TITLE.text, subtitle}, width),
    description,
    width: chartWidth(width),
    autosize: FIT_WIDTH,
    height: {step: 24},
    data: {values},
    layer: [
      {
        data: {values: [{one: 1}]},
        mark: {type: "rule", strokeDash: [3, 3]},
        encoding: {x: {field: "one", type: "quantitative"}},
      },
      {
        mark: {type: "point", filled: true, size: 80, opacity: 0.85},
        encoding: {
          y: {field: "row", type: "nominal", title: null, sort: {op: "count", order: "descending"}, axis: {labelLimit: labelLimitFor(width)}},
          x: {
            field: "ratio",
            type: "quantitative",
            // The long title is cut off under a phone's narrow plot; the short one says the same.
            title: chartWidth(width) < 480 ? "Claim ÷ event's median claim" : "Claim ÷ median of claims for the event",
            scale: {type: "log", domain: [1 / extent, extent], nice: false},
            axis: {values: [0.01, 0.1, 0.25, 0.5, 1, 2, 4, 10, 100].filter((tick) => tick >= 1 / extent && tick <= extent), labelExpr: "datum.value < 1 ? '÷' + format(1 / datum.value, '~g') : '×' + format(datum.value, '~g')"},
          },
          color: {field: "claimant_side", type: "nominal", title: "Claimed by", scale: claimantSideScale()},
          tooltip: [
            {field: "claimant", title: "Claimant"},
            {field: "claimant_side", title: "Side"},
            {field: "event", title: "Event"},
            {field: "metric", title: "Metric"},
            {field: "figure", title: "Claimed"},
            {field: "consensus_text", title: "Median of claims"},
            {field: "ratio", title: "Ratio", format: ".2f"},
            {field: "quote", title: "Quote"},
          ],
        },
      },
    ],
    config: chartConfig({width}),
  } as TopLevelSpec;
}
