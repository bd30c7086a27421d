// Hand-made rows shaped like loaders/types.ts, taken from the seed articles (data/articles/) and the gold
// figures in ../shared/gold/seeds.csv, so chart tests draw what the real pipeline will produce.
import type {ClaimRow, DivergenceRow, FigureRow, TerritoryRow} from "../../loaders/types.js";

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

function claim(partial: Partial<ClaimRow>): ClaimRow {
  return {
    claim_id: "c",
    event_id: "e",
    metric: "killed",
    unit: "count",
    subject_side: "russia",
    scope: "",
    period_start: "",
    period_end: "",
    claimant: "",
    claimant_side: "unknown",
    value: 0,
    value_low: null,
    value_high: null,
    qualifier: "exact",
    echoes: 1,
    outlets: 1,
    outlet_names: "",
    first_published: "2025-06-02",
    last_published: "2025-06-02",
    figure_ids: "f",
    quote: "",
    ...partial,
  };
}

const SPIDERWEB = "2025-06-01-operation-spiderweb";
const BRIDGES = "2025-05-31-bryansk-kursk-bridges";
const SHARE = "e5a4330b56fe8509";
const KHERSON = "2025-06-03-kherson-shelling";

/** Claims as the pipeline makes them from the seed articles (Operation Spiderweb, the bridge collapses, the share held), plus a three-sided shelling event. */
export const claimRows: ClaimRow[] = [
  claim({claim_id: "c4d4b89f6a07bc39", event_id: SPIDERWEB, metric: "aircraft_hit", claimant: "Security Service of Ukraine (SBU)", claimant_side: "ukraine", value: 40, value_low: 40, value_high: 40, outlet_names: "The Independent", quote: "The attack hit 40 warplanes, the SBU said."}),
  claim({claim_id: "c7071b51da72fbcd", event_id: SPIDERWEB, metric: "aircraft_hit", claimant: "Russian war bloggers", claimant_side: "russia", value: 2, value_low: 0, value_high: 2, qualifier: "at_most", outlet_names: "GlobalPost", quote: "a maximum of two long-range aircraft and an An-12 transport plane were destructed"}),
  claim({claim_id: "cfc570f59c7a427f", event_id: SPIDERWEB, metric: "aircraft_hit", claimant: "A Ukrainian intelligence official", claimant_side: "ukraine", value: 41, value_low: 41, value_high: 41, outlet_names: "GlobalPost", quote: "A total of 41 Russian warplanes were hit, a Ukrainian intelligence official said."}),
  claim({claim_id: "c9069b8b7cfb5459", event_id: BRIDGES, metric: "injured", claimant: "", claimant_side: "unknown", value: 24, value_low: 24, value_high: 99, qualifier: "at_least", outlet_names: "RT", quote: "dozens of injured"}),
  claim({claim_id: "cf8274112a591214", event_id: BRIDGES, metric: "injured", claimant: "", claimant_side: "unknown", value: 69, value_low: 69, value_high: 69, outlet_names: "GlobalPost", quote: "At least seven people were killed and 69 injured"}),
  claim({claim_id: "c82a551f1caad6dc", event_id: SHARE, metric: "territory_controlled", unit: "percent", claimant: "", claimant_side: "unknown", value: 20, value_low: 18, value_high: 22, qualifier: "approx", quote: "Russia currently controls about 20% of Ukraine's territory"}),
  claim({claim_id: "cb01e78918ec9c17", event_id: SHARE, metric: "territory_controlled", unit: "percent", claimant: "AFP analysis", claimant_side: "third_party", value: 19, value_low: 17.1, value_high: 19, qualifier: "approx", period_end: "2025-05-31", quote: "nearly 19 percent of Ukrainian territory"}),
  claim({claim_id: "ck1", event_id: KHERSON, metric: "killed", subject_side: "ukraine", claimant: "Oleksandr Prokudin", claimant_side: "ukraine", value: 3, value_low: 3, value_high: 3, quote: "three people were killed, Oleksandr Prokudin said"}),
  claim({claim_id: "ck2", event_id: KHERSON, metric: "killed", subject_side: "ukraine", claimant: "Russian Defence Ministry", claimant_side: "russia", value: 0, value_low: 0, value_high: 0, quote: "no civilians were harmed, the Russian Defence Ministry said"}),
  claim({claim_id: "ck3", event_id: KHERSON, metric: "killed", subject_side: "ukraine", claimant: "UN monitoring mission", claimant_side: "third_party", value: 5, value_low: 5, value_high: null, qualifier: "at_least", quote: "at least five civilians were killed, the UN monitoring mission said"}),
];

function divergence(partial: Partial<DivergenceRow>): DivergenceRow {
  return {
    event_id: "e",
    event_label: "",
    metric: "killed",
    unit: "count",
    subject_side: "russia",
    scope: "",
    period_start: "",
    period_end: "",
    claims: 2,
    claimants: 2,
    sides: 1,
    claimant_sides: "",
    lowest_low: null,
    highest_high: null,
    min_value: 0,
    max_value: 0,
    ratio: null,
    overlap: false,
    claim_ids: "",
    ...partial,
  };
}

export const divergenceRows: DivergenceRow[] = [
  divergence({event_id: BRIDGES, event_label: "Bridge collapses under trains in Russia's Bryansk and Kursk regions, night of 31 May–1 June 2025", metric: "injured", claims: 2, claimants: 1, sides: 1, claimant_sides: "unknown", lowest_low: 24, highest_high: 99, min_value: 24, max_value: 69, ratio: 2.875, overlap: true, claim_ids: "c9069b8b7cfb5459 cf8274112a591214"}),
  divergence({event_id: SPIDERWEB, event_label: "Operation Spiderweb: Ukrainian drone strikes on Russian strategic bomber bases, 1 June 2025", metric: "aircraft_hit", claims: 3, claimants: 3, sides: 2, claimant_sides: "russia ukraine", lowest_low: 0, highest_high: 41, min_value: 2, max_value: 41, ratio: 20.5, overlap: false, claim_ids: "c4d4b89f6a07bc39 c7071b51da72fbcd cfc570f59c7a427f"}),
  divergence({event_id: SHARE, event_label: "Territory (Russian) · 31 May 2025", metric: "territory_controlled", unit: "percent", period_end: "2025-05-31", claims: 2, claimants: 2, sides: 2, claimant_sides: "third_party unknown", lowest_low: 17.1, highest_high: 22, min_value: 19, max_value: 20, ratio: 20 / 19, overlap: true, claim_ids: "c82a551f1caad6dc cb01e78918ec9c17"}),
  divergence({event_id: KHERSON, event_label: "Shelling of Kherson, 3 June 2025", metric: "killed", subject_side: "ukraine", claims: 3, claimants: 3, sides: 3, claimant_sides: "russia third_party ukraine", lowest_low: 0, highest_high: null, min_value: 0, max_value: 5, ratio: null, overlap: false, claim_ids: "ck1 ck2 ck3"}),
];

export const claimsModel = {claims: claimRows, divergence: divergenceRows};

function figure(partial: Partial<FigureRow>): FigureRow {
  return {
    figure_id: "f",
    article: "000_3f7cc4135e1a4435",
    outlet: "GlobalPost",
    published: "2025-06-02",
    url: "https://example.org/a",
    metric: "killed",
    unit: "count",
    value: 0,
    value_low: null,
    value_high: null,
    qualifier: "exact",
    claimant: "",
    claimant_side: "unknown",
    claimant_rule: "none",
    subject_side: "unknown",
    period_start: "",
    period_end: "",
    quote: "",
    char_start: 0,
    char_end: 0,
    figure_text: "",
    figure_start: 0,
    figure_end: 0,
    review: "auto",
    ...partial,
  };
}

/** Figures of the seed articles, as the gold file (../shared/gold/seeds.csv) lists them. */
export const figureRows: FigureRow[] = [
  figure({figure_id: "fa1", metric: "killed", value: 7, value_low: 7, qualifier: "at_least", subject_side: "russia", quote: "At least seven people were killed and 69 injured"}),
  figure({figure_id: "fa2", metric: "injured", value: 69, value_low: 69, value_high: 69, subject_side: "russia", quote: "At least seven people were killed and 69 injured"}),
  figure({figure_id: "fa3", metric: "aircraft_hit", unit: "percent", value: 34, qualifier: "approx", claimant: "Ukraine's Security Service (SBU)", claimant_side: "ukraine", claimant_rule: "according_to", subject_side: "russia"}),
  figure({figure_id: "fa4", metric: "aircraft_hit", value: 41, claimant: "A Ukrainian intelligence official", claimant_side: "ukraine", claimant_rule: "carried", subject_side: "russia"}),
  figure({figure_id: "fa5", metric: "drones_launched", value: 117, claimant: "Zelenskyy", claimant_side: "ukraine", claimant_rule: "speech_verb", subject_side: "ukraine"}),
  figure({figure_id: "fa6", metric: "aircraft_hit", value: 2, qualifier: "at_most", claimant: "warfakes", claimant_side: "russia", claimant_rule: "according_to", subject_side: "russia"}),
  figure({figure_id: "fa7", metric: "killed", value: 12, claimant: "Ukraine's Army Press Service", claimant_side: "ukraine", claimant_rule: "speech_verb", subject_side: "ukraine"}),
  figure({figure_id: "fb1", article: "001_6ef55cfa70f647ae", outlet: "RT", metric: "prisoners_exchanged", value: 1000, subject_side: "both"}),
  figure({figure_id: "fc1", article: "002_669a61a3c6b00fe6", outlet: "The Independent", metric: "killed", value: 3, claimant: "Oleksandr Prokudin", claimant_side: "ukraine", claimant_rule: "according_to", subject_side: "ukraine"}),
  figure({figure_id: "fc2", article: "002_669a61a3c6b00fe6", outlet: "The Independent", metric: "injured", value: 7, qualifier: "at_least", claimant: "Alexander Khinshtein", claimant_side: "russia", claimant_rule: "according_to", subject_side: "russia"}),
  figure({figure_id: "fc3", article: "002_669a61a3c6b00fe6", outlet: "The Independent", metric: "territory_controlled", unit: "percent", value: 20, qualifier: "approx", subject_side: "russia"}),
  figure({figure_id: "fd1", article: "003_d499966ec19abc97", outlet: "Kyiv Post", metric: "troops", value: 50000, qualifier: "more_than", claimant: "Zelenskyy", claimant_side: "ukraine", claimant_rule: "speech_verb", subject_side: "russia"}),
  figure({figure_id: "fd2", article: "003_d499966ec19abc97", outlet: "Kyiv Post", metric: "drones_downed", value: 300, qualifier: "approx", claimant: "Russian Defense Ministry", claimant_side: "russia", claimant_rule: "according_to", subject_side: "ukraine"}),
  figure({figure_id: "fe1", article: "004_e6a8533aefd292e9", outlet: "The Guardian", metric: "territory_gained", unit: "km2", value: 507, claimant: "AFP analysis of ISW data", claimant_side: "third_party", claimant_rule: "according_to", subject_side: "russia", period_start: "2025-05-01", period_end: "2025-05-31"}),
  figure({figure_id: "fe2", article: "004_e6a8533aefd292e9", outlet: "The Guardian", metric: "damage", unit: "GBP", value: 5.2e9, qualifier: "approx", claimant: "Ukraine's domestic intelligence agency", claimant_side: "ukraine", claimant_rule: "fallback", subject_side: "russia"}),
];
