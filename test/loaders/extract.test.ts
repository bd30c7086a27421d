import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseExtractionTables } from "../../loaders/defaultTables.js";
import { evaluate, formatReport, parseGold } from "../../loaders/evaluate.js";
import { createExtractor } from "../../loaders/extract.js";
import type { Article, FigureRow } from "../../loaders/types.js";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const tables = parseExtractionTables({ claimants: read("data/tables/claimants.csv"), metrics: read("data/tables/metrics.csv"), qualifiers: read("data/tables/qualifiers.csv") });
const extract = createExtractor(tables);

// Stand-in for the corpus reader (loaders/article.ts): raw text with LF line ends, dates as the seeds show them.
const SEED_PUBLISHED: Record<string, string> = { "000": "2025-06-03", "001": "2025-06-02", "002": "2025-05-31", "003": "", "004": "2025-06-02" };
function article(id: string, text: string, published: string, outlet = "test"): Article {
  return { id, file: id + ".txt", text: text.replace(/\r\n/g, "\n"), title: "", outlet, url: "", published, status: "ok", reason: "" };
}
const seeds = readdirSync(new URL("data/articles/", root)).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => article(f.replace(/\.txt$/, ""), read("data/articles/" + f), SEED_PUBLISHED[f.slice(0, 3)] ?? ""));
const fixtureMeta = Papa.parse<Record<string, string>>(read("test/fixtures/meta.csv"), { header: true, skipEmptyLines: true }).data;
const fixtures = fixtureMeta.map((m) => article(m.article, read(`test/fixtures/articles/${m.article}.txt`), m.published, m.outlet));

const one = (text: string, published = "2025-06-02") => extract(article("t", text, published));
const brief = (rows: FigureRow[]) => rows.map((r) => [r.metric, r.value, r.unit, r.qualifier, r.claimant_side, r.subject_side]);

describe("extraction on news phrasing", () => {
  it("reads an air force overnight tally: launched, downed, and each side", () => {
    const rows = one("Russia launched 472 drones and 7 missiles overnight, of which 292 were shot down, Ukraine's air force said.");
    expect(brief(rows)).toEqual([
      ["drones_launched", 472, "count", "exact", "ukraine", "russia"],
      ["drones_launched", 7, "count", "exact", "ukraine", "russia"],
      ["drones_downed", 292, "count", "exact", "ukraine", "russia"],
    ]);
  });

  it("reads parts inside a total as rows of their own with the total's metric and side", () => {
    const rows = one("The Russian Defense Ministry said it had destroyed nearly 300 Ukrainian drones, including 40 near Moscow.");
    expect(brief(rows)).toEqual([
      ["drones_downed", 300, "count", "approx", "russia", "ukraine"],
      ["drones_downed", 40, "count", "exact", "russia", "ukraine"],
    ]);
    expect(brief(one("A Russian strike on Kharkiv killed seven people, including two children, the governor Oleh Syniehubov said."))).toEqual([
      ["killed", 7, "count", "exact", "ukraine", "ukraine"],
      ["killed", 2, "count", "exact", "ukraine", "ukraine"],
    ]);
  });

  it("reads a range as two rows and a swap per side as one row about both sides", () => {
    expect(brief(one("Between 11 and 15 people were killed in the strike on Odesa."))).toEqual([
      ["killed", 11, "count", "at_least", "unknown", "ukraine"],
      ["killed", 15, "count", "at_most", "unknown", "ukraine"],
    ]);
    expect(brief(one("Ukraine and Russia carried out a 1,000-for-1,000 prisoner swap."))).toEqual([["prisoners_exchanged", 1000, "count", "exact", "unknown", "both"]]);
  });

  it("reads a monthly territory report with the km² figure and not its square-mile conversion", () => {
    const rows = one("Russian forces captured 143 square miles (370 square kilometres) in May, according to an AFP analysis of ISW data.", "2025-06-02");
    expect(rows.map((r) => [r.metric, r.value, r.unit, r.claimant_side, r.subject_side, r.period_start, r.period_end])).toEqual([
      ["territory_gained", 370, "km2", "third_party", "russia", "2025-05-01", "2025-05-31"],
    ]);
  });

  it("leaves out delegations, ceasefire lengths, distances, prices, ages and times", () => {
    const text = "Zelenskyy named a 14-member delegation and offered a 30-day ceasefire. The bases lie 4,300 kilometers away. " +
      "Subscribe for $32.95 a year. A 10-year-old opened his gift at 1 p.m. The call lasted two hours.";
    expect(one(text)).toEqual([]);
  });

  it("gives the outlet's own voice an empty claimant", () => {
    const [row] = one("The SBU's operation hit 41 Russian aircraft.");
    expect([row.claimant, row.claimant_side, row.claimant_rule]).toEqual(["", "unknown", "none"]);
  });

  it("sets every field, and offsets that slice to the quote and figure words", () => {
    for (const a of [...seeds, ...fixtures]) {
      for (const r of extract(a)) {
        expect(a.text.slice(r.char_start, r.char_end)).toBe(r.quote);
        expect(a.text.slice(r.figure_start, r.figure_end)).toBe(r.figure_text);
        expect(r.figure_text).toMatch(/\d|[a-z]/i);
        expect(r.review).toBe("auto");
        expect(r.figure_id).toMatch(/^f[0-9a-f]{15}$/);
        if (r.value_low !== null) expect(r.value_low).toBeLessThanOrEqual(r.value);
        if (r.value_high !== null) expect(r.value_high).toBeGreaterThanOrEqual(r.value);
      }
    }
  });
});

describe("round 2: rules for how news is written", () => {
  const periodOf = (r: FigureRow) => `${r.period_start}..${r.period_end}`;

  it("keeps every item of a list that shares one verb, before or after the list", () => {
    expect(brief(one("Moscow fired 310 drones, 22 cruise missiles and about 40 guided bombs at Kharkiv, Ukraine's air force said."))
      .map((r) => [r[0], r[1]])).toEqual([["drones_launched", 310], ["drones_launched", 22], ["drones_launched", 40]]);
    const passive = one("Overall, 412 warplanes, 97 helicopters, 51,003 drones and 14,000 tanks have been destroyed, the Russian Defence Ministry said.");
    expect(passive.map((r) => [r.metric, r.value])).toEqual([["aircraft_hit", 412], ["aircraft_hit", 97], ["drones_downed", 51003]]);
  });

  it("reads a part of a total in a list ('including 80 men and 15 women')", () => {
    const rows = one("Kyiv and Moscow each freed 95 prisoners, including 80 men and 15 women, the mediators said.");
    expect(rows.map((r) => [r.metric, r.value])).toEqual([["prisoners_exchanged", 95], ["prisoners_exchanged", 80], ["prisoners_exchanged", 15]]);
  });

  it("reads 'N of M drones' as N shot down out of M launched, and a partitive of anything else as context", () => {
    const rows = one("Ukraine's air force said it intercepted 61 of 72 drones launched overnight and three of the four missiles.");
    expect(rows.map((r) => [r.metric, r.value])).toEqual([["drones_downed", 61], ["drones_launched", 72], ["drones_downed", 3], ["drones_launched", 4]]);
    expect(one("The strikes damaged at least five of the town's 12 schools, officials said.")).toEqual([]);
  });

  it("carries the metric of a figure into a sentence that only compares with it, and takes each period after its number", () => {
    const rows = one("Russian forces seized 402 square kilometres in May, AFP calculated. That compares with 310 square kilometres in April and 266 square kilometres in March.");
    expect(rows.map((r) => [r.metric, r.value, periodOf(r)])).toEqual([
      ["territory_gained", 402, "2025-05-01..2025-05-31"],
      ["territory_gained", 310, "2025-04-01..2025-04-30"],
      ["territory_gained", 266, "2025-03-01..2025-03-31"],
    ]);
  });

  it("reads hyphenated and mixed word-digit ranges, 'as many as', and no count in 'no one'", () => {
    expect(brief(one("Analysts believe 40,000-55,000 Russian soldiers were wounded in the offensive."))).toEqual([
      // Analysts no nation names are independent: a third party (SCHEMA.md).
      ["injured", 40000, "count", "at_least", "third_party", "russia"],
      ["injured", 55000, "count", "at_most", "third_party", "russia"],
    ]);
    expect(one("Local officials estimated that between four and 11 aircraft were destroyed.").map((r) => [r.value, r.qualifier])).toEqual([[4, "at_least"], [11, "at_most"]]);
    expect(one("Western officials said as many as 12 aircraft were damaged.").map((r) => r.qualifier)).toEqual(["at_most"]);
    expect(one("No one was injured when the drone hit a warehouse, the mayor said.")).toEqual([]);
    expect(one("Volunteers aged 20 to 35 were sent to the front.")).toEqual([]);
  });

  it("names the figure a 'losses ... at N' sentence puts, across the clause between", () => {
    const rows = one("Ukraine's General Staff puts Russian losses since the invasion, as of Monday, at about 990,000 personnel.", "2025-06-30");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["casualties", 990000, "russia"]]);
  });

  it("skips headlines listed under a related-links heading or after the article's end", () => {
    const text = "Russian shelling killed four people in Kherson, the governor said.\n\nReporters in Kyiv contributed to this report.\n\nMORE FROM THE WIRE\nRussia claims it took 3 villages near Pokrovsk\nDrone strike kills 2 in Sumy";
    expect(one(text).map((r) => r.value)).toEqual([4]);
  });

  it("finds a speaker after the clause, with a bracketed acronym, a long apposition or a dotted nationality", () => {
    const ms = (text: string) => one(text).map((r) => [r.claimant, r.claimant_side]);
    expect(ms("Russian air defences destroyed 27 Ukrainian drones overnight, including 9 over Moscow, the Defence Ministry said on Friday, as flights were halted.")[0]).toEqual(["the Defence Ministry", "russia"]);
    expect(ms("Ukraine's Security Service (SBU) said on Monday its drones had hit 12 Russian aircraft.")[0]).toEqual(["Ukraine's Security Service (SBU)", "ukraine"]);
    expect(ms("Pentagon officials, speaking on condition of anonymity because they were not allowed to brief reporters, said about 8 aircraft were destroyed.")[0]).toEqual(["Pentagon officials", "third_party"]);
    expect(ms("Three U.S. officials told reporters that up to 15 aircraft were hit.")[0]).toEqual(["Three U.S. officials", "third_party"]);
    expect(ms("Vladimir Saldo, the Moscow-installed head of the occupied part of the Kherson region in southern Ukraine, said three civilians were killed.")[0]).toEqual(["Vladimir Saldo", "russia"]);
  });

  it("credits an analyst's tally to the analyst, not to the source of its data, and ignores a comparison with someone's claim", () => {
    const rows = one("Since January 1, Russia has launched more than 15,000 drones at Ukraine, according to an AFP tally of Ukrainian air force data.", "2025-06-30");
    expect(rows.map((r) => [r.claimant_side, r.period_start])).toEqual([["third_party", "2025-01-01"]]);
    const cmp = one("Two Western officials said 9 aircraft were hit, with 4 destroyed, fewer than Kyiv had claimed.");
    expect(cmp.map((r) => r.claimant_side)).toEqual(["third_party", "third_party"]);
  });

  it("resolves 'it said', 'the statement' and a short name to the speaker named before", () => {
    const text = "The Russian Defence Ministry said its forces took control of two villages. Its units inflicted losses of up to 1,200 Ukrainian servicemen, it said. Air defences destroyed 40 drones, according to the statement.";
    expect(one(text).map((r) => [r.value, r.claimant_side])).toEqual([[2, "russia"], [1200, "russia"], [40, "russia"]]);
    const uk = "British Defence Intelligence said Russia had lost 300 tanks in May.\n\nThe update came on Sunday.\n\nDefence Intelligence also assessed that Ukraine's strikes destroyed at least 6 aircraft.";
    expect(one(uk).at(-1)?.claimant_side).toBe("third_party");
  });

  it("carries a claimant to the next sentence of its paragraph only when that sentence has no words of saying", () => {
    const rows = one("Twelve people were killed in Odesa, the State Emergency Service reported on Tuesday. Another 31 people were injured.\n\nIn a separate attack, 3 people were injured in Kharkiv.");
    expect(rows.map((r) => [r.value, r.claimant_rule])).toEqual([[12, "speech_verb"], [31, "carried"], [3, "none"]]);
  });

  it("reads the loser, an owner's 'its', and civilians counted by an international mission", () => {
    expect(one("Russian troops have probably sustained more than 700,000 casualties, including some 170,000 killed, analysts said.").map((r) => r.subject_side)).toEqual(["russia", "russia"]);
    expect(one("Moscow said 150 of its soldiers had been freed in the swap with Kyiv, according to the Russian Defence Ministry.").map((r) => r.subject_side)).toEqual(["russia"]);
    expect(one("The UN monitoring mission in Ukraine said 140 civilians were killed and 700 injured in April.", "2025-05-10").map((r) => [r.subject_side, periodOf(r)]))
      .toEqual([["ukraine", "2025-04-01..2025-04-30"], ["ukraine", "2025-04-01..2025-04-30"]]);
  });

  it("reads periods: first months of a year, 'when' after a month, a span with one year, and the invasion's start", () => {
    const p = (text: string, published = "2025-07-01") => one(text, published).map(periodOf);
    expect(p("In the first half of 2025, Russian forces captured 2,100 square kilometres, AFP found.")).toEqual(["2025-01-01..2025-06-30"]);
    expect(p("Gains slowed after a high in October 2024, when Russian forces took 610 square kilometres.")).toEqual(["2024-10-01..2024-10-31"]);
    expect(p("Between August and October 2023, Ukraine regained 90 square kilometres.")).toEqual(["2023-08-01..2023-10-31"]);
    expect(p("Since the start of the full-scale invasion in February 2022, Kyiv has brought home 4,000 prisoners.")).toEqual(["2022-02-24.."]);
    expect(p("Russia has lost 900,000 troops since 2022, the General Staff said.")).toEqual(["2022-02-24.."]);
  });
});

describe("scores against gold", () => {
  it("meets the targets on the seed articles", () => {
    const report = evaluate(parseGold(readFileSync(new URL("../shared/gold/seeds.csv", root), "utf8")), seeds.flatMap(extract));
    const text = formatReport(report);
    expect(report.overall.recall, text).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.precision, text).toBeGreaterThanOrEqual(0.95);
    expect(report.accuracy.claimant_side.accuracy, text).toBeGreaterThanOrEqual(0.95);
    expect(report.accuracy.subject_side.accuracy, text).toBeGreaterThanOrEqual(0.95);
  });

  it("meets the targets on the fixture articles of other outlets", () => {
    const report = evaluate(parseGold(read("test/fixtures/gold.csv")), fixtures.flatMap(extract));
    const text = formatReport(report);
    expect(report.overall.recall, text).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.precision, text).toBeGreaterThanOrEqual(0.9);
    expect(report.accuracy.claimant_side.accuracy, text).toBeGreaterThanOrEqual(0.9);
    expect(report.accuracy.subject_side.accuracy, text).toBeGreaterThanOrEqual(0.9);
  });
});

describe("golden output", () => {
  const COLUMNS: (keyof FigureRow)[] = [
    "figure_id", "article", "outlet", "published", "url", "metric", "unit", "value", "value_low", "value_high", "qualifier", "claimant", "claimant_side",
    "claimant_rule", "subject_side", "period_start", "period_end", "quote", "char_start", "char_end", "figure_text", "figure_start", "figure_end", "review",
  ];
  it("extracts the seeds exactly as test/golden/figures.seeds.csv (UPDATE_GOLDEN=1 refreshes it outside CI)", () => {
    const rows = seeds.flatMap(extract).map((r) => COLUMNS.map((c) => (r[c] === null ? "" : String(r[c]))));
    const csv = Papa.unparse({ fields: COLUMNS, data: rows }, { newline: "\n" }) + "\n";
    const golden = new URL("test/golden/figures.seeds.csv", root);
    if (process.env.UPDATE_GOLDEN === "1" && !process.env.CI) writeFileSync(golden, csv);
    const expected = existsSync(golden) ? readFileSync(golden, "utf8") : "";
    if (csv !== expected) writeFileSync(new URL("test/golden/figures.seeds-changed.csv", root), csv);
    expect(csv === expected, "seed figures changed: compare test/golden/figures.seeds-changed.csv with figures.seeds.csv; UPDATE_GOLDEN=1 accepts").toBe(true);
  });
});

describe("list items under an introduction ending with a colon", () => {
  const rowsOf = (text: string, published = "2025-03-01") =>
    one(text, published).map((r) => [r.metric, r.value, r.unit, r.qualifier, r.claimant_side, r.subject_side, r.period_start, r.period_end]);

  it("reads a month-by-month list of gains with the introduction's year, claimant and actor", () => {
    const text = "Russian advances in 2023, according to DeepState:\n\nMarch – 41 km²\nApril – 55 km²\n";
    expect(rowsOf(text)).toEqual([
      ["territory_gained", 41, "km2", "exact", "ukraine", "russia", "2023-03-01", "2023-03-31"],
      ["territory_gained", 55, "km2", "exact", "ukraine", "russia", "2023-04-01", "2023-04-30"],
    ]);
  });

  it("reads region shares under a verb of holding as territory controlled", () => {
    const text = "By region, Russian forces occupy:\n\nKharkiv Oblast – 3.2%\nSumy Oblast – 0.4%\n";
    expect(rowsOf(text).map((r) => [r[0], r[1], r[5]])).toEqual([["territory_controlled", 3.2, "russia"], ["territory_controlled", 0.4, "russia"]]);
  });

  it("keeps only the in-scope lines of a loss list and carries the speaker of the paragraph before", () => {
    const text = [
      "Ukraine's General Staff reported the figures on Monday morning.",
      "",
      "The enemy's total losses from February 24, 2022 to March 1, 2025 are estimated at:",
      "",
      "personnel – about 880,000 (+1,100) persons;",
      "tanks – 10,200 (+4);",
      "MLRS – 1,300;",
      "aircraft – 370;",
      "cruise missiles – 3,100.",
    ].join("\n");
    expect(rowsOf(text).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7]])).toEqual([
      ["casualties", 880000, "approx", "ukraine", "russia", "2022-02-24", "2025-03-01"],
      ["aircraft_hit", 370, "exact", "ukraine", "russia", "2022-02-24", "2025-03-01"],
      ["drones_downed", 3100, "exact", "ukraine", "russia", "2022-02-24", "2025-03-01"],
    ]);
  });

  it("reads 'label: N' lines as a breakdown of the count named in the introduction", () => {
    const text = "Some 90,000 Russian soldiers have been killed, the researchers said.\n\nConfirmed deaths by branch, according to Mediazona:\n\n- contract soldiers: 6,100\n- mobilised men: 3,200\n";
    expect(rowsOf(text).slice(1).map((r) => [r[0], r[1], r[4], r[5]])).toEqual([["killed", 6100, "third_party", "russia"], ["killed", 3200, "third_party", "russia"]]);
  });
});

describe("site furniture and electronic warfare", () => {
  it("skips a 'Top stories:' line of other headlines", () => {
    expect(one("Top stories: Floods in Spain: toll climbs to 51 dead · Markets slip")).toEqual([]);
  });

  it("does not read drones lost to jamming as people lost", () => {
    const rows = one("Russia sent 80 drones overnight, the air force said; 45 were shot down and 30 more were lost to jamming.");
    expect(rows.map((r) => r.metric)).not.toContain("casualties");
    expect(one("A further 12 were \"lost\", the word the army uses for drones thought downed by electronic warfare.").map((r) => r.metric)).not.toContain("casualties");
  });
});

describe("a participle after the counted noun", () => {
  it("reads 'lost N troops killed' as killed, not as casualties", () => {
    const rows = one("Moscow had lost 61,000 troops killed in the offensive, the general said.");
    expect(rows.map((r) => [r.metric, r.value])).toEqual([["killed", 61000]]);
  });

  it("reads both ends of a range before 'troops killed' as killed", () => {
    const rows = one("Analysts estimate Moscow lost between 20,000 and 25,000 troops killed in the battle for the town.");
    expect(rows.map((r) => [r.metric, r.value, r.qualifier])).toEqual([["killed", 20000, "at_least"], ["killed", 25000, "at_most"]]);
  });

  it("keeps 'lost N troops killed and wounded' as casualties", () => {
    const rows = one("Moscow had lost 61,000 troops killed and wounded in the offensive, the general said.");
    expect(rows.map((r) => [r.metric, r.value])).toEqual([["casualties", 61000]]);
  });
});

describe("air-attack tallies", () => {
  it("skips 'Shahed-type' and 'strike' before the drones, and reads targets shot down as drones downed", () => {
    const rows = one("Russia launched 150 Shahed-type strike drones overnight, the air force said. It said 97 targets were shot down.");
    expect(rows.map((r) => [r.metric, r.value])).toEqual([["drones_launched", 150], ["drones_downed", 97]]);
  });
});

describe("troops that arrived", () => {
  it("reads 'N special forces had arrived' as troops", () => {
    expect(one("Intelligence officials said 2,000 elite soldiers had arrived at the border.").map((r) => [r.metric, r.value])).toEqual([["troops", 2000]]);
    expect(one("Western officials said 800 special forces arrived last week.").map((r) => [r.metric, r.value])).toEqual([["troops", 800]]);
  });
});

describe("periods of figures in news phrasing", () => {
  const periodOf = (text: string, published = "2025-01-10") => one(text, published).map((r) => [r.metric, r.value, r.period_start, r.period_end]);

  it("takes the year of the figures before for 'over the year'", () => {
    expect(periodOf("Russian troops gained 400 km² in 2023. Officials said Russia captured 90 settlements over the year.")).toEqual([
      ["territory_gained", 400, "2023-01-01", "2023-12-31"], ["settlements_captured", 90, "2023-01-01", "2023-12-31"],
    ]);
  });

  it("does not read the month a statement was made as the figures' period", () => {
    expect(periodOf("The president said in December that 31,000 Ukrainian soldiers had been killed since the start of the full-scale invasion.")).toEqual([
      ["killed", 31000, "2022-02-24", ""],
    ]);
  });

  it("reads a period after one opening word of the sentence", () => {
    expect(periodOf("Meanwhile, at the end of November, Ukrainian forces still held 700 km² in Russia's Kursk region, analysts said.")).toEqual([
      ["territory_controlled", 700, "", "2024-11-30"],
    ]);
  });
});

describe("prisoner swaps in news phrasing", () => {
  it("counts wounded servicemen handed over in a swap as prisoners exchanged, not as injured", () => {
    const rows = one("The two sides exchanged 90 prisoners each on Friday. Kyiv also handed over 12 badly wounded Russian soldiers as a gesture of goodwill.");
    expect(rows.filter((r) => r.value === 12).map((r) => r.metric)).toEqual(["prisoners_exchanged"]);
  });

  it("still counts wounded soldiers in a strike as injured", () => {
    const rows = one("A missile hit a training ground in Dnipropetrovsk region, and 14 wounded soldiers were taken to hospital, the army said.");
    expect(rows.filter((r) => r.value === 14).map((r) => r.metric)).not.toContain("prisoners_exchanged");
  });
});

describe("territory in news phrasing", () => {
  const metricsOf = (text: string) => one(text, "2025-01-10").map((r) => [r.metric, r.value, r.unit, r.period_start, r.period_end]);

  it("reads a percentage restated after an area ('N km², or P% of ...') as the area's metric", () => {
    expect(metricsOf("Russia now occupies 100,000 km², or 16.6% of Ukraine's territory, including areas it seized earlier, analysts said.").map((r) => [r[0], r[1]])).toEqual([
      ["territory_controlled", 100000], ["territory_controlled", 16.6],
    ]);
  });

  it("reads land occupied over a year as land gained in it", () => {
    expect(metricsOf("Russian forces occupied 2,900 square kilometres of Ukrainian territory in 2023, analysts said.")).toEqual([
      ["territory_gained", 2900, "km2", "2023-01-01", "2023-12-31"],
    ]);
  });
});

describe("weekly reporting windows and bullets under an introduction", () => {
  const period = (rows: FigureRow[]) => rows.map((r) => [r.metric, r.value, r.period_start, r.period_end]);
  it("an undated 'over the past week' takes the week the article dates once", () => {
    const rows = one(
      "The defence ministry said its forces captured four villages over the past week, from March 3 to 9.\n\n" +
        "Over the past week, air defence units shot down 250 drones, the ministry said.",
      "2025-03-10",
    );
    expect(period(rows)).toEqual([
      ["settlements_captured", 4, "2025-03-03", "2025-03-09"],
      ["drones_downed", 250, "2025-03-03", "2025-03-09"],
    ]);
  });
  it("without a dated week a weekly window stays empty", () => {
    expect(period(one("Over the past week, air defence units shot down 250 drones, the ministry said.", "2025-03-10"))).toEqual([["drones_downed", 250, "", ""]]);
  });
  it("a bullet with its own verb inherits the period of its introduction", () => {
    const rows = one(
      "In May, Russian forces lost up to 30,000 troops, the Ukrainian General Staff said. The breakdown by sector was:\n\n" +
        "- Pokrovsk: the enemy lost up to 9,000 troops;\n- Kupiansk: about 4,000 troops.",
      "2025-06-02",
    );
    expect(period(rows).map((r) => r.slice(1))).toEqual([
      [30000, "2025-05-01", "2025-05-31"],
      [9000, "2025-05-01", "2025-05-31"],
      [4000, "2025-05-01", "2025-05-31"],
    ]);
  });
  it("a bullet under an undated introduction has no period", () => {
    const rows = one("Russian forces lost up to 30,000 troops, the Ukrainian General Staff said. The breakdown by sector was:\n\n- Pokrovsk: the enemy lost up to 9,000 troops;");
    expect(rows.every((r) => r.period_start === "" && r.period_end === "")).toBe(true);
  });
});

describe("an independent count of an army's dead", () => {
  const sides = (rows: FigureRow[]) => rows.map((r) => [r.metric, r.value, r.subject_side]);
  it("takes the army named in the sentences before, not Ukraine's civilians", () => {
    expect(one("The war continues to take its toll on the Russian military. Mediazona estimates the real death toll at about 180,000.").map((r) => r.subject_side)).toEqual(["russia"]);
    expect(one("The fighting keeps draining the Ukrainian army. Mediazona puts the true death toll at about 90,000.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
  it("a count of civilians by an international body with no army named stays Ukraine's", () => {
    expect(one("The UN human rights monitoring mission said 140 civilians were killed last month.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
});

describe("prisoners a side gets back", () => {
  const pris = (text: string) => one(text).filter((r) => r.metric === "prisoners_exchanged").map((r) => [r.value, r.subject_side]);
  it("the side that secures the release of, receives or is handed a count owns it", () => {
    expect(pris("In the latest swap, Kyiv secured the release of 140 soldiers in exchange for 60 Russian prisoners, officials said.")[0]).toEqual([140, "ukraine"]);
    expect(pris("The two countries exchanged 90 prisoners each on Friday, with Ukraine also receiving 12 wounded soldiers, Zelenskyy said.")).toEqual([[90, "both"], [12, "ukraine"]]);
    expect(pris("The Russian Defence Ministry said it handed over to Ukraine 150 prisoners of war in the exchange.")).toEqual([[150, "ukraine"]]);
    expect(pris("Moscow also received 40 servicemen in the swap, the ministry said.")).toEqual([[40, "russia"]]);
  });
  it("a nationality after a wound word names the prisoners' side", () => {
    expect(pris("In the exchange, Russia also handed over 18 seriously wounded Ukrainian servicemen, the coordination headquarters said.")).toEqual([[18, "ukraine"]]);
  });
  it("a swap stated per side with no receiver stays both", () => {
    expect(pris("Russia and Ukraine swapped 103 prisoners each on Thursday.")).toEqual([[103, "both"]]);
  });
});

describe("a part with its own daily window", () => {
  it("does not take the total's period", () => {
    const rows = one("The General Staff said Russia had lost 980,000 troops since the full-scale invasion, including 1,130 over the past day.");
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[980000, "2022-02-24", ""], [1130, "", ""]]);
  });
  it("a part without a window of its own still does", () => {
    const rows = one("Ukraine says 12,000 civilians have been killed since the full-scale invasion, including 650 children.");
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([[12000, "2022-02-24"], [650, "2022-02-24"]]);
  });
});

describe("a dated span earlier in the sentence", () => {
  const period = (text: string) => one(text, "2025-04-20").map((r) => [r.value, r.period_start, r.period_end]);
  it("covers a figure after it in another clause", () => {
    expect(period("In all, between April 6 and April 12, Russian forces captured five villages, the ministry said.")).toEqual([[5, "2025-04-06", "2025-04-12"]]);
  });
  it("does not reach into the next sentence", () => {
    expect(period("Between April 6 and April 12 the ministry issued daily reports. Its latest bulletin said Russian forces captured five villages.")).toEqual([[5, "", ""]]);
  });
});

describe("the speaker's own forces as the actor", () => {
  const side = (text: string) => one(text).filter((r) => r.metric === "settlements_captured").map((r) => r.subject_side);
  it("'its forces captured' is the speaking ministry's side", () => {
    // A recent capture by the other side does not decide it.
    expect(side("Ukrainian forces recaptured three villages near Kupiansk in the autumn, officials said.\n\nUkraine's military rejected the estimate as too high. Russia's defence ministry said in December that its forces had \"liberated\" 140 settlements in 2024.")).toEqual(["ukraine", "russia"]);
    expect(side("Moscow denied it. Ukraine's General Staff said its troops have recaptured 12 villages in the Kharkiv region.")).toEqual(["ukraine"]);
  });
});
