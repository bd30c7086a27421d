// Hand-made FigureRows shaped like the extractor's output, for the claims-model tests (events, claims,
// divergence, territory, model). Quotes are the seed articles' sentences or realistic news phrasing.
import { createHash } from "node:crypto";
import type { FigureRow } from "../../loaders/types.ts";

export type FigureInput = Partial<FigureRow> & Pick<FigureRow, "article" | "metric" | "value" | "quote" | "figure_text">;

/** A figure: bounds follow the qualifier as SCHEMA.md says; offsets place figure_text inside quote. */
export function figure(input: FigureInput): FigureRow {
  const qualifier = input.qualifier ?? "exact";
  const value = input.value;
  const low = qualifier === "at_most" ? 0 : value;
  const high = qualifier === "at_least" || qualifier === "more_than" ? null : value;
  const char_start = input.char_start ?? 100;
  const at = input.quote.indexOf(input.figure_text);
  if (at < 0) throw new Error(`figure_text "${input.figure_text}" is not in the quote`);
  const base: FigureRow = {
    figure_id: "",
    article: input.article,
    outlet: "Test Outlet",
    published: "2025-06-02",
    url: "",
    metric: input.metric,
    unit: "count",
    value,
    value_low: low,
    value_high: high,
    qualifier,
    claimant: "",
    claimant_side: "unknown",
    claimant_rule: input.claimant ? "according_to" : "none",
    subject_side: "unknown",
    period_start: "",
    period_end: "",
    quote: input.quote,
    char_start,
    char_end: char_start + input.quote.length,
    figure_text: input.figure_text,
    figure_start: char_start + at,
    figure_end: char_start + at + input.figure_text.length,
    review: "auto",
  };
  const row = { ...base, ...input, qualifier, char_start } as FigureRow;
  if (!row.figure_id) {
    row.figure_id = "f" + createHash("sha256").update([row.article, row.metric, row.unit, row.quote, row.figure_text].join("|")).digest("hex").slice(0, 15);
  }
  return row;
}

const CGTN = { article: "000_3f7cc4135e1a4435", outlet: "CGTN", published: "2025-06-03" } as const;
const RT = { article: "001_6ef55cfa70f647ae", outlet: "RT", published: "2025-06-02" } as const;
const BBC = { article: "002_669a61a3c6b00fe6", outlet: "BBC", published: "2025-05-31" } as const;
const GLOBALPOST = { article: "003_d499966ec19abc97", outlet: "GlobalPost", published: "2025-05-30" } as const;
const GUARDIAN = { article: "004_e6a8533aefd292e9", outlet: "The Guardian", published: "2025-06-02" } as const;

const AIRCRAFT_34 = "According to the agency, roughly 34 percent of Russia's nuclear-capable long-range bombers were hit, including key targets in a military base deep in Siberia.";
const BRIDGE_000 = "At least seven people were killed and 69 injured when the highway bridge was blown up over a passenger train heading to Moscow with 388 people on board.";
const BRIDGE_001 = "Just a day before scheduled talks, two bridges collapsed in Russia's Bryansk and Kursk border regions, leading to at least seven deaths and dozens of injured.";
const ARMY = "According to Ukraine's Army Press Service, the attack resulted in significant casualties, killing 12 soldiers and injured more than 60 others.";
const KHERSON = "In Ukraine's Kherson region, three people were killed and 10 more were injured, according to Oleksandr Prokudin, head of the region's military administration.";
const KURSK = "Meanwhile, at least seven people were injured in an explosion in Russia's Kursk region, according to the acting local governor Alexander Khinshtein and Russia's state-owned news agency, TASS.";
const TERRITORY = "The Russian army took 507 square kilometres in May 2025, against 379 square kilometres in April and 240 square kilometres in March.";
const DONETSK = "In May 2025, the Russian advance was focused again on the eastern Donetsk region, which accounted for nearly 400 square kilometres.";
const TOTAL = "From June 2024 to May 2025 Russia gained a total of 5,107 square kilometres (less than one percent of Ukrainian territory before the war), while Ukrainian forces only regained 85 square kilometres.";
const AFP = { claimant: "AFP analysis of ISW data", claimant_side: "third_party" } as const;

/** The seed articles' figures as the extractor is expected to write them (gold rows of seeds.csv). */
export function seedFigures(): FigureRow[] {
  return [
    figure({ ...CGTN, metric: "killed", value: 7, qualifier: "at_least", subject_side: "russia", quote: BRIDGE_000, figure_text: "At least seven" }),
    figure({ ...CGTN, metric: "injured", value: 69, subject_side: "russia", quote: BRIDGE_000, figure_text: "69" }),
    figure({ ...CGTN, metric: "aircraft_hit", unit: "percent", value: 34, qualifier: "approx", value_low: 30.6, value_high: 37.4, claimant: "Ukraine's Security Service (SBU)", claimant_side: "ukraine", subject_side: "russia", quote: AIRCRAFT_34, figure_text: "roughly 34 percent" }),
    figure({ ...CGTN, metric: "aircraft_hit", value: 41, claimant: "A Ukrainian intelligence official", claimant_side: "ukraine", subject_side: "russia", quote: "A total of 41 Russian warplanes were hit, the official said.", figure_text: "41" }),
    figure({ ...CGTN, metric: "drones_launched", value: 117, claimant: "Zelenskyy", claimant_side: "ukraine", subject_side: "ukraine", quote: 'Zelenskyy expressed delight at the "absolutely brilliant outcome," noting 117 drones had been used in the attack.', figure_text: "117" }),
    figure({ ...CGTN, metric: "aircraft_hit", value: 2, qualifier: "at_most", claimant: "warfakes", claimant_side: "russia", subject_side: "russia", quote: "The site claimed that a maximum of two long-range aircraft and an An-12 transport plane were destructed.", figure_text: "a maximum of two" }),
    figure({ ...CGTN, metric: "killed", value: 12, claimant: "Ukraine's Army Press Service", claimant_side: "ukraine", subject_side: "ukraine", quote: ARMY, figure_text: "12" }),
    figure({ ...CGTN, metric: "injured", value: 60, qualifier: "more_than", claimant: "Ukraine's Army Press Service", claimant_side: "ukraine", subject_side: "ukraine", quote: ARMY, figure_text: "more than 60" }),
    figure({ ...RT, metric: "killed", value: 7, qualifier: "at_least", subject_side: "russia", quote: BRIDGE_001, figure_text: "at least seven" }),
    figure({ ...RT, metric: "prisoners_exchanged", value: 1000, subject_side: "both", quote: "The previous round of Istanbul talks on May 16, the first since 2022, saw 1,000 prisoners exchanged per side.", figure_text: "1,000" }),
    figure({ ...BBC, metric: "killed", value: 3, claimant: "Oleksandr Prokudin", claimant_side: "ukraine", subject_side: "ukraine", quote: KHERSON, figure_text: "three" }),
    figure({ ...BBC, metric: "injured", value: 10, claimant: "Oleksandr Prokudin", claimant_side: "ukraine", subject_side: "ukraine", quote: KHERSON, figure_text: "10" }),
    figure({ ...BBC, metric: "injured", value: 1, qualifier: "at_least", claimant: "Officials", claimant_side: "ukraine", subject_side: "ukraine", quote: "Officials said at least one person had also been injured in explosions in the cities of Kharkiv and Izyum.", figure_text: "at least one" }),
    figure({ ...BBC, metric: "injured", value: 7, qualifier: "at_least", claimant: "Alexander Khinshtein", claimant_side: "russia", subject_side: "russia", quote: KURSK, figure_text: "at least seven" }),
    figure({ ...BBC, metric: "territory_controlled", unit: "percent", value: 20, qualifier: "approx", subject_side: "russia", quote: "Russia currently controls about 20% of Ukraine's territory, including the southern Crimea peninsula Moscow annexed in 2014.", figure_text: "about 20%" }),
    figure({ ...GLOBALPOST, metric: "prisoners_exchanged", value: 1000, subject_side: "both", quote: "Over the weekend, the two countries held a prisoner swap, in which each side released 1,000 captives.", figure_text: "1,000" }),
    figure({ ...GLOBALPOST, metric: "troops", value: 50000, qualifier: "more_than", claimant: "Zelenskyy", claimant_side: "ukraine", subject_side: "russia", quote: "Over the past week, Moscow launched its largest aerial attacks since the war began in 2022 and the Ukrainian leader says Russia has assembled more than 50,000 troops near Ukraine’s northeastern Sumy region, according to Reuters.", figure_text: "more than 50,000" }),
    figure({ ...GLOBALPOST, metric: "drones_downed", value: 300, qualifier: "approx", claimant: "Russian Defense Ministry", claimant_side: "russia", subject_side: "ukraine", quote: "On Wednesday, the Russian Defense Ministry said it had destroyed nearly 300 Ukrainian drones, including 40 near Moscow.", figure_text: "nearly 300" }),
    figure({ ...GLOBALPOST, metric: "drones_downed", value: 40, claimant: "Russian Defense Ministry", claimant_side: "russia", subject_side: "ukraine", quote: "On Wednesday, the Russian Defense Ministry said it had destroyed nearly 300 Ukrainian drones, including 40 near Moscow.", figure_text: "40" }),
    figure({ ...GUARDIAN, metric: "aircraft_hit", value: 40, claimant: "Ukraine's domestic intelligence agency", claimant_side: "ukraine", subject_side: "russia", quote: "The attack hit 40 warplanes over 2500 miles from Ukraine and caused an estimated £5.2bn in damage, according to Ukraine’s domestic intelligence agency.", figure_text: "40" }),
    figure({ ...GUARDIAN, ...AFP, metric: "territory_gained", unit: "km2", value: 507, subject_side: "russia", period_start: "2025-05-01", period_end: "2025-05-31", quote: TERRITORY, figure_text: "507 square kilometres" }),
    figure({ ...GUARDIAN, ...AFP, metric: "territory_gained", unit: "km2", value: 379, subject_side: "russia", period_start: "2025-04-01", period_end: "2025-04-30", quote: TERRITORY, figure_text: "379 square kilometres" }),
    figure({ ...GUARDIAN, ...AFP, metric: "territory_gained", unit: "km2", value: 240, subject_side: "russia", period_start: "2025-03-01", period_end: "2025-03-31", quote: TERRITORY, figure_text: "240 square kilometres" }),
    figure({ ...GUARDIAN, ...AFP, metric: "territory_gained", unit: "km2", value: 400, qualifier: "approx", value_low: 360, value_high: 440, subject_side: "russia", period_start: "2025-05-01", period_end: "2025-05-31", quote: DONETSK, figure_text: "nearly 400 square kilometres" }),
    figure({ ...GUARDIAN, ...AFP, metric: "territory_gained", unit: "km2", value: 5107, subject_side: "russia", period_start: "2024-06-01", period_end: "2025-05-31", quote: TOTAL, figure_text: "5,107 square kilometres" }),
    figure({ ...GUARDIAN, ...AFP, metric: "territory_gained", unit: "km2", value: 85, subject_side: "ukraine", period_start: "2024-06-01", period_end: "2025-05-31", quote: TOTAL, figure_text: "85 square kilometres" }),
    figure({ ...GUARDIAN, ...AFP, metric: "territory_controlled", unit: "percent", value: 19, qualifier: "approx", subject_side: "russia", period_end: "2025-05-31", quote: "At the end of May, Russia controlled either wholly or partially nearly 19 percent of Ukrainian territory before the war, including Crimea and THE Donbas.", figure_text: "nearly 19 percent" }),
  ];
}

/** The first figure matching a predicate; throws so a test cannot pass on a missing fixture. */
export function pick(figures: FigureRow[], test: (f: FigureRow) => boolean): FigureRow {
  const found = figures.find(test);
  if (!found) throw new Error("no such figure in the fixture");
  return found;
}
