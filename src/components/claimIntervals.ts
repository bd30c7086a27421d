// Chart 3: what each side claimed about the same event, as intervals. A figure's wording allows a range
// ("at least 5" is 5 to anything; "about 300" is 270 to 300): the line spans that range, the dot is the
// number stated. An open upper bound runs dashed to the panel's edge and ends in an arrow. One panel per
// event and metric, each on its own scale (aircraft and km² do not share an axis), most divergent first.
import type {TopLevelSpec} from "vega-lite";
import {chartConfig, chartTitle, chartWidth, claimantSideScale, labelLimitFor, SIDE_LABELS, tickCountFor, type ChartOptions} from "./chartTheme.js";
import {divergenceGroups, formatRatio, type ClaimsModel} from "./divergenceGroups.js";
import {emptyChart} from "./emptyChart.js";
import {formatFigure, formatNumber, formatPeriod, unitLabel, wrapWords} from "./formatting.js";

const TITLE = {
  text: "Where the claims disagree",
  subtitle: "Each line: the range a claim's wording allows; dot: the number stated; dashed arrow: no upper bound. Events with the widest gap first.",
};

/** Panels drawn at most; the divergence table on the page lists the rest. */
export const MAX_EVENTS = 10;

export function claimIntervals(model: ClaimsModel, {width}: ChartOptions): TopLevelSpec {
  const groups = divergenceGroups(model);
  if (groups.length === 0) {
    return emptyChart(TITLE, "No event has two or more differing claims yet.", {width});
  }
  const shown = groups.slice(0, MAX_EVENTS);
  const labelLimit = labelLimitFor(width);
  const panelWidth = Math.max(100, chartWidth(width) - labelLimit - 75);
  // Panel headers start at the plot's left edge: wrap them to the plot's width, not the card's.
  const headerChars = Math.max(24, Math.floor(panelWidth / 6.8));
  const values = shown.flatMap((group, rank) => {
    const finiteTops = group.claims.map((claim) => claim.value_high ?? claim.value);
    const open = group.claims.some((claim) => claim.value_high === null);
    // An open bound runs to 30% past the largest finite number in the panel: far enough to read as "more".
    const edge = Math.max(...finiteTops, 1) * (open ? 1.3 : 1);
    const unit = group.row.unit;
    const period = group.row.period_start || group.row.period_end ? formatPeriod(group.row.period_start, group.row.period_end) : "";
    const header = `${wrapWords(group.row.event_label || group.row.event_id, headerChars, 3).join("\n")}\n${group.row.metric.replaceAll("_", " ")} (${unitLabel(unit)})${period ? `, ${period}` : ""} · ${formatRatio(group.spread)}`;
    const seen = new Map<string, number>();
    return group.claims.map((claim) => {
      const name = claim.claimant || `(no claimant) ${claim.outlet_names}`.trim();
      const repeat = (seen.get(name) ?? 0) + 1;
      seen.set(name, repeat);
      return {
        group: header,
        rank,
        claimant: repeat > 1 ? `${name} (${repeat})` : name,
        claimant_side: SIDE_LABELS[claim.claimant_side] ?? claim.claimant_side,
        value: claim.value,
        low: claim.value_low ?? 0,
        high: claim.value_high ?? edge,
        open: claim.value_high === null,
        figure: formatFigure(claim.value, claim.unit, claim.qualifier),
        range: `${formatNumber(claim.value_low ?? 0)} to ${claim.value_high === null ? "no upper bound" : formatNumber(claim.value_high)}`,
        consensus: formatNumber(group.consensus),
        outlets: claim.outlet_names,
        echoes: claim.echoes,
        quote: claim.quote,
        claim_id: claim.claim_id,
      };
    });
  });
  const tooltip = [
    {field: "claimant", title: "Claimant"},
    {field: "claimant_side", title: "Side"},
    {field: "figure", title: "Stated"},
    {field: "range", title: "Wording allows"},
    {field: "consensus", title: "Median of claims"},
    {field: "outlets", title: "Outlets"},
    {field: "echoes", title: "Articles"},
    {field: "quote", title: "Quote"},
  ];
  const y = {field: "claimant", type: "nominal", title: null, axis: {labelLimit, ticks: false, domain: false}};
  const top = shown[0]!;
  const description =
    `${groups.length} event${groups.length === 1 ? "" : "s"} with differing claims` +
    (groups.length > shown.length ? ` (${shown.length} most divergent shown)` : "") +
    `. Widest gap: ${top.row.event_label || top.row.event_id}, ${top.row.metric.replaceAll("_", " ")}: ` +
    top.claims.map((claim) => `${claim.claimant || "no claimant"} ${formatFigure(claim.value, claim.unit, claim.qualifier)}`).join(", ") +
    ".";
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(TITLE, width),
    description,
    data: {values},
    facet: {
      row: {
        field: "group",
        type: "nominal",
        title: null,
        sort: {field: "rank", op: "min", order: "ascending"},
        header: {
          labelAngle: 0,
          labelOrient: "top",
          labelAnchor: "start",
          labelAlign: "left",
          labelLimit: panelWidth + 20,
          labelExpr: "split(datum.label, '\\n')",
          labelFontWeight: "bold",
          labelPadding: 4,
        },
      },
    },
    spacing: 18,
    spec: {
      width: panelWidth,
      height: {step: 20},
      layer: [
        {
          mark: {type: "rule", strokeWidth: 3, opacity: 0.55},
          encoding: {
            y,
            x: {field: "low", type: "quantitative", title: null, axis: {tickCount: tickCountFor(panelWidth), format: "~s"}},
            x2: {field: "high"},
            color: {field: "claimant_side", type: "nominal", title: "Claimed by", scale: claimantSideScale(), legend: {symbolOpacity: 1}},
            strokeDash: {condition: {test: "datum.open", value: [4, 3]}, value: [1, 0]},
            tooltip,
          },
        },
        {
          // Arrow heads only on open bounds; hidden rather than filtered out, because a filter would give
          // this layer its own data source and break the per-panel independent scales.
          mark: {type: "point", shape: "triangle-right", filled: true, size: 50},
          encoding: {
            y,
            opacity: {condition: {test: "datum.open", value: 1}, value: 0},
            x: {field: "high", type: "quantitative"},
            color: {field: "claimant_side", type: "nominal", scale: claimantSideScale()},
            tooltip,
          },
        },
        {
          mark: {type: "point", filled: true, size: 70, opacity: 1},
          encoding: {
            y,
            x: {field: "value", type: "quantitative"},
            color: {field: "claimant_side", type: "nominal", scale: claimantSideScale()},
            tooltip,
          },
        },
      ],
    },
    resolve: {scale: {x: "independent", y: "independent"}},
    config: chartConfig({width}),
  } as TopLevelSpec;
}
