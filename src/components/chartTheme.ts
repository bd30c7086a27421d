// The look shared by every chart: claimant-side colours, and layout settings that
// keep labels from overlapping at any width from a 375 px phone to a 1440 px desktop.
//
// Side colours are the Okabe–Ito palette (Okabe & Ito 2008), chosen to stay distinguishable with the
// common colour-vision deficiencies: blue for Ukraine, vermillion for Russia, bluish green for third
// parties (governments of other countries, international bodies, independent analysts), grey for figures
// without a claimant. Each tone has at least 3:1 contrast against both the light (#fff) and the dark
// (#161616) page background, so one palette serves both themes and a side keeps its colour everywhere.
// Text, axes and grid take the page's text colour through the wrapper (src/components/vegaChart.js).
import type {Config} from "vega-lite";
import type {ClaimantSide, SubjectSide} from "../../loaders/types.js";

export const SIDE_COLORS: Record<ClaimantSide, string> = {
  ukraine: "#1f78c1",
  russia: "#d55e00",
  third_party: "#009e73",
  unknown: "#8a8a8a",
};

export const SIDE_LABELS: Record<ClaimantSide | SubjectSide, string> = {
  ukraine: "Ukraine",
  russia: "Russia",
  third_party: "Third party",
  unknown: "Unknown / none",
  both: "Both sides",
};

/** Claimant sides in legend order, with their colours, for a Vega-Lite `scale`. */
export function claimantSideScale(): {domain: string[]; range: string[]} {
  const sides: ClaimantSide[] = ["ukraine", "russia", "third_party", "unknown"];
  return {domain: sides.map((side) => SIDE_LABELS[side]), range: sides.map((side) => SIDE_COLORS[side])};
}

export interface ChartOptions {
  /** Width in CSS pixels of the container the chart must fit (Framework's `resize` gives it). */
  width: number;
}

/** Fit the whole chart, axes included, into the width: Vega-Lite otherwise sizes only the plot area. */
export const FIT_WIDTH = {type: "fit-x", contains: "padding"} as const;

/** Narrowest width a chart lays itself out for; narrower containers scroll rather than squash. */
export const MIN_WIDTH = 260;

export function chartWidth(width: number): number {
  return Math.max(MIN_WIDTH, Math.floor(Number.isFinite(width) ? width : 640));
}

/** How many axis ticks fit: about one per 80 px, so labels never collide. */
export function tickCountFor(width: number): number {
  return Math.max(2, Math.min(10, Math.floor(chartWidth(width) / 80)));
}

/** Longest category label (px) before it is cut with an ellipsis: a third of the width, 130–220 px. */
export function labelLimitFor(width: number): number {
  return Math.max(130, Math.min(220, Math.floor(chartWidth(width) / 3)));
}

/** A title whose subtitle wraps into lines that fit the width (Vega titles do not wrap by themselves). */
export function chartTitle(title: {text: string; subtitle: string}, width: number): {text: string; subtitle: string | string[]} {
  // About 6.5 px per character at the 12 px subtitle size, with room for padding: a title wider than the
  // chart would make "fit" autosizing shrink the plot to make room for it.
  const perLine = Math.max(30, Math.floor((chartWidth(width) - 30) / 6.5));
  if (title.subtitle.length <= perLine) return title;
  const lines: string[] = [];
  let line = "";
  for (const word of title.subtitle.split(" ")) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return {text: title.text, subtitle: lines};
}

/**
 * Vega-Lite layout settings shared by every chart. Colours of text, axes and grid are deliberately absent:
 * the wrapper (vegaChart.js) draws them in `currentColor`, so a chart follows the page's light or dark
 * theme without re-rendering, and settings here would override that. The background stays transparent.
 */
export function chartConfig({width = 640}: {width?: number} = {}): Config {
  // Several legends at the bottom sit side by side and overflow the card: stack them, one per line.
  // (Vega-Lite types legend.layout as an expression only; an object literal expression is accepted.)
  const legendLayout = {expr: "{bottom: {anchor: 'start', direction: 'vertical', margin: 8, offset: 22}}"};
  return {
    // "transparent" rather than null: the Vega-Lite schema accepts only colours here.
    background: "transparent",
    font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    view: {stroke: null},
    title: {anchor: "start", fontSize: 15, subtitleFontSize: 12, subtitlePadding: 4, offset: 10},
    axis: {labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", labelOverlap: true, labelFlush: true},
    legend: {
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: "normal",
      orient: "bottom",
      direction: "horizontal",
      columns: chartWidth(width) < 560 ? 1 : 4,
      labelLimit: 200,
      titleLimit: 320,
      layout: legendLayout as never,
    },
    header: {labelFontSize: 12},
  };
}
