// List layouts of news reports (docs/codebook.md, list items): a total, then one item per region, sector, month or
// named group. Each item takes the introduction's metric, claimant and period; lists about nothing the war counts give none.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExtractionTables } from "../../loaders/defaultTables.js";
import { createExtractor } from "../../loaders/extract.js";
import type { Article } from "../../loaders/types.js";

const read = (n: string) => readFileSync(new URL(`../../data/tables/${n}.csv`, import.meta.url), "utf8");
const tables = parseExtractionTables({ claimants: read("claimants"), metrics: read("metrics"), qualifiers: read("qualifiers") });
const extract = createExtractor(tables);
const article = (text: string): Article => ({ id: "t", file: "t.txt", text, title: "", outlet: "test", url: "", published: "2025-06-02", status: "ok", reason: "" });
const figures = (text: string) => extract(article(text)).map((r) => [r.metric, r.value]);
const rows = (text: string) => extract(article(text));

describe("a total, then 'By region:' lines", () => {
  it("gives each region's line the metric and claimant of the sentence before the heading", () => {
    for (const dash of ["—", "–", "-", ":"]) {
      const text = `Air defences destroyed 214 drones overnight, the Russian defence ministry said. By region:\n\nKaluga region ${dash} 73\nVoronezh region ${dash} 52\nBelgorod region ${dash} 9\n`;
      expect(figures(text)).toEqual([["drones_downed", 214], ["drones_downed", 73], ["drones_downed", 52], ["drones_downed", 9]]);
      expect(rows(text).map((r) => r.claimant_side)).toEqual(["russia", "russia", "russia", "russia"]);
    }
  });

  it("reads the same items run inline in one sentence", () => {
    expect(figures("Air defences shot down 58 drones overnight, the Russian defence ministry said, including Smolensk region — 31, Lipetsk region — 19 and Orel region — 8.")).toEqual([
      ["drones_downed", 58], ["drones_downed", 31], ["drones_downed", 19], ["drones_downed", 8],
    ]);
  });

  it("gives nothing for region lines under a heading about no war metric", () => {
    expect(figures("Turnout was high in the west, officials said. By region:\nLviv region — 68\nVolyn region — 61\n")).toEqual([]);
    expect(figures("Election results by region:\nKyiv region — 42\nPoltava region — 38\n")).toEqual([]);
    expect(figures("Prices by region:\nOdesa region: 45\nKharkiv region: 51\n")).toEqual([]);
  });
});

describe("sector breakdowns of a total", () => {
  it("gives each sector the total's metric when its unit matches", () => {
    expect(figures("Losses from the war reached $170 billion, the Kyiv School of Economics said: housing – $64 billion, energy – $23 billion, transport – $14 billion.")).toEqual([
      ["damage", 170e9], ["damage", 64e9], ["damage", 23e9], ["damage", 14e9],
    ]);
  });
});

describe("month-by-month lines", () => {
  it("gives each month the introduction's metric and its own month", () => {
    const r = rows("Monthly Russian gains in 2025, according to DeepState:\nMarch: 240 km²\nApril: 310 km²\n");
    expect(r.map((x) => [x.metric, x.value, x.period_start, x.period_end])).toEqual([
      ["territory_gained", 240, "2025-03-01", "2025-03-31"], ["territory_gained", 310, "2025-04-01", "2025-04-30"],
    ]);
  });

  it("gives nothing for a schedule or a table of contents", () => {
    expect(figures("Match schedule:\nMarch: 12 games\nApril: 9 games\n")).toEqual([]);
    expect(figures("Contents:\nIntroduction – 3\nMethods – 17\nResults – 42\n")).toEqual([]);
  });
});

describe("named groups in quotes", () => {
  it("gives each group the introduction's metric, claimant and enemy side", () => {
    const r = rows('The enemy lost 1,120 troops over the day, the Ukrainian General Staff said. By grouping:\nthe "East" group: up to 160 troops\nthe "Centre" group: up to 420 troops\n');
    expect(r.map((x) => [x.metric, x.value, x.claimant_side])).toEqual([
      ["casualties", 1120, "ukraine"], ["casualties", 160, "ukraine"], ["casualties", 420, "ukraine"],
    ]);
    expect(r[1].subject_side).toBe(r[0].subject_side);
  });

  it("gives nothing for scores of named groups", () => {
    expect(figures('Final standings by group:\nthe "Red" group: up to 14 points\nthe "Blue" group: up to 11 points\n')).toEqual([]);
  });
});

describe("items run inline after a heading that points back to a total", () => {
  it("gives each region the total's metric, claimant and side", () => {
    const text = "Russian air defence units destroyed 212 Ukrainian drones overnight, the Russian defence ministry said. It gave the following breakdown by region: Bryansk region — 90, Smolensk region — 70 and Kaluga region — 52.";
    expect(rows(text).map((r) => [r.metric, r.value, r.claimant_side, r.subject_side, r.quote])).toEqual([
      ["drones_downed", 212, "russia", "ukraine", expect.any(String)],
      ["drones_downed", 90, "russia", "ukraine", "Bryansk region — 90"],
      ["drones_downed", 70, "russia", "ukraine", "Smolensk region — 70"],
      ["drones_downed", 52, "russia", "ukraine", "Kaluga region — 52"],
    ]);
  });

  it("gives nothing for inline lists of turnout, temperatures or scores", () => {
    expect(figures("Turnout reached 64 percent, the election commission said. It gave the following breakdown by region: Lviv region — 68, Volyn region — 61.")).toEqual([]);
    expect(figures("Russia launched 90 drones overnight. Temperatures by region were as follows: Kyiv region — 12, Odesa region — 15.")).toEqual([["drones_launched", 90]]);
    expect(figures("Shakhtar beat Dynamo on Sunday. The results were as follows: Shakhtar — 3, Dynamo — 1.")).toEqual([]);
  });
});

describe("an introduction that only points back ('looked like this:', 'as follows:')", () => {
  it("takes the metric and side from the sentence before it, and each month its own period", () => {
    const r = rows("Russian forces advanced steadily through the winter.\n\nThe first quarter, according to the ISW, looked like this:\n\n- January: 320 km²\n- February: 280 km²\n- March: 410 km²\n");
    expect(r.map((x) => [x.metric, x.value, x.subject_side, x.period_start, x.period_end])).toEqual([
      ["territory_gained", 320, "russia", "2025-01-01", "2025-01-31"],
      ["territory_gained", 280, "russia", "2025-02-01", "2025-02-28"],
      ["territory_gained", 410, "russia", "2025-03-01", "2025-03-31"],
    ]);
  });

  it("gives nothing for a list of prices, a schedule or aid by country after a war sentence", () => {
    expect(figures("Russia launched 400 drones overnight.\n\nFuel prices by region were as follows:\nOdesa region: 45\nKharkiv region: 51\n")).toEqual([["drones_launched", 400]]);
    expect(figures("Russian troops advanced near the city.\n\nThe league's schedule looked like this:\n- March: 12 games\n- April: 9 games\n")).toEqual([]);
    expect(figures("Allies pledged more aid this year. The breakdown by country is as follows:\n- Germany: $1.2 billion\n- Sweden: $600 million\n")).toEqual([]);
    expect(figures("The war has caused damage of $150 billion, the government said. Aid by country was as follows:\n- Germany: $1.2 billion\n- Sweden: $600 million\n")).toEqual([["damage", 150e9]]);
  });
});

describe("amounts after the dash and quoted group names", () => {
  it("reads every sector line of a damage breakdown, not only the first", () => {
    const text = "The damage by sector, according to the World Bank, is as follows:\n\ntransport – $21.4 billion;\nhousing – $55.9 billion;\ncommerce – €9.6 billion.\n";
    expect(figures(text)).toEqual([["damage", 21.4e9], ["damage", 55.9e9], ["damage", 9.6e9]]);
  });

  it("reads bullets whose label is a quoted group name", () => {
    const text = 'Ukraine\'s General Staff said Russia lost 1,200 troops over the week. By group of forces, Russian losses were as follows:\n\n- "Khortytsia": up to 420 troops\n- "Tavria": up to 310 troops\n';
    expect(rows(text).map((r) => [r.metric, r.value, r.qualifier, r.claimant_side, r.subject_side])).toEqual([
      ["casualties", 1200, "exact", "ukraine", "russia"],
      ["casualties", 420, "at_most", "ukraine", "russia"],
      ["casualties", 310, "at_most", "ukraine", "russia"],
    ]);
  });
});

describe("lists of other stories' headlines", () => {
  it("gives nothing for related-story links and a trending list", () => {
    expect(figures("Russia launched 40 drones overnight, the air force said.\n\n*Read also: Ukraine downed 500 drones in a day, the army said*\n")).toEqual([["drones_launched", 40]]);
    expect(figures("Related stories: Russia launches 600 drones in a night · Two killed in Kherson shelling\n")).toEqual([]);
    expect(figures("Russia launched 40 drones overnight, the air force said.\n\nTrending News\n\nAt least 5 killed as floods hit the coast\nLottery jackpot climbs to $300 million\n")).toEqual([["drones_launched", 40]]);
  });

  it("still reads a sentence that opens with the word 'related'", () => {
    expect(figures("Related shelling killed 12 civilians in Kherson on Monday, regional officials said.")).toEqual([["killed", 12]]);
  });
});

describe("parts of a total named in the sentences before a pointing heading", () => {
  it("reads bare place names under a heading by region", () => {
    const text = "Air defences destroyed 96 Ukrainian drones overnight, the Russian defence ministry said. By region: Smolensk — 41, Tver — 30 and Pskov — 25.";
    expect(figures(text)).toEqual([["drones_downed", 96], ["drones_downed", 41], ["drones_downed", 30], ["drones_downed", 25]]);
  });

  it("gives nothing for bare names when the heading is not by place, or the list is of results", () => {
    expect(figures("Air defences destroyed 96 Ukrainian drones overnight, the Russian defence ministry said. The breakdown was as follows: Petrov — 41, Ivanov — 30.")).toEqual([["drones_downed", 96]]);
    expect(figures("Air defences destroyed 96 Ukrainian drones overnight, the Russian defence ministry said. Results by region: Smolensk — 41, Tver — 30.")).toEqual([["drones_downed", 96]]);
  });

  it("gives the parts the total's claimant when the heading names none", () => {
    const r = rows("Ukraine's air force said Russia launched 350 drones overnight. Of these, 310 were shot down or jammed. The breakdown by region was as follows: Odesa region – 120, Mykolaiv region – 85.");
    expect(r.slice(-2).map((x) => [x.metric, x.value, x.claimant_side, x.subject_side])).toEqual([
      ["drones_downed", 120, "ukraine", "russia"], ["drones_downed", 85, "ukraine", "russia"],
    ]);
  });

  it("dates month labels in the total's year", () => {
    const r = rows("Russian forces captured 2,900 square kilometres in 2023, according to the ISW. Here is how that broke down by month:\n\nMay – 80 km²\nJune – 140 km²\n");
    expect(r.slice(-2).map((x) => [x.metric, x.value, x.period_start, x.period_end])).toEqual([
      ["territory_gained", 80, "2023-05-01", "2023-05-31"], ["territory_gained", 140, "2023-06-01", "2023-06-30"],
    ]);
  });

  it("gives bare counts of quoted group names the total's metric", () => {
    const r = rows('The Russian defence ministry said its forces had inflicted losses of 6,400 troops on Ukraine. The breakdown by group of forces:\n- "Vostok": 1,300\n- "Tsentr": 2,100\n');
    expect(r.map((x) => [x.metric, x.value, x.claimant_side, x.subject_side])).toEqual([
      ["casualties", 6400, "russia", "ukraine"], ["casualties", 1300, "russia", "ukraine"], ["casualties", 2100, "russia", "ukraine"],
    ]);
  });
});

describe("more pointing headings", () => {
  it("gives month lines under 'Monthly totals were as follows:' the launcher's side from the sentence before", () => {
    const r = rows("Russia launched a record number of drones this spring, Ukraine's air force said. Monthly totals were as follows:\n\n- March: 1,900 drones\n- April: 2,300 drones\n");
    expect(r.map((x) => [x.metric, x.value, x.claimant_side, x.subject_side, x.period_start])).toEqual([
      ["drones_launched", 1900, "ukraine", "russia", "2025-03-01"], ["drones_launched", 2300, "ukraine", "russia", "2025-04-01"],
    ]);
  });

  it("reads parts under 'Of that:' after a damage total", () => {
    const r = rows("Damage to Ukraine's housing and transport has reached $95 billion, the World Bank said. Of that:\n- housing: $61.2 billion\n- transport: $33.8 billion\n");
    expect(r.map((x) => [x.metric, Math.round(x.value)])).toEqual([["damage", 95e9], ["damage", 61.2e9], ["damage", 33.8e9]]);
  });

  it("reads inline items whose heading holds the cue, each with its own quote", () => {
    const r = rows("Russia has lost 21,000 troops near the city since spring, Ukraine's General Staff said. By direction, the losses were as follows: Siversk direction — 9,000, Lyman direction — 7,500.");
    expect(r.slice(1).map((x) => [x.metric, x.value, x.subject_side, x.quote])).toEqual([
      ["casualties", 9000, "russia", "Siversk direction — 9,000"], ["casualties", 7500, "russia", "Lyman direction — 7,500"],
    ]);
  });

  it("gives nothing for a timetable or pledges by country after a war sentence", () => {
    expect(figures("Russia launched 30 drones overnight. The train timetable is as follows: Kyiv — 8, Lviv — 9, Odesa — 10.")).toEqual([["drones_launched", 30]]);
    expect(figures("Pledges at the summit reached €3 billion, the foreign ministry said. By country: Germany — €1.1 billion, France — €0.9 billion.")).toEqual([]);
  });
});

describe("unbulleted lines (HTML list items) naming groups of forces", () => {
  it("reads 'Battlegroup X: N troops' and quoted names without a bullet mark", () => {
    const r = rows("Russia's defence ministry said Ukraine had lost up to 2,600 troops over the past day. The breakdown was as follows:\nBattlegroup West: more than 900 troops\nBattlegroup East: up to 650 troops\n");
    expect(r.map((x) => [x.metric, x.value, x.claimant_side, x.subject_side])).toEqual([
      ["casualties", 2600, "russia", "ukraine"], ["casualties", 900, "russia", "ukraine"], ["casualties", 650, "russia", "ukraine"],
    ]);
    expect(figures('Ukraine lost up to 1,900 troops over the week, the Russian defence ministry said. Losses by group were as follows:\n"Sever": up to 510 troops\n"Yug": up to 440 troops\n')).toEqual([
      ["casualties", 1900], ["casualties", 510], ["casualties", 440],
    ]);
  });

  it("gives nothing for a group stage of a tournament", () => {
    expect(figures("Russian troops advanced near the river. The group standings were as follows:\nGroup A: 9 points\nGroup B: 7 points\n")).toEqual([]);
  });
});

describe("two-column Markdown tables", () => {
  it("reads each row under a header with a cue, or under the total before the table", () => {
    const r = rows("Russian forces captured 2,400 square kilometres in the first half of 2025, according to the ISW.\n\n| Month | Area captured |\n|---|---|\n| March | 330 km² |\n| April | 410 km² |\n");
    expect(r.slice(1).map((x) => [x.metric, x.value, x.subject_side, x.period_start, x.quote])).toEqual([
      ["territory_gained", 330, "russia", "2025-03-01", "March | 330 km²"], ["territory_gained", 410, "russia", "2025-04-01", "April | 410 km²"],
    ]);
    const d = rows("Russia's defence ministry said air defences destroyed 88 Ukrainian drones overnight.\n\n| Region | Drones |\n| --- | --- |\n| Tver region | 50 |\n| Pskov region | 38 |\n");
    expect(d.map((x) => [x.metric, x.value, x.claimant_side, x.subject_side])).toEqual([
      ["drones_downed", 88, "russia", "ukraine"], ["drones_downed", 50, "russia", "ukraine"], ["drones_downed", 38, "russia", "ukraine"],
    ]);
  });

  it("gives nothing for tables of votes, prices, points or a timetable", () => {
    const war = "Russia launched 300 drones overnight, Ukraine's air force said.\n\n";
    expect(figures(war + "| Party | Votes |\n|---|---|\n| Blue | 120 |\n| Green | 80 |\n")).toEqual([["drones_launched", 300]]);
    expect(figures(war + "| City | Price |\n|---|---|\n| Kyiv region | 54 |\n| Lviv region | 52 |\n")).toEqual([["drones_launched", 300]]);
    expect(figures(war + "| Team | Points |\n|---|---|\n| Shakhtar | 40 |\n| Dynamo | 38 |\n")).toEqual([["drones_launched", 300]]);
    expect(figures(war + "| Train | Platform |\n|---|---|\n| Kyiv express | 4 |\n| Lviv night train | 7 |\n")).toEqual([["drones_launched", 300]]);
    expect(figures("Russia has lost 900,000 troops since 2022, Ukraine's General Staff said.\n\n| Region | Population |\n|---|---|\n| Kharkiv region | 250,000 |\n| Sumy region | 180,000 |\n")).toEqual([["casualties", 900000]]);
  });
});

describe("bullets marked with a double hyphen or other marks", () => {
  it("reads '-- the North group: up to 900 servicemen' under an introduction naming whose losses they are", () => {
    const text = "Over the week, the enemy lost more than 4,000 servicemen, the Russian defence ministry said. Ukrainian losses by grouping were:\n\n-- the North group: up to 900 servicemen, including 300 in the Belgorod region;\n-- the Centre group: more than 1,200 servicemen;\n";
    const r = rows(text).slice(1);
    expect(r.map((x) => [x.metric, x.value, x.subject_side, x.claimant_side])).toEqual([
      ["casualties", 900, "ukraine", "russia"], ["casualties", 300, "ukraine", "russia"], ["casualties", 1200, "ukraine", "russia"],
    ]);
  });

  it("takes the opposite of the claimant's side from 'the enemy's losses' and keeps a bullet's own nation", () => {
    const text = "The General Staff of the Armed Forces of Ukraine said on Monday. The enemy's losses by direction:\n\n• Pokrovsk direction: 420 soldiers;\n• Kupiansk direction: 180 soldiers;\n";
    expect(rows(text).map((x) => [x.value, x.subject_side])).toEqual([[420, "russia"], [180, "russia"]]);
  });
});

describe("figure-first bullets by place", () => {
  it("gives '- 48 over the Tula region;' the metric of what the introduction counts", () => {
    const text = "Russia's defence ministry said its air defences shot down 95 Ukrainian drones overnight.\n\nAccording to the ministry, the drones were destroyed over the following regions:\n- 48 over the Tula region;\n- 30 over the Smolensk region;\n- 17 over Crimea.\n";
    const r = rows(text);
    expect(r.map((x) => [x.metric, x.value])).toEqual([["drones_downed", 95], ["drones_downed", 48], ["drones_downed", 30], ["drones_downed", 17]]);
    expect(r.slice(1).every((x) => x.claimant_side === "russia" && x.subject_side === "ukraine")).toBe(true);
  });

  it("counts aircraft when the introduction's noun is aircraft, and nothing under a list about no war figure", () => {
    const aircraft = "Russia said its air defences destroyed 12 Ukrainian aircraft over the past month.\n\nThe aircraft were destroyed over the following regions:\n- 3 over the Donetsk region;\n- 2 over the Kharkiv region;\n";
    expect(figures(aircraft)).toEqual([["aircraft_hit", 12], ["aircraft_hit", 3], ["aircraft_hit", 2]]);
    expect(rows(aircraft).map((x) => x.subject_side)).toEqual(["ukraine", "ukraine", "ukraine"]);
    expect(figures("Rainfall was recorded over the following regions:\n- 40 over the Lviv region;\n- 25 over the Volyn region;\n")).toEqual([]);
  });
});

describe("the General Staff's daily list as Ukrainian outlets reprint it", () => {
  const list = (dash: string) => "The total combat losses of the enemy from 24.02.22 to 05.11.25 were approximately:\n\n" +
    `personnel ${dash} about 1,145,530 (+1,070) persons\ntanks ${dash} 11,350 (+2)\naircraft ${dash} 428 (+0)\n` +
    `UAV operational-tactical level ${dash} 77,543 (+246)\nair defense means ${dash} 1,240 (+1)\n`;

  it("reads items set off by a figure dash (‒) or a horizontal bar (―) as by an en dash", () => {
    for (const dash of ["‒", "―", "–"]) {
      expect(figures(list(dash))).toEqual([["casualties", 1145530], ["aircraft_hit", 428], ["drones_downed", 77543]]);
    }
  });

  it("sets every item in the span its heading dates day first ('from 24.02.22 to 05.11.25')", () => {
    expect(rows(list("‒")).map((r) => [r.period_start, r.period_end])).toEqual(Array(3).fill(["2022-02-24", "2025-11-05"]));
  });

  it("takes the counted noun from a label's first word when the rest names a kind of it, never from a word that counts nothing", () => {
    expect(figures("The enemy's losses were approximately:\n\nUAV operational-tactical level – 77,543\nspecial equipment – 4,000\n")).toEqual([["drones_downed", 77543]]);
  });
});

describe("a Markdown table by year", () => {
  const text = "Mediazona has confirmed the deaths of 135,018 Russian soldiers by name.\n\n| Year | Confirmed deaths |\n| --- | --- |\n| 2022 | 16,400 |\n| 2023 | 44,800 |\n";
  it("reads each year's row as a figure of the heading's metric, set in that calendar year", () => {
    expect(rows(text).map((r) => [r.metric, r.value, r.period_start, r.period_end])).toEqual([
      ["killed", 135018, "", ""], ["killed", 16400, "2022-01-01", "2022-12-31"], ["killed", 44800, "2023-01-01", "2023-12-31"],
    ]);
  });
  it("gives no row under a heading that counts only things out of scope ('Tanks lost')", () => {
    expect(figures("| Year | Tanks lost |\n| --- | --- |\n| 2023 | 500 |\n\n| Month | Tanks lost |\n| --- | --- |\n| March | 50 |\n")).toEqual([]);
  });
});
