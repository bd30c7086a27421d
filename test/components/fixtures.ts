// Hand-made rows shaped like loaders/types.ts, taken from the seed articles (data/articles/) and the gold
// figures in ../shared/gold/seeds.csv, so chart tests draw what the real pipeline will produce.
import type {ClaimRow, FigureRow, TerritoryRow} from "../../loaders/types.js";

const AFP = "AFP analysis of ISW data";
const article = "004_e6a8533aefd292e9";

function territory(partial: Partial<TerritoryRow>): TerritoryRow {
  return {
    month: "",
    kind: "monthly",
    side: "russia",
    metric: "territory_gained",
    unit: "km2",
    value: 0,
    value_low: null,
    value_high: null,
    qualifier: "exact",
    source: AFP,
    claimant_side: "third_party",
    outlet: "The Independent",
    period_start: "",
    period_end: "",
    partial: false,
    scope: "",
    article,
    figure_id: "f",
    claim_id: "c",
    quote: "",
    ...partial,
  };
}

/** The territory figures of seed article 004, plus a second source for May and a partial July window. */
export const territoryRows: TerritoryRow[] = [
  territory({month: "2025-05-01", value: 507, period_start: "2025-05-01", period_end: "2025-05-31", figure_id: "t1", quote: "The Russian army took 507 square kilometres in May 2025, according to an AFP analysis of ISW data."}),
  territory({month: "2025-04-01", value: 379, period_start: "2025-04-01", period_end: "2025-04-30", figure_id: "t2", quote: "379 square kilometres in April"}),
  territory({month: "2025-03-01", value: 240, period_start: "2025-03-01", period_end: "2025-03-31", figure_id: "t3", quote: "240 square kilometres in March"}),
  territory({month: "2025-05-01", value: 400, scope: "donetsk", value_low: 360, value_high: 400, qualifier: "approx", period_start: "2025-05-01", period_end: "2025-05-31", figure_id: "t4", quote: "nearly 400 square kilometres"}),
  territory({month: "2025-05-01", value: 0, side: "ukraine", period_start: "2025-05-01", period_end: "2025-05-31", figure_id: "t5", quote: "Ukrainian troops did not recapture any territory in May"}),
  territory({month: "2025-07-01", value: 556, source: "DeepState", claimant_side: "ukraine", outlet: "Kyiv Independent", period_start: "2025-07-01", period_end: "2025-07-30", partial: true, figure_id: "t6", article: "x1", quote: "From July 1 to July 30, Russian forces occupied 556 square kilometres, DeepState said."}),
  territory({month: "2025-07-01", value: 634, source: "Russian Defence Ministry", claimant_side: "russia", outlet: "TASS", period_start: "2025-07-01", period_end: "2025-07-31", figure_id: "t7", article: "x2", quote: "The Russian Defence Ministry said its forces liberated 634 square kilometres in July."}),
  territory({month: "2025-07-01", value: 42, side: "ukraine", source: "Ukrainian General Staff", claimant_side: "ukraine", outlet: "Ukrinform", period_start: "2025-07-01", period_end: "2025-07-31", figure_id: "t8", article: "x3", quote: "Ukrainian forces retook 42 square kilometres in July, the General Staff said."}),
  territory({month: "", kind: "cumulative", value: 5107, period_start: "2024-06-01", period_end: "2025-05-31", figure_id: "t9", quote: "Russia gained a total of 5,107 square kilometres"}),
  territory({month: "", kind: "cumulative", side: "ukraine", value: 85, period_start: "2024-06-01", period_end: "2025-05-31", figure_id: "t10", quote: "only regained 85 square kilometres"}),
  territory({month: "", kind: "share", metric: "territory_controlled", unit: "percent", value: 19, value_low: 17.1, value_high: 19, qualifier: "approx", period_start: "", period_end: "2025-05-31", figure_id: "t11", quote: "nearly 19 percent of Ukrainian territory"}),
  territory({month: "", kind: "share", metric: "territory_controlled", unit: "percent", value: 20, value_low: 18, value_high: 22, qualifier: "approx", source: "The Independent", claimant_side: "unknown", article: "002_669a61a3c6b00fe6", figure_id: "t12", quote: "Russia currently controls about 20% of Ukraine's territory"}),
];
