// What a chart shows when it has no rows: its title and a sentence saying why it is empty, drawn as a
// Vega-Lite text mark so the card keeps its size and the page does not jump or crash.
import type {TopLevelSpec} from "vega-lite";
import {chartConfig, chartTitle, chartWidth, FIT_WIDTH, type ChartOptions} from "./chartTheme.js";

export interface ChartTitle {
  text: string;
  subtitle: string;
}

export function emptyChart(title: ChartTitle, message: string, {width}: ChartOptions): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(title, width),
    description: `${title.text}: ${message}`,
    width: chartWidth(width),
    autosize: FIT_WIDTH,
    height: 80,
    data: {values: [{message}]},
    mark: {type: "text", fontSize: 13, align: "center", baseline: "middle", fontStyle: "italic"},
    encoding: {text: {field: "message", type: "nominal"}},
    config: chartConfig({width}),
  };
}
