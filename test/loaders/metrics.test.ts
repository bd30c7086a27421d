import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExtractionTables } from "../../loaders/defaultTables.js";
import { chooseMetric, clauseAround, createMetricMatcher, PERIOD_CLAUSE_BREAK, periodClauseAround, segmentAround } from "../../loaders/metrics.js";
import { createNumberScanner } from "../../loaders/numbers.js";

const read = (n: string) => readFileSync(new URL(`../../data/tables/${n}.csv`, import.meta.url), "utf8");
const tables = parseExtractionTables({ claimants: read("claimants"), metrics: read("metrics"), qualifiers: read("qualifiers") });
const matcher = createMetricMatcher(tables.metrics);
const scan = createNumberScanner(tables.qualifiers.filter((q) => q.kind === "vague"));

/** The metric of each figure of one sentence, as the extractor chooses it (no inheritance). */
function metricsOf(text: string): (string | null)[] {
  const sentence = { start: 0, end: text.length };
  const cues = matcher.verbCues(text, 0, text.length);
  const mentions = scan(text).filter((m) => m.exclusion === null);
  return mentions.map((m, k) => {
    const noun = matcher.nounAfter(text, m.after, text.length);
    const clause = clauseAround(text, 0, text.length, m.start);
    const others = mentions.filter((_, j) => j !== k);
    const choice = chooseMetric(matcher.candidates(m.unit, noun), cues, m, segmentAround(text, clause, m.start), clause, sentence, others, noun.kind === "none" || m.unit === "km2");
    return choice ? choice.metric : null;
  });
}

describe("metric cues", () => {
  it("gives each number of a coordinated clause its nearest verb", () => {
    expect(metricsOf("At least seven people were killed and 69 injured when the bridge collapsed.")).toEqual(["killed", "injured"]);
    expect(metricsOf("In Kherson, three people were killed and 10 more were injured, the governor said.")).toEqual(["killed", "injured"]);
    expect(metricsOf("The attack resulted in significant casualties, killing 12 soldiers and injured more than 60 others.")).toEqual(["killed", "injured"]);
  });

  it("separates drones launched from drones downed in an air force tally", () => {
    expect(metricsOf("Russia launched 472 drones and 7 missiles, of which 292 were shot down.")).toEqual(["drones_launched", "drones_launched", "drones_downed"]);
  });

  it("reads the counted noun after adjectives and of-phrases", () => {
    expect(metricsOf("A total of 41 Russian warplanes were hit.")).toEqual(["aircraft_hit"]);
    expect(metricsOf("Roughly 34 percent of Russia's nuclear-capable long-range bombers were hit.")).toEqual(["aircraft_hit"]);
    expect(metricsOf("Russia currently controls about 20% of Ukraine's territory.")).toEqual(["territory_controlled"]);
    expect(metricsOf("Russia has assembled more than 50,000 troops near Sumy.")).toEqual(["troops"]);
    expect(metricsOf("Moscow has captured four villages.")).toEqual(["settlements_captured"]);
    expect(metricsOf("Each side released 1,000 captives.")).toEqual(["prisoners_exchanged"]);
  });

  it("takes the head of a compound noun", () => {
    expect(metricsOf("Malyuk said 34% of Russia's strategic cruise missile carriers had been hit.")).toEqual(["aircraft_hit"]);
    expect(metricsOf("Russia launched 300 drone strikes on the city.")).toEqual([null]);
  });

  it("leaves out counts that no loss verb speaks for", () => {
    expect(metricsOf("The train had 388 people on board.")).toEqual([null]);
    expect(metricsOf("Russian forces destroyed two bridges.")).toEqual([null]);
    expect(metricsOf("Zelenskyy named a 14-member delegation after 12 hours of talks.")).toEqual([]);
  });

  it("needs a damage word for a money figure", () => {
    expect(metricsOf("The attack caused an estimated £5.2bn in damage.")).toEqual(["damage"]);
    expect(metricsOf("Pay only $32.95 for an annual subscription.")).toEqual([null]);
  });

  it("reads land as gained or held by its verb", () => {
    expect(metricsOf("The Russian army took 507 square kilometres in May.")).toEqual(["territory_gained"]);
    expect(metricsOf("Ukrainian forces only regained 85 square kilometres.")).toEqual(["territory_gained"]);
    expect(metricsOf("Russia holds 113,000 square kilometres of Ukraine.")).toEqual(["territory_controlled"]);
  });

  it("reads casualty totals as casualties and losses as casualties", () => {
    expect(metricsOf("Russia has suffered an average of 1,286 casualties a day.")).toEqual(["casualties"]);
    expect(metricsOf("Russian forces had lost around 1,000,000 troops killed or wounded.")).toEqual(["casualties"]);
  });
});

describe("period clauses", () => {
  it("are the clauses of PERIOD_CLAUSE_BREAK, read off the clause breaks", () => {
    const texts = [
      "Russian troops captured 502 km² (194 sq mi) of territory in July, since the start of the month, SINCE May; while (Kyiv said) 12 - 14 were killed.",
      "Since February 24, 2022, Russia has lost 1,037,910 personnel (as of July 12), when the war began: 3,000 (since) 4,000 – 5,000.",
      "(1,2) sincere sinceMay since, since( 1,000 (2,000) but as if whom whose until unless",
    ];
    const seeds = readFileSync(new URL("../../data/articles/000_3f7cc4135e1a4435.txt", import.meta.url), "utf8");
    texts.push(...seeds.split("\n").filter((l) => l.length > 40));
    for (const text of texts) {
      for (let pos = 0; pos <= text.length; pos++) {
        expect(periodClauseAround(text, 0, text.length, pos)).toEqual(clauseAround(text, 0, text.length, pos, PERIOD_CLAUSE_BREAK));
      }
    }
  });
});
