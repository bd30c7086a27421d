// The one chart wrapper: renders a Vega-Lite spec through vega-embed (bundled from
// node_modules by its bare name; never `npm:`), as SVG, sized to the page.
//
// Usage in a page (Framework's `resize` re-renders when the column width changes;
// the render function must take exactly one parameter, the width):
//
//   import {vegaChart} from "./components/vegaChart.js";
//   display(resize((width) => vegaChart(mySpec(rows), {width})));
//
// - The chart container is <div class="vega-chart" role="img" aria-label=...>; the
//   label comes from spec.description (then spec.title). The e2e test checks that
//   every .vega-chart holds a drawn <svg> or <canvas>.
// - Light/dark: the background is transparent and text, axes and grid use
//   `currentColor`, so the chart follows the page theme (observablehq.config.ts pairs a
//   light and a dark theme chosen by prefers-color-scheme) without re-rendering.
//   Settings in spec.config win over these defaults.
// - `width` (optional) sets spec.width with autosize "fit" unless the spec has its own.
// - Returns a Promise of the container; its `.view` property is the Vega View.
// - Charts of more than CANVAS_ABOVE data rows (a 10 000-article corpus gives tens of thousands of dots)
//   are drawn on a canvas: an SVG node per mark makes such a page take seconds to draw. A canvas
//   cannot use `currentColor`, so its text and axes take the page's computed text colour.
import embed from "vega-embed";

const TEXT = "currentColor";

export const themeConfig = {
  background: null,
  font: "system-ui, -apple-system, 'Segoe UI', sans-serif",
  view: {stroke: null},
  axis: {
    labelColor: TEXT,
    titleColor: TEXT,
    domainColor: TEXT,
    tickColor: TEXT,
    gridColor: TEXT,
    gridOpacity: 0.12,
    domainOpacity: 0.5,
    tickOpacity: 0.5,
    labelFontSize: 11,
    titleFontSize: 12
  },
  legend: {labelColor: TEXT, titleColor: TEXT},
  header: {labelColor: TEXT, titleColor: TEXT},
  title: {color: TEXT, subtitleColor: TEXT, anchor: "start"},
  text: {color: TEXT}
};

function label(spec) {
  const title = typeof spec.title === "string" ? spec.title : spec.title?.text;
  return String(spec.description ?? (Array.isArray(title) ? title.join(" ") : title) ?? "Chart");
}

/** Above this many inline data rows a chart is drawn on a canvas instead of as SVG. */
export const CANVAS_ABOVE = 3000;

function dataRows(spec) {
  let rows = 0;
  const visit = (node) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node.data?.values)) rows += node.data.values.length;
    for (const key of ["layer", "concat", "hconcat", "vconcat"]) if (Array.isArray(node[key])) node[key].forEach(visit);
    if (node.spec) visit(node.spec);
  };
  visit(spec);
  return rows;
}

/** The theme with `currentColor` replaced by a colour a canvas can paint. */
function canvasTheme() {
  const color = getComputedStyle(document.body).color || "#1b1e23";
  return JSON.parse(JSON.stringify(themeConfig).replaceAll('"currentColor"', JSON.stringify(color)));
}

export async function vegaChart(spec, {width, actions = false} = {}) {
  const div = document.createElement("div");
  div.className = "vega-chart";
  div.setAttribute("role", "img");
  div.setAttribute("aria-label", label(spec));
  const sized =
    width != null && spec.width === undefined
      ? {...spec, width: Math.max(120, Math.floor(width)), autosize: spec.autosize ?? {type: "fit", contains: "padding"}}
      : spec;
  const canvas = dataRows(spec) > CANVAS_ABOVE;
  const result = await embed(div, sized, {
    actions,
    renderer: canvas ? "canvas" : "svg",
    config: canvas ? canvasTheme() : themeConfig,
    // No loader access to the network: data must be inline (values) or same-origin.
    loader: {baseURL: document.baseURI}
  });
  div.view = result.view;
  return div;
}
