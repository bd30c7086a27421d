// Prose families from the fourth tuning round: words that are not figures, cue words in another sense,
// and the phrasing of figures news reports give in running text. Own sentences, with negatives.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExtractionTables } from "../../loaders/defaultTables.js";
import { createExtractor } from "../../loaders/extract.js";
import type { FigureRow } from "../../loaders/types.js";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const tables = parseExtractionTables({ claimants: read("data/tables/claimants.csv"), metrics: read("data/tables/metrics.csv"), qualifiers: read("data/tables/qualifiers.csv") });
const extract = createExtractor(tables);
const one = (text: string, published = "2025-06-02") =>
  extract({ id: "t", file: "t.txt", text, title: "", outlet: "test", url: "", published, status: "ok", reason: "" });
const brief = (rows: FigureRow[]) => rows.map((r) => [r.metric, r.value]);

describe("links to other articles", () => {
  it("skips a link line set in emphasis or named 'Related stories'", () => {
    expect(one("_Read more: Moscow says 212 drones were shot down overnight_")).toEqual([]);
    expect(one("*See also: Kyiv reports 38 people killed in Dnipro strike*")).toEqual([]);
    expect(one("Related coverage: Russia fires 430 drones at western Ukraine · Family of four found alive")).toEqual([]);
  });
  it("still reads a sentence that opens with 'Related' words of its own", () => {
    expect(brief(one("Related strikes killed 14 people in Odesa, regional officials said."))).toEqual([["killed", 14]]);
  });
});

describe("cue words used in another sense", () => {
  it("'taken heavy losses', 'took part' do not make a bare number a capture", () => {
    expect(one("Leopard tanks, of which 22 were shipped last year, have taken heavy losses near Pokrovsk.")).toEqual([]);
    expect(one("Some 40 countries took part in the talks.")).toEqual([]);
    // A capture is still one.
    expect(brief(one("Russian forces have taken 9 villages this month, the ministry said."))).toEqual([["settlements_captured", 9]]);
  });
  it("losses that 'fell' declined; a town that fell was captured", () => {
    expect(brief(one("Russian losses fell for a third week but stayed above 900 a day, the General Staff said."))).toEqual([["casualties", 900]]);
    expect(brief(one("Four villages fell to Russian troops in the past week, analysts said."))).toEqual([["settlements_captured", 4]]);
  });
  it("'occupied' before a place is an adjective, not the verb of a capture", () => {
    expect(brief(one("Britain estimates 520,000 troops are stationed in occupied Ukraine, down from about 470,000 in spring."))).toEqual([
      ["troops", 520000],
      ["troops", 470000],
    ]);
    expect(brief(one("Russian troops occupied 6 settlements in the Zaporizhzhia region last week."))).toEqual([["settlements_captured", 6]]);
  });
  it("'air defence missiles' are weapons bought or sent, not a tally of what was downed", () => {
    expect(one("Germany will pay for 3,200 air defence missiles for Ukraine, the minister announced.")).toEqual([]);
    expect(brief(one("Ukrainian air defences destroyed 61 drones overnight, the air force said."))).toEqual([["drones_downed", 61]]);
  });
});

describe("numbers that are not figures of the war", () => {
  it("ages: 'younger than 30', 'Name, now 44,'", () => {
    expect(one("The later swaps focused on soldiers younger than 30 and on the gravely wounded.")).toEqual([]);
    expect(one("Her brother Oleh, now 44, was captured near Bakhmut in 2023.")).toEqual([]);
    // A count after a place and a comma is still a count.
    expect(brief(one("In Zaporizhzhia, 12 people were injured, the governor said."))).toEqual([["injured", 12]]);
  });
  it("'half a million' is half of the scale; 'dead or wounded' counts casualties", () => {
    expect(brief(one("Nearly half a million dead or wounded: counting the cost of the war"))).toEqual([["casualties", 500000]]);
    expect(brief(one("About half a million people have been killed, the report said."))).toEqual([["killed", 500000]]);
  });
  it("the size of a country given for scale is no land taken", () => {
    expect(one("Moscow seized 3.9% of Ukraine's internationally recognised territory of 603,550 km² — larger than Estonia (45,339 km²).")
      .filter((r) => r.unit === "km2")).toEqual([]);
    expect(brief(one("Russian forces captured an area of 2,100 km² in the Donetsk region, analysts said."))).toEqual([["territory_gained", 2100]]);
  });
  it("a country's whole armed forces is no deployment", () => {
    expect(one("Iran, which has some 610,000 active-duty troops, denied sending soldiers.")).toEqual([]);
    expect(brief(one("North Korea dispatched 4,000 more troops to the front in March, officials said.")).map((r) => r[0])).toEqual(["troops"]);
  });
  it("prisoner exchanges and prisoners taken are not prisoners exchanged", () => {
    expect(one("Qatar has brokered several prisoner exchanges since 2023.")).toEqual([]);
    expect(one("Russian forces took about 120 Ukrainian marines prisoner near Krynky.")).toEqual([]);
    expect(one("Ukrainian units have taken 65 prisoners in the Kursk region.")).toEqual([]);
    expect(brief(one("Kyiv got back 150 prisoners in the latest swap, officials said."))).toEqual([["prisoners_exchanged", 150]]);
  });
});

describe("a figure restated in another unit", () => {
  it("'N% of the country's territory, or some M km²' counts the same thing", () => {
    expect(brief(one("By June, Russia held about 18.8% of Ukraine's territory, or some 113,500 km², the analysts said."))).toEqual([
      ["territory_controlled", 18.8],
      ["territory_controlled", 113500],
    ]);
  });
});

describe("prose figures news reports phrase in other words", () => {
  it("'sending N drones' launched them", () => {
    expect(brief(one("Russia struck Kharkiv overnight, sending 312 drones as well as 9 missiles toward the city, the air force said."))).toEqual([
      ["drones_launched", 312],
      ["drones_launched", 9],
    ]);
    // Troops sent stay troops.
    expect(brief(one("Moscow is sending 5,000 more troops to the Kursk region, officials said.")).map((r) => r[0])).toEqual(["troops"]);
  });
  it("an adverb after the counted noun is no new head ('seven people nationwide')", () => {
    expect(brief(one("Strikes killed at least nine people nationwide, officials said."))).toEqual([["killed", 9]]);
    expect(brief(one("The attacks wounded 23 civilians altogether, police said."))).toEqual([["injured", 23]]);
    // An unknown noun after the number is still its head: drone strikes are no drones.
    expect(one("Ukraine carried out 40 drone strikes on refineries this year.")).toEqual([]);
  });
  it("'the destruction of N drones' is a tally of drones downed", () => {
    expect(brief(one("The air force reported the destruction of 1,214 Russian drones in October."))).toEqual([["drones_downed", 1214]]);
  });
  it("a foothold that shrank to an area is land held", () => {
    expect(brief(one("By May the bridgehead had shrunk to about 90 square kilometres, analysts said."))).toEqual([["territory_controlled", 90]]);
  });
});

describe("where a force stands, and shares of land", () => {
  it("'N troops remain in X' is a force counted where it stands; held people are not", () => {
    expect(brief(one("Some 9,500 Russian troops remain in the Kherson region, the general said."))).toEqual([["troops", 9500]]);
    expect(one("More than 6,000 Ukrainian servicemen remain in Russian captivity, the ombudsman said.").filter((r) => r.metric === "troops")).toEqual([]);
  });
  it("'N% of the territory', 'of its territory' is land; a share of a region's power is not", () => {
    expect(brief(one("Russian forces held about 62% of the territory by May, compared with around 55% six months earlier."))).toEqual([
      ["territory_controlled", 62],
      ["territory_controlled", 55],
    ]);
    expect(one("Strikes knocked out 60% of the region's power generation.")).toEqual([]);
  });
});

describe("verbs of nearing a figure", () => {
  it("'nearing', 'approach' make a figure approximate; 'as much as' an upper bound", () => {
    const rows = one("Combined losses are nearing 700,000, while Russian casualties approach 400,000, officials said.");
    expect(rows.map((r) => [r.value, r.qualifier])).toEqual([[700000, "approx"], [400000, "approx"]]);
    expect(one("As much as 40,000 troops were killed, the report said.").map((r) => r.qualifier)).toEqual(["at_most"]);
  });
});

describe("South Korea's intelligence service is a third party", () => {
  it("reads the NIS and 'South Korea's spy agency' as third_party claimants", () => {
    expect(one("About 450 North Korean soldiers have been killed, South Korea's spy agency said.").map((r) => r.claimant_side)).toEqual(["third_party"]);
    expect(one("The National Intelligence Service said some 2,100 North Korean troops had been wounded.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
});

describe("whose losses: parts of a whole, nations after participles, North Korea", () => {
  it("'N of them' is the side of the earlier figure of people it is part of", () => {
    const rows = one("Officials said Pyongyang had sent about 12,000 troops to Russia, and some 3,500 of them had been killed or wounded.");
    expect(rows.map((r) => [r.metric, r.subject_side])).toEqual([["troops", "russia"], ["casualties", "russia"]]);
  });
  it("'N killed and wounded Russian soldiers' names the side after the participles", () => {
    expect(one("The General Staff reported 1,240 killed and wounded Russian soldiers on Monday.").map((r) => r.subject_side)).toEqual(["russia"]);
    expect(one("Moscow claimed 310 killed Ukrainian servicemen in the sector.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
  it("North Korea is on Russia's side; a figure of Ukraine's is still Ukraine's", () => {
    expect(one("North Korea has deployed roughly 8,000 troops to the Kursk region, officials said.").map((r) => r.subject_side)).toEqual(["russia"]);
    expect(one("Ukraine has deployed roughly 8,000 troops to the Sumy region, officials said.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
});

describe("claimants and their own people", () => {
  it("a name with its bracketed short form and an apposition speaks ('X (XYZ), a think tank, put ...')", () => {
    const rows = one("The Institute for the Study of War (ISW), a US think tank, put Russian gains in May at about 510 km².");
    expect(rows.map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
  it("'N of his fighters' said by a Russian commander are Russia's", () => {
    expect(one("Yevgeny Prigozhin said 9,000 of his fighters had been killed.").map((r) => [r.claimant_side, r.subject_side])).toEqual([["russia", "russia"]]);
  });
  it("people brought home from one side's captivity are the other side's", () => {
    expect(one("Kyiv has brought home 4,300 people from Russian captivity, the coordination headquarters said.").map((r) => [r.claimant_side, r.subject_side]))
      .toEqual([["ukraine", "ukraine"]]);
    expect(one("Moscow says it has returned 2,100 people from Ukrainian captivity so far.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
});

describe("periods news reports name in other words", () => {
  const period = (rows: FigureRow[]) => rows.map((r) => [r.value, r.period_start, r.period_end]);
  it("'up from 3,900 in April': a month right after a number is still a month", () => {
    expect(period(one("Russia launched 6,100 drones in July, up from 3,900 in April, an AFP tally showed.", "2025-08-05"))).toEqual([
      [6100, "2025-07-01", "2025-07-31"],
      [3900, "2025-04-01", "2025-04-30"],
    ]);
    // A day before a month name is a date, not a figure in that month.
    expect(one("Officials said 5 May was the deadline.", "2025-08-05")).toEqual([]);
  });
  it("'so far this year' starts the year and states no end; a trailing phrase after a comma covers the figure", () => {
    expect(period(one("Russian troops have seized about 3,100 square kilometres, so far this year, analysts said.", "2024-10-02"))).toEqual([[3100, "2024-01-01", ""]]);
    expect(period(one("Russian troops have seized about 3,100 square kilometres this year so far, analysts said.", "2024-10-02"))).toEqual([[3100, "2024-01-01", ""]]);
  });
  it("'since the start of its offensive on June 4' starts on that day", () => {
    expect(period(one("Moscow said Kyiv had lost 26,000 troops since the start of its counteroffensive on June 8.", "2023-08-19"))).toEqual([[26000, "2023-06-08", ""]]);
  });
  it("'As of 30 November' opening a sentence ends land held on that day", () => {
    expect(period(one("As of 30 November, Russia controlled about 19.1% of Ukraine's territory, analysts said.", "2025-12-03"))).toEqual([[19.1, "", "2025-11-30"]]);
  });
});

describe("items tacked on after a comma", () => {
  it("', along with 12 aircraft and 4 helicopters' shares the earlier verb and period", () => {
    const rows = one("The minister said Ukraine had lost 17,000 troops since the start of its offensive on June 4, along with 12 aircraft and 4 helicopters.", "2023-07-20");
    expect(rows.map((r) => [r.metric, r.value, r.period_start])).toEqual([
      ["casualties", 17000, "2023-06-04"],
      ["aircraft_hit", 12, "2023-06-04"],
      ["aircraft_hit", 4, "2023-06-04"],
    ]);
  });
  it("an item whose noun the earlier verb does not count gives no figure", () => {
    expect(brief(one("Russia launched 80 drones overnight, along with 12 reporters from the region."))).toEqual([["drones_launched", 80]]);
  });
});

describe("captured soldiers, ranks and vague dozens", () => {
  it("soldiers captured are neither exchanged nor deployed; soldiers handed back are exchanged", () => {
    expect(one("Kyiv says it has captured hundreds of Russian soldiers, whom it hopes to trade for Ukrainian prisoners.")).toEqual([]);
    expect(one("Ukrainian forces captured three North Korean soldiers in Kursk after Pyongyang sent troops to help Moscow.")).toEqual([]);
    expect(brief(one("Russia handed back 64 soldiers in the exchange, Kyiv said."))).toEqual([["prisoners_exchanged", 64]]);
  });
  it("'Two of the most painful losses' ranks, it does not count", () => {
    expect(one("Three of the biggest losses for Kyiv were its Su-24 bombers.")).toEqual([]);
    expect(brief(one("Two of the soldiers were killed, the brigade said."))).toEqual([["killed", 2]]);
  });
  it("'a few dozen' is vague, not twelve", () => {
    expect(one("The air force, which began the war with a few dozen MiG-29s, has since lost many of them.")).toEqual([]);
  });
});

describe("weapons that are not an attack's tally", () => {
  it("a bare number beside missiles is not an aircraft because it was 'damaged'", () => {
    const rows = one("Kyiv fired eight missiles at the airfield, Moscow said. Seven were shot down and one was damaged, the ministry said.");
    expect(rows.map((r) => r.metric)).toEqual(["drones_launched", "drones_downed"]);
  });
  it("weapons a third country sent or supplied are arms supplies, not launched", () => {
    expect(one("Iran has supplied about 400 Shahed drones since last year, officials said.")).toEqual([]);
    expect(one("It said the North had sent about 150 ballistic missiles since January.")).toEqual([]);
    expect(brief(one("Russia sent 95 drones toward Kyiv overnight, the air force said."))).toEqual([["drones_launched", 95]]);
  });
});

describe("the speaker as actor, and opening period phrases", () => {
  it("'Ukraine said it controlled N km²': the pronoun after the speaker is the speaker's side", () => {
    expect(one("Kyiv said it controlled about 800 square kilometres of the Belgorod region.").map((r) => r.subject_side)).toEqual(["ukraine"]);
    expect(one("Moscow says it has taken 9 villages in the past week.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
  it("a period closing a short opening phrase ('At its peak in late May 2025,') covers the figure", () => {
    expect(one("At its peak in late May 2025, Russia said it held about 600 square kilometres of the Sumy region.", "2025-09-01").map((r) => r.period_end)).toEqual(["2025-05-31"]);
  });
});

describe("people returned: a swap or a homecoming", () => {
  it("people who returned to a town with no swap in sight are no prisoners exchanged", () => {
    expect(one("About 4,000 people have returned to Izium since the spring, the mayor said.")).toEqual([]);
  });
  it("residents returned in a swap are exchanged", () => {
    const rows = one("Kyiv and Moscow swapped 120 prisoners each. Nine Russian residents of the Belgorod region, who had been held in Ukraine, were also returned.");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["prisoners_exchanged", 120, "both"], ["prisoners_exchanged", 9, "russia"]]);
    expect(brief(one("Four residents were killed in the strike."))).toEqual([["killed", 4]]);
  });
});

describe("aircraft seen damaged in imagery", () => {
  it("'N bombers with scorch marks' were hit; tanks with scorch marks are no aircraft", () => {
    expect(brief(one("Satellite images show three Tu-22M3 bombers with burn marks at the airfield, Maxar said."))).toEqual([["aircraft_hit", 3]]);
    expect(one("Satellite images show four tanks with scorch marks near the depot.")).toEqual([]);
  });
});

describe("ministries written in lower case", () => {
  it("'Russia's defence ministry' is the Russian Ministry of Defence, and 'It says' after it is the ministry", () => {
    const rows = one("Russia's defence ministry rejected Kyiv's claim, saying no jets were hit. It says its air defences destroyed 87 Ukrainian drones overnight.");
    expect(rows.map((r) => [r.value, r.claimant_side])).toEqual([[87, "russia"]]);
    expect(one("Ukraine's defence ministry said 1,050 Russian soldiers were killed or wounded in a day.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
});

describe("Ukrainian news agencies", () => {
  it("'according to UNIAN calculations' is a Ukrainian source", () => {
    expect(one("In October, Russian losses amounted to 28,900 soldiers, according to UNIAN calculations.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
});

describe("the Kyiv School of Economics", () => {
  it("is a Ukrainian source of damage estimates", () => {
    expect(one("Damage to housing reached $62 billion, according to the KSE Institute of the Kyiv School of Economics.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
});

describe("more period phrasing", () => {
  const period = (rows: FigureRow[]) => rows.map((r) => [r.value, r.period_start, r.period_end]);
  it("'For comparison, in May 2024, ...': a period after a short opening phrase", () => {
    expect(period(one("For comparison, in May 2024, Russian losses amounted to 38,940 soldiers.", "2025-06-02"))).toEqual([[38940, "2024-05-01", "2024-05-31"]]);
  });
  it("', or an average of N per day' restates the figure before over its period", () => {
    expect(period(one("The worst month was March 2025, when Russia lost 42,300 troops, or an average of 1,365 per day.", "2025-06-02"))).toEqual([
      [42300, "2025-03-01", "2025-03-31"],
      [1365, "2025-03-01", "2025-03-31"],
    ]);
  });
});

describe("rates, multipliers and group sizes are not counts", () => {
  it("'three or four wounded for every soldier killed' is a rate; 'by a factor of more than 20' a multiplier", () => {
    expect(brief(one("Such wars typically see about three or four wounded for every soldier killed, officials said."))).toEqual([]);
    expect(brief(one("The region has lost more men per head than the capital by a factor of more than 20."))).toEqual([]);
  });

  it("'groups of three' is the size of each group, while the force itself still counts", () => {
    expect(brief(one('"They send groups of three, four people through the gaps," a commander said.'))).toEqual([]);
    expect(brief(one("Russia has deployed 5,000 troops in teams of 10 soldiers, the governor said."))).toEqual([["troops", 5000]]);
  });

  it("an amount after an ISO code is money, not a count of drones or aircraft", () => {
    expect(brief(one("The EU agreed to provide Ukraine with EUR 90 billion, after failing to agree on using Russian assets estimated at about EUR 210 billion."))).toEqual([]);
    expect(brief(one("The company estimated the damage to its plants at more than EUR 1.2 billion."))).toEqual([["damage", 1.2e9]]);
  });
});

describe("aircraft named by model and 'the loss of'", () => {
  it("'Su-30 fighters', 'Su-34 fighter-bombers' are aircraft, while 'fighters' alone are people", () => {
    expect(brief(one("Ukrainian forces destroyed two MiG-29 fighters and at least three Su-34 fighter-bombers, the air force said."))).toEqual([["aircraft_hit", 2], ["aircraft_hit", 3]]);
    expect(brief(one("Twelve fighters were killed in the assault, the brigade said."))).toEqual([["killed", 12]]);
  });

  it("'the loss of N aircraft' counts them, and 'of which N were destroyed' are parts of them", () => {
    expect(brief(one("Analysts have documented the loss of 120 Russian fixed-wing aircraft, of which 95 were destroyed and 25 damaged."))).toEqual([
      ["aircraft_hit", 120], ["aircraft_hit", 95], ["aircraft_hit", 25],
    ]);
    expect(brief(one("The loss of 300 jobs at the plant worried the mayor."))).toEqual([]);
  });
});

describe("'exceed' and a 'since' period inside a clause", () => {
  it("'could exceed $150 million' is more than; 'losses since August 2024 had exceeded 40,000' keeps the loss noun's clause", () => {
    expect(one("The damage could exceed $120 million, the governor said.").map((r) => [r.metric, r.value, r.qualifier])).toEqual([["damage", 120e6, "more_than"]]);
    expect(one("The general said Russia's losses in the region since August 2024 had exceeded 40,000 servicemen.").map((r) => [r.metric, r.value, r.qualifier, r.period_start])).toEqual([
      ["casualties", 40000, "more_than", "2024-08-01"],
    ]);
  });

  it("'since' opening a clause of its own still cuts it off", () => {
    expect(brief(one("Losses have been heavy since the brigade was moved, and officials did not say how many were lost."))).toEqual([]);
  });
});

describe("forces counted where they are, and amounts in vague hundreds or thousands", () => {
  it("'N troops are currently in <place>' and 'N servicemen have rotated through' are troops; so are deminers and military builders sent", () => {
    expect(brief(one("Intelligence estimates that about 9,000 North Korean troops are currently in the Kursk region."))).toEqual([["troops", 9000]]);
    expect(brief(one("In total, up to 14,000 servicemen have rotated through the region since October, a spokesman said."))).toEqual([["troops", 14000]]);
    expect(brief(one("Pyongyang will send 800 deminers and 4,000 military construction workers to the region, the council secretary said."))).toEqual([["troops", 800], ["troops", 4000]]);
    expect(brief(one("About 300 prisoners are currently in Russian custody, the ombudsman said."))).toEqual([]);
  });

  it("'several thousand', 'a few hundred', 'several dozen' are vague amounts of that scale, not 'several' = 3", () => {
    expect(one("Russia sent several thousand troops to the border, the ministry said.").map((r) => [r.metric, r.value, r.qualifier, r.value_high])).toEqual([["troops", 2000, "at_least", 9999]]);
    expect(one("Air defences shot down several dozen drones overnight.").map((r) => [r.metric, r.value])).toEqual([["drones_downed", 24]]);
  });

  it("a force a side began the war with is no loss ('which began the war with a few dozen MiG-29s, has lost ...')", () => {
    expect(brief(one("The air force, which began the war with about 120 jets, has lost at least 80 aircraft, analysts say."))).toEqual([["aircraft_hit", 80]]);
  });
});

describe("links to other articles under a heading naming the site", () => {
  it("skips the lines under 'Read also on <site>:'", () => {
    expect(one("Read also on Militarnyi:\n- Syrskyi: Russia has 600,000 troops in Ukraine\n- Air defence downed 90% of drones in May\n")).toEqual([]);
  });
});

describe("a breakdown after the speaker's words", () => {
  it("'launched 60 drones and six missiles at Ukraine overnight, the air force said: four Iskander-M ... and two Kh-101 ...' lists parts", () => {
    const r = one("Russia launched 60 Shahed drones and six missiles at Ukraine overnight, Ukraine's air force said: four Iskander-M ballistic missiles and two Kh-101 cruise missiles.");
    expect(r.map((x) => [x.metric, x.value, x.claimant_side])).toEqual([
      ["drones_launched", 60, "ukraine"], ["drones_launched", 6, "ukraine"], ["drones_launched", 4, "ukraine"], ["drones_launched", 2, "ukraine"],
    ]);
  });

  it("a colon after a speaker that opens a quotation of other numbers lists nothing", () => {
    expect(brief(one("Russia launched 60 drones at Ukraine overnight, the air force said: the attack lasted 5 hours."))).toEqual([["drones_launched", 60]]);
  });
});

describe("another source putting the same figure at another value", () => {
  it("'X put the figure for October lower, at 390 square kilometres' restates the land gained, in October", () => {
    const r = one("Russian forces captured 460 square kilometres in October, DeepState said. The Institute for the Study of War put the figure for October lower, at 390 square kilometres.");
    expect(r.map((x) => [x.metric, x.value, x.claimant_side, x.period_start])).toEqual([
      ["territory_gained", 460, "ukraine", "2024-10-01"], ["territory_gained", 390, "third_party", "2024-10-01"],
    ]);
  });

  it("'put the figure at' with no figure before it in that unit gives nothing", () => {
    expect(brief(one("Analysts put the figure for October at 390 square kilometres of forest."))).toEqual([]);
  });
});

describe("a list whose item holds a dotted abbreviation", () => {
  it("'..., 9 rockets of the U.S.-made HIMARS system and 870 drones' keeps the shared verb for the item after it", () => {
    expect(brief(one("Russian air defences destroyed 27 guided bombs, 9 rockets of the U.S.-made HIMARS system and 870 unmanned aerial vehicles, the ministry said."))).toEqual([
      ["drones_downed", 27], ["drones_downed", 9], ["drones_downed", 870],
    ]);
  });
});

describe("what a bare number or a colon's items count", () => {
  it("a bare number under 'destroyed' counts the last thing named before it (aircraft, not drones)", () => {
    expect(brief(one("Losing Tu-160s was a heavy blow to the air force: with at least four confirmed destroyed since 2022, it has lost about 20 percent of its operational Tu-160 fleet."))).toEqual([
      ["aircraft_hit", 4], ["aircraft_hit", 20],
    ]);
    expect(brief(one("Air defences engaged a swarm of drones overnight and at least 40 were destroyed, the ministry said."))).toEqual([["drones_downed", 40]]);
  });

  it("items after a colon take the cue before it, with its side and period ('Ukraine's aircraft losses in 2024 were lower: ...')", () => {
    const r = one("Russia's confirmed aircraft losses in 2024 were far higher: 31 fixed-wing aircraft, including four A-50s, and 12 helicopters.");
    expect(r.map((x) => [x.metric, x.value, x.subject_side, x.period_start])).toEqual([
      ["aircraft_hit", 31, "russia", "2024-01-01"], ["aircraft_hit", 4, "russia", "2024-01-01"], ["aircraft_hit", 12, "russia", "2024-01-01"],
    ]);
  });

  it("'recovered the bodies of N people' counts the dead", () => {
    expect(brief(one("Rescuers recovered the bodies of 12 people from the ruins, the emergency service said."))).toEqual([["killed", 12]]);
  });
});

describe("the side of drones in a list under a shared verb", () => {
  it("'Russian forces have destroyed 600 aircraft, ..., 41,000 unmanned aerial vehicles' are Ukraine's; 'Russia has lost ..., 20,000 drones' Russia's", () => {
    expect(one("Since the start of the operation, Russian forces have destroyed 640 aircraft, 280 helicopters, 41,200 unmanned aerial vehicles and 590 air defence systems, the ministry said.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([
      ["aircraft_hit", 640, "ukraine"], ["aircraft_hit", 280, "ukraine"], ["drones_downed", 41200, "ukraine"],
    ]);
    expect(one("According to the General Staff, Russia has also lost 9,100 tanks, 350 airplanes, 20,900 drones and 28 ships.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([
      ["aircraft_hit", 350, "russia"], ["drones_downed", 20900, "russia"],
    ]);
  });
});

describe("land held named by its holder's adjective", () => {
  it("'the remaining Ukrainian-held part is about 6,000 km²' is Ukraine's; 'the Russian-held part' Russia's", () => {
    expect(one("Analysts say the remaining Ukrainian-held part of the region is still about 6,000 square kilometres.").map((r) => [r.metric, r.subject_side])).toEqual([["territory_controlled", "ukraine"]]);
    expect(one("Analysts say the Russian-held part of the region is about 9,000 square kilometres.").map((r) => [r.metric, r.subject_side])).toEqual([["territory_controlled", "russia"]]);
  });
});

describe("'over the month' alone in its sentence", () => {
  it("is the month of the figure before", () => {
    const r = one("The ministry said Ukraine had lost more than 40,000 servicemen in October. Kyiv said Russia had lost 31,000 troops over the month.", "2025-11-03");
    expect(r.map((x) => [x.value, x.period_start, x.period_end])).toEqual([[40000, "2025-10-01", "2025-10-31"], [31000, "2025-10-01", "2025-10-31"]]);
  });
});

describe("a time opening a statement", () => {
  it("'In February Volodymyr Zelensky said N ...': the month dates the statement, and is no part of the speaker", () => {
    const r = one("In February Volodymyr Zelensky said 43,000 Ukrainian soldiers had been killed.", "2025-06-20");
    expect(r.map((x) => [x.value, x.claimant, x.period_start])).toEqual([[43000, "Volodymyr Zelensky", ""]]);
  });

  it("'In May, Russian forces captured N' keeps the month as the figure's period", () => {
    const r = one("In May, Russian forces captured 450 square kilometres, DeepState said.", "2025-06-20");
    expect(r.map((x) => [x.value, x.claimant, x.period_start])).toEqual([[450, "DeepState", "2025-05-01"]]);
  });
});

describe("sides and periods of parts and of places changing hands", () => {
  it("'N settlements that fell under Russian control in November, M of them in Donetsk' are Russia's, both in November", () => {
    const r = one("The monitors counted 12 settlements that fell under Russian control in October, seven of them in Donetsk region.", "2025-11-03");
    expect(r.map((x) => [x.metric, x.value, x.subject_side, x.period_start])).toEqual([
      ["settlements_captured", 12, "russia", "2025-10-01"], ["settlements_captured", 7, "russia", "2025-10-01"],
    ]);
  });

  it("'Of the roughly N North Korean troops sent, about M were killed or wounded' takes the whole's side", () => {
    expect(one("Of the roughly 12,000 North Korean troops sent to the front, about 4,000 were killed or wounded, Seoul's spy agency said.").map((x) => [x.metric, x.subject_side])).toEqual([
      ["troops", "russia"], ["casualties", "russia"],
    ]);
  });

  it("'Ukrainian units in the X area suffered losses of up to N' are Ukraine's, wherever X is", () => {
    expect(one("Ukrainian units in the Sudzha area suffered losses of up to 240 servicemen, the ministry said.").map((x) => [x.metric, x.subject_side])).toEqual([["casualties", "ukraine"]]);
  });
});

describe("a partitive headline with only a participle", () => {
  it("'52 of 60 drones downed overnight': the part was downed, the whole launched; a later verb keeps the participle the whole's", () => {
    expect(brief(one("Air Force: 52 of 60 drones downed overnight"))).toEqual([["drones_downed", 52], ["drones_launched", 60]]);
    expect(brief(one("Some 2,900 of the 9,000 soldiers deployed there had been killed, officials said."))).toEqual([["killed", 2900], ["troops", 9000]]);
  });
});

describe("land taken back and places only fought near", () => {
  it("'N percent of the territory previously occupied by Ukrainian forces had been retaken' is land gained by the other side", () => {
    expect(one("The general reported that more than 80 percent of the territory previously occupied by Ukrainian forces in the region had been retaken.").map((x) => [x.metric, x.value, x.subject_side])).toEqual([
      ["territory_gained", 80, "russia"],
    ]);
  });

  it("'advanced near three settlements' took none of them", () => {
    expect(brief(one("Monitors said Russian forces had advanced near four settlements but did not confirm any capture."))).toEqual([]);
    expect(brief(one("Russian forces captured four settlements near Kurakhove, monitors said."))).toEqual([["settlements_captured", 4]]);
  });
});

describe("speakers named by where they work or by an apposition", () => {
  it("'according to NV's sources in the SBU' is claimed by the SBU's side", () => {
    expect(one("The damage could exceed $90 million, according to the newspaper's sources in the SBU.").map((x) => [x.claimant, x.claimant_side])).toEqual([
      ["the newspaper's sources in the SBU", "ukraine"],
    ]);
  });

  it("'X, the largest energy company, estimated the damage at N': X speaks; 'the damage' is the verb's object", () => {
    expect(one("Naftogaz, the state energy company, estimated the damage at more than $300 million.").map((x) => [x.metric, x.claimant])).toEqual([
      ["damage", "Naftogaz, the state energy company"],
    ]);
  });
});

describe("rules carried over from the prose helper's round", () => {
  it("the worth of one named item is a price, not damage", () => {
    expect(brief(one("Losses included an Il-76 transport aircraft, worth an estimated $80 million, which was destroyed on the ground."))).toEqual([]);
  });

  it("drones or missiles downed 'of them' out of an attack are the attacker's", () => {
    expect(one("Russia attacked Ukraine overnight with 70 drones, the air force said. Air defences shot down 52 of them.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([
      ["drones_launched", 70, "russia"], ["drones_downed", 52, "russia"],
    ]);
  });

  it("bodies recovered are the dead; bodies handed over in a repatriation are not a toll", () => {
    expect(brief(one("Rescuers pulled the bodies of six people from the rubble, the governor said."))).toEqual([["killed", 6]]);
    expect(brief(one("In the repatriation, Ukraine received the bodies of 900 servicemen."))).toEqual([]);
  });

  it("land 'once held by' a side is which land, not a holding", () => {
    expect(one("Russian troops have recaptured about 60 percent of the territory once held by Ukrainian forces, the ministry said.").map((r) => [r.metric, r.value])).toEqual([["territory_gained", 60]]);
  });
});

describe("seventh round: units left out, the invasion's start, restatements and analysts", () => {
  it("a bare number joined to a figure of land or a share is stated in the same unit", () => {
    const rows = one("Russian forces captured 259 square kilometres in September and 464 in August, according to ISW.", "2025-10-02");
    expect(rows.map((r) => [r.metric, r.value, r.unit, r.period_start])).toEqual([
      ["territory_gained", 259, "km2", "2025-09-01"], ["territory_gained", 464, "km2", "2025-08-01"],
    ]);
    expect(one("Russia gained 4,168 sq km in 2024, versus 589 in 2023, DeepState said.").map((r) => [r.metric, r.value, r.unit, r.period_start])).toEqual([
      ["territory_gained", 4168, "km2", "2024-01-01"], ["territory_gained", 589, "km2", "2023-01-01"],
    ]);
    expect(one("Russia now controls 19.1 percent of Ukraine, up from 18.7 in January.").map((r) => [r.metric, r.value, r.unit])).toEqual([
      ["territory_controlled", 19.1, "percent"], ["territory_controlled", 18.7, "percent"],
    ]);
  });

  it("a number with a verb or noun of its own after a figure of land keeps its own unit", () => {
    expect(one("Russia captured 400 sq km in May, and 30 were killed in the fighting.").map((r) => [r.metric, r.value, r.unit])).toEqual([
      ["territory_gained", 400, "km2"], ["killed", 30, "count"],
    ]);
    expect(one("Russian troops seized 120 sq km and 6 villages last week.").map((r) => [r.metric, r.value, r.unit])).toEqual([
      ["territory_gained", 120, "km2"], ["settlements_captured", 6, "count"],
    ]);
  });

  it("'since Russia launched its full-scale invasion' and 'since the beginning of its full-scale invasion on Feb. 24, 2022' start on the invasion's day", () => {
    for (const text of [
      "Russia has lost 1,053,890 troops since the beginning of its full-scale invasion on Feb. 24, 2022, the General Staff reported.",
      "Russia has lost 1,053,890 troops since Russia launched its full-scale invasion of Ukraine in February 2022, the General Staff reported.",
      "Russia has lost 1,053,890 troops since Russia invaded Ukraine, the General Staff reported.",
    ]) expect(one(text).map((r) => [r.value, r.period_start, r.period_end])).toEqual([[1053890, "2022-02-24", ""]]);
  });

  it("a superlative a few words before 'since the war began' is a record, not the figure's period", () => {
    expect(one("Moscow launched its largest aerial attacks since the war began in 2022, and Russia has assembled more than 50,000 troops near Sumy, Zelensky said.")
      .map((r) => [r.metric, r.value, r.period_start])).toEqual([["troops", 50000, ""]]);
  });

  it("a paragraph opening 'This number includes' is claimed by the paragraph before", () => {
    const rows = one("Russia has lost 1,053,890 troops since Feb. 24, 2022, Ukraine's General Staff reported.\n\nThis number includes 920 casualties over the past day.");
    expect(rows.map((r) => [r.value, r.claimant_side, r.claimant_rule])).toEqual([[1053890, "ukraine", "speech_verb"], [920, "ukraine", "carried"]]);
    // Without the opening words the paragraph speaks for no one.
    expect(one("Russia has lost 1,053,890 troops, the General Staff reported.\n\nRussian forces lost 920 soldiers near Pokrovsk.").map((r) => r.claimant_side)).toEqual(["ukraine", "unknown"]);
  });

  it("'said earlier this year' dates the statement; a rate stated 'in November' is November's", () => {
    expect(one("Seoul's spy agency said earlier this year that some 4,700 North Korean soldiers had been killed or wounded.").map((r) => [r.value, r.period_start])).toEqual([[4700, ""]]);
    expect(one("British intelligence estimated in November that Russia was losing about 1,000 soldiers killed and wounded a day.", "2025-12-10")
      .map((r) => [r.value, r.period_start, r.period_end])).toEqual([[1000, "2025-11-01", "2025-11-30"]]);
  });

  it("a claimant's name is never cut inside a name when the phrase is long", () => {
    expect(one("Russian forces captured 259 square kilometres in September, according to an AFP analysis of data from the US-based Institute for the Study of War (ISW).", "2025-10-02")
      .map((r) => [r.claimant, r.claimant_side])).toEqual([["an AFP analysis of data from the US-based Institute for the Study of War", "third_party"]]);
  });

  it("an analyst or scholar with no nation is a third party; a role in lower case before a name is kept", () => {
    const side = (text: string) => one(text).map((r) => [r.claimant, r.claimant_side]);
    expect(side("Military analyst Franz-Stefan Gady said 400 soldiers were killed.")).toEqual([["Military analyst Franz-Stefan Gady", "third_party"]]);
    expect(side("Michael Kofman, a senior fellow at the Carnegie Endowment, said 200 soldiers were killed.")).toEqual([["Michael Kofman, a senior fellow at the Carnegie Endowment", "third_party"]]);
    expect(side("Independent analysts said at least 12 aircraft had been destroyed.")).toEqual([["Independent analysts", "third_party"]]);
    // A nation word still gives the side; a name with no role stays unknown.
    expect(side("Ukrainian military analyst Oleksandr Kovalenko said 400 Russian soldiers were killed.")).toEqual([["Ukrainian military analyst Oleksandr Kovalenko", "ukraine"]]);
    expect(side("Jane Smith said 50 soldiers were killed.")).toEqual([["Jane Smith", "unknown"]]);
  });

  it("'suggested that' puts forward a finding; 'suggested' before anything else does not", () => {
    expect(one("Satellite imagery analysed by independent experts suggested that at least 12 aircraft had been destroyed.").map((r) => r.claimant_side)).toEqual(["third_party"]);
    expect(one("Independent experts suggested talks; 12 aircraft had been destroyed.").map((r) => r.claimant)).toEqual([""]);
  });
});

describe("seventh round: the words of military summaries and prisons", () => {
  it("'eliminated' and 'liquidated' people were killed; weapons eliminated were downed", () => {
    expect(brief(one("The Yug group eliminated up to 170 Ukrainian soldiers, the ministry said."))).toEqual([["killed", 170]]);
    expect(brief(one("The General Staff said 1,200 occupiers had been liquidated over the past day."))).toEqual([["killed", 1200]]);
    expect(brief(one("Air defences eliminated 35 drones overnight, the ministry said."))).toEqual([["drones_downed", 35]]);
  });

  it("inmates and prisoners of war killed or wounded in a strike are people killed or injured, not a swap", () => {
    expect(brief(one("A glide bomb attack on a prison killed 16 inmates and wounded more than 35, the ministry said."))).toEqual([["killed", 16], ["injured", 35]]);
    expect(brief(one("A strike on the Olenivka prison killed 50 prisoners of war and injured 73."))).toEqual([["killed", 50], ["injured", 73]]);
    expect(brief(one("Ukraine and Russia exchanged 84 prisoners each, the ministry said."))).toEqual([["prisoners_exchanged", 84]]);
  });
});

describe("seventh round: the scene a lead paragraph sets", () => {
  it("the first figures read the paragraph before over a blank line for whose losses they are", () => {
    const text = "Russia struck Kharkiv with glide bombs overnight, regional governor Oleh Syniehubov said.\n\nThree people were killed and 21 wounded.";
    expect(one(text).map((r) => [r.metric, r.value, r.subject_side])).toEqual([["killed", 3, "ukraine"], ["injured", 21, "ukraine"]]);
    // After a figure, the figures before decide: a paragraph on the invasion's boilerplate does not move them.
    const later = "Shelling killed 24 people in Belgorod, Russia's border city, Governor Gladkov said, the deadliest attack since Moscow launched its invasion of Ukraine.\n\n" +
      "As of this morning, 108 people are receiving medical care, he wrote.";
    expect(one(later).map((r) => [r.metric, r.value, r.subject_side])).toEqual([["killed", 24, "russia"], ["injured", 108, "russia"]]);
  });
});

describe("seventh round: losses in progress and adjectival participles", () => {
  it("a side that 'was suffering' or 'is losing' soldiers is the side that lost them", () => {
    expect(one("A NATO official said Russia was suffering about 1,000 casualties a day.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["casualties", 1000, "russia"]]);
    expect(one("Russia is losing 1,000 soldiers a day, a NATO official said.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["casualties", 1000, "russia"]]);
    expect(one("Ukrainian forces are losing 300 soldiers a day near Pokrovsk, the commander said.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["casualties", 300, "ukraine"]]);
  });

  it("'the number of confirmed deaths' is no words of saying: the one who puts the number speaks", () => {
    expect(one("Figures compiled by the BBC Russian service and Mediazona put the number of confirmed Russian military deaths at 124,000.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["Mediazona", "third_party"]]);
  });
});

describe("seventh round: other governments speak as third parties", () => {
  it("Poland's prime minister, Belarus's president and North Korea's agency are third parties", () => {
    const side = (text: string) => one(text).map((r) => r.claimant_side);
    expect(side("Tusk told parliament that at least three drones had been destroyed.")).toEqual(["third_party"]);
    expect(side("Lukashenko said 20 Ukrainian drones were shot down over Belarus.")).toEqual(["third_party"]);
    expect(side("KCNA said 30 North Korean soldiers were killed in Kursk.")).toEqual(["third_party"]);
  });
});

describe("seventh round: the body that counts an attack", () => {
  it("'the air force said' after an attack on the other nation is the attacked nation's", () => {
    const side = (text: string) => one(text).map((r) => [r.claimant, r.claimant_side]);
    expect(side("Russia fired a record 810 drones at Ukraine overnight, the air force said.")).toEqual([["the air force", "ukraine"]]);
    expect(side("Ukraine launched 337 drones on Russian regions, the defence ministry said.")).toEqual([["the defence ministry", "russia"]]);
    // With no nation attacked, the body is the attacker's own.
    expect(side("Russia launched 50 drones overnight, the ministry said.")).toEqual([["the ministry", "russia"]]);
  });
});

describe("seventh round: a figure's own verb, forces in an area, weapons that had struck", () => {
  it("people with a passive verb of their own that counts nothing take no cue after it", () => {
    expect(brief(one("The Emergencies Ministry said 17 people had been evacuated and 5 killed."))).toEqual([["killed", 5]]);
    expect(brief(one("Some 300 people were evacuated after the strike killed 4."))).toEqual([["killed", 4]]);
    // A verb that reports the cue is no verb of its own; the cue itself is the figure's.
    expect(brief(one("Twenty people were reported killed, the ministry said."))).toEqual([["killed", 20]]);
    expect(brief(one("Forty civilians were wounded and 10 killed."))).toEqual([["injured", 40], ["killed", 10]]);
  });

  it("a force 'in the area' or 'in the border region' is troops where they stand", () => {
    expect(brief(one("Budanov claimed that Russia had 50,000 troops in the area."))).toEqual([["troops", 50000]]);
    expect(brief(one("Russia keeps about 10,000 soldiers in the border region, officials said."))).toEqual([["troops", 10000]]);
  });

  it("weapons that 'had struck' were launched", () => {
    expect(brief(one("The agency said 12 drones had struck near the plant."))).toEqual([["drones_launched", 12]]);
  });
});

describe("seventh round: percentages that are no share of land", () => {
  it("a change ('shrank by 29 percent', '15 percent more territory') and an economy's figures are no land held", () => {
    expect(one("Ukraine's economy shrank by 29 percent in 2022.")).toEqual([]);
    expect(one("Ukrainian forces now control 15 percent more territory around Kupiansk than in June.")).toEqual([]);
    expect(one("Russia's defence spending will rise to 6.3 percent of GDP, while Russia's inflation is 9 percent.")).toEqual([]);
    // A share held is still one.
    expect(brief(one("At its peak Moscow controlled almost 27 per cent."))).toEqual([["territory_controlled", 27]]);
    expect(brief(one("Russia holds about 70 percent of the Zaporizhzhia region."))).toEqual([["territory_controlled", 70]]);
  });
});

describe("seventh round: weapons only one side flies, and the body that counts them", () => {
  it("Su-34s, Ka-52s, Shaheds and Kh-101s are Russia's; Storm Shadows, Neptunes and ATACMS Ukraine's", () => {
    const sides = (text: string) => one(text).map((r) => [r.metric, r.value, r.subject_side]);
    expect(sides("The strike destroyed 3 Su-34 jets and 2 Ka-52 helicopters.")).toEqual([["aircraft_hit", 3, "russia"], ["aircraft_hit", 2, "russia"]]);
    expect(sides("Around 30 Shahed-136 drones were launched overnight.")).toEqual([["drones_launched", 30, "russia"]]);
    expect(sides("Air defences intercepted 6 Storm Shadow missiles.")).toEqual([["drones_downed", 6, "ukraine"]]);
  });

  it("a body no nation names that counts the enemy's weapons is the enemy's", () => {
    expect(one("The strike destroyed 3 Su-34 jets, the General Staff said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["the General Staff", "ukraine"]]);
    expect(one("Air defences intercepted 6 Storm Shadow missiles, the ministry said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["the ministry", "russia"]]);
    // People's deaths tell no counting side: the body keeps an unknown side.
    expect(one("The strike killed 3 people, the General Staff said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["the General Staff", "unknown"]]);
  });
});

describe("seventh round: control taken, and the analyst after 'by'", () => {
  it("land 'taken control of' was gained; villages taken control of were captured", () => {
    expect(brief(one("Russian forces have taken control of around 5,000 sq km of Ukrainian territory so far this year.", "2025-09-15"))).toEqual([["territory_gained", 5000]]);
    expect(brief(one("Russian troops took control of 3 villages."))).toEqual([["settlements_captured", 3]]);
  });

  it("'an analysis by Reuters of data from DeepState' speaks as its analyst, a third party", () => {
    expect(one("Russian forces gained 500 sq km in May, according to an analysis by Reuters of data from DeepState.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
});

describe("seventh round: a 'Source:' line under the headline", () => {
  const report = "Russians attack Kherson Oblast, killing 2\n\nSource: Oleksandr Prokudin, Head of Kherson Oblast Military Administration, on Telegram\n\n" +
    "Details: Two people were killed and 17 others were injured, including a child.";
  it("names the source of every later figure that names none of its own", () => {
    expect(one(report).map((r) => [r.value, r.claimant, r.claimant_side])).toEqual([
      [2, "", "unknown"], [2, "Oleksandr Prokudin", "ukraine"], [17, "Oleksandr Prokudin", "ukraine"],
    ]);
  });
  it("is the article's own metadata beside 'Published:' or before a URL, and names no claimant then", () => {
    expect(one("Strike on Odesa\nSource: The Guardian\nPublished: 2024-03-16\n\nA Russian strike killed 21 people.").map((r) => r.claimant)).toEqual([""]);
    expect(one("Strike on Odesa\nSource: https://example.org/odesa\n\nA Russian strike killed 21 people.").map((r) => r.claimant)).toEqual([""]);
  });
});

describe("seventh round: 'the enemy' is a belligerent's word", () => {
  const report = "The Armed Forces of Ukraine lost up to 1,330 servicemen over the past day, the Russian Ministry of Defence reported.\n\n" +
    "Units of the Sever Group liberated a settlement. The enemy lost up to 175 troops.\n\nAir defence systems shot down three JDAM guided aerial bombs.";
  it("a paragraph on 'the enemy' with no speaker is claimed by the belligerent who spoke last", () => {
    expect(one(report).map((r) => [r.value, r.claimant_side, r.claimant_rule])).toEqual([
      [1330, "russia", "speech_verb"], [175, "russia", "carried"], [3, "unknown", "none"],
    ]);
  });
  it("JDAM bombs are Ukraine's", () => {
    expect(one(report).map((r) => r.subject_side)).toEqual(["ukraine", "ukraine", "ukraine"]);
  });
});

describe("seventh round: the force an attack is made with", () => {
  it("'attacking near Kupyansk with about 4,000 personnel' commits troops; small or non-military counts do not", () => {
    expect(one("Russian forces are attacking near Kupyansk with about 4,000 personnel.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 4000, "russia"]]);
    expect(brief(one("Russian forces attacked the village with 40 soldiers."))).toEqual([]);
  });
});

describe("seventh round: the number of a force put at N", () => {
  it("'put the total number of North Korean troops in Russia at around 15,000' counts troops of the nation on the noun", () => {
    const sides = (text: string) => one(text).map((r) => [r.metric, r.value, r.subject_side]);
    expect(sides("South Korean lawmakers put the total number of North Korean troops in Russia at around 15,000.")).toEqual([["troops", 15000, "russia"]]);
    expect(sides("Officials put the number of Ukrainian soldiers in Kursk at 10,000.")).toEqual([["troops", 10000, "ukraine"]]);
    // The dead are counted by their verb, not as a force.
    expect(sides("Officials put the number of soldiers killed at 300.").map((r) => r[0])).toEqual(["killed"]);
  });
});

describe("seventh round: headlines, targets deep inside, participial appositions, 'lose'", () => {
  it("a headline without a full stop is no part of the attack in the sentence after it", () => {
    const text = "Ukraine hits Russian oil terminal at Primorsk\n\nUkrainian drones struck the port of Primorsk overnight, the governor said. He said about 30 drones had been destroyed over the region.";
    expect(one(text).map((r) => [r.metric, r.value, r.subject_side])).toEqual([["drones_downed", 30, "ukraine"]]);
  });
  it("a target 'deep inside Russia' is the side attacked", () => {
    expect(one("The SBU says 117 drones were used in the attack, which targeted four airbases deep inside Russia.").map((r) => [r.metric, r.subject_side])).toEqual([["drones_launched", "ukraine"]]);
  });
  it("'X, working with the BBC, has identified': the name speaks, not the participle", () => {
    expect(one("Independent Russian outlet Mediazona, working with the BBC, has identified 120,000 Russian soldiers killed by name.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["Independent Russian outlet Mediazona", "third_party"]]);
  });
  it("'the occupiers lose about 1,000 people' every day are casualties", () => {
    expect(one("\"Every day the occupiers lose about 1,000 people,\" Zelensky said.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["casualties", 1000, "russia"]]);
  });
});

describe("seventh round: soldiers lost to desertion", () => {
  it("are no casualties; soldiers lost in battle are", () => {
    expect(one("The 155th Brigade lost 1,700 soldiers to desertion, a report said.")).toEqual([]);
    expect(brief(one("The brigade lost 1,700 soldiers in the battle."))).toEqual([["casualties", 1700]]);
  });
});

describe("seventh round: two claims contrasted in one sentence", () => {
  it("each figure is claimed by the speaker on its side of 'while', 'but' or ';', and its side read there", () => {
    const rows = (text: string) => one(text).map((r) => [r.metric, r.value, r.claimant, r.subject_side]);
    expect(rows("Ukraine said it had shot down 40 of 50 drones, while Russia claimed its air defences downed 30 Ukrainian drones.")).toEqual([
      ["drones_downed", 40, "Ukraine", "russia"], ["drones_launched", 50, "Ukraine", "russia"], ["drones_downed", 30, "Russia", "ukraine"],
    ]);
    expect(rows("While Russia claims to have captured 20 villages, Ukraine says only 5 have been lost.").map((r) => [r[1], r[2]])).toEqual([[20, "Russia"], [5, "Ukraine"]]);
    expect(rows("Kyiv put its losses at 12 soldiers; Moscow said 300 Ukrainian troops were killed.").map((r) => r[2])).toEqual(["Kyiv", "Moscow"]);
  });
});

describe("seventh round: more people a strike kills or wounds", () => {
  it("patients, pensioners, students, miners and other civilians are people killed or injured", () => {
    expect(brief(one("Doctors said 12 patients were injured in the strike on the hospital in Kyiv."))).toEqual([["injured", 12]]);
    expect(brief(one("The shelling killed 3 pensioners and wounded 2 students in Kherson."))).toEqual([["killed", 3], ["injured", 2]]);
    // Without a cue they count nothing.
    expect(one("The school has 300 students.")).toEqual([]);
  });
});

describe("seventh round: bombs dropped", () => {
  it("bombs dropped were launched; a number that dropped only fell", () => {
    expect(one("Russia dropped 120 guided aerial bombs on Ukrainian positions.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["drones_launched", 120, "russia"]]);
    expect(brief(one("Casualties dropped to 800 a day."))).toEqual([["casualties", 800]]);
  });
});

describe("seventh round: land held that grew", () => {
  it("'the area under Russian control grew by 4,000 sq km over 2024' is land gained in 2024", () => {
    expect(one("The area under Russian control grew by 4,000 sq km in 2024.").map((r) => [r.metric, r.value, r.subject_side, r.period_start, r.period_end]))
      .toEqual([["territory_gained", 4000, "russia", "2024-01-01", "2024-12-31"]]);
    expect(one("Russia controls about 113,000 sq km.").map((r) => r.metric)).toEqual(["territory_controlled"]);
  });
});

describe("seventh round: names broken by 'and', names before 'which'", () => {
  it("a name the table knows runs over 'and' ('the Center for Strategic and International Studies estimated')", () => {
    expect(one("The US-based Center for Strategic and International Studies estimated that Ukraine had suffered about 400,000 casualties.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["Center for Strategic and International Studies", "third_party"]]);
  });
  it("'X, which tracks obituaries, has counted': X speaks; a phrase before 'which' that is no name does not", () => {
    expect(one("The UALosses project, which tracks obituaries, has counted 70,000 Ukrainian soldiers killed by name.").map((r) => r.claimant)).toEqual(["The UALosses project"]);
    expect(one("Mediazona and Meduza published new figures. Their estimate, based on data from the Russian probate registry, which records inheritance cases, puts the number of Russian men killed at 165,000.")
      .map((r) => [r.claimant, r.claimant_side, r.subject_side])).toEqual([["Meduza", "third_party", "russia"]]);
  });
});

describe("seventh round: 'in its daily update' and unverified figures", () => {
  it("'The ministry, in its daily update, said 1,100 Russian soldiers were killed': the ministry speaks, the enemy's", () => {
    expect(one("The ministry, in its daily update, said 1,100 Russian soldiers were killed.").map((r) => [r.claimant, r.claimant_side, r.subject_side]))
      .toEqual([["The ministry", "ukraine", "russia"]]);
  });
  it("a figure that 'could not be verified' names no claimant by that verb", () => {
    expect(one("Kyiv’s figure of 20 killed could not be verified.").map((r) => r.claimant)).toEqual([""]);
  });
});

// Eighth round: territorial gains and forces in the wording of analysts' monthly tallies and wire reports.
const cols = (rows: FigureRow[]) => rows.map((r) => [r.metric, r.value, r.claimant_side, r.subject_side, r.period_start, r.period_end]);

describe("eighth round: a relative period that opens a sentence", () => {
  it("'Last month Russian troops seized 469 sq km' is last month, capitalised or not", () => {
    expect(cols(one("Last month Russian troops seized 469 square kilometres, the most since March.", "2025-12-01")))
      .toEqual([["territory_gained", 469, "unknown", "russia", "2025-11-01", "2025-11-30"]]);
    // A year still under way: from its first day, the end not stated (fifteenth round; was closed at publication).
    expect(one("This year Russia has captured 3,000 square kilometres.", "2025-12-01").map((r) => [r.period_start, r.period_end])).toEqual([["2025-01-01", ""]]);
  });
  it("'Last month Zelensky put the losses higher, saying more than 3,000': the month of a statement is no period", () => {
    expect(one("Last month Zelensky put North Korean losses much higher, saying more than 3,000 had been killed or wounded.", "2025-12-01").map((r) => [r.period_start, r.period_end]))
      .toEqual([["", ""]]);
  });
});

describe("eighth round: a participle clause goes on in the period of the clause before", () => {
  it("'made their largest gains in November, capturing 725 km²' is November", () => {
    expect(cols(one("Russian troops made their largest monthly gains in a year in November, capturing 725 km² of territory.", "2025-12-01")))
      .toEqual([["territory_gained", 725, "unknown", "russia", "2025-11-01", "2025-11-30"]]);
  });
  it("not a running total after a figure: 'took 500 km² in May, bringing its total to 5,000 km²'", () => {
    expect(one("Russia took 500 km² in May, bringing its total to 5,000 km².", "2025-12-01").map((r) => [r.value, r.period_start]))
      .toEqual([[500, "2025-05-01"], [5000, ""]]);
  });
});

describe("eighth round: a share of land set off after an area", () => {
  it("'captured 3,300 km² since January, about 0.5% of Ukraine's territory': both are land gained", () => {
    expect(one("DeepState estimated that Russia had captured 3,300 km² since January, about 0.5% of Ukraine's territory.", "2025-12-01").map((r) => [r.metric, r.value, r.qualifier]))
      .toEqual([["territory_gained", 3300, "exact"], ["territory_gained", 0.5, "approx"]]);
  });
  it("a change in percent after an area is no share of land", () => {
    expect(one("Russia captured 3,300 km² in 2025, up 40% from a year earlier.", "2025-12-01").map((r) => r.value)).toEqual([3300]);
  });
});

describe("eighth round: the enemy and the occupiers as actors", () => {
  it("'DeepState said the enemy occupied 428 km²': the speaker's enemy gained it", () => {
    expect(cols(one("The Ukrainian monitoring group DeepState said the enemy occupied 428 square kilometers in October.", "2025-12-01")))
      .toEqual([["territory_gained", 428, "ukraine", "russia", "2025-10-01", "2025-10-31"]]);
    expect(one("The Russian defence ministry said the enemy had captured 12 square kilometres near Kursk.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
  it("'the occupiers seized 3 villages' are Russia's forces", () => {
    expect(one("The occupiers have seized 3 villages in the Donetsk region, officials said.").map((r) => [r.metric, r.subject_side])).toEqual([["settlements_captured", "russia"]]);
  });
});

describe("eighth round: land occupied in a week, control claimed in a year", () => {
  it("'occupied 158 sq km over the past week' is land gained (a weekly tally), 'occupies 113,000 sq km' land held", () => {
    expect(one("Russian forces occupied 11 settlements and 158 sq km over the past week.").map((r) => [r.metric, r.value]))
      .toEqual([["settlements_captured", 11], ["territory_gained", 158]]);
    expect(one("Russia occupies 113,000 sq km.").map((r) => r.metric)).toEqual(["territory_controlled"]);
  });
  it("'claimed control of 5,640 sq km in 2025' is land gained in 2025", () => {
    expect(cols(one("The Russian defence ministry claimed control of 5,640 sq km of Ukrainian land in 2025.", "2025-12-01")))
      .toEqual([["territory_gained", 5640, "russia", "russia", "2025-01-01", "2025-12-31"]]);
  });
});

describe("eighth round: the size of a force", () => {
  it("'a contingent of 50,000 to 60,000 troops' and 'the grouping numbers around 45,000 troops' are troops", () => {
    expect(one("Russia is preparing a new offensive with a contingent of 50,000 to 60,000 troops.").map((r) => [r.metric, r.value, r.qualifier]))
      .toEqual([["troops", 50000, "at_least"], ["troops", 60000, "at_most"]]);
    expect(one("Russia's grouping near Kupiansk numbers around 45,000 troops.").map((r) => [r.metric, r.value])).toEqual([["troops", 45000]]);
  });
  it("small forces and forces that died are not", () => {
    expect(one("A force of 3,000 soldiers was killed.").map((r) => r.metric)).toEqual(["killed"]);
  });
});

describe("eighth round: passives of saying", () => {
  it("'were estimated at 1,000 a day by British intelligence': the agent after 'by' speaks, not the subject", () => {
    expect(one("Russian losses were estimated at 1,000 soldiers a day by British intelligence.").map((r) => [r.claimant, r.claimant_side])).toEqual([["British intelligence", "third_party"]]);
  });
  it("a passive with no agent names no claimant ('the grouping is estimated at 45,000 troops')", () => {
    expect(one("The Russian grouping in the area is estimated at 45,000 troops.").map((r) => [r.metric, r.claimant])).toEqual([["troops", ""]]);
  });
  it("'In May the Defence Ministry said': a time opening the sentence is no part of the speaker, before 'the' too", () => {
    expect(one("In May the Defence Ministry said 500 drones were launched.").map((r) => r.claimant)).toEqual(["the Defence Ministry"]);
  });
});

describe("eighth round: a new person is not the last body that spoke", () => {
  const before = "Air defence units intercepted 41 Ukrainian drones overnight, the Russian Defence Ministry said.\n\n";
  it("'said the battalion commander' after the ministry: the commander speaks, and 'he' after him is him", () => {
    expect(one(before + '"We lost 3 soldiers in the attack," said the battalion commander, who gave only his call sign. He said 11 others were wounded.').slice(1).map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["the battalion commander", "unknown"], ["the battalion commander", "unknown"]]);
  });
  it("'The governor said' named nowhere before is no ministry; 'he added' two sentences on is the governor", () => {
    // "Among them were two children" breaks the five down, and goes on with the governor's words.
    expect(one(before + "The governor said five people were killed. Among them were two children. Eight more people were injured, he added.").slice(1).map((r) => [r.value, r.claimant]))
      .toEqual([[5, "The governor"], [2, "The governor"], [8, "The governor"]]);
  });
  it("'the ministry said' after a ministry still takes that ministry", () => {
    expect(one(before + "Twelve more drones were downed over Bryansk, the ministry said.").slice(1).map((r) => [r.claimant, r.claimant_side])).toEqual([["Russian Defence Ministry", "russia"]]);
  });
});

describe("eighth round: a sentence after the figures that says who reported them", () => {
  const lead = "On the night of November 21, the enemy attacked Ukraine with 112 strike UAVs of the Shahed type.";
  it("'This was reported by the Air Force on Telegram' in the next paragraph claims the paragraph before, and the one after", () => {
    const rows = one(`${lead}\n\nThis was reported by the Air Force of the Armed Forces of Ukraine on Telegram, Ukrinform reports.\n\nAs of 08:30, air defense shot down 89 enemy drones.`, "2025-11-22");
    expect(rows.map((r) => [r.metric, r.value, r.claimant, r.claimant_side, r.subject_side])).toEqual([
      ["drones_launched", 112, "the Air Force of the Armed Forces of Ukraine", "ukraine", "russia"],
      ["drones_downed", 89, "the Air Force of the Armed Forces of Ukraine", "ukraine", "russia"],
    ]);
  });
  it("'The General Staff reported this' in the same paragraph does too", () => {
    expect(one("Russia lost 1,150 soldiers over the past day. The General Staff of Ukraine's Armed Forces reported this on Facebook.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
  it("'X said that ...' opens what X said: it claims nothing before it", () => {
    expect(one("Russian troops liberate eight communities in a week\n\nIn its weekly summary, the Russian Defence Ministry said that its troops had advanced.").map((r) => r.claimant)).toEqual([""]);
    expect(one(`${lead}\n\nThe governor said this year had been the hardest.`, "2025-11-22").map((r) => r.claimant)).toEqual([""]);
  });
});

describe("eighth round: the nation an attack verb takes is its target", () => {
  it("'The enemy attacked Ukraine with 112 drones' are Russia's drones; 'Ukraine attacked Russia with 40 drones' Ukraine's", () => {
    expect(one("The enemy attacked Ukraine with 112 drones.").map((r) => [r.metric, r.subject_side])).toEqual([["drones_launched", "russia"]]);
    expect(one("Ukraine attacked Russia with 40 drones overnight.").map((r) => [r.metric, r.subject_side])).toEqual([["drones_launched", "ukraine"]]);
  });
});

describe("eighth round: the dead of other wars, and numbers that fell", () => {
  it("'The Soviet Union lost about 15,000 soldiers in Afghanistan', '27 million deaths in World War II' are no figures of this war", () => {
    expect(one("The Soviet Union lost about 15,000 soldiers in Afghanistan over ten years.")).toEqual([]);
    expect(one("In World War II, the Soviet Union suffered an estimated 27 million deaths.")).toEqual([]);
  });
  it("a sentence that names this war keeps its figures beside a comparison", () => {
    expect(brief(one("Russia has lost more soldiers in Ukraine than in Afghanistan, with 1,100 killed on Tuesday alone."))).toEqual([["killed", 1100]]);
  });
  it("'the population has fallen by 10 million' is a decline; 'the fallen' are the dead", () => {
    expect(one("Ukraine's population has fallen by 10 million since 2022.")).toEqual([]);
    expect(brief(one("The brigade has buried 40 fallen soldiers this month."))).toEqual([["killed", 40]]);
  });
});

describe("eighth round: losses that might come, wholes after 'out of', ratios", () => {
  it("'willing to lose 100,000 soldiers', 'could cost Russia up to 50,000 casualties', '10,000 could die' are no losses", () => {
    expect(one("Putin is willing to lose 100,000 soldiers a month to take Pokrovsk, analysts said.")).toEqual([]);
    expect(one("A full assault on Kharkiv could cost Russia up to 50,000 casualties, the report warned.")).toEqual([]);
    expect(one("Ukrainian officials fear another 10,000 could die this winter if the grid collapses.")).toEqual([]);
  });
  it("the month May is no modal ('In May 500 soldiers were killed')", () => {
    expect(brief(one("In May 500 soldiers were killed."))).toEqual([["killed", 500]]);
  });
  it("an estimate in the perfect stays ('as many as 100 people may have been killed'), and so does damage that 'could exceed'", () => {
    expect(brief(one("As many as 100 people may have been killed."))).toEqual([["killed", 100]]);
    expect(brief(one("The damage could exceed $150 million, according to the SBU."))).toEqual([["damage", 150000000]]);
  });
  it("', out of 85 delivered' after a figure is its whole; 'Out of 85 drones launched, 80 were downed' opens with a figure", () => {
    expect(brief(one("Ukraine has lost 12 F-16s so far, out of 85 delivered."))).toEqual([["aircraft_hit", 12]]);
    expect(brief(one("Out of 85 drones launched, 80 were downed."))).toEqual([["drones_launched", 85], ["drones_downed", 80]]);
  });
  it("the terms of a ratio ('a casualty ratio of 3 to 1') count nothing; a range 'between 10 to 12' still does", () => {
    expect(one("Russia's casualty ratio is estimated at 3 to 1.")).toEqual([]);
    expect(brief(one("Between 10 to 12 people were killed."))).toEqual([["killed", 10], ["killed", 12]]);
  });
});

describe("eighth round: unnamed analysts", () => {
  it("'..., analysts said' and 'according to military experts' are a third party; 'Russian analysts' are Russia's", () => {
    expect(one("Russia lost 1,000 soldiers a day in November, analysts said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["analysts", "third_party"]]);
    expect(one("According to military experts, Russia lost 1,000 soldiers a day.").map((r) => [r.claimant, r.claimant_side])).toEqual([["military experts", "third_party"]]);
    expect(one("Russian analysts said Ukraine lost 500 soldiers.").map((r) => [r.claimant, r.claimant_side])).toEqual([["Russian analysts", "russia"]]);
  });
});

describe("eighth round: whose aircraft", () => {
  it("'Ukrainian forces downed two Mi-8s': the shooter named first in the clause lost none of them", () => {
    expect(one("Ukrainian forces downed a Russian Ka-52 helicopter and two Mi-8s near Kupiansk.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["aircraft_hit", 2, "russia"]]);
    expect(one("Ukraine's security service destroyed at least six Russian military aircraft and damaged eight more.").map((r) => [r.value, r.subject_side]))
      .toEqual([[6, "russia"], [8, "russia"]]);
  });
  it("'12 aircraft, including Tu-95 and Tu-160 strategic bombers': the types in the apposition", () => {
    expect(one("Drones hit 12 aircraft, including Tu-95 and Tu-160 strategic bombers, in Operation Spiderweb.").map((r) => r.subject_side)).toEqual(["russia"]);
    expect(one("Russia said it destroyed 5 aircraft (F-16 and Mirage jets) on the ground.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
});

describe("eighth round: prisoners received, bodies received", () => {
  it("'Russia said it had received 150 servicemen' in a swap is Russia's claim of prisoners back, kept beside Ukraine's", () => {
    expect(one("Ukraine brought home 150 soldiers in the swap, Zelensky said, while Russia said it had received 150 servicemen.").map((r) => [r.metric, r.value, r.claimant, r.subject_side]))
      .toEqual([["prisoners_exchanged", 150, "Zelensky", "ukraine"], ["prisoners_exchanged", 150, "Russia", "russia"]]);
  });
  it("bodies received are the dead handed back: no prisoners (and, as a repatriation, no toll)", () => {
    expect(one("In the most recent handover after the swap, Ukraine received the bodies of 757 servicemen, the Coordination Headquarters said.")).toEqual([]);
    expect(one("After the prisoner swap, the bodies of 1,000 soldiers were repatriated to Ukraine, while Russia got back 19.").map((r) => [r.metric, r.value])).toEqual([]);
  });
});

describe("eighth round: the hurt, injuries suffered, and the wounded beside the dead", () => {
  it("'4 dead, 25 hurt' in a headline: 'hurt' is a participle like 'injured'", () => {
    expect(brief(one("Russian strike on Dnipro leaves 4 dead, 25 hurt"))).toEqual([["killed", 4], ["injured", 25]]);
  });
  it("'three other residents suffered injuries' were injured, not casualties", () => {
    expect(brief(one("A 67-year-old man sustained shrapnel wounds, and three other residents suffered injuries."))).toEqual([["injured", 3]]);
  });
  it("the wounded of a sentence take the side of its dead when nothing else tells", () => {
    expect(one("Russia struck Dnipro overnight.\nThe attack claimed the lives of seven people and left 19 others wounded.").map((r) => [r.metric, r.subject_side]))
      .toEqual([["killed", "ukraine"], ["injured", "ukraine"]]);
  });
});

describe("eighth round: a speaker who goes on, launches counted by the other side, weapons attacked with", () => {
  it("', the air force said, adding that 476 drones had been intercepted': the air force goes on saying", () => {
    expect(one("Russia fired 36 missiles and 554 drones, the air force said, adding that 476 drones and 32 missiles had been intercepted.").map((r) => [r.value, r.claimant, r.claimant_side, r.subject_side]))
      .toEqual([[36, "the air force", "ukraine", "russia"], [554, "the air force", "ukraine", "russia"], [476, "the air force", "ukraine", "russia"], [32, "the air force", "ukraine", "russia"]]);
  });
  it("'struck Russian refineries with at least 100 long-range drones', 'attacked Kyiv using 40 drones' were launched", () => {
    expect(one("Ukraine has struck Russian refineries with at least 100 long-range drones.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["drones_launched", 100, "ukraine"]]);
    expect(one("Russia attacked Kyiv overnight using 40 drones.").map((r) => [r.metric, r.subject_side])).toEqual([["drones_launched", "russia"]]);
  });
});

describe("eighth round: a share of land in words, and a relative clause set off by commas", () => {
  it("'around a fifth of Ukraine', 'about two-thirds of the Donetsk region' are shares of land in percent", () => {
    expect(one("Russia controls around a fifth of Ukraine, roughly 113,000 square kilometres, including Crimea.").map((r) => [r.metric, r.value, r.unit, r.qualifier]))
      .toEqual([["territory_controlled", 20, "percent", "approx"], ["territory_controlled", 113000, "km2", "approx"]]);
    expect(one("Russian forces hold about two-thirds of the Donetsk region.").map((r) => [r.metric, r.value])).toEqual([["territory_controlled", 66.7]]);
  });
  it("a fraction of anything but land is no figure ('half of the drones', 'a third of the fleet')", () => {
    expect(one("Half of the drones were shot down.")).toEqual([]);
    expect(one("Ukraine has damaged a third of the Black Sea Fleet.")).toEqual([]);
  });
  it("'Russia, which controls just under a fifth of Ukraine, has said ...': the aside is the outlet's, its actor the nation it hangs from", () => {
    expect(one("Russia, which controls just under a fifth of Ukraine, has said it wants to create a buffer zone.").map((r) => [r.value, r.qualifier, r.claimant, r.subject_side]))
      .toEqual([[20, "at_most", "", "russia"]]);
    expect(one("The SBU, which says it hit 41 aircraft, has released a video.").map((r) => r.claimant)).toEqual(["The SBU"]);
  });
});

describe("eighth round: 'even as' another claim, and 'it said' dating a statement", () => {
  it("'The Kremlin said ..., even as Western estimates put Russian casualties at more than 1 million': the estimates speak", () => {
    expect(one("The Kremlin said on Thursday there were no plans for a new wave of mobilisation, even as Western estimates put Russian casualties in Ukraine at more than 1 million killed and wounded.")
      .map((r) => [r.claimant, r.claimant_side])).toEqual([["Western estimates", "third_party"]]);
  });
  it("'In September 2022 it said 5,937 of its servicemen had been killed': the month dates the statement", () => {
    expect(one("Russia has never published full casualty figures. In September 2022 it said 5,937 of its servicemen had been killed.").map((r) => [r.period_start, r.period_end])).toEqual([["", ""]]);
  });
});

describe("eighth round: a bullet before a speaker", () => {
  it("'• Zelensky said ...' names Zelensky, not the bullet", () => {
    expect(one("• Zelensky said Russia launched more than 1,500 drones at Ukraine this week.").map((r) => r.claimant)).toEqual(["Zelensky"]);
  });
});

describe("eighth round: more ways to count a force", () => {
  it("'including 11,000 sent to Kursk', 'soldiers crossed into Russia's Kursk region', 'troops are poised', 'troops are fighting around Pokrovsk'", () => {
    expect(brief(one("North Korea has supplied about 14,000 troops to Russia, including 11,000 sent to Kursk."))).toEqual([["troops", 14000], ["troops", 11000]]);
    expect(brief(one("Roughly 12,000 North Korean soldiers crossed into Russia's Kursk region."))).toEqual([["troops", 12000]]);
    expect(brief(one("Up to 100,000 Russian troops are poised for an offensive in Zaporizhzhia."))).toEqual([["troops", 100000]]);
    expect(brief(one("Western officials estimate that 50,000 Russian troops are fighting around Pokrovsk."))).toEqual([["troops", 50000]]);
  });
  it("'Russia's invasion force now numbers some 600,000': the force is what is counted", () => {
    expect(one("Russia's invasion force now numbers some 600,000.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 600000, "russia"]]);
  });
  it("weapons supplied are no troops", () => {
    expect(one("The North has supplied Russia with 250 170 mm self-propelled howitzers.")).toEqual([]);
  });
});

describe("eighth round: land and places a side lost", () => {
  it("'Ukraine's army lost control of about 300 km² in September' and 'were pushed out of 800 sq km' are Russia's gains", () => {
    expect(one("Ukraine's army lost control of about 300 square kilometres in the Kursk region in September.", "2025-11-22").map((r) => [r.metric, r.value, r.subject_side, r.period_start]))
      .toEqual([["territory_gained", 300, "russia", "2025-09-01"]]);
    expect(one("Ukrainian forces were pushed out of roughly 800 sq km of the Kursk region.").map((r) => [r.metric, r.subject_side])).toEqual([["territory_gained", "russia"]]);
    expect(one("Ukraine has lost 12 villages this week.").map((r) => [r.metric, r.subject_side])).toEqual([["settlements_captured", "russia"]]);
  });
  it("soldiers lost are still losses, and land captured the captor's", () => {
    expect(one("Russia lost 1,200 soldiers.").map((r) => [r.metric, r.subject_side])).toEqual([["casualties", "russia"]]);
    expect(one("Russia has captured 40 sq km.").map((r) => [r.metric, r.subject_side])).toEqual([["territory_gained", "russia"]]);
  });
});

describe("eighth round: places regained", () => {
  it("'Ukraine has regained control of 10 settlements' were captured back, Ukraine's", () => {
    expect(one("Ukraine has regained control of 10 settlements near Dobropillia.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["settlements_captured", 10, "ukraine"]]);
  });
  it("settlements shelled, attacked, without power or evacuated were not captured", () => {
    expect(one("Russian forces shelled 23 settlements in the Kharkiv region. Power was cut in 200 settlements. Residents were evacuated from 30 settlements.")).toEqual([]);
  });
});

describe("eighth round: a period right after the verb a list shares", () => {
  it("'662 aircraft, 283 helicopters and 92,460 drones have been destroyed since the beginning of the special military operation'", () => {
    expect(one("In all, 662 aircraft, 283 helicopters and 92,460 unmanned aerial vehicles have been destroyed since the beginning of the special military operation.")
      .map((r) => [r.value, r.period_start])).toEqual([[662, "2022-02-24"], [283, "2022-02-24"], [92460, "2022-02-24"]]);
  });
  it("'more than 700,000 casualties, killed and wounded, since the invasion began' is since the invasion", () => {
    expect(one("American officials estimate that Russia has suffered more than 700,000 casualties, killed and wounded, since the invasion began in February 2022.").map((r) => r.period_start)).toEqual(["2022-02-24"]);
  });
  it("not a time before the verb's object: 'Around 7 percent of Ukraine was already under Moscow's control before February 2022'", () => {
    expect(one("Around 7 percent of Ukraine was already under Moscow's control before February 2022.").map((r) => [r.period_start, r.period_end])).toEqual([["", ""]]);
  });
});

describe("eighth round: irrecoverable losses, and a body's later figures", () => {
  it("'of whom more than 15,000 were irrecoverable', 'irrecoverable losses of 15,000' were killed", () => {
    expect(brief(one("Of them, 15,000 were irrecoverable."))).toEqual([["killed", 15000]]);
    expect(brief(one("Russia's irrecoverable losses amounted to 15,000 in November."))).toEqual([["killed", 15000]]);
    expect(brief(one("Russian losses reached 31,000."))).toEqual([["casualties", 31000]]);
  });
  it("a body no nation names keeps the side its first figure gave it for the sentence's later figures", () => {
    expect(one("Earlier, the General Staff reported that Russia had lost 1,150,000 troops since Feb. 24, 2022, including 1,080 over the past day.").map((r) => [r.value, r.claimant_side]))
      .toEqual([[1150000, "ukraine"], [1080, "ukraine"]]);
  });
});

describe("eighth round: a share of 'the' fleet", () => {
  it("'34% of the strategic bomber fleet' is aircraft hit, as '34% of Russia's strategic bombers' is", () => {
    expect(one("The strike destroyed 34% of the strategic bomber fleet, the SBU said.").map((r) => [r.metric, r.value, r.unit, r.subject_side])).toEqual([["aircraft_hit", 34, "percent", "russia"]]);
  });
  it("a share of the drones or tanks is still no figure", () => {
    expect(one("Ukrainian air defences intercepted 90 percent of the drones.")).toEqual([]);
    expect(one("Russia lost 30% of the tanks it had.")).toEqual([]);
  });
});

describe("eighth round: what a year brought a side, and a rate restating a total", () => {
  it("'the whole of 2024 brought Russia 4,168 sq km' is land Russia gained in 2024", () => {
    expect(one("For comparison, the whole of 2024 brought Russia 4,168 sq km on DeepState's maps.").map((r) => [r.metric, r.value, r.subject_side, r.period_start, r.period_end]))
      .toEqual([["territory_gained", 4168, "russia", "2024-01-01", "2024-12-31"]]);
  });
  it("', an average of 14.6 square kilometers per day' restates the total before it over its period", () => {
    expect(one("Russian forces have gained 4,700 square kilometers since January, an average of 14.6 square kilometers per day.", "2025-11-22").map((r) => [r.value, r.period_start]))
      .toEqual([[4700, "2025-01-01"], [14.6, "2025-01-01"]]);
  });
});

describe("eighth round: a loser before a relative clause", () => {
  it("'Ukraine's own air force, which began the war with a few dozen MiG-29s, has lost at least 97 aircraft' lost Ukraine's aircraft", () => {
    expect(one("Ukraine's own air force, which began the war with a few dozen Soviet-era MiG-29s and Su-27s, has lost at least 97 aircraft according to Oryx.").map((r) => [r.value, r.subject_side]))
      .toEqual([[97, "ukraine"]]);
  });
});

describe("ninth round: drones downed after a launch, unnamed researchers, and 'of those killed'", () => {
  it("drones downed after a launch figure are the launcher's, even when the other side counted downed drones before", () => {
    const rows = one("Russia's Ministry of Defence said its air defences destroyed 39 Ukrainian drones overnight. Ukraine's air force said Russia launched 188 drones overnight. Air defences shot down 76 drones.");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["drones_downed", 39, "ukraine"], ["drones_launched", 188, "russia"], ["drones_downed", 76, "russia"]]);
  });
  it("a later downed count with no launch in between keeps the side of the downed count before it", () => {
    const rows = one("Russia's Ministry of Defence said its air defences destroyed 39 Ukrainian drones overnight. Air defences also shot down 12 drones over Crimea, it said.");
    expect(rows.map((r) => [r.value, r.subject_side])).toEqual([[39, "ukraine"], [12, "ukraine"]]);
  });
  it("'the researchers' named nowhere before are a third party, whichever army's dead they count", () => {
    expect(one("The researchers estimate that 160,000 Russian soldiers had died by the end of 2024.").map((r) => [r.claimant, r.claimant_side])).toEqual([["The researchers", "third_party"]]);
    // Named before, they are who they were.
    expect(one("Mediazona has confirmed the names of 100,072 Russian servicemen killed. The researchers estimate that 160,000 Russian soldiers had died.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["Mediazona", "third_party"], ["Mediazona", "third_party"]]);
  });
  it("'At least 4,000 of those killed' counts the killed; 'of these soldiers' still reads the noun", () => {
    expect(brief(one("At least 4,000 of those killed were mobilised men."))).toEqual([["killed", 4000]]);
    expect(one("Russian troops killed 300 of these soldiers.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["killed", 300, "ukraine"]]);
  });
});

describe("ninth round: the one claiming acts, and a group broken down", () => {
  it("'Ukraine claimed to control about 1,300 km² of Russian territory' is land Ukraine holds", () => {
    expect(one("Kyiv launched its incursion into Kursk in August, at one point claiming to control about 1,300 square kilometres of Russian territory.").map((r) => [r.metric, r.value, r.claimant_side, r.subject_side]))
      .toEqual([["territory_controlled", 1300, "ukraine", "ukraine"]]);
    // A claim about another's deed is not the claimant's own: "Ukraine claimed Russia controlled ..." is Russia's.
    expect(one("Ukraine claimed Russia controlled about 1,300 square kilometres.").map((r) => [r.claimant_side, r.subject_side])).toEqual([["ukraine", "russia"]]);
  });
  it("'The group included 135 soldiers and 15 civilians' after a swap are prisoners of that swap", () => {
    const rows = one("Ukraine has brought home 150 of its citizens from Russian captivity, President Volodymyr Zelensky announced. The group included 135 soldiers and 15 civilians, the Coordination Headquarters said.");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["prisoners_exchanged", 150, "ukraine"], ["prisoners_exchanged", 135, "ukraine"], ["prisoners_exchanged", 15, "ukraine"]]);
  });
  it("a group of soldiers with no figure before it to break down is no figure", () => {
    expect(one("The group included 135 soldiers and 15 civilians.")).toEqual([]);
  });
});

describe("ninth round: whole names and a speaker after a counted noun", () => {
  it("a long source phrase cut after a name's joiner keeps the word it joins ('… the Institute for the Study of War')", () => {
    expect(one("Russian forces captured 600 square kilometres in November, according to an AFP analysis of data from the Institute for the Study of War.").map((r) => r.claimant))
      .toEqual(["an AFP analysis of data from the Institute for the Study of War"]);
  });
  it("'one of roughly 43,000 troops Kyiv says it has lost': Kyiv speaks, of its own losses", () => {
    expect(one("A Ukrainian soldier killed in the east was one of roughly 43,000 troops Kyiv says it has lost since February 2022.").map((r) => [r.value, r.claimant, r.claimant_side, r.subject_side]))
      .toEqual([[43000, "Kyiv", "ukraine", "ukraine"]]);
    expect(one("The 12 villages Moscow says it captured last week are near Pokrovsk.").map((r) => [r.claimant, r.subject_side])).toEqual([["Moscow", "russia"]]);
  });
  it("a speaker who says the other side lost keeps that side", () => {
    expect(one("Russia lost 1,200 troops over the past day, Kyiv says.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
});

describe("ninth round: troops moved, and settlements cleared", () => {
  it("troops 'moved', 'transferred' or 'withdrawn' are troops; marines and paratroopers are troops too", () => {
    expect(one("Moscow has also moved roughly 20,000 marines and airborne troops from Kherson to the Pokrovsk sector, according to Ukrainian military intelligence.").map((r) => [r.metric, r.value, r.subject_side]))
      .toEqual([["troops", 20000, "russia"]]);
    expect(brief(one("Russia has transferred 5,000 paratroopers to Kursk."))).toEqual([["troops", 5000]]);
  });
  it("what moved is no force when it is no people: a front line, tanks", () => {
    expect(one("The front line shifted 12 times. Russia withdrew 300 tanks.")).toEqual([]);
  });
  it("'six settlements had been cleared' were captured", () => {
    expect(one("Syrskyi said six settlements had been cleared.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["settlements_captured", 6, "ukraine"]]);
  });
});

describe("ninth round: since the invasion, and the same period after it", () => {
  it("'since Russia's full-scale invasion' starts on the invasion's day, and 'over the same period' after it is that period", () => {
    const rows = one("Zelensky said that 43,000 Ukrainian soldiers have been killed since Russia's full-scale invasion. He said Russia had lost 198,000 soldiers killed and 550,000 wounded over the same period.", "2024-12-09");
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[43000, "2022-02-24", ""], [198000, "2022-02-24", ""], [550000, "2022-02-24", ""]]);
  });
  it("'during the week' after a since figure is no since period", () => {
    const rows = one("Russia has launched 50,000 drones since Russia's full-scale invasion, Zelensky said. He said Russia had used 20 missiles against Ukraine during the week.", "2025-03-16");
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([[50000, "2022-02-24"], [20, ""]]);
  });
});

describe("ninth round: the whole of a part shot down, and whose casualties a body counts", () => {
  it("'Ukraine shot down 20 of the 25 drones': the 25 launched are Russia's, as the 20 downed are", () => {
    expect(one("Ukraine shot down 20 of the 25 drones.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["drones_downed", 20, "russia"], ["drones_launched", 25, "russia"]]);
  });
  it("'shot down 20 of the 25 drones launched by Russia': the part takes the side its whole names", () => {
    expect(one("Air defences shot down 20 of the 25 drones launched by Russia.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["drones_downed", 20, "russia"], ["drones_launched", 25, "russia"]]);
  });
  it("'Russian casualties surpassed one million, the General Staff said': a body named nowhere before counts the other side's casualties", () => {
    expect(one("Russian casualties surpassed one million, the General Staff said.").map((r) => [r.claimant_side, r.subject_side])).toEqual([["ukraine", "russia"]]);
    expect(one("Russian forces took 3 villages, the defence ministry said.").map((r) => r.claimant_side)).toEqual(["russia"]);
  });
});

describe("ninth round: the same three months", () => {
  it("'over the same three months' after a figure for November runs September to November", () => {
    const rows = one("DeepState said Russian forces captured 505 square kilometres in November. Over the same three months, Ukrainian forces recaptured about 35 square kilometres, DeepState's analysts said.", "2025-12-02");
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[505, "2025-11-01", "2025-11-30"], [35, "2025-09-01", "2025-11-30"]]);
  });
  it("an aside of what the losses were ('…, killed or wounded, over the same three months') does not cut the period off", () => {
    const rows = one("Russian troops gained about 3,500 square kilometers between June and August. Ukraine's military estimates that Moscow lost more than 100,000 soldiers, killed or wounded, over the same three months.", "2025-09-16");
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[3500, "2025-06-01", "2025-08-31"], [100000, "2025-06-01", "2025-08-31"]]);
  });
});

describe("ninth round: a body a pronoun owns, and the month of an earlier seizure", () => {
  it("'Its defence ministry' after 'Russia says …' is Russia's; 'Their military' after 'Kyiv …' is Ukraine's", () => {
    expect(one("Russia says it has recaptured most of the territory Ukraine seized. Its defence ministry has claimed Ukraine lost more than 40,000 troops in the region.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["Its defence ministry", "russia"]]);
    expect(one("Kyiv has not commented. Their military said 300 Russian soldiers were killed.").map((r) => [r.claimant, r.claimant_side])).toEqual([["Their military", "ukraine"]]);
  });
  it("a possessive of no nation named before gives no side ('The company said its figures …' is not this rule)", () => {
    expect(one("The company said its figures showed 300 killed.").map((r) => r.claimant_side)).toEqual(["unknown"]);
  });
  it("'the territory Ukraine seized in August' dates the seizure, not the share retaken", () => {
    expect(one("Gerasimov said Russian forces had liberated 86 percent of the territory Ukraine had seized in August 2024.").map((r) => [r.value, r.period_start, r.period_end])).toEqual([[86, "", ""]]);
    expect(one("Russia seized 500 square kilometres in August 2024.").map((r) => [r.value, r.period_start])).toEqual([[500, "2024-08-01"]]);
    // Weapons "launched in May" were launched then: the month is the figure's.
    expect(one("The group said it had counted 250 drones launched during May.", "2025-06-03").map((r) => [r.value, r.period_start])).toEqual([[250, "2025-05-01"]]);
  });
});

describe("ninth round: the object of a verb of repelling does not act", () => {
  it("'Ukrainian forces have pushed back Russian troops and regained … 10 km²' is Ukraine's gain", () => {
    expect(one("Ukrainian forces have pushed back Russian troops and regained control of about 10 square kilometres in the Kursk region, Ukraine's top commander said.").map((r) => [r.metric, r.subject_side]))
      .toEqual([["territory_gained", "ukraine"]]);
  });
  it("a nation acting alone in its clause still acts ('Russian forces captured 12 villages')", () => {
    expect(one("Russian forces captured 12 villages.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
});

describe("ninth round: 'the Russians', and the cost of an advance", () => {
  it("'the Russians occupied 319 km²' is Russia's gain; 'the Ukrainians' are Ukraine", () => {
    expect(one("In October alone, the Russians occupied 319 km², down from 479 km² in September.", "2025-11-05").map((r) => [r.value, r.subject_side]))
      .toEqual([[319, "russia"], [479, "russia"]]);
    expect(one("The Ukrainians shot down 40 drones overnight.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
  it("'captured 3,600 km², at the cost of roughly 240,000 casualties': the casualties are the advancing side's", () => {
    const rows = one("Russian troops have captured 3,600 km² of Ukrainian territory this year, at the cost of roughly 240,000 casualties, according to estimates by DeepState.");
    expect(rows.map((r) => [r.metric, r.subject_side])).toEqual([["territory_gained", "russia"], ["casualties", "russia"]]);
  });
});

describe("ninth round: 'every day', Putin's army, and a ministry by its capital", () => {
  it("'losing 1,500 men every day' is a count of men, as 'a day' is", () => {
    expect(brief(one("Russia is losing 1,500 men every day."))).toEqual([["casualties", 1500]]);
  });
  it("'Putin's army' is Russia's; 'Putin's war' names no side of a figure by itself", () => {
    expect(one("Vladimir Putin's army is losing a staggering 1,500 men every day, according to figures released by Kyiv.").map((r) => [r.claimant_side, r.subject_side])).toEqual([["ukraine", "russia"]]);
  });
  it("'The Ministry of Defence in London' is Britain's, 'The Defence Ministry in Moscow' Russia's", () => {
    expect(one("The Ministry of Defence in London estimated last month that Russia had suffered around 1,000 casualties a day.").map((r) => r.claimant_side)).toEqual(["third_party"]);
    expect(one("The Defence Ministry in Moscow said 300 Ukrainian troops were killed.").map((r) => r.claimant_side)).toEqual(["russia"]);
  });
});

describe("ninth round: the size of an army, what the war cost a nation, and whose strikes a body tells of", () => {
  it("'Ukraine's army numbers about 880,000 people', 'Russian forces number some 600,000' are troops", () => {
    expect(one("Ukraine's army numbers about 880,000 people, according to the defence ministry.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 880000, "ukraine"]]);
    expect(one("Russian forces number some 600,000 in Ukraine.").map((r) => [r.metric, r.subject_side])).toEqual([["troops", "russia"]]);
    // A force of weapons is the weapons.
    expect(brief(one("Russian forces of 600 drones attacked."))).toEqual([["drones_launched", 600]]);
  });
  it("'The war has cost Ukraine's economy an estimated $524 billion in damage' is damage to Ukraine", () => {
    expect(one("The war has cost Ukraine's economy an estimated $524 billion in damage and losses, the World Bank said.").map((r) => [r.metric, r.subject_side])).toEqual([["damage", "ukraine"]]);
  });
  it("a body named nowhere before that tells of one nation's strikes is the struck nation's", () => {
    expect(one("Russian strikes caused $2 billion in damage to Ukraine's energy system, the ministry said.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
    expect(one("Ukrainian drone attacks killed three people in Belgorod, the ministry said.").map((r) => r.claimant_side)).toEqual(["russia"]);
  });
});

describe("ninth round: prisoners coming home", () => {
  it("'390 Ukrainians were coming home' after a swap are prisoners exchanged", () => {
    const rows = one("Ukraine and Russia each freed 390 prisoners on Friday. Russia's defence ministry said 270 servicemen and 120 civilians had been returned to Russia. Ukraine's President Volodymyr Zelensky said 390 Ukrainians were coming home.");
    expect(rows.filter((r) => r.claimant_side === "ukraine").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["prisoners_exchanged", 390, "ukraine"]]);
  });
  it("people who 'returned home' with no swap are no prisoners", () => {
    expect(one("Some 300 refugees returned home to Kharkiv last month.")).toEqual([]);
  });
});

describe("tenth round: wholes named before their parts, what an offensive cost, and hits", () => {
  it("'of whom around 4,700 have been killed or wounded' after North Korea's soldiers sent to help Russia are Russia's side", () => {
    const rows = one("North Korea has sent roughly 14,000 soldiers to help Russia, according to South Korean intelligence, of whom around 4,700 have been killed or wounded.");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 14000, "russia"], ["casualties", 4700, "russia"]]);
    // A part that names its own nation keeps it.
    expect(one("The strike killed 12 people, including three Russian soldiers.").map((r) => r.subject_side).at(-1)).toBe("russia");
  });
  it("a sentence opening 'Of those,' takes the side of the figure that ends the sentence before", () => {
    const rows = one("North Korea has sent some 11,000 troops to Russia's Kursk region. Of those, about 4,000 have been killed or wounded, Seoul says.");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 11000, "russia"], ["casualties", 4000, "russia"]]);
  });
  it("'cost Russia 100,000 men' counts Russia's casualties; 'pays for each village with thousands of soldiers' lives' is the payer's", () => {
    expect(one("Putin's summer offensive cost Russia 100,000 men, says UK").map((r) => [r.metric, r.value, r.subject_side, r.claimant_side])).toEqual([["casualties", 100000, "russia", "third_party"]]);
    expect(one("KYIV, Ukraine — Russia ends the year grinding forward in eastern Ukraine, even as it pays for each village with thousands of soldiers' lives.").map((r) => [r.metric, r.subject_side])).toEqual([["killed", "russia"]]);
    // Money an offensive cost is no casualty figure.
    expect(one("The offensive cost Russia $3 billion, analysts said.").map((r) => r.metric)).not.toContain("casualties");
  });
  it("'in eastern Ukraine' is a place, not the side that gained land", () => {
    expect(one("Russia suffered heavy losses in eastern Ukraine while gaining less than 1 per cent of the country's territory, analysts said.").map((r) => [r.metric, r.subject_side])).toEqual([["territory_gained", "russia"]]);
  });
  it("'Hits by three missiles and 33 attack UAVs were recorded' are weapons that struck, not drones downed", () => {
    const rows = one("Hits by three missiles and 33 attack UAVs were recorded at 12 locations, with downed drones falling on four locations, the Air Force said.");
    expect(rows.map((r) => [r.metric, r.value])).toEqual([["drones_launched", 3], ["drones_launched", 33]]);
  });
  it("a headline 'Russians attack Ukraine with 3 missiles and 137 drones' counts weapons launched, and the drones neutralised after them are Russia's", () => {
    const rows = one("Russians attack Ukraine with 3 missiles and 137 drones overnight: 104 drones neutralised");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["drones_launched", 3, "russia"], ["drones_launched", 137, "russia"], ["drones_downed", 104, "russia"]]);
  });
  it("'has now identified by name 150,270 Russian soldiers' names who counted them", () => {
    expect(one("Mediazona has now identified by name 150,270 Russian soldiers who died in the war.").map((r) => [r.claimant, r.claimant_side])).toEqual([["Mediazona", "third_party"]]);
  });
  it("'on the night of October 19 to 20' is a date, not 20 aircraft", () => {
    expect(one("Ukrainian forces struck the Novokuibyshevsk Oil Refinery in Samara Oblast on the night of October 19 to 20.")).toEqual([]);
  });
});

describe("tenth round: the General Staff's daily prose, unnamed bodies, and both armies", () => {
  it("a list with each day's change in brackets ('11,402 tanks (+3), …, 430 aircraft') still counts its items, the change after drones too", () => {
    const rows = one("The Defense Forces also destroyed 11,402 tanks (+3), 23,690 armored combat vehicles, 430 aircraft, 347 helicopters and 80,115 operational-tactical UAVs (+412).");
    expect(rows.map((r) => [r.metric, r.value])).toEqual([["aircraft_hit", 430], ["aircraft_hit", 347], ["drones_downed", 80115], ["drones_downed", 412]]);
  });
  it("'The total combat losses of the enemy … including 1,090 over the past day' are Russia's, the day's figure without the total's period", () => {
    const rows = one("The total combat losses of the enemy from February 24, 2022 to November 14, 2026 are estimated at about 1,151,280 personnel, including 1,090 over the past day, the General Staff of the Armed Forces of Ukraine said.");
    expect(rows.map((r) => [r.value, r.subject_side, r.period_start, r.period_end])).toEqual([[1151280, "russia", "2022-02-24", "2026-11-14"], [1090, "russia", "", ""]]);
  });
  it("unnamed demographers are a third party; so are analysts set off by a short relative clause without commas", () => {
    expect(one("Independent demographers estimate that Russia's excess male deaths since the invasion exceed 200,000.").map((r) => [r.claimant, r.claimant_side])).toEqual([["Independent demographers", "third_party"]]);
    expect(one("Independent analysts who studied satellite images said at least 12 aircraft appeared to have been destroyed.").map((r) => [r.claimant, r.claimant_side])).toEqual([["Independent analysts", "third_party"]]);
  });
  it("'according to the Ministry of Defence' keeps its words; counting Ukrainian drones destroyed, it is Russia's", () => {
    expect(one("In total, according to the Ministry of Defence, 128 Ukrainian unmanned aerial vehicles were destroyed.").map((r) => [r.claimant, r.claimant_side])).toEqual([["the Ministry of Defence", "russia"]]);
  });
  it("'combined Russian and Ukrainian casualties', 'on both sides', 'Ukrainian and Russian troops killed or wounded' are both sides' losses", () => {
    expect(one("U.S. and European officials have estimated combined Russian and Ukrainian casualties at more than 1.5 million.").map((r) => r.subject_side)).toEqual(["both"]);
    expect(one("The war has killed or wounded more than a million soldiers on both sides, officials said.").map((r) => r.subject_side)).toEqual(["both"]);
    // One side's figure beside the other's is that side's.
    expect(one("Russia has lost 100,000 soldiers and Ukraine 60,000, officials said.").map((r) => r.subject_side)).not.toContain("both");
  });
  it("'since the full-scale invasion began in February last year' starts at the invasion, not at last year", () => {
    const rows = one("The number of Ukrainian and Russian troops killed or wounded since the full-scale invasion began in February last year is nearing 500,000, according to US officials.", "2023-08-19");
    expect(rows.map((r) => [r.subject_side, r.period_start, r.period_end])).toEqual([["both", "2022-02-24", ""]]);
  });
});

describe("tenth round: what a share of Russia's aircraft names, and amounts restated in another currency", () => {
  it("'hit about a third of Russia's strategic cruise missile carriers, causing … damage' is damage to Russia", () => {
    const rows = one("The SBU security service said the drones hit about a third of Russia's strategic cruise missile carriers, causing an estimated $7 billion (€6.1bn) in damage.");
    expect(rows.map((r) => [r.metric, r.unit, r.subject_side])).toEqual([["damage", "USD", "russia"]]);
  });
  it("'a barrage of Russian missiles' still names the attacker", () => {
    expect(one("A barrage of Russian missiles killed 14 people in Kyiv overnight, officials said.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
});

describe("tenth round: one of several speakers", () => {
  it("'One of the officials said', 'The other put' are the officials named before", () => {
    const rows = one("Russia is recruiting about 30,000 new soldiers a month, according to two Western officials. One of the officials said Moscow had suffered an estimated 1,200 casualties a day in October. The other put total Russian casualties at close to 1.1 million.");
    expect(rows.map((r) => [r.value, r.claimant_side])).toEqual([[30000, "third_party"], [1200, "third_party"], [1100000, "third_party"]]);
  });
});

describe("tenth round: two losers contrasted, swaps and the bodies handed back", () => {
  it("'Russia has suffered roughly 1.1 million casualties, …, while Ukraine has suffered about 400,000' gives each loser its own figures", () => {
    const rows = one("American officials estimate that Russia has suffered roughly 1.1 million casualties, including as many as 250,000 killed, while Ukraine has suffered about 400,000 casualties, including up to 100,000 dead.");
    expect(rows.map((r) => [r.value, r.subject_side])).toEqual([[1100000, "russia"], [250000, "russia"], [400000, "ukraine"], [100000, "ukraine"]]);
  });
  it("'received the bodies of 1,000 fallen soldiers' is no toll; bodies recovered still are", () => {
    expect(one("Ukraine also received the bodies of 1,000 fallen soldiers, according to the Coordination Headquarters.")).toEqual([]);
    expect(one("Rescuers recovered the bodies of 12 people killed in the strike, officials said.").map((r) => r.metric)).toEqual(["killed"]);
  });
  it("the second item of a swap's list ('185 Ukrainian servicemen and 20 civilians returning home') is the first item's side", () => {
    const rows = one("Ukraine and Russia carried out another prisoner exchange on Wednesday, with 185 Ukrainian servicemen and 20 civilians returning home, President Volodymyr Zelensky said.");
    expect(rows.map((r) => [r.value, r.subject_side])).toEqual([[185, "ukraine"], [20, "ukraine"]]);
  });
  it("'Among them were 23 defenders of Mariupol and 8 civilians' breaks the swap down; 'Ukraine brings home 246 POWs' is Ukraine's", () => {
    const rows = one("Ukraine returned 246 prisoners of war from Russian captivity, President Volodymyr Zelensky announced. Among them were 23 defenders of Mariupol and 8 civilians.");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["prisoners_exchanged", 246, "ukraine"], ["prisoners_exchanged", 23, "ukraine"], ["prisoners_exchanged", 8, "ukraine"]]);
    expect(one("Ukraine brings home 246 POWs in latest exchange").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
  it("'according to the headquarters' is the Coordination Headquarters named before", () => {
    const rows = one("This was the 68th prisoner exchange since the start of the full-scale war, the Coordination Headquarters said. In total, 5,857 Ukrainians have been returned home, according to the headquarters.");
    expect(rows.map((r) => [r.claimant, r.claimant_side])).toEqual([["Coordination Headquarters", "ukraine"]]);
  });
});

describe("tenth round: headlines in title case and with their source after a colon", () => {
  it("'Ukraine Says Russia Has Amassed 110,000 Troops' names Ukraine; 'N. Korea has sent additional 3,000 troops to Russia: JCS' names the JCS", () => {
    expect(one("Ukraine Says Russia Has Amassed 110,000 Troops Near Pokrovsk").map((r) => [r.claimant, r.claimant_side])).toEqual([["Ukraine", "ukraine"]]);
    expect(one("N. Korea has sent additional 3,000 troops to Russia: JCS").map((r) => [r.claimant, r.claimant_side])).toEqual([["JCS", "third_party"]]);
    // A colon before words the table does not know is no source.
    expect(one("Russia lost 1,200 troops in a day: what we know").map((r) => r.claimant)).toEqual([""]);
  });
});

describe("tenth round: land in DeepState's monthly words", () => {
  const text = "Russian forces occupied 356 square kilometres of Ukrainian territory in November, the DeepState analytical project reported, compared with 461 km² a month earlier.\n\nThe occupiers were most active in the Pokrovsk and Huliaipole directions, where they seized 7 settlements.\n\nIn total, since the beginning of 2026, Russia has occupied 4,980 km², or 0.82% of Ukraine's territory.";
  const rows = one(text, "2026-12-01");
  it("'461 km² a month earlier' is the month before the figure before it", () => {
    expect(rows.slice(0, 2).map((r) => [r.value, r.period_start, r.period_end])).toEqual([[356, "2026-11-01", "2026-11-30"], [461, "2026-10-01", "2026-10-31"]]);
  });
  it("'The occupiers …, where they seized 7 settlements' are Russia's gains", () => {
    expect(rows[2]).toMatchObject({ metric: "settlements_captured", value: 7, subject_side: "russia" });
  });
  it("land 'occupied' since the beginning of a year is land gained in it, its share too", () => {
    expect(rows.slice(3).map((r) => [r.metric, r.value, r.period_start])).toEqual([["territory_gained", 4980, "2026-01-01"], ["territory_gained", 0.82, "2026-01-01"]]);
    // Occupied since the invasion is land held.
    expect(one("Since the start of the full-scale invasion, Russia has occupied about 20% of Ukraine.").map((r) => r.metric)).toEqual(["territory_controlled"]);
  });
});

describe("tenth round: pronoun subjects, an outlet's own estimate, third countries", () => {
  it("'This year it has gained around 4,500 sq km …, at a cost of several hundred thousand casualties' after 'Russia now holds' is Russia's", () => {
    const rows = one("Russia now holds about 116,000 square kilometres, roughly a fifth of Ukraine. This year it has gained around 4,500 sq km, an area about the size of Cornwall in Britain, at a cost of several hundred thousand casualties.");
    expect(rows.slice(2).map((r) => [r.metric, r.subject_side])).toEqual([["territory_gained", "russia"], ["casualties", "russia"]]);
  });
  it("'By our estimate' is the outlet's own count, a third party", () => {
    const rows = extract({ id: "t", file: "t.txt", text: "By our estimate, between 190,000 and 280,000 Russian soldiers have been killed since the invasion began.", title: "", outlet: "The Economist", url: "", published: "2026-11-13", status: "ok", reason: "" });
    expect(rows.map((r) => [r.claimant, r.claimant_side])).toEqual([["The Economist", "third_party"], ["The Economist", "third_party"]]);
  });
  it("a third country's body ('Lithuania's State Security Department') is a third party", () => {
    expect(one("Russia could concentrate up to 200,000 troops near the Ukrainian border, Lithuania's State Security Department warned.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
});

describe("tenth round: an army's people, and the months before a figure", () => {
  it("'Ukraine says it has about 880,000 people in its armed forces' is Ukraine's troops", () => {
    const rows = one("Putin said almost 700,000 Russian troops were fighting in Ukraine.\n\nUkraine says it has about 880,000 people in its armed forces.");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 700000, "russia"], ["troops", 880000, "ukraine"]]);
  });
  it("'up from 1,240 in the previous three months' after June to August is March to May", () => {
    const rows = one("Between June 1 and August 31, Russian forces captured about 1,650 square kilometres of Ukrainian land, according to a Reuters analysis of DeepState maps, up from 1,240 in the previous three months.", "2026-09-05");
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[1650, "2026-06-01", "2026-08-31"], [1240, "2026-03-01", "2026-05-31"]]);
  });
});

describe("tenth round: earlier reports, and the dead of a repelled attack", () => {
  it("'Earlier reports put the toll at 18' names no claimant 'Earlier'", () => {
    expect(one("Earlier reports put the toll at 18.").map((r) => r.claimant)).toEqual([""]);
    // "reports" after a name is still a verb.
    expect(one("Ukraine's air force reports 18 drones were shot down.").map((r) => r.claimant)).toEqual(["Ukraine's air force"]);
  });
  it("'repelled a Ukrainian attack in Belgorod, killing 200 soldiers' counts Ukraine's dead", () => {
    expect(one("Russia says it repelled Ukrainian attack in Belgorod, killing 200 soldiers").map((r) => [r.metric, r.subject_side])).toEqual([["killed", "ukraine"]]);
  });
});

describe("tenth round: a governor of a Russian city", () => {
  it("'in the Russian city of Rostov-on-Don …, acting regional Gov. Yuri Slyusar said' is Russia's governor", () => {
    const rows = one("A Ukrainian drone attack on an apartment building in the Russian city of Rostov-on-Don killed one person and injured three, acting regional Gov. Yuri Slyusar said.");
    expect(rows.map((r) => [r.claimant, r.claimant_side, r.subject_side])).toEqual([["acting regional Gov. Yuri Slyusar", "russia", "russia"], ["acting regional Gov. Yuri Slyusar", "russia", "russia"]]);
  });
});

describe("tenth round: a force backed by another's soldiers", () => {
  it("'Russian forces, backed by some 12,000 North Korean soldiers' counts the North Koreans as troops on Russia's side", () => {
    expect(one("By March 2025 Russian forces, backed by some 12,000 North Korean soldiers, had pushed them out of almost all of it.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 12000, "russia"]]);
  });
});

describe("tenth round: hardware counted in Russia's words for its war", () => {
  it("'since the beginning of the special military operation, 670 aircraft, 283 helicopters … have been destroyed' is Ukraine's", () => {
    const rows = one("In total, since the beginning of the special military operation, 670 aircraft, 283 helicopters and 98,117 unmanned aerial vehicles have been destroyed.");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["aircraft_hit", 670, "ukraine"], ["aircraft_hit", 283, "ukraine"], ["drones_downed", 98117, "ukraine"]]);
  });
});

describe("tenth round: thousands grouped by spaces", () => {
  it("'about 1 151 280 personnel, including 1 090 over the past day' reads both figures whole", () => {
    const rows = one("The total combat losses of the enemy are estimated at about 1 151 280 personnel, including 1 090 over the past day, the General Staff of the Armed Forces of Ukraine said.");
    expect(rows.map((r) => [r.value, r.figure_text])).toEqual([[1151280, "about 1 151 280"], [1090, "1 090"]]);
  });
});

describe("tenth round: local officials with no place named", () => {
  it("'The Russian strikes killed 14 civilians over the weekend, regional officials said' keeps the officials, of the struck nation", () => {
    expect(one("The Russian strikes killed a total of 14 civilians over the weekend, regional officials said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["regional officials", "ukraine"]]);
  });
});

describe("tenth round: Russia's abbreviation for Ukraine's army", () => {
  it("'The AFU lost up to 1,400 troops' counts Ukraine's losses", () => {
    expect(one("The AFU lost up to 1,400 troops over the past 24 hours, the Russian Defense Ministry said on Wednesday.").map((r) => [r.subject_side, r.claimant_side])).toEqual([["ukraine", "russia"]]);
  });
});

describe("tenth round: a prosecutor's office", () => {
  it("'according to the regional prosecutor's office' after a Kharkiv strike is a Ukrainian body", () => {
    const rows = one("At least 14 people were killed when two Russian glide bombs struck a residential area of Kharkiv, the city's mayor said.\n\nAmong the injured were 11 children, according to the regional prosecutor's office.");
    expect(rows.at(-1)).toMatchObject({ value: 11, claimant: "the regional prosecutor's office", claimant_side: "ukraine" });
  });
});

describe("tenth round: a speaker set off between a loser and its verb", () => {
  it("'Russia, he said, had lost 198,000 soldiers killed' is Russia's loss, and 'he' is the president, not a body mentioned after him", () => {
    const rows = one("President Volodymyr Zelensky said on Sunday that 43,000 Ukrainian soldiers had been killed since the start of Russia's full-scale invasion, a rare disclosure of Ukraine's military losses.\n\nRussia, he said, had lost 198,000 soldiers killed over the same period.");
    expect(rows.map((r) => [r.value, r.subject_side, r.claimant])).toEqual([[43000, "ukraine", "President Volodymyr Zelensky"], [198000, "russia", "President Volodymyr Zelensky"]]);
  });
});

describe("eleventh round: speakers in apposition, owned roles and contrasts", () => {
  it("'The governor of Russia's Kursk region, Alexander Khinshtein, said a Ukrainian drone strike … had killed' is the governor's claim", () => {
    const rows = one("Across the border, the governor of Russia's Kursk region, Alexander Khinshtein, said a Ukrainian drone strike on a bus in the town of Kurchatov had killed one person and injured eight.");
    expect(rows.map((r) => [r.claimant, r.claimant_side, r.subject_side])).toEqual([["Alexander Khinshtein", "russia", "russia"], ["Alexander Khinshtein", "russia", "russia"]]);
    // An inverted speaker still speaks: "…, said the State Emergency Service, which has been clearing rubble."
    expect(one("Three people were killed in the attack, said the State Emergency Service, which has been clearing rubble.").map((r) => r.claimant)).toEqual(["the State Emergency Service"]);
  });
  it("'The city's acting mayor, Artem Kobzar,' speaks for the city named in the sentence before", () => {
    const rows = one("Russian shelling hit Sumy overnight. The city's acting mayor, Artem Kobzar, said 52 people had been injured.");
    expect(rows.map((r) => [r.claimant, r.claimant_side, r.subject_side])).toEqual([["Artem Kobzar", "ukraine", "ukraine"]]);
    expect(one("Drones hit Belgorod overnight. The region's governor, Ivan Petrenko, said two people were wounded.").map((r) => r.claimant_side)).toEqual(["russia"]);
  });
  it("'Its spokesman Andriy Yusov said' is the spokesman of the body named before, on its side", () => {
    const rows = one("Ukraine's military intelligence agency, the HUR, said it was tracking the deployment. Its spokesman Andriy Yusov said in March that some 4,000 North Korean soldiers had been killed or wounded.");
    expect(rows.map((r) => [r.claimant, r.claimant_side])).toEqual([["Andriy Yusov", "ukraine"]]);
  });
  it("'reiterated' is a verb of saying; 'the analysts said' with no one named before is a third party", () => {
    expect(one("About 700,000 servicemen are taking part in the special military operation, Mr. Putin reiterated.").map((r) => [r.claimant_side, r.subject_side])).toEqual([["russia", "russia"]]);
    expect(one("Russia lost 1,000 soldiers, the analysts said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["the analysts", "third_party"]]);
  });
  it("a nation after 'while', past the figures before it, is the subject of its own clause", () => {
    const rows = one("Ukraine has around 880,000 people under arms, Defense Minister Denys Shmyhal said, while Russia, according to Ukrainian intelligence, has roughly 710,000 troops inside Ukraine.");
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 880000, "ukraine"], ["troops", 710000, "russia"]]);
  });
  it("'X said the group included 96 members of the armed forces, 42 National Guardsmen …' lists the swap's parts", () => {
    const rows = one("Ukraine and Russia exchanged 157 prisoners each. Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said the group included 96 members of the armed forces, 42 National Guardsmen and 19 border guards.");
    expect(rows.map((r) => [r.metric, r.value])).toEqual([["prisoners_exchanged", 157], ["prisoners_exchanged", 96], ["prisoners_exchanged", 42], ["prisoners_exchanged", 19]]);
  });
});

describe("eleventh round: forces in service, land that came under control, and dates", () => {
  it("people 'taking part in' the war, 'under arms' or 'serving in' an army are troops; a rally's crowd is not", () => {
    expect(one("President Vladimir Putin said last December that about 700,000 Russian soldiers were taking part in what the Kremlin calls its special military operation.").map((r) => [r.metric, r.value])).toEqual([["troops", 700000]]);
    expect(one("Ukraine has around 880,000 people under arms, Shmyhal said.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 880000, "ukraine"]]);
    expect(one("Defense Minister Mykhailo Fedorov said that about 1 million Ukrainians were serving in the Defense Forces.").map((r) => [r.metric, r.value])).toEqual([["troops", 1000000]]);
    expect(one("About 300 people took part in the rally, police said.")).toEqual([]);
    expect(one("About 30,000 people were involved in the protests.")).toEqual([]);
  });
  it("places that 'came under Russian control' or 'under the control of Russian forces' were captured by Russia; 'came under fire' is no capture", () => {
    expect(one("In the same period, he said, 212 settlements came under Russian control.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["settlements_captured", 212, "russia"]]);
    expect(one("Since January, about 3,000 square kilometres have come under Russian control, according to DeepState.").map((r) => [r.metric, r.subject_side])).toEqual([["territory_gained", "russia"]]);
    expect(one("Twelve villages came under the control of Russian forces last month.").map((r) => r.subject_side)).toEqual(["russia"]);
    expect(one("Three villages came under fire overnight.")).toEqual([]);
  });
  it("'initially seized more than 1,000 square kilometres' is a capture; 'the territory initially seized by Ukraine' names land", () => {
    expect(one("The incursion into Russia's Kursk region initially seized more than 1,000 square kilometers.").map((r) => [r.metric, r.value, r.qualifier])).toEqual([["territory_gained", 1000, "more_than"]]);
    expect(one("The territory initially seized by Ukraine was 1,300 square kilometres.").map((r) => r.metric)).not.toContain("territory_gained");
  });
  it("'18- to 24-year-olds' is an age range, not 18 drones launched", () => {
    expect(one("The government's contract program for 18- to 24-year-olds, launched with great fanfare a year ago, has drawn only around 1,500 volunteers.").map((r) => r.value)).not.toContain(18);
  });
  it("'in November last year' and 'in March this year' are months of the year counted from publication; 'last July' the latest July before", () => {
    const rows = one("Russian forces took 520 sq km in October, less than the 725 sq. km taken in November last year.", "2025-11-06");
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[520, "2025-10-01", "2025-10-31"], [725, "2024-11-01", "2024-11-30"]]);
    expect(one("Russian forces took 520 sq km in March this year.", "2025-11-06").map((r) => r.period_start)).toEqual(["2025-03-01"]);
    expect(one("Russian forces took 520 sq km last July, the ministry said.", "2025-11-06").map((r) => r.period_start)).toEqual(["2025-07-01"]);
    expect(one("Russian forces took 520 sq km last July, the ministry said.", "2025-07-20").map((r) => r.period_start)).toEqual(["2024-07-01"]);
    // "began in February last year" still dates the invasion, not last year.
    expect(one("Russia has taken 4,000 sq km since the invasion began in February last year.", "2023-08-19").map((r) => r.period_start)).toEqual(["2022-02-24"]);
  });
});

describe("eleventh round: weapons, targets, owners of losses and opening phrases", () => {
  it("'Two Iskander missiles hit the city centre, killing 35 people' are Ukraine's dead; a Ukrainian-only weapon's victims are Russia's", () => {
    expect(one("Two Iskander missiles hit the city centre, killing 35 people and injuring more than 100.").filter((r) => r.metric !== "drones_launched").map((r) => r.subject_side)).toEqual(["ukraine", "ukraine"]);
    expect(one("A Neptune missile struck the depot, injuring two people.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
  it("'struck a deployment point of Ukrainian troops …, killing up to 60 servicemen': the troops were the target", () => {
    const rows = one("Russia's defence ministry said its forces had struck a \"temporary deployment point\" of Ukrainian troops in Sumy, killing up to 60 servicemen.");
    expect(rows.map((r) => [r.value, r.subject_side])).toEqual([[60, "ukraine"]]);
    expect(one("Ukrainian drones hit positions of Russian forces, killing 12 soldiers.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
  it("'the losses of the Russian army in Ukraine' are Russia's, whatever the place after them", () => {
    const rows = one("The total combat losses of the Russian army in Ukraine from February 24, 2022, to November 5, 2025, amount to about 1,151,280 personnel, including 1,020 over the past day.");
    expect(rows.map((r) => [r.value, r.subject_side, r.period_start, r.period_end])).toEqual([[1151280, "russia", "2022-02-24", "2025-11-05"], [1020, "russia", "", ""]]);
  });
  it("a bare loss coordinated after a long phrase ('…since the start of the full-scale invasion, and around 380,000 had been wounded') keeps the side", () => {
    const rows = one("Zelensky said more than 46,000 Ukrainian soldiers had been killed on the battlefield since the start of the full-scale invasion, and around 380,000 had been wounded.");
    expect(rows.map((r) => [r.metric, r.subject_side])).toEqual([["killed", "ukraine"], ["injured", "ukraine"]]);
  });
  it("a period after an opening 'According to X,' covers the figures", () => {
    const rows = one("According to Gladkov, since the beginning of October, Ukrainian attacks on the region have killed 11 civilians and injured 87.", "2025-11-06");
    expect(rows.map((r) => r.period_start)).toEqual(["2025-10-01", "2025-10-01"]);
  });
  it("'Among those killed were 17 children' is set in its whole's period; a part with a day of its own is not", () => {
    const rows = one("The UN mission said 2,035 civilians were killed in October. Among those killed were 17 children.", "2025-11-06");
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([[2035, "2025-10-01"], [17, "2025-10-01"]]);
    const daily = one("Russia has lost 1,151,280 personnel since February 24, 2022. This number includes 1,030 casualties that Russian forces suffered over the past day.");
    expect(daily.map((r) => [r.value, r.period_start])).toEqual([[1151280, "2022-02-24"], [1030, ""]]);
  });
});

describe("eleventh round: the air war's phrasing", () => {
  it("bodies recovered or pulled from the rubble are the dead; 'where' ends no speaker's name", () => {
    const rows = one("Russian drones struck Kyiv overnight, where Kyiv Mayor Vitali Klitschko said six bodies had been recovered by mid-morning.");
    expect(rows.map((r) => [r.metric, r.value, r.claimant, r.subject_side])).toEqual([["killed", 6, "Kyiv Mayor Vitali Klitschko", "ukraine"]]);
    expect(brief(one("Rescuers recovered six bodies from the rubble."))).toEqual([["killed", 6]]);
  });
  it("drones a side can launch, or produces, are no launch", () => {
    expect(one("He said Russia was now capable of launching as many as 700 drones in a single night.")).toEqual([]);
    expect(one("Ukrainian officials say the country is now able to produce more than four million drones a year, many of them first-person-view models used on the front line.")).toEqual([]);
    expect(brief(one("Russia launched 700 drones overnight, the air force said."))).toEqual([["drones_launched", 700]]);
  });
  it("'Ukraine, meanwhile, said Russia launched …': an aside before the verb inverts no speaker; 'figures published by X' are X's", () => {
    const rows = one("Ukraine, meanwhile, said Russia launched 4,070 Shahed-type drones against it in August, along with 195 missiles, according to figures published by Ukraine's air force.", "2025-09-02");
    expect(rows.map((r) => [r.value, r.claimant, r.claimant_side, r.period_start])).toEqual([[4070, "Ukraine", "ukraine", "2025-08-01"], [195, "Ukraine's air force", "ukraine", "2025-08-01"]]);
  });
  it("'the summary said' points back to the last speaker", () => {
    const rows = one("Air defences destroyed 300 drones last week, according to the Russian Defence Ministry's weekly summary. Over the past week, air defences shot down 11 HIMARS rockets, the summary said.");
    expect(rows.map((r) => [r.value, r.claimant_side])).toEqual([[300, "russia"], [11, "russia"]]);
  });
  it("a period opening a bulleted sentence covers its figures; 'when, according to …,' still sets a clause in the month before", () => {
    const rows = one("- In January 2026, Russia launched over 4,300 attack drones and 110 missiles against Ukraine, President Volodymyr Zelensky said.", "2026-02-03");
    expect(rows.map((r) => r.period_start)).toEqual(["2026-01-01", "2026-01-01"]);
    expect(one("The record came in July, when, according to the same data, Russia fired 6,297 drones.", "2025-09-02").map((r) => r.period_start)).toEqual(["2025-07-01"]);
  });
  it("'667 aircraft, 283 helicopters and 103,455 drones of the Ukrainian armed forces': the owner after the list owns each item", () => {
    const rows = one("In total, since the beginning of the special military operation, 667 aircraft, 283 helicopters and 103,455 unmanned aerial vehicles of the Ukrainian armed forces have been destroyed, according to the ministry's data.");
    expect(rows.map((r) => r.subject_side)).toEqual(["ukraine", "ukraine", "ukraine"]);
  });
});

describe("eleventh round: what a counted group was, and speakers with a 'whose' clause", () => {
  it("'28,000 of those identified were mobilized men', '19,600 were former prisoners' say what the dead were, not troops sent", () => {
    expect(one("According to the count, more than 28,000 of those identified were mobilized men, while at least 19,600 were former prisoners recruited by Wagner.").map((r) => r.metric)).not.toContain("troops");
    expect(brief(one("Russia mobilized 300,000 men in 2022."))).toEqual([["troops", 300000]]);
  });
  it("'Russian military bloggers, whose maps are closely watched in Moscow, estimate' names the bloggers", () => {
    expect(one("Russian military bloggers, whose maps are closely watched in Moscow, estimate that Russian forces took 400 square kilometres in October.").map((r) => [r.claimant, r.claimant_side])).toEqual([["Russian military bloggers", "russia"]]);
  });
});

describe("eleventh round: briefings, factboxes and competing claims", () => {
  it("'closer to 20' is approximate, 'above 1,000' more than", () => {
    expect(one("US officials later put the number of aircraft damaged or destroyed closer to 20.").map((r) => r.qualifier)).toEqual(["approx"]);
    expect(one("Russian losses stayed above 1,000 a day, the General Staff said.").map((r) => r.qualifier)).toEqual(["more_than"]);
  });
  it("'Oryx lists', 'Defence Intelligence judges that' are verbs of saying; 'On Sunday it put' is the speaker before", () => {
    expect(one("Oryx lists 97 Ukrainian fixed-wing aircraft lost.").map((r) => r.claimant)).toEqual(["Oryx"]);
    expect(one("Defence Intelligence judges that Russia currently has around 710,000 personnel deployed in Ukraine.").map((r) => r.claimant)).toEqual(["Defence Intelligence"]);
    const rows = one("Ukraine's General Staff publishes daily figures. On Sunday it put Russian personnel losses at 1,262,140 since February 24, 2022.");
    expect(rows.map((r) => [r.claimant, r.claimant_side])).toEqual([["Ukraine's General Staff", "ukraine"]]);
  });
  it("an aside after the speaker ('Russia's defence ministry, by contrast, claims') keeps the speaker", () => {
    expect(one("Russia's defence ministry, by contrast, claims to have destroyed 662 Ukrainian planes.").map((r) => [r.claimant, r.claimant_side])).toEqual([["Russia's defence ministry", "russia"]]);
  });
  it("'X said it had verified …' names X; a relative clause with commas of its own still leaves its antecedent speaking", () => {
    expect(one("The United Nations Human Rights Monitoring Mission in Ukraine said it had verified 14,000 civilian deaths.").map((r) => r.claimant)).toEqual(["The United Nations Human Rights Monitoring Mission in Ukraine"]);
    const rows = one("Mediazona and the BBC Russian Service, which count obituaries, social media posts and official announcements, said on Friday they had identified by name 118,490 Russian soldiers killed in the war.");
    expect(rows.map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
  it("'Our own model, which draws on …, suggests' is the outlet's own estimate", () => {
    const text = "Our own model, which draws on leaked documents, obituaries and Western intelligence, suggests that between 900,000 and 1.3m Russians have been killed or wounded.";
    const rows = extract({ id: "t", file: "t.txt", text, title: "", outlet: "The Economist", url: "", published: "2025-06-02", status: "ok", reason: "" });
    expect(rows.map((r) => r.claimant)).toEqual(["The Economist", "The Economist"]);
  });
  it("'uncrewed aerial vehicles' are drones; 'reported that one civilian was killed' counts one", () => {
    expect(brief(one("Russia launched 442 one-way attack uncrewed aerial vehicles overnight."))).toEqual([["drones_launched", 442]]);
    expect(brief(one("Governor Vyacheslav Gladkov reports that one civilian was killed."))).toEqual([["killed", 1]]);
    expect(one("That one was the deadliest strike.")).toEqual([]);
  });
  it("'a dozen of the bombers' counts bombers; 'seven of the dead' and 'of the country' are not read past", () => {
    expect(brief(one("Russia has lost 12 of the bombers, it said."))).toEqual([["aircraft_hit", 12]]);
    expect(brief(one("Russian forces now control around 116,000 square kilometers, or about 19.2 percent of the country."))).toEqual([["territory_controlled", 116000], ["territory_controlled", 19.2]]);
  });
  it("land 'recovered' was regained; North Koreans sent are troops; 'the number of damaged buildings' is no figure", () => {
    expect(one("Kyiv says its counterattacks near Dobropillia have recovered about 180 sq km since August.").map((r) => [r.metric, r.subject_side])).toEqual([["territory_gained", "ukraine"]]);
    expect(one("Budanov said about 11,000 North Koreans had been sent to Kursk.").map((r) => [r.metric, r.subject_side])).toEqual([["troops", "russia"]]);
    expect(one("Sumy governor Oleh Hryhorov put the number of damaged buildings at 27.")).toEqual([]);
  });
  it("a force where it stands is troops even after an earlier casualty figure and 'up from'", () => {
    const rows = one("Ukraine's General Staff said 1,000 Russian soldiers were killed. Estonia's Foreign Intelligence Service estimated that Russia currently has about 600,000 troops in Ukraine, up from 470,000 a year ago.");
    expect(rows.map((r) => r.metric)).toEqual(["killed", "troops", "troops"]);
  });
  it("a month opening a statement by an unnamed official dates the statement; so does one before 'when X said'", () => {
    expect(one("In June, a senior official from the British Ministry of Defence said Russia had suffered around 950,000 casualties.").map((r) => r.period_start)).toEqual([""]);
    expect(one("Moscow last gave an official figure in September 2022, when then Defence Minister Sergei Shoigu said 5,937 Russian servicemen had been killed.").map((r) => r.period_start)).toEqual([""]);
    expect(one("The peak came in November 2024, when Russian troops captured 725 km².").map((r) => r.period_start)).toEqual(["2024-11-01"]);
  });
  it("quotation marks around 'special military operation', or opening the sentence, still let its period and troops be read", () => {
    expect(one("Russia had lost almost 1 million servicemen killed and wounded since the start of the \"special military operation\", the General Staff said.").map((r) => r.period_start)).toEqual(["2022-02-24"]);
    expect(one("\"In total, since the beginning of the special military operation, 671 airplanes have been destroyed,\" the ministry said.").map((r) => r.period_start)).toEqual(["2022-02-24"]);
    expect(brief(one("About 700,000 Russian troops were taking part in what Moscow calls its \"special military operation\"."))).toEqual([["troops", 700000]]);
  });
  it("'between 8 p.m. Thursday and 7 a.m. Friday' does not end the sentence", () => {
    const rows = one("Russia's Defense Ministry said air defenses destroyed 89 Ukrainian drones between 8 p.m. Thursday and 7 a.m. Friday, including 31 over the Bryansk region.");
    expect(rows.map((r) => [r.value, r.claimant_side])).toEqual([[89, "russia"], [31, "russia"]]);
  });
  it("'the war in Ukraine' is no place of the dead; 'Moscow said it had received two civilians' are Russia's", () => {
    expect(one("The Russian authorities have not updated their death toll for the war in Ukraine since September 2022, when Sergei Shoigu said 5,937 servicemen had been killed.").map((r) => r.subject_side)).not.toContain("ukraine");
    expect(one("In the December exchange, Moscow said, it had also received two civilians from the Kursk region.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
  it("land held 'currently' after a year's gains is no land of that year", () => {
    const rows = one("Russian forces have seized approximately 0.8 percent of Ukraine's territory in 2025 and currently occupy roughly 19.3 percent of Ukraine.");
    expect(rows.map((r) => [r.metric, r.period_start, r.period_end])).toEqual([["territory_gained", "2025-01-01", "2025-12-31"], ["territory_controlled", "", ""]]);
  });
});

describe("eleventh round: 'he' after a person who spoke without a figure", () => {
  it("'\"…,\" said Artem Kobzar, the city's acting mayor. He said the death toll had risen to 16' is Kobzar's, for the city named before", () => {
    const rows = one("Russia's Ministry of Defence said its forces had struck military targets in Sumy. \"This was a deliberate strike on civilians,\" said Artem Kobzar, the city's acting mayor. He said the death toll had risen to 16 by Tuesday morning.");
    expect(rows.map((r) => [r.claimant, r.claimant_side])).toEqual([["Artem Kobzar", "ukraine"]]);
    // A person who spoke with a figure is still "he".
    expect(one("Zelensky said Russia was losing soldiers at a high rate. He said 1,000 Russian soldiers were killed every day.").map((r) => r.claimant)).toEqual(["Zelensky"]);
  });
  it("a month after 'told the New York Times' dates the statement", () => {
    expect(one("US officials told the New York Times in May that Russian casualties were closer to 1 million.").map((r) => r.period_start)).toEqual([""]);
  });
});

describe("eleventh round: people who speak about the war are no attackers", () => {
  it("'Russian military bloggers' who dispute a figure attack nothing: the aircraft the SBU hit stay Russia's", () => {
    const rows = one("The SBU said 41 aircraft were hit, but Russian military bloggers put the losses at no more than 10 planes.");
    expect(rows.map((r) => [r.value, r.claimant, r.subject_side])).toEqual([[41, "The SBU", "russia"], [10, "Russian military bloggers", "russia"]]);
  });
});

describe("eleventh round: regional, wire and analysis styles", () => {
  it("'By DeepState's count,' names DeepState; 'Analysts at the consultancy Kpler' are a third party", () => {
    expect(one("By DeepState's count, Russian forces captured 505 square kilometers in November alone.").map((r) => [r.claimant, r.claimant_side])).toEqual([["DeepState", "ukraine"]]);
    expect(one("Analysts at the consultancy Kpler estimate that the strikes caused between $2bn and $3bn in damage.").map((r) => r.claimant_side)).toEqual(["third_party", "third_party"]);
  });
  it("a city that 'had some 700,000 residents' counts its people, not its dead; 'killed 12 residents' still counts the dead", () => {
    expect(brief(one("In Zaporizhzhia, a regional capital that had some 700,000 residents before the war, glide bombs struck a street, killing at least three people."))).toEqual([["killed", 3]]);
    expect(brief(one("The strike killed 12 residents of the village."))).toEqual([["killed", 12]]);
  });
  it("soldiers 'lost to desertion' are no casualties; 'sustained shrapnel wounds' are injuries", () => {
    expect(one("Military analysts estimate that tens of thousands of soldiers have been lost to desertion this year.")).toEqual([]);
    expect(brief(one("Another three civilians sustained shrapnel wounds in Grayvoron, he said."))).toEqual([["injured", 3]]);
  });
  it("'the number of people killed in a Russian drone attack on Kharkiv' are not Russia's dead", () => {
    expect(one("The number of people killed in Sunday night's Russian drone attack on Kharkiv has risen to six, Kharkiv Mayor Ihor Terekhov said.").map((r) => r.subject_side)).toEqual(["ukraine"]);
    expect(one("The ministry put the number of Russian men killed in the war at approximately 165,000.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
  it("a period after an opening 'As Ukrinform reported earlier,' covers the figures", () => {
    expect(one("As Ukrinform reported earlier, since the beginning of November, Russian forces have launched more than 1,900 strike drones against Ukraine.", "2025-11-20").map((r) => r.period_start)).toEqual(["2025-11-01"]);
  });
});

describe("eleventh round: parts of a total, ranges and write-offs", () => {
  it("'a total that includes between 230,000 and 260,000 soldiers killed': both ends are a part of the total, in its period", () => {
    const rows = one("Western officials put Russian losses at about 1.1 million casualties since February 2022, a total that includes between 230,000 and 260,000 soldiers killed.");
    expect(rows.map((r) => [r.metric, r.value, r.period_start])).toEqual([["casualties", 1100000, "2022-02-24"], ["killed", 230000, "2022-02-24"], ["killed", 260000, "2022-02-24"]]);
  });
  it("aircraft 'written off' were lost", () => {
    expect(brief(one("The documents record 27 combat aircraft written off."))).toEqual([["aircraft_hit", 27]]);
  });
});

describe("twelfth round: numbers that are no figures", () => {
  it("the year of 'April 1, 2025' is a date, even before a verb that counts troops elsewhere", () => {
    expect(one("Ukrainians who arrived after April 1, 2025 will no longer receive the allowance, as the war killed more soldiers.")).toEqual([]);
  });
  it("the low end of 'truces of 24 to 48 hours' is a length of time; '10-15 people' is still a range", () => {
    expect(one("Medinsky said Russia had offered short truces of 24 to 48 hours to allow both sides to collect their dead.")).toEqual([]);
    expect(brief(one("The shelling killed 3-4 civilians, officials said."))).toEqual([["killed", 3], ["killed", 4]]);
  });
  it("a score ('lost their opening game 2-1') is no loss; 'killing 20-30 soldiers' after 'beat back' still counts", () => {
    expect(one("Serhiy Rebrov's side lost their opening game 2-1 in France in March.")).toEqual([]);
    expect(brief(one("Ukraine beat Russia's forces back, killing 20-30 soldiers."))).toEqual([["killed", 20], ["killed", 30]]);
  });
  it("'On 23 and 24 July' are two days, not a count of prisoners", () => {
    expect(brief(one("On 23 and 24 July, the parties exchanged 1,200 prisoners each."))).toEqual([["prisoners_exchanged", 1200]]);
  });
  it("'aged 18 or 19' is an age; a region 'which covers 26,517 square kilometers' is its size, not land held", () => {
    expect(one("Among them were many conscripts, many of whom were aged 18 or 19, the outlet said.")).toEqual([]);
    expect(brief(one("In the Donetsk region, which covers 26,517 square kilometers, the Russian army holds about 79% of the territory."))).toEqual([["territory_controlled", 79]]);
    expect(brief(one("Russian forces captured an area of about 500 square kilometres in October, DeepState said."))).toEqual([["territory_gained", 500]]);
  });
  it("missiles that 'could not be intercepted' were not downed; a part 'harder to intercept' of a launch is launched", () => {
    expect(one("Several ballistic missiles could not be intercepted, the air force said.")).toEqual([]);
    expect(brief(one("Russia fired 1,290 missiles this year, including 394 ballistic missiles that are harder to intercept."))).toEqual([["drones_launched", 1290], ["drones_launched", 394]]);
  });
  it("drones a plant can 'turn out' a month, and the rate it is 'up from', are output, not launches", () => {
    expect(one("Russia's Alabuga plant can now turn out some 2,700 Geran drones a month, up from about 300 a month in early 2024, Ukrainian military intelligence said.")).toEqual([]);
    expect(brief(one("Russia launched 5,000 drones a month in the summer, Ukrainian military intelligence said."))).toEqual([["drones_launched", 5000]]);
  });
  it("assault 'groups of two to four men' are no force massed; artillery 'munitions' fired are no drones", () => {
    expect(one("Russian troops were attacking in groups of two to four men, on motorcycles and on foot, the brigade said.")).toEqual([]);
    expect(brief(one("The governor said Ukraine had attacked the region, launching 87 drones and firing 46 munitions."))).toEqual([["drones_launched", 87]]);
  });
});

describe("twelfth round: what is counted", () => {
  it("an attack that 'involved 728 drones' launched them", () => {
    const rows = one("The largest single attack, on the night of July 9, involved 728 drones, Ukraine's air force said.");
    expect(rows.map((r) => [r.metric, r.value, r.claimant_side, r.subject_side])).toEqual([["drones_launched", 728, "ukraine", "russia"]]);
  });
  it("'The number of injured rose to 39, among them five children' keeps the total", () => {
    expect(brief(one("The number of injured rose to 39, among them five children, the governor said."))).toEqual([["injured", 39], ["injured", 5]]);
  });
  it("athletes and coaches, railway workers are people who can be killed or injured", () => {
    expect(brief(one("More than 600 athletes and coaches have been killed since the invasion began, Ukraine's sports ministry said."))).toEqual([["killed", 600]]);
    expect(brief(one("Two railway workers were injured when a drone hit the station."))).toEqual([["injured", 2]]);
  });
});

describe("twelfth round: periods shared by coordinated figures", () => {
  it("'killed since the invasion began, and more than 28,000 injured': the injured share the period", () => {
    const rows = one("The UN said at least 12,456 civilians had been killed in Ukraine since Russia's full-scale invasion began, and more than 28,000 injured.");
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([[12456, "2022-02-24"], [28000, "2022-02-24"]]);
  });
  it("'since January 1, 89 killed, including seven children, and 602 wounded': all three from January 1", () => {
    const rows = one("The governor said that since January 1, 89 civilians had been killed in the region, including seven children, and 602 wounded.");
    expect(rows.map((r) => r.period_start)).toEqual(["2025-01-01", "2025-01-01", "2025-01-01"]);
  });
  it("not a total 'in total' after a daily rate in a month", () => {
    const rows = one("Britain's defence intelligence estimated that Russia had suffered about 1,100 casualties a day in November, and more than 1.1 million killed and wounded in total.");
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([[1100, "2024-11-01"], [1100000, ""]]);
  });
});

describe("twelfth round: claimants and sides", () => {
  it("'The Kyiv School of Economics reckons' names it; damage 'to the farm sector' is Ukraine's own, the SBU's damage to Russia stays Russia's", () => {
    const rows = one("The Kyiv School of Economics reckons the war has caused $10.3bn of direct damage to the farm sector.");
    expect(rows.map((r) => [r.claimant, r.claimant_side, r.subject_side])).toEqual([["The Kyiv School of Economics", "ukraine", "ukraine"]]);
    expect(one("The SBU said the operation caused $7 billion in damage.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
  it("a place's prosecutor's office and Ukraine's Air Command speak for Ukraine", () => {
    expect(one("At least 19 civilians have been killed in the city, according to the Kharkiv Regional Prosecutor's Office.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
    expect(one("Russia launched 18 Shahed drones at the region, 12 of which were shot down, according to Air Command East.").map((r) => r.claimant_side)).toEqual(["ukraine", "ukraine"]);
  });
  it("'…, the regional governor, Mykola Kalashnyk, said' speaks for the region, and the next sentence goes on with him", () => {
    const rows = one("In the Kyiv region, two women were killed when debris hit their house, the regional governor, Mykola Kalashnyk, said. Three other people, including a boy aged seven, were injured.");
    expect(rows.map((r) => [r.value, r.claimant, r.claimant_side])).toEqual([[2, "Mykola Kalashnyk", "ukraine"], [3, "Mykola Kalashnyk", "ukraine"]]);
  });
  it("two bodies joined by 'and' speak together; 'Zelensky and Sybiha' stay as before", () => {
    const rows = one("Russia has massed roughly 620,000 troops near the border, Lithuania's military intelligence and the State Security Department said.");
    expect(rows.map((r) => [r.claimant, r.claimant_side])).toEqual([["Lithuania's military intelligence and the State Security Department", "third_party"]]);
  });
  it("a Russian governor's 'one worker was killed' is Russia's dead", () => {
    expect(one("Krasnodar Governor Veniamin Kondratyev said one worker was killed and two others were injured by falling debris.").map((r) => r.subject_side)).toEqual(["russia", "russia"]);
  });
});

describe("twelfth round: page furniture", () => {
  it("a 'Source:' line after the lead claims the lead; a 'Background:' section after it is not the source's", () => {
    const text = "Russia attacked Ukraine overnight with 94 Shahed-type attack drones. Air defence shot down 71 of the drones.\n\nSource: Ukraine's Air Force on Telegram\n\nBackground: On 3 October, a Russian strike killed four people in Kyiv.";
    expect(one(text).map((r) => [r.value, r.claimant_side])).toEqual([[94, "ukraine"], [71, "ukraine"], [4, "unknown"]]);
  });
  it("'This was reported by the Air Force' after a paragraph claims all of it, not only its last sentence", () => {
    const text = "Governor Ivan Fedorov said two people were injured.\n\nOn the night of August 12, the enemy attacked Ukraine with 96 Shahed-type strike drones. Air defense forces shot down 72 drones.\n\nThis was reported by the Air Force of the Armed Forces of Ukraine on Telegram.";
    expect(one(text).map((r) => [r.value, r.claimant])).toEqual([[2, "Governor Ivan Fedorov"], [96, "the Air Force of the Armed Forces of Ukraine"], [72, "the Air Force of the Armed Forces of Ukraine"]]);
  });
  it("a post pasted under 'gave an update on X:' and signed '— Name (@handle)' is its author's", () => {
    const text = "Commander-in-Chief Oleksandr Syrskyi gave an update on X late on Thursday:\n\nIn September, the Defense Forces liberated 160.5 sq km and seven settlements.\n\n— Oleksandr Syrskyi (@OSyrskyi) October 2, 2025";
    expect(one(text).map((r) => [r.claimant, r.claimant_side])).toEqual([["Oleksandr Syrskyi", "ukraine"], ["Oleksandr Syrskyi", "ukraine"]]);
  });
  it("headlines under 'Other news:' are other articles", () => {
    expect(one("Other news:\nZelensky: Russia used 1,500 drones and 50 missiles this week\nISW: Russian troops advanced 11 km near Siversk")).toEqual([]);
  });
});

describe("thirteenth round: what is counted", () => {
  it("an aside of inclusion between a head and its verb ('12 others, including a boy, were injured') leaves the verb the head's", () => {
    expect(brief(one("Two people were killed and 12 others, including a boy, were injured in the strike."))).toEqual([["killed", 2], ["injured", 12]]);
    expect(brief(one("Russian strikes killed four people and 20, most of them women, were wounded."))).toEqual([["killed", 4], ["injured", 20]]);
    // A part in the aside is a row of its own, of the verb after it.
    expect(brief(one("Nine people, including three children, were killed and 30 others were injured."))).toEqual([["killed", 9], ["killed", 3], ["injured", 30]]);
  });
});

describe("thirteenth round: periods", () => {
  it("'in the same month last year' is the figure before's month a year back", () => {
    const rows = one("Russia captured 450 square kilometres in June, up from 380 km2 in the same month last year, according to DeepState.", "2025-11-06");
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[450, "2025-06-01", "2025-06-30"], [380, "2024-06-01", "2024-06-30"]]);
    // "over the same period" alone is the period before, unshifted.
    expect(one("Russia captured 450 km2 in June and Ukraine retook 30 km2 over the same period.", "2025-11-06").map((r) => r.period_start)).toEqual(["2025-06-01", "2025-06-01"]);
  });
  it("a month as a sentence's subject ('June saw', 'November was the worst month') dates its figures", () => {
    expect(one("June saw Russian forces seize 556 square kilometres, DeepState said.", "2025-11-06").map((r) => [r.period_start, r.period_end])).toEqual([["2025-06-01", "2025-06-30"]]);
    expect(one("November was the worst month: Russian troops seized 725 km², DeepState said.", "2025-12-06").map((r) => [r.period_start, r.period_end])).toEqual([["2025-11-01", "2025-11-30"]]);
    // A month that is not the subject ("the offensive of June saw") needs its own preposition.
    expect(one("The offensive Putin ordered that June saw troops seize 20 km2, analysts said.", "2025-11-06").map((r) => r.period_start)).toEqual([""]);
  });
  it("'the first two weeks of January' and 'the first week of May' are those days", () => {
    expect(one("In the first two weeks of January, Russia launched 1,200 drones, the air force said.", "2025-11-06").map((r) => [r.period_start, r.period_end, r.claimant_side])).toEqual([["2025-01-01", "2025-01-14", "ukraine"]]);
    expect(one("During the first week of May, Russia launched 900 drones.", "2025-11-06").map((r) => [r.period_start, r.period_end])).toEqual([["2025-05-01", "2025-05-07"]]);
  });
});

describe("thirteenth round: claimants", () => {
  it("a name with a bare office in apposition ('X, head of the Duma defence committee, told Izvestia that') speaks", () => {
    expect(one("Andrei Kartapolov, head of the Duma defence committee, told Izvestia that 700,000 troops are deployed.").map((r) => r.claimant)).toEqual(["Andrei Kartapolov, head of the Duma defence committee"]);
  });
  it("'Data from DeepState suggest' names DeepState; 'leaked documents' is no verb of saying", () => {
    expect(one("Data from DeepState suggest Russian troops captured 4,168 square kilometres this year.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
    expect(one("Leaked documents suggest more than 40,000 soldiers were killed.").map((r) => r.claimant)).toEqual([""]);
    // "suggest" before anything else is a proposal, not a report.
    expect(one("Diplomats suggest a ceasefire; Russia captured 20 km2 in May, DeepState said.").map((r) => r.claimant)).toEqual(["DeepState"]);
  });
});

describe("thirteenth round: numbers that are no figures", () => {
  it("a time of day, an older year, an age at an event and a difference count nothing", () => {
    expect(one("Just after four in the morning, when the temperature had fallen to minus eleven degrees, the shelling began.")).toEqual([]);
    expect(one("The town was founded in 1875; the station clock stopped one morning last summer and has not moved since.")).toEqual([]);
    expect(one("Some of them were students recruited at 16 from a local technical college.")).toEqual([]);
    expect(one("He weighed 54 kilograms, about 30 less than when he was captured in April 2022.")).toEqual([]);
    expect(one("A Russian artillery strike killed a woman, 71, in the yard of her house.")).toEqual([]);
    // A night's count of drones is still one.
    expect(brief(one("Russia launched 300 drones in one night, the air force said."))).toEqual([["drones_launched", 300]]);
  });
  it("a sentence set before Ukraine's independence tells of another war", () => {
    expect(one("On the first day of the Battle of the Somme, in July 1916, 19,240 British soldiers were killed.")).toEqual([]);
    expect(brief(one("Russia has lost more soldiers than in Afghanistan between 1979 and 1989, when 15,000 died; in 2024 alone 100,000 were killed."))).toEqual([["killed", 100000]]);
  });
  it("bodies handed over are no force; people 'captured alive' are no places", () => {
    expect(one("Meanwhile Russia transferred the bodies of 1,000 Ukrainian soldiers.")).toEqual([]);
    expect(one("Two of them were captured alive; one, a 26-year-old rifleman, told interrogators he had been drafted.")).toEqual([]);
    expect(brief(one("Russian forces captured two villages near Pokrovsk, the ministry said."))).toEqual([["settlements_captured", 2]]);
  });
  it("a decimal 'm' closing a phrase about losses is a million", () => {
    expect(brief(one("Russian casualties probably lie somewhere between 850,000 and 1.2m."))).toEqual([["casualties", 850000], ["casualties", 1200000]]);
    expect(one("The crater left by the strike was 1.5m.")).toEqual([]);
  });
});

describe("thirteenth round: what is counted and whose", () => {
  it("the Russian ministry's 'returned from the territory controlled by the Kiev regime' is a swap", () => {
    expect(brief(one("A total of 146 Russian servicemen have been returned from the territory controlled by the Kiev regime, the Russian Defense Ministry said."))).toEqual([["prisoners_exchanged", 146]]);
  });
  it("land 'occupied' or to 'occupy' over a period was gained in it", () => {
    expect(one("According to DeepState, the enemy managed to occupy 239 square kilometers of Ukrainian territory last month.", "2025-11-06").map((r) => [r.metric, r.period_start])).toEqual([["territory_gained", "2025-10-01"]]);
    expect(one("Since the beginning of October Russian troops have occupied 68 square kilometers.", "2025-11-06").map((r) => r.metric)).toEqual(["territory_gained"]);
    expect(one("Russia occupies about 19 percent of Ukraine.").map((r) => r.metric)).toEqual(["territory_controlled"]);
  });
  it("a bare loss coordinated after a loss ('of whom around 300 have been killed and 2,700 wounded') keeps its side, not its period", () => {
    expect(one("About 11,000 North Korean soldiers were sent to the Kursk region last autumn, of whom around 300 have been killed and 2,700 wounded.").map((r) => r.subject_side)).toEqual(["russia", "russia", "russia"]);
    const rows = one("Britain's defence intelligence estimated that Russia had suffered about 1,100 casualties a day in November, and more than 1.1 million killed and wounded in total.", "2025-12-06");
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([[1100, "2025-11-01"], [1100000, ""]]);
  });
  it("Mediazona and the BBC's Russian service count Russia's dead; UALosses Ukraine's", () => {
    expect(one("Mediazona and the BBC's Russian service said on Friday they had confirmed 120,000 deaths.").map((r) => [r.claimant_side, r.subject_side])).toEqual([["third_party", "russia"]]);
    expect(one("UALosses has identified 70,000 dead by name.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
});

describe("thirteenth round: claimants and periods of reported clauses", () => {
  it("a period opening a reported clause ('said that since the beginning of 2025,') dates its figures", () => {
    expect(one("Tatyana Moskalkova said earlier that since the beginning of 2025, 1,472 Russian servicemen have been returned home from captivity.").map((r) => r.period_start)).toEqual(["2025-01-01"]);
    expect(one("The governor said that in May, drones killed 12 people and injured 30.", "2025-11-06").map((r) => r.period_start)).toEqual(["2025-05-01", "2025-05-01"]);
  });
  it("a known name with 'and' in it runs on after 'according to'", () => {
    expect(one("Russia has suffered 950,000 casualties, according to the Center for Strategic and International Studies.").map((r) => [r.claimant, r.claimant_side])).toEqual([["the Center for Strategic and International Studies", "third_party"]]);
  });
  it("'said Tuesday' names no one; '…, the officials said' after 'two U.S. officials' is them", () => {
    expect(one("Ukraine's military, which publishes a daily tally, said Tuesday that Russia had lost 1,000 troops over the previous day.").map((r) => r.claimant)).toEqual(["Ukraine's military"]);
    const rows = one("Two U.S. officials said Russia had lost 31,000 soldiers in May.\n\nRussia has 600,000 troops in Ukraine, the officials said.");
    expect(rows.map((r) => r.claimant_side)).toEqual(["third_party", "third_party"]);
  });
  it("'…, spokesman for the Southern Defense Forces Vladyslav Voloshyn told Suspilne' speaks for Ukraine", () => {
    expect(one("The Russians lost about 1,200 servicemen in the south, spokesman for the Southern Defense Forces Vladyslav Voloshyn told Suspilne.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
});

describe("thirteenth round: more from the loss-estimate and feature sets", () => {
  it("when a figure was said or published is not its period ('said in an interview this month that', 'documents leaked online in 2023 showed')", () => {
    expect(one("Budanov said in an interview this month that North Korean losses stood at about 5,200.", "2025-03-18").map((r) => r.period_start)).toEqual([""]);
    expect(one("Classified documents leaked online in 2023 showed that US officials had put Russian casualties at 189,500.").map((r) => r.period_start)).toEqual([""]);
    expect(one("Russia launched 4,000 drones in May, the air force said.", "2025-11-06").map((r) => r.period_start)).toEqual(["2025-05-01"]);
  });
  it("a daily tally is not set in the running total's 'since' named after it", () => {
    const rows = one("Ukraine's military said Russia had lost 1,000 troops over the previous day and about 988,000 since February 2022.");
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([[1000, ""], [988000, "2022-02-24"]]);
  });
  it("'in that time', 'over that period' point back to the figure before's period, open or closed", () => {
    const rows = one("According to Al Jazeera's tally, Russia has launched more than 30,000 drones at Ukraine since the start of the year, and at least 1,000 Ukrainian civilians have been killed in that time.", "2025-11-06");
    expect(rows.map((r) => r.period_start)).toEqual(["2025-01-01", "2025-01-01"]);
  });
  it("'Ukraine says Russia lost 500,000 soldiers': the speaker's name is no loser", () => {
    expect(one("Ukraine says Russia has suffered 500,000 casualties.").map((r) => r.subject_side)).toEqual(["russia"]);
    expect(one("Russia says Ukraine lost 2,000 soldiers in Kursk.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
  it("troops 'along the Huliaipole direction', 'in and around Ukraine', and an incursion that 'involved' them", () => {
    expect(brief(one("Russia has concentrated about 30,000 troops along the Huliaipole direction, Voloshyn said."))).toEqual([["troops", 30000]]);
    expect(one("Western officials reckon that Russia has some 640,000 soldiers in and around Ukraine.").map((r) => [r.metric, r.claimant_side])).toEqual([["troops", "third_party"]]);
    expect(brief(one("The incursion at its height involved some 12,000 Ukrainian soldiers."))).toEqual([["troops", 12000]]);
    // "left 20,000 residents without electricity" counts no one hurt.
    expect(brief(one("A drone attack on a substation injured two people and left more than 20,000 residents without electricity, the governor said."))).toEqual([["injured", 2]]);
  });
});

describe("thirteenth round: the outlet's own model, forces a part was lost from, lists by settlement", () => {
  it("'Our model … It suggests that', 'We put the toll at' are the outlet's, not a speaker carried from before; 'our data' in a quotation stays the speaker's", () => {
    const rows = one("The Kremlin does not say how many soldiers have died.\n\nOur model draws on obituaries and leaked documents. It suggests that between 190,000 and 350,000 Russian soldiers have died. We put the most likely toll at around 260,000.");
    expect(rows.map((r) => r.claimant_side)).toEqual(["third_party", "third_party", "third_party"]);
    const quoted = one("A Ukrainian military intelligence official told the BBC that the real number was higher. \"Our data shows six planes were hit,\" the official said.");
    expect(quoted.map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
  it("the whole a sentence opens on ('Of the roughly 11,000 soldiers in the initial contingent, some 4,000 …') is a force; a company's 120 men are not", () => {
    expect(brief(one("Of the roughly 11,000 soldiers in the initial contingent, some 4,000 have been killed or wounded, the JCS estimated."))).toEqual([["troops", 11000], ["casualties", 4000]]);
    expect(brief(one("Of the 120 men in his company, he said, 14 had been killed since the summer."))).toEqual([["killed", 14]]);
  });
  it("casualties by settlement under 'Injured by settlement' are read; a year of birth is no earlier war", () => {
    expect(brief(one("Injured by settlement, according to the regional administration:\n- Antonivka – 2;\n- Komyshany – 2."))).toEqual([["injured", 2], ["injured", 2]]);
    expect(brief(one("A drone attacked a passenger car near Rylsk, injuring two civilians, a man born in 1969 and a woman born in 1972."))).toEqual([["injured", 2]]);
  });
  it("'Defence Intelligence' alone is Britain's; 'Russian casualties' before names whose losses an independent count is", () => {
    const rows = one("Defence Intelligence assesses that Russian casualties in October numbered around 32,000. Daily losses have remained above 1,000.");
    expect(rows.map((r) => [r.claimant_side, r.subject_side])).toEqual([["third_party", "russia"], ["third_party", "russia"]]);
  });
});

describe("thirteenth round: prisoners held or tried, parts of people", () => {
  it("prisoners convicted, sentenced or held are not released", () => {
    expect(one("Russian courts have convicted at least 170 Ukrainian prisoners of war on terrorism charges.")).toEqual([]);
    expect(brief(one("Russia and Ukraine exchanged 84 prisoners of war each on Friday."))).toEqual([["prisoners_exchanged", 84]]);
  });
  it("a part of people ('107 of them had been reunited') takes no capture from another clause; a part of settlements still does", () => {
    expect(one("Qatar, which has mediated the return of children taken from occupied areas, said this month that 107 of them had been reunited with their families since 2023.")).toEqual([]);
    expect(brief(one("The Russian defence ministry said its forces had liberated 17 settlements in October, nine of them in the Donetsk region."))).toEqual([["settlements_captured", 17], ["settlements_captured", 9]]);
  });
});

describe("thirteenth round: sources named the French way, and Belarus's officials", () => {
  it("'For the French military intelligence directorate (DRM), Russia has lost …' names the directorate; 'For Ukraine, …' names no one", () => {
    expect(one("For the French military intelligence directorate (DRM), whose assessments are rarely made public, Russia has lost between 150,000 and 200,000 soldiers killed.").map((r) => r.claimant_side)).toEqual(["third_party", "third_party"]);
    expect(one("For Ukraine, the losses were heavy: 400 soldiers were killed.").map((r) => r.claimant)).toEqual([""]);
  });
  it("Belarus's security council secretary speaks as a third party", () => {
    expect(one("State Secretary of the Security Council Aleksandr Volfovich informed the head of state that in April Belarusian air defense forces neutralized 14 Ukrainian drones.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
});

describe("thirteenth round: parts of uncounted fire, and what 'it said' carries", () => {
  it("a part of shells fired ('486 shells at the region, 64 of them at the city') counts nothing; a part of drones still counts", () => {
    expect(one("According to Prokudin, the enemy fired 486 shells at the region, 64 of them at the city of Kherson.")).toEqual([]);
    expect(brief(one("Russia launched 120 drones overnight, 80 of them at Kyiv."))).toEqual([["drones_launched", 120], ["drones_launched", 80]]);
  });
  it("'It estimated …' does not carry a name only seen as a possessive ('Vladimir Putin's commanders')", () => {
    const rows = one("Defence Intelligence said Russian losses were 1,420 a day in July, as Vladimir Putin's commanders threw waves of infantry at Ukrainian defences.\n\n\"Russia continues to accept extraordinary levels of casualties,\" the update said. It estimated that Russian forces had captured around 500 square kilometres in July.");
    expect(rows.map((r) => r.claimant_side)).toEqual(["third_party", "third_party"]);
  });
});

describe("fourteenth round: sea drones, places and people carried off, who updated a toll", () => {
  it("uncrewed boats and surface vessels are drones, launched and downed", () => {
    expect(brief(one("Russia's Defence Ministry said its forces had destroyed eight uncrewed boats in the Black Sea."))).toEqual([["drones_downed", 8]]);
    expect(brief(one("The ministry said it destroyed five uncrewed surface vessels near Sevastopol overnight."))).toEqual([["drones_downed", 5]]);
    expect(brief(one("Ukraine launched 12 unmanned boats at the port, the ministry said."))).toEqual([["drones_launched", 12]]);
  });
  it("a part 'over occupied Crimea' is where drones fell, not a capture", () => {
    expect(brief(one("Russia's Defence Ministry said its air defence had destroyed 74 Ukrainian drones overnight, 14 of them over occupied Crimea."))).toEqual([["drones_downed", 74], ["drones_downed", 14]]);
  });
  it("people 'taken to hospital' are no capture; villages taken still are", () => {
    expect(brief(one("The governor said 11 people were injured, three of whom were taken to hospital."))).toEqual([["injured", 11], ["injured", 3]]);
    expect(brief(one("Russian forces have taken 3 villages, the ministry said."))).toEqual([["settlements_captured", 3]]);
  });
  it("an official who 'raised the number of injured to 11' is its source; a strike that raised it is not", () => {
    expect(one("Regional governor Oleh Syniehubov later raised the number of injured to 11.").map((r) => [r.claimant, r.claimant_side])).toEqual([["Regional governor Oleh Syniehubov", "ukraine"]]);
    expect(one("The strike raised the number of dead to 14.").map((r) => r.claimant)).toEqual([""]);
  });
  it("'This was reported on Telegram by the head of the … Regional Military Administration, Name' claims the paragraph before", () => {
    const rows = one("Over the past day, Russians killed 6 residents of Donetsk region. Another 27 people were injured.\n\nThis was reported on Telegram by the head of the Donetsk Regional Military Administration, Vadym Filashkin, Ukrinform saw.");
    expect(rows.map((r) => r.claimant_side)).toEqual(["ukraine", "ukraine"]);
  });
  it("a Moscow-appointed office set before a name speaks for Russia, even in a Ukrainian city", () => {
    expect(one("In the Russian-occupied city of Donetsk, the Moscow-appointed mayor, Alexei Kulemzin, said Ukrainian shelling had killed three people.").map((r) => r.claimant_side)).toEqual(["russia"]);
    expect(one("In Kharkiv, the regional governor, Oleh Syniehubov, said 3 people were killed.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
  it("a role in lower case before a name speaks ('trauma surgeon Oleksandr Petrenko said'), for the place the sentence names", () => {
    expect(one("At the regional hospital in Kharkiv, trauma surgeon Oleksandr Petrenko said his team had treated 38 people wounded by mines.").map((r) => [r.claimant, r.claimant_side])).toEqual([["trauma surgeon Oleksandr Petrenko", "ukraine"]]);
    expect(one("Ukrainian forces have launched more than 1,000 drones since early August, spokesman Andriy Kovalyov told reporters.").map((r) => r.claimant)).toEqual(["spokesman Andriy Kovalyov"]);
  });
});

describe("fourteenth round: foreigners in the war, the missing, lists with one period", () => {
  it("nationals and family members are people; military engineers are troops", () => {
    expect(brief(one("Twelve Indian nationals have been killed in the war."))).toEqual([["killed", 12]]);
    expect(brief(one("Two teenage brothers were wounded in July when one of them picked up a submunition."))).toEqual([["injured", 2]]);
    expect(brief(one("North Korea dispatched an additional 6,000 military engineers to Russia's Kursk region."))).toEqual([["troops", 6000]]);
  });
  it("foreigners killed are the losses of the side they fought for", () => {
    expect(one("Twelve Indian nationals who had joined the Russian army have been killed, the Ministry of External Affairs said.").map((r) => [r.subject_side, r.claimant_side])).toEqual([["russia", "third_party"]]);
    expect(one("At least two Japanese nationals have died fighting for Ukraine.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
  it("people missing are not counted with the killed or injured before them", () => {
    expect(brief(one("12 Indians serving in Russian army killed, 16 missing: MEA"))).toEqual([["killed", 12]]);
    expect(brief(one("Another 94 people were injured, and police said six were still missing."))).toEqual([["injured", 94]]);
  });
  it("a list's first item takes the period named after its last ('1,270 drones, 39 missiles and 1,000 glide bombs since the start of July')", () => {
    const rows = one("Russia had fired more than 1,270 drones, 39 missiles and nearly 1,000 glide bombs at Ukraine since the start of July.", "2025-08-10");
    expect(rows.map((r) => r.period_start)).toEqual(["2025-07-01", "2025-07-01", "2025-07-01"]);
    // A part of the item before ("39 of them in June") dates only itself.
    expect(one("Russia fired 1,270 drones, 39 of them in June.").map((r) => r.period_start)).toEqual(["", "2025-06-01"]);
  });
});

describe("fourteenth round: tolls revised, and the figures they were revised from", () => {
  it("'had initially put the toll at 21' names its source past the adverb", () => {
    expect(one("Emergency services had initially put the toll at 21 on Sunday morning, before raising it to 32 by the evening.").map((r) => [r.value, r.claimant])).toEqual([[21, "Emergency services"], [32, "Emergency services"]]);
  });
  it("the figure a change is measured from counts what the changed figure counts ('to 142, up from the 128 it had reported')", () => {
    expect(brief(one("Ukraine's air force revised its count of the drones Russia launched overnight to 142, up from the 128 it had reported on Monday."))).toEqual([["drones_launched", 142], ["drones_launched", 128]]);
    expect(brief(one("The General Staff corrected its daily tally of Russian losses to 1,020 from the 1,200 it had initially published."))).toEqual([["casualties", 1020], ["casualties", 1200]]);
    expect(brief(one("DeepState said Russian forces had captured 464 square kilometres in July, up from 379 in June, and that Russia now controls about 19% of Ukraine.")))
      .toEqual([["territory_gained", 464], ["territory_gained", 379], ["territory_controlled", 19]]);
  });
  it("'the figure had been corrected to 146' restates the count of the sentence before", () => {
    expect(brief(one("Police had initially reported that 279 people were injured. On Wednesday, Lysak said the figure had been corrected to 146."))).toEqual([["injured", 279], ["injured", 146]]);
  });
  it("people of the injured who died are dead; people of the injured who are children are injured", () => {
    expect(brief(one("The death toll rose to 23 after two of the injured died in hospital."))).toEqual([["killed", 23], ["killed", 2]]);
    expect(brief(one("Two of the injured were children."))).toEqual([["injured", 2]]);
  });
});

describe("fourteenth round: periods of reported months, and of the month so far", () => {
  it("'Between July 2024 and the end of April 2025' is a span to April's last day", () => {
    expect(one("Between July 2024 and the end of April 2025, drone attacks killed at least 149 civilians, the UN said.").map((r) => [r.period_start, r.period_end])).toEqual([["2024-07-01", "2025-04-30"]]);
  });
  it("'said that April was the deadliest month …, with 209 killed' dates the figures in April, not in a record's 'since'", () => {
    const rows = one("The UN mission said that April was the deadliest month for civilians since September 2024, with 209 killed and 1,146 injured.", "2025-05-10");
    expect(rows.map((r) => [r.period_start, r.period_end])).toEqual([["2025-04-01", "2025-04-30"], ["2025-04-01", "2025-04-30"]]);
  });
  it("'since the start of the month' starts on the first of the month the statement is dated in, else of publication", () => {
    expect(one("Governor Vyacheslav Gladkov said on August 10 that Ukrainian drone attacks had killed nine civilians since the start of the month.", "2025-08-12").map((r) => r.period_start)).toEqual(["2025-08-01"]);
    expect(one("Ukrainian drone attacks have killed nine civilians since the start of the month, the governor said.", "2025-11-06").map((r) => r.period_start)).toEqual(["2025-11-01"]);
  });
});

describe("fourteenth round: ships' designs, drones and troops taking part", () => {
  it("a design's number ('Project 636.3', 'Type 055') and a count of a design's ships are no figures", () => {
    expect(one("The strike damaged a Russian Navy Improved Kilo-class (Project 636.3) submarine.")).toEqual([]);
    expect(one("The attack disabled the boat, one of six Project 636.3 submarines in the Black Sea Fleet.")).toEqual([]);
    // Names joined by "and" still run on to the next item: "1 Iskander-M and 102 Shahed-type drones".
    expect(brief(one("112 targets were shot down: 9 Kh-101 missiles, 1 Iskander-M and 102 Shahed-type drones, the Air Force said."))).toEqual([["drones_downed", 112], ["drones_downed", 9], ["drones_downed", 1], ["drones_downed", 102]]);
  });
  it("drones and troops that 'took part in' an attack were launched and deployed; countries that took part in talks are not", () => {
    expect(brief(one("Eleven sea drones took part in the overnight operation, the source said."))).toEqual([["drones_launched", 11]]);
    expect(brief(one("Some 50,000 troops took part in the offensive, officials said."))).toEqual([["troops", 50000]]);
    expect(one("Some 40 countries took part in the talks.")).toEqual([]);
  });
});

describe("fourteenth round: fact-checks, quoted names, other wars, costs that are not damage", () => {
  it("a phrase holding the figure itself names no claimant ('Claim: A video … says Ukrainian drones killed 26 civilians')", () => {
    expect(one("Claim: A video shared on TikTok, viewed 2.4 million times, says Ukrainian drones killed 26 civilians in Horlivka.").map((r) => r.claimant)).toEqual([""]);
    expect(one("DeepState, the Ukrainian monitoring group, says Russian forces took 505 sq km in November alone.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
  it("a fact-checker that 'found no evidence that' a figure is true does not claim it", () => {
    expect(one("AFP Fact Check found no evidence that 12,000 Ukrainian soldiers were killed near Pokrovsk.").map((r) => r.claimant)).toEqual([""]);
    expect(one("AFP Fact Check found that 12 Ukrainian soldiers were killed near Pokrovsk.").map((r) => r.claimant)).toEqual(["AFP Fact Check"]);
  });
  it("a name quoted as the object of the first verb does not speak for the second ('struck \"a training center of the Armed Forces of Ukraine\" …, and claimed')", () => {
    expect(one('It said its forces had struck "a training center of the Armed Forces of Ukraine" in Dnipro, and claimed that up to 80 Ukrainian soldiers had been killed.').map((r) => r.claimant)).toEqual([""]);
    expect(one("The SBU rejected the report and said 12 drones were launched.").map((r) => r.claimant)).toEqual(["SBU"]);
  });
  it("the dead of another war in a relative clause of a comparison are not counted ('Hamas's October 7 onslaught, in which some 1,200 people were killed')", () => {
    expect(one("Erdogan likened Russia's attacks to Hamas's October 7, 2023 onslaught, in which some 1,200 people were killed in southern Israel.")).toEqual([]);
    expect(brief(one("Russia struck Kyiv overnight, in which some 12 people were killed."))).toEqual([["killed", 12]]);
  });
  it("a cost of something else after a damage figure ('the cost of demining at $34.6 billion') is no damage", () => {
    expect(brief(one("The World Bank estimates the war has caused $11.2 billion in damage to agriculture, and the Economy Ministry has put the cost of demining at $34.6 billion."))).toEqual([["damage", 11200000000]]);
  });
  it("'in what the Ukrainian air force described as the largest attack' names who gives the figures", () => {
    expect(one("Russia launched 479 drones and 20 missiles at Ukraine overnight, in what the Ukrainian air force described as the largest single aerial assault of the war.").map((r) => r.claimant_side)).toEqual(["ukraine", "ukraine"]);
  });
  it("'the 1,000-for-1,000 exchange' is a swap per side whatever its verb; 'N. Korea' is North Korea", () => {
    expect(one("The two sides carried out the 1,000-for-1,000 exchange in May.", "2025-06-02").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["prisoners_exchanged", 1000, "both"]]);
    expect(one("N. Korea has sent about 14,000 troops to Russia, the NIS said.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
  it("troops encircled or trapped are a force", () => {
    expect(brief(one("Gerasimov said around 700 Ukrainian troops were encircled near Kupiansk."))).toEqual([["troops", 700]]);
  });
});

describe("fourteenth round: a comparison after a long source, 'that period', 'so far'", () => {
  it("a bare number compared with an area after a long source in brackets ('(ISW), down from 330 in January') is an area", () => {
    const rows = one("Russian forces gained about 130 square kilometres in February, according to an AFP analysis of data from the US-based Institute for the Study of War (ISW), down from 330 in January.", "2025-03-10");
    expect(rows.map((r) => [r.metric, r.value, r.unit])).toEqual([["territory_gained", 130, "km2"], ["territory_gained", 330, "km2"]]);
  });
  it("'in that period' after an undated figure of the paragraph is its window, not a 'since' named paragraphs earlier", () => {
    const rows = one("Britain estimates Russia has suffered about 1.1 million casualties since the full-scale invasion.\n\nGladkov said 26 people had been injured across the region over the previous week. He reported two deaths in that period.");
    expect(rows.map((r) => r.period_start)).toEqual(["2022-02-24", "", ""]);
    expect(one("Since January, Russia has lost 500 soldiers. Over that period, it also lost 20 aircraft.").map((r) => r.period_start)).toEqual(["2025-01-01", "2025-01-01"]);
  });
  it("'has so far identified' keeps its speaker, and The Insider is an independent researcher", () => {
    expect(one("The Insider has so far identified 37 servicemen killed in the strike by name.").map((r) => [r.claimant, r.claimant_side])).toEqual([["The Insider", "third_party"]]);
  });
});

describe("fourteenth round: transcripts", () => {
  const cnn = [
    "Zelensky on CNN",
    "",
    "Christiane Amanpour spoke to Ukraine's president, Volodymyr Zelensky, in Kyiv.",
    "",
    "AMANPOUR: The Russian Defense Ministry says it destroyed 57 of your drones overnight.",
    "",
    "ZELENSKY: I said it in February and I will repeat it. Since the start of the full-scale war, 46,000 of our soldiers have been killed.",
    "",
    "Last night they sent 212 Shahed drones. In March alone, our General Staff counted around 38,000 Russian casualties.",
  ].join("\n");
  it("a speaker's label makes the speaker the claimant of the turn, not a body named in the question before it", () => {
    const rows = one(cnn, "2025-06-10");
    expect(rows.map((r) => [r.value, r.claimant, r.claimant_side])).toEqual([
      [57, "The Russian Defense Ministry", "russia"],
      [46000, "Zelensky", "ukraine"],
      [212, "Zelensky", "ukraine"],
      [38000, "our General Staff", "ukraine"],
    ]);
    // "our soldiers" in Zelensky's turn are Ukraine's.
    expect(rows[1].subject_side).toBe("ukraine");
  });
  it("a speaker the table does not know takes the side of the words that introduce them", () => {
    const text = "At a hearing today, the top U.S. commander in Europe, Army Gen. Christopher Cavoli, told senators Russia's army is bigger.\n\nSEN. ROGER WICKER: General, how big is the force?\n\nGEN. CHRISTOPHER CAVOLI: Senator, our assessment is that Russia has about 600,000 troops inside Ukraine.";
    expect(one(text).map((r) => [r.claimant, r.claimant_side])).toEqual([["Christopher Cavoli", "third_party"]]);
  });
});

describe("fourteenth round: the business press", () => {
  it("'$300-400mn' and '€2-3bn' are ranges of money, the sign and the scale shared by both ends", () => {
    expect(one("Naftogaz estimates the damage at $300-400mn, the company said.").map((r) => [r.metric, r.unit, r.value, r.qualifier])).toEqual([["damage", "USD", 300000000, "at_least"], ["damage", "USD", 400000000, "at_most"]]);
    expect(one("The damage was put at €2-3bn by the ministry.").map((r) => [r.unit, r.value])).toEqual([["EUR", 2000000000], ["EUR", 3000000000]]);
  });
  it("money to repair what was damaged, reconstruction needs, economic losses and repairs financed are no damage", () => {
    expect(one("The EU has pledged €260mn to repair damaged equipment, and Germany has promised a further €170mn.")).toEqual([]);
    expect(brief(one("Damage to the energy sector has reached $24bn, while needs for reconstruction of the sector are estimated at $68bn, the KSE said."))).toEqual([["damage", 24000000000]]);
    expect(brief(one("The war caused $176bn in damage, not counting economic losses such as lost output, which the Institute puts at a further $589 billion."))).toEqual([["damage", 176000000000]]);
    // The cost of the war itself is still damage.
    expect(brief(one("The cost of the war has reached $176bn in damage, the KSE said."))).toEqual([["damage", 176000000000]]);
  });
  it("measures ('10.4 Bcm', '500 tonnes') and a loose 'a billion or two' are no counts", () => {
    expect(one("Ukraine's gas storage sites held 10.4 Bcm after Russian strikes damaged facilities, compared with 13.1 Bcm a year earlier.")).toEqual([]);
    expect(one('"Every new wave of strikes adds a billion or two to this figure," says Nataliia Shapoval.')).toEqual([]);
    expect(brief(one("Russia lost a thousand or so soldiers near the town."))).toEqual([["casualties", 1000]]);
  });
  it("facilities that 'came under attack from' missiles and drones, or a city 'attacked by' drones, count launches", () => {
    expect(brief(one("Its facilities have come under attack from more than 100 missiles and nearly 400 drones since October."))).toEqual([["drones_launched", 100], ["drones_launched", 400]]);
    expect(brief(one("The city was attacked by 40 drones overnight."))).toEqual([["drones_launched", 40]]);
  });
  it("'in 2024 and 2025' is both years; a record 'since the war began' several words after a superlative is no period", () => {
    expect(one("Russia lost 400,000 soldiers in 2023 and 2024.").map((r) => [r.period_start, r.period_end])).toEqual([["2023-01-01", "2024-12-31"]]);
    expect(one("Russia fired 35 missiles and 60 drones at facilities in a single attack, the largest strike on the company's assets since the war began.").map((r) => r.period_start)).toEqual(["", ""]);
  });
  it("harm done by acts counted since a date ('23 times since January, killing two employees and injuring 11') is dated from it", () => {
    expect(one("Russian drones struck its filling stations 23 times since January, killing two employees and injuring 11.").map((r) => r.period_start)).toEqual(["2025-01-01", "2025-01-01"]);
    expect(one("Russia took 500 km2 since January, killing 20 civilians.").map((r) => r.period_start)).toEqual(["2025-01-01", ""]);
  });
});

describe("fourteenth round: battle reports and research write-ups", () => {
  it("a bullet under a losses heading counts losses even when it names where ('- Battlegroup West: up to 230 servicemen near Kupyansk')", () => {
    const text = "Over the past day, the Ukrainian army lost up to 1,395 troops, according to the ministry. The breakdown by battlegroups was as follows:\n\n- Battlegroup North: up to 175 troops;\n- Battlegroup West: up to 230 servicemen near Kupyansk;";
    expect(brief(one(text))).toEqual([["casualties", 1395], ["casualties", 175], ["casualties", 230]]);
    // A bullet with no losses heading is still a force where it stands.
    expect(brief(one("Deployments:\n\n- 11,000 North Korean troops in the Kursk region;"))).toEqual([["troops", 11000]]);
  });
  it("a numbered unit speaks, for the enemy of the nation whose losses it counts", () => {
    expect(one("The 24th Mechanized Brigade said it had shot down 73 Russian reconnaissance drones over the past week.").map((r) => [r.claimant, r.claimant_side])).toEqual([["The 24th Mechanized Brigade", "ukraine"]]);
  });
  it("occupiers 'neutralised' are casualties, and those of them lost 'irretrievably' are dead", () => {
    expect(brief(one("Over the past day, 163 occupiers were neutralised in the Pokrovsk direction, 97 of them irretrievably."))).toEqual([["casualties", 163], ["killed", 97]]);
    expect(brief(one("Air defences neutralised 40 drones overnight."))).toEqual([["drones_downed", 40]]);
  });
  it("soldiers 'operating inside the city' are a force; 'reported downing' counts drones downed", () => {
    expect(brief(one("An estimated 300 Russian soldiers were operating inside the city, Ukraine said."))).toEqual([["troops", 300]]);
    expect(brief(one("The Russian Defence Ministry reported downing 1,260 Ukrainian drones over Russian territory in July."))).toEqual([["drones_downed", 1260]]);
  });
  it("monitors that 'record' a count or 'established the names of' the dead are its claimants", () => {
    expect(one("ACLED records 268 civilian fatalities in Ukraine in July.").map((r) => [r.claimant, r.claimant_side])).toEqual([["ACLED", "third_party"]]);
    expect(one("Mediazona and the BBC Russian Service have now established the names of 111,387 Russian servicemen killed.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
  it("Russia's other wars and other countries' clashes are not this war, even with Russian forces named", () => {
    expect(one("The Soviet Union lost roughly 15,000 soldiers during its nine-year war in Afghanistan, and Russian forces suffered about 14,000 deaths across the two Chechen wars.")).toEqual([]);
    expect(one("In Tajikistan's Gorno-Badakhshan region, a clash on 19 July left two people dead and five injured.")).toEqual([]);
    expect(brief(one("Russia has lost more soldiers in Ukraine than in Afghanistan: 15,000 died there."))).toEqual([["killed", 15000]]);
  });
});

describe("fourteenth round: a place's emergency headquarters", () => {
  it("'Krasnodar krai's emergency headquarters said' speaks for the place's side; 'the headquarters' alone still points back", () => {
    expect(one("Krasnodar krai's emergency headquarters said two people were killed and seven injured.").map((r) => [r.claimant, r.claimant_side])).toEqual([
      ["Krasnodar krai's emergency headquarters", "russia"], ["Krasnodar krai's emergency headquarters", "russia"],
    ]);
    const rows = one("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said the swap went ahead. The headquarters said 5,857 Ukrainians have come home since 2022.");
    expect(rows.map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
});

describe("fourteenth round, last reports: corrections, denials, parts, thresholds", () => {
  it("a number the outlet withdrew ('an earlier version of this blog said eight') or denied in place ('two people, not three') is no figure", () => {
    expect(one("Correction: an earlier version of this blog said eight people had been injured in Kharkiv.")).toEqual([]);
    expect(one("CORRECTION: An earlier entry incorrectly said 35 Ukrainian drones had been downed over Russia.")).toEqual([]);
    expect(brief(one("The strike killed two people, not three, as initially reported by local officials."))).toEqual([["killed", 2]]);
  });
  it("missiles none of which were intercepted are not downed", () => {
    expect(brief(one("Russia launched 3 ballistic missiles overnight. None of the three ballistic missiles was intercepted."))).toEqual([["drones_launched", 3]]);
    expect(one("Nine of the missiles were Kinzhal hypersonic missiles, none of which were intercepted.").filter((r) => r.metric === "drones_downed")).toEqual([]);
  });
  it("a part's own verb after 'of which were' counts it; the whole a sentence opens on ('Of the 112 drones, 89 were downed') was launched", () => {
    expect(brief(one("Russia launched 56 drones, 41 of which were suppressed or shot down, the air force said."))).toEqual([["drones_launched", 56], ["drones_downed", 41]]);
    expect(brief(one("Of the 112 Shahed-type and decoy drones, 89 were downed, the air force said."))).toEqual([["drones_launched", 112], ["drones_downed", 89]]);
    expect(brief(one("The strike killed 12 people, five of whom were children."))).toEqual([["killed", 12], ["killed", 5]]);
  });
  it("a threshold 'passed' or 'crossed' is more than it; 'By the count of the regional authorities' names them", () => {
    expect(one("Russian losses had passed 1 million soldiers killed and wounded, the General Staff said.").map((r) => r.qualifier)).toEqual(["more_than"]);
    expect(one("By the count of the regional authorities, at least 265 civilians were killed in the Belgorod region in 2024.").map((r) => [r.claimant, r.claimant_side])).toEqual([["the regional authorities", "russia"]]);
  });
  it("an age after 'who is', a town's population, and a disaster's toll far from the war are no figures", () => {
    expect(brief(one("Petro Yatsenko, a spokesman for the coordination headquarters, who is 41, said 84 prisoners were freed."))).toEqual([["prisoners_exchanged", 84]]);
    expect(one("Shebekino itself has lost about half of its 40,000 residents.")).toEqual([]);
    expect(one("The death toll from flooding in central Texas has risen to at least 120 people, officials said.")).toEqual([]);
  });
});

describe("fourteenth round, last reports: ages, group sizes, names with numbers", () => {
  it("'lowered the minimum mobilization age to 25 from 27' is ages; 'groups of three to five', 'groups of 3-5 soldiers' are group sizes", () => {
    expect(one("In April 2024 Ukraine lowered the minimum mobilization age to 25 from 27.")).toEqual([]);
    expect(one("Russian units are attacking in groups of three to five, and Ukrainian drone units account for most hits.")).toEqual([]);
    expect(one("Russian troops were trying to advance with groups of 3-5 soldiers.")).toEqual([]);
  });
  it("a number in a quoted name ('the \"Contract 18-24\" program') is no figure", () => {
    expect(one('Ukrainians have signed up for the "Contract 18-24" program since it was launched in February, the Defence Ministry said.')).toEqual([]);
  });
});

describe("fourteenth round, last reports: a time before the attacker", () => {
  it("'killed on Monday as Ukrainian drones struck Shebekino' is no attack on Ukrainians: the dead are the struck town's", () => {
    expect(one("Two people were killed on Monday as Ukrainian drones struck Shebekino, Gladkov said.").map((r) => r.subject_side)).toEqual(["russia"]);
    expect(one("Russia launched an attack on the Ukrainian capital, killing 3.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
});

describe("fourteenth round, last reports: parts pointing back to the sentence before", () => {
  it("'accounted for at least 640 of those casualties' takes the period of the casualties before", () => {
    const rows = one("Ukraine said about 3,100 Russian troops were killed and wounded in the sector in November. The brigade's drone units alone accounted for at least 640 of those casualties.", "2025-12-05");
    expect(rows.map((r) => r.period_start)).toEqual(["2025-11-01", "2025-11-01"]);
  });
  it("'4,962 of them' is a part of the sentence before's first figure, not of the comparison after it", () => {
    const rows = one("In September alone, the air force reported that 5,638 drones had been launched, up from 1,339 in the same month last year. Ukraine's air defences shot down or jammed 4,962 of them.", "2025-10-05");
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([[5638, "2025-09-01"], [1339, "2024-09-01"], [4962, "2025-09-01"]]);
  });
});

describe("fourteenth round, last reports: the same period of another year", () => {
  it("'over the same three months of 2024' and 'in the same period of 2024' are the figure before's months in that year", () => {
    expect(one("Russia gained 1,500 square kilometres between June and August. That compares with about 1,100 square kilometres over the same three months of 2024.", "2025-09-10").map((r) => [r.period_start, r.period_end]))
      .toEqual([["2025-06-01", "2025-08-31"], ["2024-06-01", "2024-08-31"]]);
    expect(one("Russia captured 4,300 square kilometers between January and September, compared with roughly 2,800 square kilometers in the same period of 2024.", "2025-10-10").map((r) => [r.period_start, r.period_end]))
      .toEqual([["2025-01-01", "2025-09-30"], ["2024-01-01", "2024-09-30"]]);
  });
});

describe("fourteenth round, last reports: 'per the air force'", () => {
  it("'…, per the air force.' names the air force; 'per day' names no one", () => {
    expect(one("Russia fired 6,420 long-range drones at Ukraine in September, per the air force.").map((r) => [r.claimant, r.claimant_side])).toEqual([["the air force", "ukraine"]]);
    expect(one("Russia loses 1,000 soldiers per day.").map((r) => r.claimant)).toEqual([""]);
  });
});

describe("fourteenth round, last reports: a third country's people as speakers", () => {
  it("'The Emiratis say' speak for a third party", () => {
    expect(one("The Emiratis say they have now mediated 13 exchanges, freeing 4,349 captives in total.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
});

describe("fourteenth round, last reports: offices and spokespeople", () => {
  it("'the head of the city military administration, Roman Mrochko, said' speaks for the city's side, and the next sentence carries him", () => {
    const rows = one("Russian shelling of Kherson killed three people, the head of the city military administration, Roman Mrochko, said on Telegram. A further five were injured, two of them seriously.");
    expect(rows.map((r) => r.claimant_side)).toEqual(["ukraine", "ukraine", "ukraine"]);
  });
  it("a numbered unit that says the enemy lost men speaks for the other side; a bare spokesperson speaks for the body before", () => {
    expect(one("The 3rd Assault Brigade said Russian troops lost 3,100 men in November.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
    expect(one("Ukraine's General Staff said Russian forces lost 400 soldiers. Spokesperson Andriy Kovalyov told reporters that Ukrainian troops had retaken around 12 square kilometers.").map((r) => r.claimant_side)).toEqual(["ukraine", "ukraine"]);
  });
});

describe("fourteenth round, third wave: executions, suppositions, launch verbs, 'communicated'", () => {
  it("executions are killings; soldiers charged or tried are no force", () => {
    expect(brief(one("The mission reported credible allegations of the execution of 79 Ukrainian prisoners of war between December 2024 and August 2025."))).toEqual([["killed", 79]]);
    expect(brief(one("Russian troops had executed 3 captured Ukrainian soldiers near Kupiansk over the past week, the prosecutor said."))).toEqual([["killed", 3]]);
    expect(one("The Investigative Committee has also charged, in absentia, 36 Ukrainian servicemen with crimes in the Kursk region.")).toEqual([]);
    expect(brief(one("The chief executive said 12 people were killed."))).toEqual([["killed", 12]]);
  });
  it("a figure in a condition opening the sentence is supposed ('If Russia keeps losing 1,000 soldiers a day, …'); 'If confirmed,' is no condition on a count", () => {
    expect(one("If Russia keeps losing 1,000 soldiers a day, it would lose another 365,000 men by this time next year.")).toEqual([]);
    expect(brief(one("If confirmed, the strike killed 12 people."))).toEqual([["killed", 12]]);
  });
  it("drones 'hurled' or 'aimed at' a country were launched; 'could eventually launch' is a capacity; 'Article 4' is no count", () => {
    expect(brief(one("Russia hurled 728 drones at Ukraine overnight."))).toEqual([["drones_launched", 728]]);
    expect(brief(one("The air force said 728 drones and 13 missiles were aimed at the country."))).toEqual([["drones_launched", 728], ["drones_launched", 13]]);
    expect(one("Russia could eventually launch as many as 1,000 drones in a single night.")).toEqual([]);
    expect(one("The Polish government has since invoked Article 4 of the Nato treaty.")).toEqual([]);
  });
  it("'the General Staff communicated that' names the General Staff", () => {
    expect(one("The Ukrainian General Staff communicated that Russian losses in June so far amounted to roughly 11,000 personnel.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
});

describe("fifteenth round: a bulletin retold, and the body behind a report", () => {
  const bulletin = "General Staff: 164 combat clashes over past day\n\nBy Oleksandr Hlushchenko\nPublished 2025-11-19\n\n" +
    "Over the past day, 164 combat clashes took place at the front. This is stated in the General Staff of the Armed Forces of Ukraine summary as of 08:00 on November 19, UNIAN reports.\n\n" +
    "Yesterday, the enemy launched three missile strikes using six missiles. In the Pokrovsk direction, 187 occupiers were eliminated.";
  it("an article whose lead retells a body's regular bulletin gives that body every later figure that names no source", () => {
    expect(one(bulletin).map((r) => [r.metric, r.value, r.claimant, r.claimant_side])).toEqual([
      ["drones_launched", 6, "the General Staff of the Armed Forces of Ukraine", "ukraine"],
      ["killed", 187, "the General Staff of the Armed Forces of Ukraine", "ukraine"],
    ]);
  });
  it("a lead that cites no bulletin ('the report' alone, or no report) carries nothing", () => {
    const plain = bulletin.replace("This is stated in the General Staff of the Armed Forces of Ukraine summary as of 08:00 on November 19, UNIAN reports.", "The General Staff said the report was late.");
    expect(one(plain).map((r) => r.claimant_side)).toEqual(["unknown", "unknown"]);
  });
  it("'according to the morning report of X', 'the latest update from X': X is the claimant, not its bulletin", () => {
    expect(one("According to the latest update from the Air Force, 163 drones were downed.").map((r) => r.claimant)).toEqual(["the Air Force"]);
    expect(one("According to the morning report of the General Staff of the Armed Forces of Ukraine as of 08:00, 163 occupiers were killed.").map((r) => [r.claimant, r.claimant_side])).toEqual([["the General Staff of the Armed Forces of Ukraine", "ukraine"]]);
  });
  it("'According to the General Staff report' reads 'report' as a noun, not as the verb of a speaker 'According to the General Staff'", () => {
    expect(one("According to the General Staff report, 163 occupiers were killed.").map((r) => r.claimant)).toEqual(["the General Staff report"]);
  });
});

describe("fifteenth round: wire flashes in capitals", () => {
  it("a flash in capitals names its speaker and the sides as the same words in prose would", () => {
    const text = "FLASHES\n\n0412 GMT - UKRAINE AIR FORCE SAYS RUSSIA ATTACKED WITH 318 DRONES AND 19 MISSILES OVERNIGHT\n\n" +
      "0431 GMT - KYIV MAYOR KLITSCHKO SAYS TWO PEOPLE KILLED, 16 WOUNDED IN RUSSIAN ATTACK ON CAPITAL\n\nKyiv Mayor Vitali Klitschko spoke on Tuesday.";
    const rows = one(text);
    expect(rows.map((r) => [r.metric, r.value, r.claimant_side, r.subject_side, r.figure_text])).toEqual([
      ["drones_launched", 318, "ukraine", "russia", "318"],
      ["drones_launched", 19, "ukraine", "russia", "19"],
      ["killed", 2, "ukraine", "ukraine", "TWO"],
      ["injured", 16, "ukraine", "ukraine", "16"],
    ]);
    expect(rows[0].quote).toBe("0412 GMT - UKRAINE AIR FORCE SAYS RUSSIA ATTACKED WITH 318 DRONES AND 19 MISSILES OVERNIGHT");
  });
});

describe("fifteenth round: releases to come, prisoners held, bodies returned, places counted", () => {
  it("a release to come is no exchange: 'is meant to total 1,000 prisoners', 'expected a further 307 Ukrainians to be freed'", () => {
    expect(brief(one("The exchange is meant to total 1,000 prisoners on each side over three days."))).toEqual([]);
    expect(brief(one("The headquarters said it expected a further 307 Ukrainians to be freed on Saturday."))).toEqual([]);
    expect(brief(one("Russia and Ukraine exchanged 307 prisoners on Saturday."))).toEqual([["prisoners_exchanged", 307]]);
  });
  it("bodies returned and terms exchanged are no prisoners exchanged", () => {
    expect(brief(one("The bodies of 909 people were repatriated to Ukraine and 34 to the Russian Federation, according to the parties."))).toEqual([]);
    expect(brief(one("Memorandum for two: Moscow and Kyiv exchange terms in Istanbul"))).toEqual([]);
    expect(brief(one("Russia and Ukraine swapped 150 prisoners of war and the bodies of 20 soldiers."))).toEqual([["prisoners_exchanged", 150]]);
  });
  it("a count of places ('at two of the bases', 'hit three of the refineries') is no count of what was hit there", () => {
    expect(brief(one("At least 12 aircraft were destroyed or damaged at two of the bases, BBC Verify said."))).toEqual([["aircraft_hit", 12]]);
    expect(brief(one("Russian troops captured two of the villages."))).toEqual([["settlements_captured", 2]]);
  });
  it("people named and then 'remain unaccounted for' are missing, not hurt", () => {
    expect(brief(one("Another 93 people were injured, 18 of them children, and 22 residents remain unaccounted for."))).toEqual([["injured", 93], ["injured", 18]]);
  });
  it("pilots are people; KABs are guided bombs, launched", () => {
    expect(brief(one("Ukraine has lost three F-16s, and two pilots have been killed."))).toEqual([["aircraft_hit", 3], ["killed", 2]]);
    expect(brief(one("The enemy struck the district with two KABs."))).toEqual([["drones_launched", 2]]);
  });
  it("'destroyed 340 Russian soldiers' is military English for killing them", () => {
    expect(brief(one("Its units had destroyed 340 Russian soldiers in the Kupiansk direction, the group said."))).toEqual([["killed", 340]]);
  });
  it("a speaker who 'has been able to confirm' is the speaker alone; 'recalled that' and a statement that 'reads:' are words of saying", () => {
    expect(one("BBC Verify has been able to confirm that at least 12 aircraft were destroyed.").map((r) => r.claimant)).toEqual(["BBC Verify"]);
    expect(one("Ukraine's Ministry of Defence also recalled that the headquarters brought home 185 Ukrainian defenders in an exchange.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
    expect(one("Gladkov's daily summary reads:\n\nOver the past day, 64 drones were launched at the Belgorod region.").map((r) => r.claimant_side)).toEqual(["russia"]);
  });
});

describe("fifteenth round: periods", () => {
  it("'since the beginning of this year' and 'so far this month' start a period whose end is not stated", () => {
    expect(one("Russia has captured 285 settlements since the beginning of this year.").map((r) => [r.period_start, r.period_end])).toEqual([["2025-01-01", ""]]);
    expect(one("Russia has taken 18 settlements in Ukraine so far this month.").map((r) => [r.period_start, r.period_end])).toEqual([["2025-06-01", ""]]);
  });
  it("'the night of Nov. 18–19' is no month; 'in Nov. 2024' still is", () => {
    expect(one("Ukraine destroyed two Russian Mi-8 helicopters on the night of Nov. 18–19.").map((r) => r.period_start)).toEqual([""]);
    expect(one("Russia captured 464 square kilometers in Nov. 2024.").map((r) => r.period_start)).toEqual(["2024-11-01"]);
  });
  it("a month after a superlative's 'since' dates the record, unless a clause tells what happened then", () => {
    expect(one("One of the largest attacks since February 2022 hit Kyiv, killing at least 2 civilians.").map((r) => r.period_start)).toEqual([""]);
    expect(one("The strike was the deadliest since January 2023, when a Russian missile killed 46 people.").map((r) => r.period_start)).toEqual(["2023-01-01"]);
  });
  it("'compared with July, when …' and 'A year earlier, in August 2024, …' give the clause after them its period", () => {
    expect(one("Russia captured 464 square kilometers in August 2024, down from July, when Russian troops seized 634 square kilometers.").map((r) => r.period_start)).toEqual(["2024-08-01", "2024-07-01"]);
    expect(one("A year earlier, in August 2024, Russia captured 477 square kilometers, according to DeepState.").map((r) => r.period_start)).toEqual(["2024-08-01"]);
    expect(one("The NIS had earlier estimated, in February, that around 300 North Korean soldiers had been killed.").map((r) => r.period_start)).toEqual([""]);
  });
  it("the time of a comparison's 'when' clause is not what 'over the same period' after it means", () => {
    const rows = one("Russia captured 380 square kilometres in June 2025, the smallest monthly advance since March, when Russia seized 240 square kilometres. Ukraine regained around 18 square kilometres over the same period.");
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([[380, "2025-06-01"], [240, "2025-03-01"], [18, "2025-06-01"]]);
  });
});

describe("fifteenth round, second wave: ages, populations, years, names, tables", () => {
  it("every age of a list after 'aged', and 'a boy of 4', are ages", () => {
    expect(brief(one("The strike wounded three employees, aged 29, 44 and 57, the administration said."))).toEqual([["injured", 3]]);
    expect(brief(one("The youngest victim was a boy of 4, injured when debris fell on a house."))).toEqual([]);
  });
  it("a population that has fallen is no toll; a toll beside a population still is", () => {
    expect(brief(one("Ukraine's population under government control has fallen to an estimated 31 million, down from around 41 million in 2021."))).toEqual([]);
    expect(brief(one("The town's population has fallen sharply since the strike that killed 14 people."))).toEqual([["killed", 14]]);
  });
  it("a year as a clause's subject ('said 2024 had been the costliest year') is no count, and dates the figure after it", () => {
    const rows = one("Britain's Defence Ministry said 2024 had been the costliest year for Moscow's forces so far, with an estimated 430,000 killed or wounded.");
    expect(rows.map((r) => [r.metric, r.value, r.period_start, r.period_end])).toEqual([["casualties", 430000, "2024-01-01", "2024-12-31"]]);
    expect(brief(one("UN monitors say 2,314 civilians were killed this year, making 2025 already deadlier than 2024."))).toEqual([["killed", 2314]]);
  });
  it("a capitalised number word inside prose opens a name ('Two Majors said'); in a title-case headline it is still a count", () => {
    expect(brief(one("In a separate post, Two Majors said Ukraine had launched more than 300 drones at Russian regions."))).toEqual([["drones_launched", 300]]);
    expect(brief(one("Russian Strike Kills Two People in Kharkiv"))).toEqual([["killed", 2]]);
  });
  it("a table of several columns: each figure counts what its column header names, for the year its first cell gives", () => {
    const rows = one("The UN mission recorded these civilian casualties.\n\n| Year | Killed | Injured |\n|---|---|---|\n| 2024 | 2,088 | 9,138 |\n| 2025 (Jan-Sep) | 2,097 | 7,511 |");
    expect(rows.map((r) => [r.metric, r.value, r.period_start])).toEqual([
      ["killed", 2088, "2024-01-01"], ["injured", 9138, "2024-01-01"], ["killed", 2097, "2025-01-01"], ["injured", 7511, "2025-01-01"],
    ]);
  });
  it("a table whose first column is 'Region' has rows of places: shares of each are land held", () => {
    const rows = one("Share of each region under Russian control:\n\n| Region | Share occupied |\n|---|---|\n| Luhansk | 99.8% |\n| Donetsk | 78% |");
    expect(rows.map((r) => [r.metric, r.value])).toEqual([["territory_controlled", 99.8], ["territory_controlled", 78]]);
  });
  it("collective names of bloggers, independent Russian outlets, allied intelligence and Ukraine's prosecutors have their sides", () => {
    expect(one("Prosecutor General Ruslan Kravchenko said 12 people were killed.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
    expect(one("The independent Russian news outlet Astra reported that three workers were injured.").map((r) => r.claimant_side)).toEqual(["third_party"]);
    expect(one("Z-bloggers reported that 3 bombers were hit.").map((r) => r.claimant_side)).toEqual(["russia"]);
    expect(one("Allied intelligence estimates that Russia has suffered more than one million casualties.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
});

describe("fifteenth round, third wave: world news digests, the displaced, places struck, weekdays", () => {
  it("an item of a world digest under a label naming another war or disaster gives no figures; Ukraine's items still do", () => {
    const digest = "Myanmar\n\nA military air raid on a Buddhist monastery in the Sagaing region killed 21 people, including three children.\n\nUkraine\n\nA Russian drone strike on Kharkiv killed 4 people, the governor said.";
    expect(brief(one(digest))).toEqual([["killed", 4]]);
    expect(brief(one("Flooding in the market town of Mokwa in central Nigeria killed more than 110 people."))).toEqual([]);
    expect(brief(one("Israel released nearly 2,000 Palestinian prisoners and detainees in return."))).toEqual([]);
  });
  it("people driven from their homes or displaced after a toll are not killed", () => {
    expect(brief(one("The fighting has killed more than 24,000 people and driven some 14 million from their homes, the UN said."))).toEqual([["killed", 24000]]);
    expect(brief(one("The strike killed 12 people, with at least 300 displaced, officials said."))).toEqual([["killed", 12]]);
    expect(brief(one("One of them said 40 wounded soldiers had been evacuated from the town."))).toEqual([["injured", 40]]);
  });
  it("settlements struck or shelled are not settlements captured", () => {
    expect(brief(one("Over the past day, the occupiers carried out 612 strikes on 16 settlements."))).toEqual([]);
    expect(brief(one("Russian troops captured 3 settlements."))).toEqual([["settlements_captured", 3]]);
  });
  it("'since Tuesday', said on a Thursday, starts on the Tuesday before publication", () => {
    expect(one("The ministry said its air defences had destroyed 788 Ukrainian drones since Tuesday.", "2025-11-06").map((r) => [r.period_start, r.period_end])).toEqual([["2025-11-04", ""]]);
  });
  it("'climbed past 480' is more than 480", () => {
    expect(one("The number of Russian drones lost has now climbed past 480, the group said.").map((r) => r.qualifier)).toEqual(["more_than"]);
  });
});

describe("fifteenth round, third wave: claims named after their number, subjects before an aside", () => {
  it("'fewer than the 41 claimed by the SBU': the body after a number's 'claimed by' claims it", () => {
    const rows = one("Schemes counted at least 13 aircraft destroyed, significantly fewer than the 41 claimed by the SBU.");
    expect(rows.map((r) => [r.value, r.claimant, r.claimant_side])).toEqual([[13, "Schemes", "third_party"], [41, "the SBU", "ukraine"]]);
    expect(one("The 41 aircraft claimed by the SBU were not all destroyed.").map((r) => r.claimant)).toEqual(["the SBU"]);
  });
  it("a participle aside between a subject and its verb of saying leaves the subject the speaker, not the last name of a list", () => {
    expect(one("The Ukrainian General Staff's morning update, posted on Facebook with the usual infographic, put Russian losses over the past day at 1,020 troops.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
    expect(one("The latest joint assessment by the World Bank, the UN and the Ukrainian government, released on Monday, puts direct damage at $183bn.").map((r) => [r.claimant, r.claimant_side])).toEqual([["", "unknown"]]);
  });
});

describe("fifteenth round, fourth wave: periods around a speaker set off by commas", () => {
  it("'In the whole of October, he said, strikes killed 27': a speaker inside what was said leaves the period to the figures", () => {
    expect(one("In the whole of October, he said, Ukrainian strikes killed 27 civilians in the region and wounded 162.", "2025-11-10").map((r) => r.period_start)).toEqual(["2025-10-01", "2025-10-01"]);
    expect(one("Between March 1 and 15, Rybar claimed, Russian troops retook 240 square kilometers.").map((r) => [r.period_start, r.period_end])).toEqual([["2025-03-01", "2025-03-15"]]);
    expect(one("In February Zelensky said 46,000 soldiers had been killed.").map((r) => r.period_start)).toEqual([""]);
  });
  it("'during the last week of October' is its last seven days", () => {
    expect(one("Air defences shot down 1,262 Ukrainian drones during the last week of October.", "2025-11-10").map((r) => [r.period_start, r.period_end])).toEqual([["2025-10-25", "2025-10-31"]]);
  });
});

describe("fifteenth round, fourth wave: forces proposed or held, compass points, temperatures, title-case scales", () => {
  it("a force floated, asked for, envisaged or allowed by a plan is no force in the field; one deployed is", () => {
    expect(brief(one("British officials have floated a contingent of around 30,000 troops."))).toEqual([]);
    expect(brief(one("Warsaw has asked NATO to deploy 40,000 more troops to its eastern flank."))).toEqual([]);
    expect(brief(one("The revised plan would allow Ukraine to keep an army of up to 800,000 troops in peacetime."))).toEqual([]);
    expect(brief(one("Early military options envisaged a force of between 10,000 and 30,000 troops."))).toEqual([]);
    expect(brief(one("Russia has deployed 50,000 troops near Kupiansk, officials said."))).toEqual([["troops", 50000]]);
  });
  it("soldiers who 'remain in Russian hands' are prisoners held, not a force", () => {
    expect(brief(one("Around 8,000 of their soldiers remain in Russian hands."))).toEqual([]);
  });
  it("a compass point after the counted noun says where ('40,000 troops south of Pokrovsk')", () => {
    expect(brief(one("Russia has massed 40,000 soldiers south of Pokrovsk."))).toEqual([["troops", 40000]]);
  });
  it("a temperature is no count; a capitalised scale word in a title-case headline scales its number", () => {
    expect(brief(one("Temperatures in Kyiv fell to minus 14 Celsius (7 Fahrenheit) overnight."))).toEqual([]);
    expect(brief(one("Russia's War Dead and Wounded Near 1.2 Million, Western Officials Estimate"))).toEqual([["casualties", 1200000]]);
  });
});

describe("fifteenth round, fourth wave: a state body no nation names, in a belligerent's outlet", () => {
  const byOutlet = (text: string, outlet: string) =>
    extract({ id: "t", file: "", text, title: "", outlet, url: "", published: "2025-06-02", status: "ok", reason: "" }).map((r) => [r.claimant, r.claimant_side]);
  it("a headline credited '- MoD' or '– General Staff' is that body's, of the side the claimant table gives the outlet", () => {
    expect(byOutlet("Kiev loses up to 1,285 troops in 24 hours - MoD\n\nThe war goes on.", "TASS")).toEqual([["MoD", "russia"]]);
    expect(byOutlet("Russia loses 870 more soldiers over past day – General Staff\n\nThe war goes on.", "Ukrinform")).toEqual([["General Staff", "ukraine"]]);
    expect(byOutlet("Russia loses 870 more soldiers over past day – General Staff\n\nThe war goes on.", "")).toEqual([["General Staff", "unknown"]]);
  });
});

describe("fifteenth round, last wave: jets scrambled, an outlet's calculations", () => {
  it("jets that took off or were put in the air were not hit; jets shot down after taking off were", () => {
    expect(brief(one("Two Romanian Air Force F-16 fighter jets took off from the Borcea air base after Russian drones attacked Ukrainian port infrastructure."))).toEqual([]);
    expect(brief(one("Romania's defense ministry said two F-16s were put in the air after drones attacked the Ukrainian port of Reni."))).toEqual([]);
    expect(brief(one("Ukraine shot down two Russian Su-34 jets that took off from Morozovsk."))).toEqual([["aircraft_hit", 2]]);
  });
  it("'Reuters calculations based on Ukrainian air force data' speak as Reuters, a third party", () => {
    expect(one("Russia launched more than 2,800 attack drones at Ukraine in April, Reuters calculations based on Ukrainian air force data showed.").map((r) => r.claimant_side)).toEqual(["third_party"]);
    expect(one("Russia took 210 square kilometres, according to Reuters calculations using data from DeepState.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
});

describe("fifteenth round, last wave: counts of swaps, a dated night inside a month, 'since launching its invasion'", () => {
  it("'one prisoner exchange' counts swaps and 'without one' is a pronoun; prisoners exchanged still count", () => {
    expect(brief(one("There was one prisoner exchange in October."))).toEqual([]);
    expect(brief(one("It was the first month without one since March."))).toEqual([]);
    expect(brief(one("Ukraine and Russia exchanged 390 prisoners each."))).toEqual([["prisoners_exchanged", 390]]);
  });
  it("a part on a dated night inside a month's total is that night's, not the month's", () => {
    expect(one("Russia's air defences downed 2,412 Ukrainian drones in July, including 105 on the night of 5 July alone.", "2025-08-05").map((r) => [r.value, r.period_start])).toEqual([[2412, "2025-07-01"], [105, ""]]);
  });
  it("'since launching its full-scale invasion' starts on the invasion's day", () => {
    expect(one("Russia has suffered close to 1 million casualties since launching its full-scale invasion of Ukraine.").map((r) => r.period_start)).toEqual(["2022-02-24"]);
  });
});

describe("fifteenth round, last wave: 'its governor' after a place", () => {
  it("'in the Sumy region, its governor, Oleh Hryhorov, said' speaks for the place's side", () => {
    expect(one("Two people were killed in the Sumy region, its governor, Oleh Hryhorov, said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["Oleh Hryhorov", "ukraine"]]);
  });
});

describe("fifteenth round, last wave: agent nouns are no verbs", () => {
  it("'occupiers' is no 'occupied': the Defense Forces 'pushed the occupiers out of 12 square kilometers' is land gained", () => {
    expect(one("Over the past week, the Defense Forces also pushed the occupiers out of 12 square kilometers near Kupiansk, Syrskyi said.").map((r) => [r.metric, r.subject_side])).toEqual([["territory_gained", "ukraine"]]);
    expect(one("Russia occupies 19% of Ukraine.").map((r) => r.metric)).toEqual(["territory_controlled"]);
  });
  it("'the occupiers carried out strikes with 3 guided aerial bombs, 27 UAVs …' launched each item", () => {
    expect(brief(one("Over the past day, the occupiers carried out strikes with 3 guided aerial bombs, 27 UAVs of various types, 4 FPV drones and 1 MLRS."))).toEqual([
      ["drones_launched", 3], ["drones_launched", 27], ["drones_launched", 4], ["drones_launched", 1],
    ]);
  });
});

describe("fifteenth round, last wave: a sector that suffered damage", () => {
  it("'Ukraine's energy sector alone has suffered more than $20 billion in damage' is Ukraine's damage, by a Ukrainian estimate", () => {
    expect(one("Ukraine's energy sector alone has suffered more than $20 billion in damage, according to an estimate by the Kyiv School of Economics.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
});

describe("fifteenth round, last wave: a month as a figure's modifier", () => {
  it("'July's 301 sq km' and 'Russia's October gains at 430 square kilometers' are of that month", () => {
    expect(one("Russia took some 560 square kilometres in August, nearly twice July's 301 sq km.", "2025-09-02").map((r) => [r.value, r.period_start])).toEqual([[560, "2025-08-01"], [301, "2025-07-01"]]);
    expect(one("The Institute for the Study of War put Russia's October gains at roughly 430 square kilometers.", "2025-11-03").map((r) => r.period_start)).toEqual(["2025-10-01"]);
  });
});

describe("fifteenth round, last wave: a place's people lost beside the injured", () => {
  it("'the region lost 14 residents, while another 61 were injured': the 14 are dead; people lost with no injured apart stay casualties", () => {
    expect(brief(one("In March the region lost 14 residents, while another 61 were injured."))).toEqual([["killed", 14], ["injured", 61]]);
    expect(brief(one("The city lost 12 people."))).toEqual([["casualties", 12]]);
  });
});

describe("fifteenth round, last wave: age limits", () => {
  it("'all seriously wounded prisoners and those under 25' names an age limit, not 25 wounded", () => {
    expect(brief(one("Kyiv and Moscow agreed to release all seriously wounded prisoners and those under 25."))).toEqual([]);
    expect(brief(one("More than 40 soldiers were killed, and over 25 wounded."))).toEqual([["killed", 40], ["injured", 25]]);
  });
});

describe("sixteenth round: numbers of courts, families, places and supplies are no figures", () => {
  it("'charges under Articles 205.5 and 278 of the Criminal Code … seizure of power' names articles of a code", () => {
    expect(brief(one("He faces charges under Articles 205.5 and 278 of Russia's Criminal Code, which covers violent seizure of power."))).toEqual([]);
  });
  it("'joined the case as injured parties' is the law's word for victims, not the wounded", () => {
    expect(brief(one("Relatives of at least seven victims have joined the case as injured parties, and two of them have filed civil claims."))).toEqual([]);
    expect(brief(one("The strike injured 12 people."))).toEqual([["injured", 12]]);
  });
  it("soldiers in criminal cases are no force, and 'captured Russian servicemen' captures no settlement", () => {
    expect(brief(one("Its Investigative Committee says it has opened criminal cases against more than 900 Ukrainian servicemen since 2022."))).toEqual([]);
    expect(brief(one("The trial is one of about two dozen in which Ukraine has tried captured Russian servicemen in person."))).toEqual([]);
    expect(brief(one("Russian forces captured two villages near Pokrovsk."))).toEqual([["settlements_captured", 2]]);
  });
  it("a father of two, a city of 1.4 million people, power to 700,000 residents, people who fled, prisoners held", () => {
    expect(brief(one("Mr Tierney, a father of two from Breaffy, died on June 8th."))).toEqual([]);
    expect(brief(one("In Kharkiv, a city of about 1.4 million people, regional governor Oleh Synehubov said shelling had killed at least 11 people."))).toEqual([["killed", 11]]);
    expect(brief(one("In Kharkiv, where the attacks knocked out power to about 700,000 residents, three people were wounded, Mayor Ihor Terekhov said."))).toEqual([["injured", 3]]);
    expect(brief(one("At least 136 civilians have been killed since the invasion began, while the number of people who have fled Ukraine has passed 660,000."))).toEqual([["killed", 136]]);
    expect(brief(one("UN confirms 925 civilian deaths in Ukraine as refugee exodus passes 3.4 million"))).toEqual([["killed", 925]]);
    expect(brief(one("Fourteen soldiers were wounded, while five are being held as prisoners of war in Ukraine."))).toEqual([["injured", 14]]);
  });
  it("a share of the population is no share of land; rupees are money; drones in an aid package are not launched", () => {
    expect(brief(one("Nearly a quarter of Ukraine's population of 44 million has been forced from their homes."))).toEqual([]);
    expect(brief(one("Families of those killed are entitled to around Rs5 million in compensation."))).toEqual([]);
    expect(brief(one("The package includes 800 Stinger anti-aircraft systems and 100 Switchblade drones, which can be flown into targets."))).toEqual([]);
  });
  it("'one' for a strike named before it, and 'One 34-year-old marine', count no one", () => {
    expect(brief(one("The brigade has been involved in several other deadly strikes, including one on Kryvyi Rih on April 4, when a missile killed 20 people."))).toEqual([["killed", 20]]);
    expect(brief(one("One 34-year-old marine said he had lost 22 kilograms in captivity."))).toEqual([]);
    expect(brief(one("Russia launched several strikes on Kharkiv, including one that killed 5 people."))).toEqual([["killed", 5]]);
  });
  it("other wars: Srebrenica in July 1995, Georgia's territory since the 2008 war", () => {
    expect(brief(one("At Srebrenica in July 1995, Bosnian Serb forces killed more than 8,000 Bosniak men and boys."))).toEqual([]);
    expect(brief(one("Russia has occupied about 20% of Georgia's territory since the August 2008 war."))).toEqual([]);
  });
});

describe("sixteenth round: titles, pairs of losses", () => {
  it("'according to regional Gov. Serhiy Lysak', 'said acting Mayor Ivan Fedorov': a title's dot ends no name", () => {
    expect(one("A Russian missile attack on Dnipro killed at least eight people, according to regional Gov. Serhiy Lysak.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["regional Gov. Serhiy Lysak", "ukraine"]]);
    expect(one("The attack killed eight people, according to Lt. Gen. Kyrylo Budanov.").map((r) => r.claimant)).toEqual(["Lt. Gen. Kyrylo Budanov"]);
    expect(one("The attack killed eight people, said acting Mayor Ivan Fedorov.").map((r) => [r.claimant, r.claimant_side])).toEqual([["acting Mayor Ivan Fedorov", "ukraine"]]);
  });
  it("'315,000 dead and injured troops' and 'killed, wounded, taken prisoner or gone missing' are casualties", () => {
    expect(brief(one("The Pentagon estimated that Russia had suffered 315,000 dead and injured troops."))).toEqual([["casualties", 315000]]);
    expect(brief(one("Up to 40,000 had been killed, wounded, taken prisoner or gone missing, he said."))).toEqual([["casualties", 40000]]);
  });
});

describe("sixteenth round: bodies to hand back, the dead a sentence opens on, forces that infiltrated", () => {
  it("bodies a deal hands back are no toll, whether 'the bodies of 6,000 fallen soldiers' or '6,000 bodies of soldiers killed'", () => {
    expect(brief(one("The agreement provides for each side to hand back the bodies of 6,000 fallen soldiers."))).toEqual([]);
    expect(brief(one("The two sides agreed to exchange all seriously wounded prisoners, along with 6,000 bodies of soldiers killed in action."))).toEqual([]);
    expect(brief(one("Rescuers recovered 12 bodies from the rubble."))).toEqual([["killed", 12]]);
  });
  it("'Among the confirmed dead are more than 20,000 men recruited from prisons' counts the dead", () => {
    expect(brief(one("Among the confirmed dead are more than 20,000 men recruited from prisons."))).toEqual([["killed", 20000]]);
    expect(brief(one("Among the wounded are 12 soldiers."))).toEqual([["injured", 12]]);
  });
  it("'about 300 Russian soldiers had infiltrated the city' is a force", () => {
    expect(one("Ukraine's army chief Oleksandr Syrskyi said about 300 Russian soldiers had infiltrated the city.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 300, "russia"]]);
  });
});

describe("sixteenth round: a running total's start set off by commas, a name with a bare office", () => {
  it("'bringing its total losses since Feb. 24, 2022, to 259,850' runs from the invasion", () => {
    expect(one("Russia lost 520 personnel in the last day, bringing its total losses since Feb. 24, 2022, to 259,850.", "2023-08-01").map((r) => [r.value, r.period_start]))
      .toEqual([[520, ""], [259850, "2022-02-24"]]);
  });
  it("'Hanna Maliar, deputy defence minister, said' names the speaker", () => {
    expect(one("On the battlefield, Hanna Maliar, deputy defence minister, said Ukrainian forces had recaptured 12 sq km near Bakhmut.").map((r) => r.claimant))
      .toEqual(["Hanna Maliar, deputy defence minister"]);
  });
});

describe("sixteenth round: bare 'officials said' with no one to point back to", () => {
  it("'Russia fired 43 missiles at Ukraine overnight, officials said' gives the attacked nation's officials", () => {
    expect(one("Russia fired 43 missiles at Ukraine overnight, officials said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["officials", "ukraine"]]);
    expect(one("Russia pounded Ukraine overnight, launching 90 drones, officials said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["officials", "ukraine"]]);
  });
  it("with no nation in the sentence they keep their words and an unknown side", () => {
    expect(one("The strike killed 43 people overnight, officials said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["officials", "unknown"]]);
  });
});

describe("sixteenth round, second wave: pledges, prices, rates, rosters and names of wars are no figures", () => {
  it("'America has promised 31 Abrams', 'a price cap of $60 a barrel … less damage', 'since World War Two'", () => {
    expect(brief(one("America has promised 31 Abrams."))).toEqual([]);
    expect(brief(one("The G7's price cap of $60 a barrel has done less damage to the budget."))).toEqual([]);
    expect(brief(one("It was Russia's first mobilisation since World War Two, calling up reservists."))).toEqual([]);
  });
  it("'one called the assault a repeat of the disaster': 'one' who spoke counts no one", () => {
    expect(brief(one("The commanders were accused of throwing away lives; one called the assault a repeat of the disaster."))).toEqual([]);
  });
  it("a rate per 10,000 men, and a roster in 'None of the crew, who include 11 Indian … seafarers, were hurt'", () => {
    expect(brief(one("There were about 37 confirmed deaths per 10,000 men aged 18 to 60."))).toEqual([]);
    expect(brief(one("None of the crew, who include 11 Indian and six Filipino seafarers, were hurt."))).toEqual([]);
  });
  it("'14 UAV control points were destroyed' downs no drones; 'returned 31' beside bodies received is no swap of prisoners", () => {
    expect(brief(one("2 tanks, 11 vehicles and 14 UAV control points were destroyed."))).toEqual([]);
    expect(brief(one("Kyiv received 1,000 bodies and returned 31 to Russia, the coordination headquarters said."))).toEqual([]);
  });
});

describe("sixteenth round, second wave: call-ups, retreats, holdings, warnings, governors, swaps of soldiers", () => {
  it("'will call up 300,000 reservists' and 'had been pulled back across the river' are forces", () => {
    expect(brief(one("Officially, the Defense Ministry has said it will call up 300,000 reservists."))).toEqual([["troops", 300000]]);
    expect(brief(one("More than 30,000 soldiers had been pulled back across the river, the ministry said."))).toEqual([["troops", 30000]]);
  });
  it("'Russia retains about a fifth of Ukraine's territory' is land held", () => {
    expect(one("Russia retains about a fifth of Ukraine's territory.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["territory_controlled", 20, "russia"]]);
  });
  it("'Western officials cautioned that …' and 'regional governors said' name their claimants", () => {
    expect(one("Western officials cautioned that Russian forces still hold about 70% of the Kherson region.").map((r) => [r.claimant, r.claimant_side])).toEqual([["Western officials", "third_party"]]);
    expect(one("Russian drones and missiles killed at least seven people in the Zaporizhzhia and Dnipropetrovsk regions, regional governors said.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["regional governors", "ukraine"]]);
  });
  it("'eliminated or wounded 31,940 occupiers' are casualties; 'a swap … involved just 10 soldiers on each side' swapped them", () => {
    expect(brief(one("In July 2025, the Defence Forces eliminated or wounded 31,940 occupiers."))).toEqual([["casualties", 31940]]);
    expect(one("The first swap, on March 24, 2022, involved just 10 soldiers on each side.").map((r) => [r.metric, r.value, r.subject_side])).toEqual([["prisoners_exchanged", 10, "both"]]);
  });
});

describe("sixteenth round, second wave: 'that month' points back", () => {
  it("'counted 264 civilian deaths … that month' after 'In October' is October; 'said that month' dates no figure", () => {
    expect(one("In October, Russia launched 5,200 drones. The UN counted 264 civilian deaths from all weapons that month.", "2025-11-06").map((r) => [r.value, r.period_start]))
      .toEqual([[5200, "2025-10-01"], [264, "2025-10-01"]]);
    expect(one("Russia captured 400 sq km in October. The Ukrainian General Staff said that month 30,000 Russian soldiers were killed or wounded.", "2025-11-06").map((r) => [r.value, r.period_start]))
      .toEqual([[400, "2025-10-01"], [30000, ""]]);
  });
});

describe("sixteenth round, second wave: statistics that fell, shells, conscripts, the dead a clause names, headline verbs", () => {
  it("'fell to 433,000 …, down by roughly 23,000' is a statistic that fell, not places that fell; 'three villages fell' still are", () => {
    expect(brief(one("The number of people held in Russian prisons and colonies fell to 433,000 at the start of the year, down by roughly 23,000 in just two months."))).toEqual([]);
    expect(brief(one("Three villages fell to Russian troops this week."))).toEqual([["settlements_captured", 3]]);
  });
  it("'firing 412 projectiles from artillery, mortars and tanks' are shells; a conscription decree's call-up is no force", () => {
    expect(brief(one("Russian forces attacked Kherson Oblast 74 times over the past day, firing 412 projectiles from artillery, mortars and tanks."))).toEqual([]);
    expect(brief(one("On 29 September Putin signed the autumn conscription decree, calling up 135,000 men aged 18 to 30."))).toEqual([]);
  });
  it("'Among the dead, the journalists identified 1,967 mobilised men and 1,353 former prisoners' counts the dead", () => {
    expect(brief(one("Among the dead, the journalists identified 1,967 mobilised men and 1,353 former prisoners."))).toEqual([["killed", 1967], ["killed", 1353]]);
  });
  it("headline verbs in the present: 'Ukraine downs 88 of 128 drones launched overnight', 'shoots down'", () => {
    expect(brief(one("Ukraine downs 88 of 128 drones launched overnight"))).toEqual([["drones_downed", 88], ["drones_launched", 128]]);
    expect(brief(one("Ukraine shoots down 88 of 128 drones launched overnight"))).toEqual([["drones_downed", 88], ["drones_launched", 128]]);
  });
});

describe("sixteenth round, second wave: Wagner and the Donbas 'republics' on Russia's side; the outlet's estimate with an aside", () => {
  it("'Russia's Wagner mercenary group has suffered more than 4,100 killed' counts Russia's dead", () => {
    expect(one("Russia's Wagner mercenary group has suffered more than 4,100 killed and some 10,000 wounded, a U.S. official said.").map((r) => [r.value, r.subject_side]))
      .toEqual([[4100, "russia"], [10000, "russia"]]);
  });
  it("the DPR militia's spokesman and the DPR's representative office speak for Russia's side", () => {
    expect(one("The people's militia of the Donetsk People's Republic (DPR) has taken control of 12 more settlements over the past day, the DPR militia's spokesman Eduard Basurin told reporters.")
      .map((r) => [r.claimant_side, r.subject_side])).toEqual([["russia", "russia"]]);
    expect(one("According to the DPR's representative office in the Joint Centre for Control and Coordination (JCCC), Ukrainian troops fired 86 shells, killing two civilians and wounding seven.")
      .map((r) => r.claimant)).toEqual(["the DPR's representative office", "the DPR's representative office"]);
  });
  it("'Our estimate, based on the National Probate Registry and produced jointly with Meduza, suggests' is the outlet's", () => {
    const rows = extract({ id: "t", file: "t.txt", text: "Our estimate, based on the National Probate Registry and produced jointly with Meduza, suggests that about 219,000 Russian men had died.", title: "", outlet: "Mediazona", url: "", published: "2025-06-02", status: "ok", reason: "" });
    expect(rows.map((r) => [r.claimant, r.claimant_side])).toEqual([["Mediazona", "third_party"]]);
  });
});

describe("sixteenth round, third wave: people who remain, are sought, speak or are held; how often; weapons and pools", () => {
  it("'where fewer than 1,500 residents remain' and 'searching for at least 20 residents believed to be trapped' are no tolls", () => {
    expect(brief(one("In Myrnohrad, where fewer than 1,500 residents remain from a pre-war population of 46,000, a Russian drone struck an evacuation car on Monday, killing two volunteers.")))
      .toEqual([["killed", 2]]);
    expect(brief(one("He said 66 people were injured, and that rescue crews were still searching for at least 20 residents believed to be trapped under the rubble."))).toEqual([["injured", 66]]);
    expect(brief(one("Twelve people were wounded in the strike, and five people remain in hospital."))).toEqual([["injured", 12], ["injured", 5]]);
  });
  it("'more than 8,000 Ukrainian soldiers remain in Russian captivity' beside a swap are held, not exchanged", () => {
    expect(brief(one("Lubinets said that more than 8,000 Ukrainian soldiers remain in Russian captivity and that work on the next exchange is under way."))).toEqual([]);
  });
  it("'attacking ten, fifteen times a day', 'seven of the dead told Verstka', 'the oldest soldier identified by the team was 71', 'home to 13 million people'", () => {
    expect(brief(one("He told AFP that Russian assault groups were now attacking \"ten, fifteen times a day\"."))).toEqual([]);
    expect(brief(one("Relatives of at least seven of the dead told Verstka they had not been paid."))).toEqual([]);
    expect(brief(one("The median age of those killed is now 36, and the oldest soldier identified by the team was 71."))).toEqual([]);
    expect(brief(one("Moscow, home to roughly 13 million people, accounts for fewer than 1,000 confirmed deaths."))).toEqual([["killed", 1000]]);
  });
  it("'Pentagon to send 4 more HIMARS', troops on high readiness, and former prisoners of war are none of the metrics", () => {
    expect(brief(one("Pentagon to send 4 more HIMARS to Ukraine"))).toEqual([]);
    expect(brief(one("NATO said the alliance would increase the number of its troops on high readiness to well over 300,000, from about 40,000 now."))).toEqual([]);
    expect(brief(one("We were able to identify 56 former prisoners of war who signed new contracts with the Defence Ministry."))).toEqual([]);
  });
});

describe("sixteenth round, third wave: who speaks", () => {
  it("'Independent estimates, based on obituaries …, put' are independent analysts' estimates", () => {
    expect(one("Independent estimates, based on obituaries and satellite imagery, put Ukrainian military deaths at between 60,000 and 100,000.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["Independent estimates", "third_party"], ["Independent estimates", "third_party"]]);
  });
  it("'according to estimates by Kpler' names Kpler; 'Energy Minister German Galushchenko' is Ukraine's minister, not Germany", () => {
    expect(one("Direct damage reached at least $2.1 billion, according to estimates by Kpler.").map((r) => r.claimant)).toEqual(["Kpler"]);
    expect(one("Energy Minister German Galushchenko said Russian strikes had caused $1bn in damage.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
});

describe("sixteenth round, third wave: differences, rebuilding costs, comparisons in other units, soldiers back from absence, pictures", () => {
  it("'This is 15 km² more than in September' is a difference; the September figure stays", () => {
    expect(brief(one("This is 15 km² more than in September, when the Russians advanced by 446 km²."))).toEqual([["territory_gained", 446]]);
  });
  it("'rebuilding would cost almost $486 billion' is no damage", () => {
    expect(brief(one("The World Bank said direct damage reached $152 billion, and that rebuilding would cost almost $486 billion over the next decade."))).toEqual([["damage", 152000000000]]);
  });
  it("'up from about 360,000' after troops in 'occupied Ukraine' is troops; 'down from 49 million' after tons of grain is nothing", () => {
    expect(brief(one("Russia has roughly 470,000 troops deployed in and around occupied Ukraine, up from about 360,000 a year ago."))).toEqual([["troops", 470000], ["troops", 360000]]);
    expect(brief(one("Grain exports are expected to reach about 40 million tons, down from 49 million the season before, the farm ministry said."))).toEqual([]);
  });
  it("'2,700 soldiers had returned to their units' are no prisoners freed", () => {
    expect(brief(one("About 2,700 soldiers had returned to their units since August, after the last prisoner exchange, officials said."))).toEqual([]);
  });
  it("'Satellite images of a Russian airbase show' name no claimant; 'Satellite images reviewed by CNN' do", () => {
    expect(one("Satellite images of a Russian airbase in Crimea show that at least eight warplanes were destroyed.").map((r) => r.claimant)).toEqual([""]);
    expect(one("Satellite images reviewed by CNN show at least 12 aircraft destroyed.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
});

describe("sixteenth round, fourth wave: which weapons, whose air force, what is 'massive', what 'one' counts, aid beside damage", () => {
  it("'shot down three Tochka-U missiles fired by Ukraine' downs them: a launch participle after the noun says which weapons", () => {
    expect(brief(one("Its air defence systems had shot down three Tochka-U missiles fired by Ukraine at the city."))).toEqual([["drones_downed", 3]]);
    expect(brief(one("Russian air defense systems shot down 11 rockets fired from HIMARS and Uragan multiple launch rocket systems."))).toEqual([["drones_downed", 11]]);
    expect(brief(one("Russia had lost 198,000 soldiers killed."))).toEqual([["killed", 198000]]);
  });
  it("'the country's air force said' is the attacked country's", () => {
    expect(one("Russia fired 309 drones at Ukraine overnight, the country's air force said.").map((r) => [r.claimant, r.claimant_side])).toEqual([["the country's air force", "ukraine"]]);
  });
  it("'a massive Russian drone and missile attack' masses no troops: 'The death toll … rose to 31, including five children' is the dead", () => {
    expect(brief(one("The death toll from a massive Russian drone and missile attack on Kyiv rose to 31 on Friday, including five children, authorities said.")))
      .toEqual([["killed", 31], ["killed", 5]]);
    expect(brief(one("Russia has massed 50,000 troops near Kupiansk."))).toEqual([["troops", 50000]]);
  });
  it("'One strike on Kyiv … killed 23 people' counts the dead, not one; '£3bn a year in military support' is no damage", () => {
    expect(brief(one("One strike on Kyiv on August 28 killed 23 people, including four children."))).toEqual([["killed", 23], ["killed", 4]]);
    expect(brief(one("She urged the UK government, which has pledged £3bn a year in military support to Ukraine, to back a register of environmental damage."))).toEqual([]);
  });
});

describe("sixteenth round, fourth wave: the army named after the people", () => {
  it("'195 prisoners of war of the Ukrainian armed forces were handed over' and '… of the Armed Forces of Ukraine' are Ukraine's", () => {
    expect(one("In return, 195 prisoners of war of the Ukrainian armed forces were handed over.").map((r) => r.subject_side)).toEqual(["ukraine"]);
    expect(one("In return, 115 prisoners of war of the Armed Forces of Ukraine have been handed over, the ministry said.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
  it("'150 servicemen of the 59th motorized infantry brigade of the Ukrainian army were eliminated' are Ukraine's", () => {
    expect(one("Up to 150 servicemen of the 59th motorized infantry brigade of the Ukrainian army were eliminated.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
});

describe("sixteenth round, fourth wave: tolls raised, numbers of the dead, parades, convicts, rebuilding, damage with no owner named", () => {
  it("'raised to 89 the number of soldiers killed' names its source; 'The number of people killed when a missile hit … has risen to 40' is the dead", () => {
    expect(one("Russia's Defense Ministry on Wednesday raised to 89 the number of soldiers killed in the strike on Makiivka.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["Russia's Defense Ministry", "russia"]]);
    expect(brief(one("The number of people killed when a Russian missile hit a block of flats in Dnipro has risen to 40, officials say."))).toEqual([["killed", 40]]);
  });
  it("soldiers on parade are no force; convicts and inmates sent to the front are", () => {
    expect(brief(one("Last year's parade involved some 11,000 servicemen and 131 units of military equipment."))).toEqual([]);
    expect(brief(one("In total, he said, the company sent 50,000 inmates to the front."))).toEqual([["troops", 50000]]);
  });
  it("'rebuilding the country would cost $411bn' is no damage", () => {
    expect(brief(one("The report said rebuilding the country would cost $411bn over the next decade."))).toEqual([]);
  });
  it("damage to buildings, power or an economy with no side named is Ukraine's; damage to Russian refineries is Russia's", () => {
    expect(one("Direct damage to buildings and infrastructure reached $152 billion, the World Bank said.").map((r) => r.subject_side)).toEqual(["ukraine"]);
    expect(one("The strikes caused $1.5 billion in damage to Russian refineries, analysts estimate.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
});

describe("sixteenth round, fifth wave: values, year-to-date openers, ages, debris, hospitals, alliances, plans", () => {
  it("'$16.1 billion' is 16100000000 and its approximate bounds carry no floating-point noise", () => {
    const [row] = one("Direct damage to Ukraine's energy sector has reached about $14.6 billion, according to the Kyiv School of Economics.");
    expect([row.value, row.value_low, row.value_high]).toEqual([14600000000, 13140000000, 16060000000]);
    expect(one("Direct damage to Ukraine's energy sector has reached $16.1 billion.").map((r) => r.value)).toEqual([16100000000]);
  });
  it("'So far this year,' opening a sentence runs from the year's first day", () => {
    expect(one("So far this year, Russia has launched 41,000 drones.", "2025-06-02").map((r) => r.period_start)).toEqual(["2025-01-01"]);
  });
  it("'the oldest, 63' is an age; 'debris fell at another 11' takes no place", () => {
    expect(brief(one("The youngest of the freed soldiers was 21; the oldest, 63."))).toEqual([]);
    expect(brief(one("Hits by 54 strike UAVs were recorded at 19 locations, and debris fell at another 11."))).toEqual([["drones_launched", 54]]);
  });
  it("'at least 12 people remained in hospital, two of them in a serious condition' after the dead are wounded", () => {
    expect(brief(one("Mayor Ihor Terekhov said a 71-year-old woman was among the dead and that at least 12 people remained in hospital, two of them in a serious condition.")))
      .toEqual([["injured", 12], ["injured", 2]]);
  });
  it("'Twenty-three of NATO's 32 members' and 'plans to increase that number to 690,000' are no figures", () => {
    expect(brief(one("Twenty-three of NATO's 32 members now meet the alliance's target of spending 2 percent of GDP on defence."))).toEqual([]);
    expect(brief(one("Moscow now has about 520,000 troops deployed, and it plans to increase that number to 690,000 by the end of the year."))).toEqual([["troops", 520000]]);
  });
  it("'on a 175-for-175 basis' is a swap of 175 a side; 'Details:' is a section label, not a speaker", () => {
    expect(one("Ukraine and Russia carried out an exchange of prisoners on a 175-for-175 basis, the coordination headquarters said.").map((r) => [r.value, r.subject_side])).toEqual([[175, "both"]]);
    expect(one("Source: Volodymyr Zelensky, President of Ukraine, on Telegram\n\nDetails: Ukraine has brought home 175 defenders from Russian captivity.").map((r) => r.claimant)).toEqual(["Volodymyr Zelensky"]);
  });
  it("a force discussed is no force; people still living in a city are no toll", () => {
    expect(brief(one("The coalition has discussed a force of up to 25,000 troops."))).toEqual([]);
    expect(brief(one("He said about 100,000 people were still living in the city, down from a pre-war population of more than 400,000."))).toEqual([]);
  });
});

describe("sixteenth round, last: 'N more, including …, were injured'", () => {
  it("'One person was killed and nine more, including two children, were injured' wounds the nine and the two", () => {
    expect(brief(one("One person was killed and nine more, including two children, were injured, Oleh Hryhorov reported."))).toEqual([["killed", 1], ["injured", 9], ["injured", 2]]);
    expect(one("One person was killed and nine more were injured, Oleh Hryhorov reported.").map((r) => r.claimant_side)).toEqual(["ukraine", "ukraine"]);
  });
});

describe("sixteenth round, last: days of a list, ages 'when' and 'now', the dead returned", () => {
  it("'on June 9, 10 and 12' are days; 'on April 1, 86 servicemen returned' and 'on May 27, 36 of them' are counts", () => {
    expect(brief(one("The previous stages, on June 9, 10 and 12, had seen Ukraine bring home several hundred soldiers in the prisoner exchange."))).toEqual([["prisoners_exchanged", 200]]);
    expect(brief(one("A week later, on April 1, 86 Ukrainian servicemen returned home after an exchange."))).toEqual([["prisoners_exchanged", 86]]);
    expect(brief(one("The ministry said 112 drones were destroyed on May 27, 36 of them over the Bryansk region."))).toEqual([["drones_downed", 112], ["drones_downed", 36]]);
  });
  it("'My son was 19 when he was taken. He is 22 now' gives ages; 'returned only a few dozen Russian dead' is no toll", () => {
    expect(brief(one("\"My son was 19 when he was taken. He is 22 now,\" said Halyna."))).toEqual([]);
    expect(brief(one("Russia has handed over more than 6,000 bodies, while Ukraine has so far returned only a few dozen Russian dead."))).toEqual([]);
  });
});

describe("sixteenth round, last: an outlet's analysis of one side's data", () => {
  it("'according to an NPR analysis of Ukrainian air force data' is an independent analyst's, not Ukraine's", () => {
    expect(one("According to an NPR analysis of Ukrainian air force data, Russia launched more than 5,400 drones at Ukraine in May.").map((r) => r.claimant_side)).toEqual(["third_party"]);
    expect(one("Russia fired a record 54,500 long-range drones at Ukraine in 2025, according to a FRANCE 24 tally of Ukrainian air force data.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
  it("a nation's own analysis keeps its nation", () => {
    expect(one("According to a Ukrainian military analysis of the data, Russia lost 1,000 troops.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
});

describe("sixteenth round, last: a daily tally's follow-on sentence", () => {
  it("'According to the report, Russia has also lost … 435 airplanes' goes on with the running total since the invasion", () => {
    expect(one("Russia has lost 1,302,470 troops since the beginning of the full-scale invasion on Feb. 24, 2022, the General Staff said. According to the report, Russia has also lost 11,712 tanks, 435 airplanes and 349 helicopters.", "2026-04-02")
      .map((r) => [r.value, r.period_start])).toEqual([[1302470, "2022-02-24"], [435, "2022-02-24"], [349, "2022-02-24"]]);
  });
  it("not without 'also', nor after a period that is not the invasion's", () => {
    expect(one("Russia has lost 1,302,470 troops since the beginning of the full-scale invasion on Feb. 24, 2022. Russia lost 12 airplanes.", "2026-04-02").map((r) => r.period_start)).toEqual(["2022-02-24", ""]);
  });
});

describe("seventeenth round: populations compared, ratios, sizes and unit strengths are no figures", () => {
  it("'218,000 residents remain …, down from 1.67 million' and 'civilians were still in the city' count no dead", () => {
    expect(brief(one("Shelling killed 3 people on Monday. Some 218,000 residents remain in the Ukrainian-controlled part of Donetsk region, according to regional authorities, down from 1.67 million before the full-scale invasion."))).toEqual([["killed", 3]]);
    expect(brief(one("Shelling killed 3 people on Monday. Haidai said about 10,000 civilians were still in the city, down from a pre-war population of more than 100,000."))).toEqual([["killed", 3]]);
    expect(brief(one("Shelling killed 3 people on Monday, up from 2 a day earlier."))).toEqual([["killed", 3], ["killed", 2]]);
  });
  it("'for every Ukrainian soldier killed, seven Russians die' is a ratio, not a toll", () => {
    expect(brief(one("Ukrainian officials claim that for every Ukrainian soldier killed in Bakhmut, seven Russians die."))).toEqual([]);
    expect(brief(one("For every 10 Russian soldiers killed, one Ukrainian dies, the commander said."))).toEqual([]);
    expect(brief(one("For every day of the offensive, Russia lost 1,000 soldiers.")).map((r) => r[1])).toEqual([1000]);
  });
  it("'an area slightly larger than Greater London's 1,572 square kilometres' is a size for scale; a spaced dash ends the source's name", () => {
    const rows = one("Russia has taken roughly 1,600 square kilometers this year, according to DeepState – an area slightly larger than Greater London's 1,572 square kilometers.");
    expect(rows.map((r) => [r.metric, r.value, r.claimant])).toEqual([["territory_gained", 1600, "DeepState"]]);
  });
  it("'his unit, which numbered about 500 men in December, had lost nearly 200' counts the losses only", () => {
    expect(brief(one("A battalion commander told Le Monde that his unit, which numbered about 500 men in December, had lost nearly 200 killed or wounded since January."))).toEqual([["casualties", 200]]);
  });
  it("conscripts in an aside of a force sent keep the force; a conscription drive is none", () => {
    expect(brief(one("Ukraine's military intelligence agency said Russia had redeployed around 5,000 troops to the Kursk region, some of them conscripts."))).toEqual([["troops", 5000]]);
    expect(brief(one("Putin signed the autumn conscription decree, calling up 135,000 men."))).toEqual([]);
  });
});

describe("seventeenth round: speakers named by a role only", () => {
  it("'A battalion commander, speaking on condition of anonymity, told Le Monde' and 'a military analyst' speak", () => {
    expect(one("A battalion commander, speaking on condition of anonymity, told Le Monde that his unit had lost nearly 200 killed or wounded since January.").map((r) => r.claimant)).toEqual(["A battalion commander"]);
    expect(one("A military analyst said Russia had lost 200 soldiers.").map((r) => [r.claimant, r.claimant_side])).toEqual([["A military analyst", "third_party"]]);
    expect(one("A man said 200 soldiers had been killed.").map((r) => r.claimant)).toEqual([""]);
  });
});

describe("seventeenth round: settlements held, troops dying, separatist authorities", () => {
  it("'Ukraine now controls 82 settlements' counts settlements; '1,263 square kilometres, including 93 settlements' too, not land", () => {
    expect(brief(one("Syrskyi said that Ukraine now controls 82 settlements and some 1,150 square kilometers of Russian territory."))).toEqual([["settlements_captured", 82], ["territory_controlled", 1150]]);
    expect(one("Syrskyi said the army now controlled 1,263 square kilometers of Russian territory, including 93 settlements.").map((r) => [r.metric, r.value, r.unit]))
      .toEqual([["territory_controlled", 1263, "km2"], ["settlements_captured", 93, "count"]]);
    expect(brief(one("Russian forces held 40 prisoners in the village."))).toEqual([]);
  });
  it("'his troops controlled 1,294 square kilometres': a commander's troops hold for his side", () => {
    expect(one("Syrskyi said his troops controlled 1,294 square kilometers.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
  it("'troops were dying daily' counts the dead; 'the dying man' is no verb", () => {
    expect(brief(one("Podolyak told the BBC that between 100 and 200 troops were dying daily."))).toEqual([["killed", 100], ["killed", 200]]);
    expect(brief(one("The dying man was taken to hospital with 3 others."))).toEqual([]);
  });
  it("separatist authorities speak for Russia's side", () => {
    expect(one("In Donetsk, separatist authorities said Ukrainian shelling killed five civilians on Monday.").map((r) => r.claimant_side)).toEqual(["russia"]);
  });
});

describe("seventeenth round: a British paper's own ministry", () => {
  const withOutlets = createExtractor({ ...tables, outlets: [{ outlet: "BBC", domains: "bbc.co.uk", country: "United Kingdom", affiliation: "public_broadcaster" }] });
  const from = (outlet: string, text: string) =>
    withOutlets({ id: "t", file: "t.txt", text, title: "", outlet, url: "", published: "2025-11-20", status: "ok", reason: "" }).map((r) => [r.claimant, r.claimant_side]);
  it("'the MoD said' in a British outlet is the UK's ministry, a third party; elsewhere its side stays unknown", () => {
    const text = "Russian casualties averaged 1,030 a day in October, the MoD said.";
    expect(from("BBC", text)).toEqual([["the MoD", "third_party"]]);
    expect(from("Le Monde", text)).toEqual([["the MoD", "unknown"]]);
  });
});

describe("seventeenth round: who pounds whom, and the agent of a passive", () => {
  it("'Russia pounds Kyiv with missiles, killing at least nine': the pounded city's dead", () => {
    expect(one("Russia pounds Kyiv with missiles, killing at least nine.").map((r) => r.subject_side)).toEqual(["ukraine"]);
    expect(one("Ukraine pounds Russian positions, killing 40 soldiers, the army said.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
  it("'an oil depot … hit by Ukrainian drones, injuring 16 firefighters': the agent attacks, it is no target", () => {
    expect(one("An oil depot was hit by Ukrainian drones, injuring 16 firefighters.").map((r) => r.subject_side)).toEqual(["russia"]);
    expect(one("Russian drones hit an apartment block in Kharkiv, injuring 16 people.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
});

describe("seventeenth round: the week before, attacks counted, soldiers who surrendered, the outlet's enemy", () => {
  it("'102 km² between May 12 and May 18, up from 87 km² the week before': the week before is May 5–11", () => {
    expect(cols(one("Russian forces occupied 102 square kilometers between May 12 and May 18, up from 87 square kilometers the week before.")).map((r) => [r[1], r[4], r[5]]))
      .toEqual([[102, "2025-05-12", "2025-05-18"], [87, "2025-05-05", "2025-05-11"]]);
  });
  it("'launched one missile strike using two missiles' counts two missiles, not one strike", () => {
    expect(brief(one("The enemy launched one missile strike using two missiles, the General Staff said."))).toEqual([["drones_launched", 2]]);
    expect(brief(one("Russia carried out 12 missile strikes on Kharkiv, killing 5 people."))).toEqual([["killed", 5]]);
  });
  it("'and that another 41 had surrendered' is no loss", () => {
    expect(brief(one("It claimed Ukraine had lost more than 1,800 servicemen killed and wounded since June 1, and that another 41 had surrendered."))).toEqual([["casualties", 1800]]);
  });
  it("'The enemy launched 40 drones' with no speaker is the enemy of a belligerent's outlet", () => {
    const side = (outlet: string) => extract({ id: "t", file: "t.txt", text: "Headline\n\nThe enemy launched 40 drones overnight.", title: "", outlet, url: "", published: "2025-06-02", status: "ok", reason: "" }).map((r) => r.subject_side);
    expect(side("Ukrinform")).toEqual(["russia"]);
    expect(side("TASS")).toEqual(["ukraine"]);
    expect(side("")).toEqual(["unknown"]);
  });
});

describe("seventeenth round: shares held, areas in apposition, jets that went down, land occupied in a week", () => {
  it("'97% of the Luhansk region had been liberated' is a share held; '86% of the territory previously captured' and a small share are gains", () => {
    expect(brief(one("Shoigu said on May 31 that 97% of the Luhansk region had been liberated."))).toEqual([["territory_controlled", 97]]);
    expect(brief(one("Gerasimov said Russian forces had liberated 86% of the territory previously captured by the enemy."))).toEqual([["territory_gained", 86]]);
  });
  it("'almost 20 percent of Ukraine's territory, an area of nearly 125,000 square kilometres' restates the share as an area", () => {
    expect(brief(one("Russian forces now occupied almost 20 percent of Ukraine's territory, an area of nearly 125,000 square kilometres, Zelensky said.")))
      .toEqual([["territory_controlled", 20], ["territory_controlled", 125000]]);
  });
  it("'occupied 96 square kilometres of Ukraine in a week' is land gained", () => {
    expect(brief(one("Russian army occupied 96 square kilometers of Ukraine in a week - DeepState"))).toEqual([["territory_gained", 96]]);
    expect(brief(one("Russia occupies about 116,000 square kilometres."))).toEqual([["territory_controlled", 116000]]);
  });
  it("'went down' counts no aircraft: 'Russian daily losses went down to 900' stays losses; 'the power went down' counts nothing", () => {
    expect(brief(one("Russian daily losses went down to 900 last week, the General Staff said."))).toEqual([["casualties", 900]]);
    expect(brief(one("The power went down for 12 hours in 3 districts."))).toEqual([]);
  });
  it("'according to reports by heads of regional military administrations' names Ukrainian officials", () => {
    expect(one("Russian attacks killed at least four civilians, according to reports by heads of regional military administrations.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["heads of regional military administrations", "ukraine"]]);
  });
  it("'said it then recaptured 160 square kilometres': the speaker's side, whatever adverb stands between", () => {
    expect(one("Ukraine's Azov Corps said it then recaptured 160 square kilometres in the area during September.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
});

describe("seventeenth round: a force's number, periods after a part and for a part in the next sentence", () => {
  it("'the number of Russian troops inside Ukraine had risen to about 710,000' counts troops, after a sentence of losses too", () => {
    expect(brief(one("Healey said Russian casualties had passed 1.1 million. He also said the number of Russian troops inside Ukraine had risen to about 710,000.")))
      .toEqual([["casualties", 1100000], ["troops", 710000]]);
  });
  it("'killed and 121 wounded, among them 10 children, since the incursion began on Aug. 6': the period covers all three", () => {
    expect(cols(one("Smirnov said 12 civilians had been killed and 121 wounded, among them 10 children, since the incursion began on Aug. 6.")).map((r) => r[4]))
      .toEqual(["2024-08-06", "2024-08-06", "2024-08-06"]);
  });
  it("'Among the dead were two children.' after a dated toll shares its period; after an undated one, none", () => {
    expect(cols(one("Between February 1 and March 10, Russian strikes killed at least 43 civilians in the region. Among the dead were two children.")).map((r) => [r[1], r[4], r[5]]))
      .toEqual([[43, "2025-02-01", "2025-03-10"], [2, "2025-02-01", "2025-03-10"]]);
    expect(cols(one("Russian strikes killed at least 43 civilians. Among the dead were two children.")).map((r) => r[4])).toEqual(["", ""]);
  });
});

describe("seventeenth round: the UN monitors' span with clock times", () => {
  it("'From 4 a.m. on 24 February 2022, when … started, to 24:00 midnight on 19 June 2022' is the span of the counts after it", () => {
    expect(cols(one("From 4 a.m. on 24 February 2022, when the Russian Federation's armed attack against Ukraine started, to 24:00 midnight on 19 June 2022, OHCHR recorded 10,360 civilian casualties in the country: 4,569 killed and 5,791 injured.", "2022-06-21")).map((r) => [r[1], r[4], r[5]]))
      .toEqual([[10360, "2022-02-24", "2022-06-19"], [4569, "2022-02-24", "2022-06-19"], [5791, "2022-02-24", "2022-06-19"]]);
  });
});

describe("seventeenth round: names with letters beyond ASCII", () => {
  it("'said Jesús Núñez, co-director of …' and 'Łukasz Kowalski said' name their speakers", () => {
    expect(one("\"It is hard,\" said Jesús Núñez, co-director of the Institute for Conflict Studies, who estimated that fewer than 15,000 Ukrainian soldiers had been killed.").map((r) => r.claimant)).toEqual(["Jesús Núñez"]);
    expect(one("Łukasz Kowalski said 40 soldiers were killed.").map((r) => r.claimant)).toEqual(["Łukasz Kowalski"]);
    expect(one("experts said 40 soldiers were killed.").map((r) => r.claimant_side)).toEqual(["third_party"]);
  });
});

describe("seventeenth round, second wave: contingents, items along with bombs, 'since then', crowds and 'the two'", () => {
  it("'The first group of about 1,500 special forces troops arrived', 'troops were transported by rail' count forces; 'groups of up to 20' does not", () => {
    expect(brief(one("The first group of about 1,500 special forces troops arrived in Vladivostok, the NIS said."))).toEqual([["troops", 1500]]);
    expect(brief(one("Some 3,000 North Korean troops were transported by rail from the Russian Far East, the GUR said."))).toEqual([["troops", 3000]]);
    expect(brief(one("They attack in groups of up to 20 soldiers."))).toEqual([]);
  });
  it("'dropped more than 900 guided aerial bombs, along with nearly 400 attack drones and about 30 missiles' launched all three", () => {
    expect(brief(one("Russia had dropped more than 900 guided aerial bombs on Ukraine, along with nearly 400 attack drones and about 30 missiles, Zelensky said.")))
      .toEqual([["drones_launched", 900], ["drones_launched", 400], ["drones_launched", 30]]);
  });
  it("'… since then' starts where the sentence before's 'since' starts", () => {
    expect(cols(one("The exchange was the 58th since the start of Russia's full-scale invasion in February 2022. Lubinets said 3,767 Ukrainians have been brought home from Russian captivity since then.")).map((r) => [r[1], r[4]]))
      .toEqual([[3767, "2022-02-24"]]);
  });
  it("'several hundred people calling for faster exchanges' and 'a swap between the two' count no one", () => {
    expect(brief(one("Families of the missing held rallies in Kyiv on Saturday, with several hundred people calling for faster exchanges."))).toEqual([]);
    expect(brief(one("Abu Dhabi first brokered a swap between the two in December 2022."))).toEqual([]);
    expect(brief(one("The two sides exchanged 95 prisoners each."))).toEqual([["prisoners_exchanged", 95]]);
  });
});

describe("seventeenth round, second wave: sources, tolls, bulletins' dates, people mobilised and counts denied", () => {
  it("'according to data published on Friday by DeepState' names DeepState", () => {
    expect(one("Russian forces captured 502 square kilometres of Ukrainian territory in July, according to data published on Friday by DeepState, an open-source map group.").map((r) => r.claimant)).toEqual(["DeepState"]);
  });
  it("'The number of people killed … has risen to five, and 34 more were injured': five dead", () => {
    expect(brief(one("The number of people killed as a result of the Russian missile attack on Dnipro on the evening of August 11 has risen to five, and 34 more were injured.")))
      .toEqual([["killed", 5], ["injured", 34]]);
  });
  it("'estimated the number of Wagner fighters in Belarus at between 4,000 and 5,000' counts a force; 'soldiers killed at' does not", () => {
    expect(brief(one("The service estimated the number of Wagner fighters in Belarus at between 4,000 and 5,000."))).toEqual([["troops", 4000], ["troops", 5000]]);
    expect(brief(one("Zelensky put the number of Ukrainian soldiers killed at between 2,500 and 3,000.")).map((r) => r[0])).toEqual(["killed", "killed"]);
  });
  it("'from 24.02 to 12.10' in a bulletin is a span from the invasion's day, and its numbers are dates", () => {
    expect(cols(one("Total combat losses of the enemy from 24.02 to 12.10 are estimated at: aircraft - 268; helicopters - 241.", "2022-10-13")).map((r) => [r[0], r[1], r[4], r[5]]))
      .toEqual([["aircraft_hit", 268, "2022-02-24", "2022-10-12"], ["aircraft_hit", 241, "2022-02-24", "2022-10-12"]]);
  });
  it("'222,000 people have been drafted' and 'people had been called up' are troops; men 'sent home' are none", () => {
    expect(brief(one("Putin has said 222,000 people have been drafted into the armed forces since he announced the call-up on September 21."))).toEqual([["troops", 222000]]);
    expect(brief(one("The Kremlin said about 2,000 men wrongly summoned had been sent home from Khabarovsk region alone."))).toEqual([]);
  });
  it("'seven had not been hit as planned' and 'a week or two of training' count nothing", () => {
    expect(brief(one("Of the 29 targets designated by the defence ministry, seven had not been hit as planned."))).toEqual([]);
    expect(brief(one("These men are being thrown into the line with only a week or two of training."))).toEqual([]);
  });
  it("'six people were taken to hospital' after deaths are injured; 'where fewer than 5,000 remain' counts no force", () => {
    expect(brief(one("A drone hit a minibus in Shebekino: two women died, and six people were taken to hospital, governor Vyacheslav Gladkov reported.")))
      .toEqual([["killed", 2], ["injured", 6]]);
    expect(brief(one("Shelling hit Kostiantynivka, a city that had 67,000 inhabitants before the war and where fewer than 5,000 remain."))).toEqual([]);
  });
  it("'could attempt a new push there in July' is no period of the troops before it; 'perhaps' and 'Tops' qualify", () => {
    expect(cols(one("Zelensky warned that Russia had gathered around 50,000 troops near the Sumy region and could attempt a new push there in July.")).map((r) => r[4])).toEqual([""]);
    expect(one("Ukraine's counter-offensive won back perhaps 370 sq km.").map((r) => r.qualifier)).toEqual(["approx"]);
    expect(one("Ukraine's Energy Damage Tops $18 Billion").map((r) => r.qualifier)).toEqual(["more_than"]);
  });
  it("'reported downing 7 Russian Su-34 fighter-bombers and one Su-35', 'as many as 16,000 irrecoverable losses', 'killing 13 to 15 airmen'", () => {
    expect(brief(one("Over the past week, the Ukrainian Air Force has reported downing 7 Russian Su-34 fighter-bombers and one Su-35 fighter."))).toEqual([["aircraft_hit", 7], ["aircraft_hit", 1]]);
    expect(brief(one("Rybar estimated that Russian troops had suffered as many as 16,000 irrecoverable losses in the battle since October."))).toEqual([["killed", 16000]]);
    expect(brief(one("Wagner units shot down at least six Russian military helicopters, killing 13 to 15 airmen, according to Russian military bloggers.")))
      .toEqual([["aircraft_hit", 6], ["killed", 13], ["killed", 15]]);
  });
  it("'since the start of what Moscow calls its \"special military operation\"' starts on the invasion's day; 'Last August, US officials told' dates no figure", () => {
    expect(cols(one("Shoigu claimed that Ukraine had lost more than 444,000 servicemen since the start of what Moscow calls its \"special military operation.\"")).map((r) => r[4])).toEqual(["2022-02-24"]);
    expect(cols(one("Last August, US officials told the New York Times that as many as 70,000 Ukrainian troops had been killed.")).map((r) => r[4])).toEqual([""]);
  });
});

describe("seventeenth round, second wave: 'it said' after a body, one guard", () => {
  it("'…, the air force said … Air defence units shot down 17 of the drones, it said': the air force, not a governor named before", () => {
    const rows = one("Belgorod governor Vyacheslav Gladkov said two people were injured in shelling.\n\nIn Ukraine, the air force said Russia had attacked overnight with 24 Shahed drones and three missiles. Air defence units shot down 17 of the drones, it said.");
    expect(rows.map((r) => [r.value, r.claimant])).toEqual([[2, "Belgorod governor Vyacheslav Gladkov"], [24, "the air force"], [3, "the air force"], [17, "the air force"]]);
  });
  it("'one security guard was injured' counts one", () => {
    expect(brief(one("Sobyanin said one security guard was injured."))).toEqual([["injured", 1]]);
  });
});

describe("seventeenth round, third wave: bulletins' passives, graves, captives, attempts, temperatures and spans", () => {
  it("'more than 600 Ukrainian servicemen were destroyed' and militants 'eliminated' after a list are killed; drones 'were destroyed' stay downed", () => {
    expect(brief(one("\"More than 600 Ukrainian servicemen were destroyed,\" Konashenkov said."))).toEqual([["killed", 600]]);
    expect(brief(one("Over the past three days, more than 2,000 Ukrainian and foreign militants and more than 100 units of armor were eliminated in the Kupyansk direction, Konashenkov said."))).toEqual([["killed", 2000]]);
    expect(brief(one("12 drones were destroyed over the Black Sea."))).toEqual([["drones_downed", 12]]);
  });
  it("'held the remains of 17 Ukrainian soldiers' counts the dead; remains handed over do not", () => {
    expect(brief(one("One grave held the remains of 17 Ukrainian soldiers, said Serhii Bolvinov."))).toEqual([["killed", 17]]);
    expect(brief(one("Moscow said it had been handed the remains of 38 of its troops."))).toEqual([]);
  });
  it("soldiers 'captured alive', 'tried to kill himself', 'welcomed 2025', '–8 C' count nothing", () => {
    expect(brief(one("Two North Korean soldiers were captured alive by Ukrainian forces."))).toEqual([]);
    expect(brief(one("At least one North Korean soldier had tried to kill himself to avoid capture."))).toEqual([]);
    expect(brief(one("The strikes came hours after Ukrainians welcomed 2025 under the wail of air raid sirens, killing 2 people."))).toEqual([["killed", 2]]);
    expect(brief(one("Strikes forced power cuts in several regions as temperatures dropped to –8 C."))).toEqual([]);
  });
  it("'talks on a further exchange of 1,000 prisoners', 'taking part in the rescue operation', '4 missile and 27 air strikes' count nothing", () => {
    expect(brief(one("Talks on a further exchange of 1,000 prisoners were under way."))).toEqual([]);
    expect(brief(one("More than 1,000 people were taking part in the rescue operation."))).toEqual([]);
    expect(brief(one("The enemy launched 4 missile and 27 air strikes, as well as 61 attacks from multiple rocket launchers."))).toEqual([]);
  });
  it("'between late November and early December' spans both months; 'since the start of hostilities in the Kursk area in August 2024' starts then", () => {
    expect(cols(one("More than 1,000 of its men had been killed between late November and early December.", "2023-01-20")).map((r) => [r[4], r[5]])).toEqual([["2022-11-01", "2022-12-31"]]);
    expect(cols(one("Since the start of hostilities in the Kursk area in August 2024, the Ukrainian army has lost over 67,800 servicemen, the ministry said.")).map((r) => r[4])).toEqual(["2024-08-01"]);
  });
  it("'troops are fighting alongside Russian forces' counts a force; 'though Western officials believe' speaks for no figure before it", () => {
    expect(brief(one("The Pentagon has estimated that about 11,000 North Korean troops are fighting alongside Russian forces in Kursk."))).toEqual([["troops", 11000]]);
    expect(one("Zelensky said more than 46,000 Ukrainian soldiers had been killed and about 380,000 wounded, though Western officials believe the true toll is higher.").map((r) => r.claimant))
      .toEqual(["Zelensky", "Zelensky"]);
  });
  it("'about 110 square miles (285 square kilometres)': the hedge carries to the conversion", () => {
    expect(one("The Ukrainian-held area has shrunk to about 110 square miles (285 square kilometers).").map((r) => [r.value, r.qualifier])).toEqual([[285, "approx"]]);
  });
});

describe("seventeenth round, fourth wave: speeds, evacuations, convicts sent to the front, facilities disabled", () => {
  it("'a speed of Mach 10' and residents 'evacuated' count nothing; wounded soldiers evacuated stay wounded", () => {
    expect(brief(one("The missile flies at a speed of Mach 10 and no system can intercept it."))).toEqual([]);
    expect(brief(one("One civilian had been killed and 12 wounded, and several hundred residents of the district had been evacuated."))).toEqual([["killed", 1], ["injured", 12]]);
    expect(brief(one("He said 40 wounded soldiers had been evacuated from the town."))).toEqual([["injured", 40]]);
  });
  it("'Wagner sent 50,000 former prisoners to the front' counts a force", () => {
    expect(brief(one("Wagner sent 50,000 former prisoners to the front, Prigozhin said."))).toEqual([["troops", 50000]]);
    expect(brief(one("Ukraine and Russia exchanged 100 prisoners."))).toEqual([["prisoners_exchanged", 100]]);
  });
  it("'48 unmanned aerial vehicles' among facilities disabled were downed", () => {
    expect(brief(one("\"Among the facilities disabled are 573 tanks and 48 unmanned aerial vehicles,\" the spokesman said.")).filter((r) => r[0] === "drones_downed")).toEqual([["drones_downed", 48]]);
  });
});

describe("seventeenth round: the review's cases", () => {
  it("'the number of people killed has risen to 12, and the number of injured rose to 40': each toll its own", () => {
    expect(brief(one("The number of people killed has risen to 12, and the number of injured rose to 40."))).toEqual([["killed", 12], ["injured", 40]]);
  });
  it("an unnamed 'regional official' gets no guessed side; Ukraine's National Security Council is Ukraine's", () => {
    expect(one("Russian forces shelled the town, killing three civilians and wounding 12, a regional official said.").map((r) => r.claimant_side)).toEqual(["unknown", "unknown"]);
    expect(one("Oleksiy Danilov, secretary of Ukraine's National Security Council, said 300 Russian soldiers were killed.").map((r) => r.claimant_side)).toEqual(["ukraine"]);
  });
  it("a completed planned exchange, 'for each of the past three nights', people 'in hospital', bodies sent to a morgue stay figures", () => {
    expect(brief(one("The planned exchange of 1,000 prisoners was completed on Friday."))).toEqual([["prisoners_exchanged", 1000]]);
    expect(brief(one("For each of the past three nights, about 100 Russian drones attacked Kyiv."))).toEqual([["drones_launched", 100]]);
    expect(brief(one("The strike wounded 50 civilians, and 20 remain in hospital."))).toEqual([["injured", 50], ["injured", 20]]);
    expect(brief(one("Rescuers recovered the bodies of 12 people killed in the strike, which were later transferred to a morgue."))).toEqual([["killed", 12]]);
  });
  it("'servicemen were sheltering in the school, which was destroyed' kills no one; a draft 'among them many conscripts' is no force", () => {
    expect(brief(one("More than 50 servicemen were sheltering in the school, which was destroyed."))).toEqual([]);
    expect(brief(one("Putin signed a decree calling up 160,000 men in the spring draft, among them many conscripts."))).toEqual([]);
  });
  it("'The Defence Ministry said it had shot down 20 Ukrainian drones' in a British paper is a belligerent's claim, not London's", () => {
    const withOutlets = createExtractor({ ...tables, outlets: [{ outlet: "BBC", domains: "bbc.co.uk", country: "United Kingdom", affiliation: "public_broadcaster" }, { outlet: "Reuters", domains: "reuters.com", country: "United Kingdom", affiliation: "wire_agency" }] });
    const side = (outlet: string, text: string) => withOutlets({ id: "t", file: "t.txt", text, title: "", outlet, url: "", published: "2025-11-20", status: "ok", reason: "" }).map((r) => r.claimant_side);
    expect(side("BBC", "The Defence Ministry said it had shot down 20 Ukrainian drones over the Bryansk region.")).toEqual(["russia"]);
    expect(side("Reuters", "Russian casualties averaged 1,030 a day in October, the MoD said.")).toEqual(["unknown"]);
  });
});

describe("seventeenth round, fourth wave: the General Staff's list in one sentence", () => {
  it("'personnel – about 83,660 (+510) people were liquidated, tanks – 2,885 (+5), aircraft – 278 (+0), …': each item by its label, the day's change with it, tanks nothing", () => {
    expect(brief(one("The total combat losses of the enemy were approximately: personnel – about 83,660 (+510) people were liquidated, tanks – 2,885 (+5), aircraft – 278 (+0), helicopters – 261 (+0), cruise missiles – 531 (+0).")))
      .toEqual([["casualties", 83660], ["casualties", 510], ["aircraft_hit", 278], ["aircraft_hit", 261], ["drones_downed", 531]]);
  });
});

describe("eighteenth round: rules that read structure, not one sentence's words", () => {
  it("a part after 'including' keeps the whole's period whatever qualifier it carries ('including as many as 250,000 troops killed')", () => {
    const periods = (text: string) => one(text).map((r) => [r.value, r.period_start]);
    expect(periods("Russian forces have suffered 1,000,000 casualties since February 2022, including as many as 250,000 troops killed, CSIS estimates."))
      .toEqual([[1000000, "2022-02-24"], [250000, "2022-02-24"]]);
    expect(periods("More than 12,000 civilians have been killed since February 2022, including fewer than 700 children, the UN said."))
      .toEqual([[12000, "2022-02-24"], [700, "2022-02-24"]]);
  });
  it("'since the start of the incursion', 'since the offensive began' take the day the article gives that operation, else a 'since' date of the paragraph before", () => {
    const periods = (text: string) => one(text).map((r) => [r.value, r.period_start]);
    expect(periods("Ukraine launched its incursion into Russia's Kursk region on August 6.\n\nThe governor said 31 civilians have been killed in the region since the start of the incursion."))
      .toEqual([[31, "2024-08-06"]]);
    expect(periods("The Kharkiv offensive began on May 10, 2024, officials said.\n\nAt least 40 civilians have been killed in the region since the offensive began, the governor said."))
      .toEqual([[40, "2024-05-10"]]);
    expect(periods("Russia's Defense Ministry said Ukraine had lost more than 5,400 servicemen in the region since Aug. 6.\n\nThe governor said 31 civilians have been killed in the region since the start of the incursion."))
      .toEqual([[5400, "2024-08-06"], [31, "2024-08-06"]]);
    // No date for it anywhere: no period; a day's tally beside the running total keeps none either.
    expect(periods("The governor said 31 civilians have been killed in the region since the start of the incursion.")).toEqual([[31, ""]]);
    expect(periods("The ministry said the Ukrainian incursion began on August 6. Its forces took control of three more settlements over the past day, bringing the total since the start of the incursion to 82."))
      .toEqual([[3, ""], [82, "2024-08-06"]]);
  });
  it("a breakdown of the dead by who they were counts the dead, not a force ('Of them, 1,759 were men mobilised', 'among the dead, … followed by convicts recruited from prisons (17,180)')", () => {
    expect(brief(one("Mediazona and BBC News Russian have confirmed the names of at least 14,709 Russian military personnel killed in Ukraine. Of them, 1,759 were men mobilised after the call-up.")))
      .toEqual([["killed", 14709], ["killed", 1759]]);
    expect(brief(one("Volunteers from regular units remain the largest group among the dead, followed by convicts recruited from prisons (17,180) and mobilized men (13,928).")))
      .toEqual([["killed", 17180], ["killed", 13928]]);
    expect(brief(one("Among the newly identified dead are at least 410 men who had signed contracts after 2023 and 97 mobilized soldiers.")))
      .toEqual([["killed", 410], ["killed", 97]]);
    // Not after a toll: men mobilised are a force.
    expect(brief(one("Russia has built up its forces near Pokrovsk. Of them, 30,000 were men mobilised after the call-up."))).toEqual([["troops", 30000]]);
  });
  it("a death toll decides the figure that is its value ('the death toll from flooding after the destruction of the dam has risen to 10'); people 'drowned' died", () => {
    expect(brief(one("The death toll from flooding after the destruction of the Kakhovka dam last Tuesday has risen to 10 in Ukrainian-controlled areas, officials say."))).toEqual([["killed", 10]]);
    expect(brief(one("Russian-installed officials have put the death toll on the occupied bank of the Dnipro at 17."))).toEqual([["killed", 17]]);
    expect(brief(one("Vladimir Saldo said eight people had drowned in the town of Nova Kakhovka."))).toEqual([["killed", 8]]);
  });
  it("a month opening the sentence before a role and a name that speak dates the statement ('In December, presidential adviser Mykhailo Podolyak said')", () => {
    expect(one("In December, presidential adviser Mykhailo Podolyak said 13,000 Ukrainian soldiers had been killed.").map((r) => r.period_start)).toEqual([""]);
    expect(one("In December, Russian forces killed 40 civilians in Kherson, officials said.").map((r) => r.period_start)).toEqual(["2024-12-01"]);
  });
  it("a force that 'could', 'may' or 'might' come is no force; 'would' after 'said' is what was announced", () => {
    expect(brief(one("Estonian military intelligence has estimated that Moscow could call up another 120,000 men in the coming months if needed."))).toEqual([]);
    expect(brief(one("Analysts say Moscow may send 50,000 more troops to the front."))).toEqual([]);
    expect(brief(one("Shoigu said in June that Pyongyang would send 1,000 deminers and 5,000 military construction workers to the Kursk region."))).toEqual([["troops", 1000], ["troops", 5000]]);
  });
  it("a place's people ('a republic with fewer than a million residents'), ages after 'the average age', and vehicles by name ('16 Bradleys and five Leopard 2s lost') are no tolls", () => {
    expect(brief(one("For Buryatia, a republic with fewer than a million residents, the losses are proportionally some of the highest in the country."))).toEqual([]);
    expect(brief(one("The average age of those killed has also risen: in 2025 it was 38, compared with 31 in the first year of the war."))).toEqual([]);
    expect(brief(one("Oryx has recorded 16 Bradleys and five Leopard 2s lost in the first week."))).toEqual([]);
    expect(brief(one("Russia lost 40 T-72s and 300 soldiers in the assault, Ukraine said."))).toEqual([["casualties", 300]]);
  });
  it("'over the same period last year' moves any span a year back; a running total over years only ends a year earlier", () => {
    expect(one("Russia captured 4,120 square kilometers between January 1 and October 25, 2026, compared with 3,490 square kilometers over the same period last year, DeepState said.")
      .map((r) => [r.value, r.period_start, r.period_end])).toEqual([[4120, "2026-01-01", "2026-10-25"], [3490, "2025-01-01", "2025-10-25"]]);
    expect(one("The assessment puts direct damage between February 2022 and December 2025 at $183bn, up from $152bn a year earlier.")
      .map((r) => [r.value, r.period_start, r.period_end])).toEqual([[183e9, "2022-02-01", "2025-12-31"], [152e9, "2022-02-01", "2024-12-31"]]);
  });
  it("a time closing a list of figures covers its first items ('had lost 3,715 soldiers, 52 tanks, and 207 armored combat vehicles between June 4 and June 6'), not items that are clauses", () => {
    expect(one("Shoigu claimed on June 6 that Ukraine had lost 3,715 soldiers, 52 tanks, and 207 armored combat vehicles between June 4 and June 6.")
      .map((r) => [r.value, r.period_start, r.period_end])).toEqual([[3715, "2024-06-04", "2024-06-06"]]);
    expect(one("Mediazona has confirmed 98,700 Russian soldiers killed. Of these, at least 2,100 were former prisoners recruited from penal colonies, and 412 died in the Kursk region since August 2024.")
      .map((r) => [r.value, r.period_start])).toEqual([[98700, ""], [2100, ""], [412, "2024-08-01"]]);
  });
  it("a time between a tally's noun and the verb giving its value dates it ('Russia's losses since Feb. 24, 2022, amount to approximately 139,080'); a dated running total's span goes on to 'has also lost'", () => {
    expect(one("Russia's losses since Feb. 24, 2022, amount to approximately 139,080 troops killed, the General Staff said.").map((r) => r.period_start)).toEqual(["2022-02-24"]);
    expect(one("Total Russian personnel losses since February 24, 2022, have reached about 1,058,240, according to the General Staff.").map((r) => r.period_start)).toEqual(["2022-02-24"]);
    expect(one("The total combat losses of the enemy from February 24, 2022 to June 13, 2023 are approximately 219,170 personnel. The Russian army has also lost 3,869 tanks, 312 aircraft and 298 helicopters.")
      .map((r) => [r.value, r.period_start, r.period_end])).toEqual([[219170, "2022-02-24", "2023-06-13"], [312, "2022-02-24", "2023-06-13"], [298, "2022-02-24", "2023-06-13"]]);
  });
  it("a month after a superlative's 'since' with no year is the time of its 'when' clause ('the largest since late August, when Russia fired 598 drones')", () => {
    const periods = (text: string) => one(text).map((r) => [r.value, r.period_start]);
    expect(periods("The overnight strikes were the largest since late August, when Russia fired 598 drones, according to Ukrainian officials.")).toEqual([[598, "2024-08-01"]]);
    expect(periods("The figure is the lowest monthly total since March, when Russia took 240 square kilometers, according to DeepState.")).toEqual([[240, "2025-03-01"]]);
  });
  it("a bare number joined by 'and' to a figure of land takes its unit from it ('– 41 and 28 km² respectively')", () => {
    expect(one("According to DeepState, the Russians advanced the most in the Pokrovsk and Toretsk directions – 41 and 28 km² respectively.").map((r) => [r.metric, r.value, r.unit]))
      .toEqual([["territory_gained", 41, "km2"], ["territory_gained", 28, "km2"]]);
  });
  it("'By the Institute for the Study of War's count' names the source; so does an inverted 'said regional governor Dmytro Lunin', but not 'said on Telegram'", () => {
    expect(one("By the Institute for the Study of War's count, Russia has gained around 3,900 square kilometres this year.").map((r) => [r.claimant, r.claimant_side]))
      .toEqual([["the Institute for the Study of War", "third_party"]]);
    expect(one("A strike on an industrial facility in Kremenchuk left one person dead, said regional governor Dmytro Lunin.").map((r) => r.claimant)).toEqual(["regional governor Dmytro Lunin"]);
    expect(one("Two people were killed, Oleksandr Prokudin, head of the Kherson Regional Military Administration, said on Telegram.").map((r) => r.claimant))
      .toEqual(["Oleksandr Prokudin, head of the Kherson Regional Military Administration"]);
  });
  it("'the department specified' after a ministry that spoke is that ministry, not the nation of what it counts", () => {
    expect(one("The Russian Ministry of Defence said its forces had shot down 1,164 drones over the week. In total, 667 aircraft of the Ukrainian Air Force have been destroyed since the beginning of the special military operation, the department specified.")
      .map((r) => [r.claimant_side, r.subject_side])).toEqual([["russia", "ukraine"], ["russia", "ukraine"]]);
  });
});


describe("nineteenth round: comparisons, parts of a number given before, times of a bulletin", () => {
  it("two values after ', up from' or ', compared with' follow the two coordinated figures in order, with the time after the second ('1,050 killed and 4,970 injured, up from 828 and 3,904 in the same period of 2024')", () => {
    const rows = (text: string) => one(text).map((r) => [r.metric, r.value, r.qualifier, r.period_start, r.period_end]);
    expect(rows("Since the start of the year, the monitors have recorded 1,150 civilians killed and 5,210 injured, up from 930 and 4,020 in the same period of 2024."))
      .toEqual([["killed", 1150, "exact", "2025-01-01", ""], ["injured", 5210, "exact", "2025-01-01", ""], ["killed", 930, "exact", "2024-01-01", ""], ["injured", 4020, "exact", "2024-01-01", ""]]);
    expect(rows("The mission recorded 212 civilians killed and 1,003 injured in April, compared with 164 and 880 in March."))
      .toEqual([["killed", 212, "exact", "2025-04-01", "2025-04-30"], ["injured", 1003, "exact", "2025-04-01", "2025-04-30"], ["killed", 164, "exact", "2025-03-01", "2025-03-31"], ["injured", 880, "exact", "2025-03-01", "2025-03-31"]]);
  });
  it("'from 828 and 3,904' is two values, not a range: a range opened by 'from' closes with 'to'", () => {
    expect(one("Monitors counted 40 civilians killed and 210 injured, down from 55 and 260 a month earlier.", "2025-06-02").map((r) => [r.value, r.qualifier]))
      .toEqual([[40, "exact"], [210, "exact"], [55, "exact"], [260, "exact"]]);
    expect(one("Officials said from 300 to 400 soldiers were killed.").map((r) => [r.value, r.qualifier])).toEqual([[300, "at_least"], [400, "at_most"]]);
  });
  it("a running total since a date, compared with 'the same period last year', starts a year earlier", () => {
    expect(one("Since January, the UN has recorded 610 civilians killed, up from 480 in the same period last year.").map((r) => [r.value, r.period_start]))
      .toEqual([[610, "2025-01-01"], [480, "2024-01-01"]]);
    expect(one("Since the start of 2025, Russia has occupied 3,120 square kilometers, analysts said. In the same seven months of 2024, Russian forces captured 1,940 square kilometers.", "2025-08-02")
      .map((r) => [r.value, r.period_start, r.period_end])).toEqual([[3120, "2025-01-01", ""], [1940, "2024-01-01", "2024-07-31"]]);
  });
  it("'That compares with N' counts what the first figure of the sentence before counts, and 'a week earlier' is the week before that figure's week", () => {
    expect(one("Between 12 and 18 May, Russia launched 1,040 drones at Ukraine, of which 860 were shot down, the air force said. That compares with 870 drones a week earlier and 990 in the first week of May.")
      .map((r) => [r.metric, r.value, r.period_start, r.period_end]))
      .toEqual([["drones_launched", 1040, "2025-05-12", "2025-05-18"], ["drones_downed", 860, "2025-05-12", "2025-05-18"], ["drones_launched", 870, "2025-05-05", "2025-05-11"], ["drones_launched", 990, "2025-05-01", "2025-05-07"]]);
  });
  it("'as of the morning of June 13, 2023' ends the period of the figures it opens, wherever it stands in the sentence", () => {
    expect(one("As the news agency reported, as of the morning of June 13, 2023, 485 children have been killed in Ukraine, prosecutors said.", "2023-06-13").map((r) => [r.value, r.period_start, r.period_end]))
      .toEqual([[485, "", "2023-06-13"]]);
  });
  it("'and wounded a further 690' after '412 Russian soldiers' are the same side's losses", () => {
    expect(one("Ukrainian commanders say their units killed 380 Russian soldiers and wounded a further 615 near Orikhiv last week.").map((r) => [r.metric, r.subject_side]))
      .toEqual([["killed", "russia"], ["injured", "russia"]]);
  });
  it("'Among the 95 were 22 soldiers who had been seriously wounded' is a part of the 95 freed, not 22 injured", () => {
    expect(one("Kyiv said 120 Ukrainian prisoners of war had been brought home in the exchange. Among the 120 were 31 soldiers who had been badly wounded, officials said.")
      .map((r) => [r.metric, r.value, r.subject_side])).toEqual([["prisoners_exchanged", 120, "ukraine"], ["prisoners_exchanged", 31, "ukraine"]]);
  });
  it("a dated running total's span goes on to 'has also lost' past a part of the total with its own day", () => {
    expect(one("The General Staff said total Russian combat losses from February 24, 2022 to June 13, 2023 were approximately 219,170 personnel, including 640 over the past day. The Russian army has also lost 312 aircraft and 298 helicopters.", "2023-06-13")
      .map((r) => [r.value, r.period_start, r.period_end])).toEqual([[219170, "2022-02-24", "2023-06-13"], [640, "", ""], [312, "2022-02-24", "2023-06-13"], [298, "2022-02-24", "2023-06-13"]]);
  });
  it("'control over N' is the noun's preposition after a verb of taking ('regained control over 16 square kilometers'), a qualifier after the verb 'control' ('now control over 90%')", () => {
    expect(one("Ukrainian forces have regained control over 16 square kilometers near Kupiansk, the General Staff said.").map((r) => [r.value, r.qualifier])).toEqual([[16, "exact"]]);
    expect(one("Separatist forces now control over 90% of the territory of the Luhansk region, their envoy said.").map((r) => [r.value, r.qualifier])).toEqual([[90, "more_than"]]);
  });
  it("a time opening a quotation after a colon, a clause after a semicolon, or two times joined by 'and' opens the figures' clause; not a statement's time", () => {
    const periods = (text: string) => one(text).map((r) => [r.value, r.period_start, r.period_end]);
    expect(periods('The commander said in a statement on Wednesday: "In April, the enemy lost more than 37,000 soldiers killed and wounded."'))
      .toEqual([[37000, "2025-04-01", "2025-04-30"]]);
    expect(periods("Volunteers have confirmed 1,840 deaths of Russian soldiers in April; for March, the confirmed number stands at 3,112."))
      .toEqual([[1840, "2025-04-01", "2025-04-30"], [3112, "2025-03-01", "2025-03-31"]]);
    expect(periods("According to the General Staff, since the start of the full-scale invasion and as of May 1, Russia's total losses have reached approximately 953,960 personnel."))
      .toEqual([[953960, "2022-02-24", "2025-05-01"]]);
    expect(periods("The war has been costly for both sides; in February, Zelensky said that 46,000 Ukrainian soldiers had been killed.")).toEqual([[46000, "", ""]]);
  });
  it("a month a dash sets before a figure dates it ('the record of December 2024 – 48,670 troops'), but not a statement's time before a colon", () => {
    expect(one("Russian losses were below the record of December 2024 – 48,670 troops killed and wounded.").map((r) => [r.value, r.period_start, r.period_end]))
      .toEqual([[48670, "2024-12-01", "2024-12-31"]]);
    expect(one("Mr. Zelensky's count, given to reporters in Kyiv this month: roughly 600,000 Russian troops inside Ukraine.").map((r) => [r.value, r.period_start])).toEqual([[600000, ""]]);
  });
  it("'the Ukrainian army's losses' are Ukraine's; 'the Armed Forces of Ukraine' and 'the Defence Forces of Ukraine' name an army, not a place", () => {
    expect(one("According to the ministry, the Ukrainian army's losses in the area of the Tsentr group amounted to as many as 510 troops over the past day.").map((r) => r.subject_side)).toEqual(["ukraine"]);
    expect(one("The Defence Forces of Ukraine managed to liberate about 18 km² in April, analysts said.").map((r) => r.subject_side)).toEqual(["ukraine"]);
  });
  it("'shot down 112 targets out of 215 launched': the whole launched is the same side's as the part downed", () => {
    expect(one("The highest daily figure was recorded on April 24, when Ukrainian air defence shot down 112 targets out of 215 launched.").map((r) => [r.metric, r.value, r.subject_side]))
      .toEqual([["drones_downed", 112, "russia"], ["drones_launched", 215, "russia"]]);
  });
  it("'during the month' in a monthly round-up is the month most of the article's figures are set in, not the period of the comparison just before", () => {
    expect(one("Russia captured 461 square kilometres in October and 14 villages in October, ISW data show. Since the start of the year Moscow's troops have captured some 4,760 square kilometres, more than the 4,168 square kilometres they took in the whole of 2024.\n\nUkrainian troops, for their part, retook around 30 square kilometres during the month, the ISW data show.", "2025-11-04")
      .map((r) => [r.value, r.period_start, r.period_end]).at(-1)).toEqual([30, "2025-10-01", "2025-10-31"]);
    expect(one("Russian forces captured 502 square kilometres of Ukrainian territory in July, according to DeepState. DeepState said Russian troops had taken 556 sq km in June and 449 sq km in May. They seized 18 villages over the month, the group said.", "2025-08-01")
      .map((r) => [r.value, r.period_start]).at(-1)).toEqual([18, "2025-07-01"]);
  });
  it("'the previous record of 6,297 drones, set in July' is July's, and 'the same month last year' after it is the month of the figure before the aside", () => {
    expect(one("Russia launched 6,400 drones in October, the air force said. The October figure tops the previous record of 6,297 drones, set in July, and is almost twice the 3,300 launched in the same month last year.", "2025-11-02")
      .map((r) => [r.value, r.period_start])).toEqual([[6400, "2025-10-01"], [6297, "2025-07-01"], [3300, "2024-10-01"]]);
  });
  it("a ship's crew and a change of population are not figures ('which had a crew of about 80', 'population fell by about 600,000')", () => {
    expect(one("The landing ship, which had a crew of about 80, is at least the 20th Russian vessel Ukraine claims to have destroyed in the Black Sea.")).toEqual([]);
    expect(one("Russia's population fell by about 600,000 in 2024, according to Rosstat, as deaths exceeded births.")).toEqual([]);
  });
  it("a time alone before an adjective that looks like a verb of saying is nobody ('In September, confirmed deaths averaged 127 a day')", () => {
    expect(one("In September, confirmed deaths of Russian soldiers averaged 127 a day.").map((r) => r.claimant)).toEqual([""]);
    expect(one("In February Volodymyr Zelensky said 46,000 Ukrainian soldiers had been killed.").map((r) => r.claimant)).toEqual(["Volodymyr Zelensky"]);
  });
  it("an outlet of the outlets table counting for itself takes its country's side: a foreign one is a third party ('according to Le Monde's calculations')", () => {
    const withOutlets = createExtractor({ ...tables, outlets: [
      { outlet: "Le Monde", domains: "lemonde.fr", country: "France", affiliation: "independent" },
      { outlet: "Kyiv Post", domains: "kyivpost.com", country: "Ukraine", affiliation: "independent" },
    ] } as Parameters<typeof createExtractor>[0]);
    const sides = (text: string) => withOutlets({ id: "t", file: "t.txt", text, title: "", outlet: "test", url: "", published: "2025-10-02", status: "ok", reason: "" }).map((r) => [r.claimant, r.claimant_side]);
    expect(sides("Moscow's forces advanced 460 square kilometers in September, according to Le Monde's calculations.")).toEqual([["Le Monde", "third_party"]]);
    expect(sides("Russia lost 1,000 troops over the week, according to the Kyiv Post.")).toEqual([["the Kyiv Post", "ukraine"]]);
    expect(sides("Moscow's forces advanced 460 square kilometers in September, according to Le Monde's calculations based on maps by the Institute for the Study of War.")).toEqual([["Le Monde", "third_party"]]);
    expect(sides("Since January, at least 25 civilians have been killed in the region, according to a count by Le Monde.")).toEqual([["a count by Le Monde", "third_party"]]);
  });
  it("'according to the statement' after a ministry spoke is that ministry, not the last body the text mentions ('aircraft of the Ukrainian Air Force')", () => {
    expect(one("The losses of the Armed Forces of Ukraine amounted to up to 1,340 servicemen, the Russian Ministry of Defence said. Air defence systems shot down 1,164 fixed-wing drones during the week, the ministry said. Two Su-27 aircraft of the Ukrainian Air Force were also destroyed, according to the statement. In total, 667 aircraft have been destroyed since the beginning of the special military operation, the department specified.")
      .map((r) => [r.value, r.claimant_side, r.metric === "aircraft_hit" ? r.subject_side : ""])).toEqual([[1340, "russia", ""], [1164, "russia", ""], [2, "russia", "ukraine"], [667, "russia", "ukraine"]]);
  });
  it("a belligerent speaking of its own toll counts its own dead ('has not disclosed its military death toll since September 2022, when Shoigu said 5,937 soldiers had been killed'), not when the other side speaks", () => {
    expect(one("The Kremlin has not disclosed its military death toll since September 2022, when the defence minister at the time, Sergei Shoigu, said 5,937 soldiers had been killed.").map((r) => r.subject_side)).toEqual(["russia"]);
    expect(one("Ukraine's General Staff said Russia had not published its own figures, and estimated 5,000 soldiers had been killed.").map((r) => r.subject_side)).not.toEqual(["ukraine"]);
  });
  it("a list's verb and its subject are its later items' too: 'Ukrainian defenders have also destroyed 3,686 tanks, 308 aircraft' are Russia's aircraft", () => {
    expect(one("Ukrainian defenders have also destroyed 3,686 tanks, 308 aircraft and 293 helicopters, the General Staff said.").map((r) => [r.value, r.subject_side]))
      .toEqual([[308, "russia"], [293, "russia"]]);
  });
  it("a passive with no agent ('hits were recorded at 12 locations') is no one's words: the sentence goes on with the claim before it", () => {
    expect(one("Overnight, Russia launched 140 drones at Ukraine, the Air Force reported. Air defence downed or suppressed 112 drones, while hits were recorded at nine locations.")
      .map((r) => [r.value, r.claimant])).toEqual([[140, "the Air Force"], [112, "the Air Force"]]);
    expect(one("Overnight, Russia launched 140 drones at Ukraine, the Air Force reported. Air defence downed 112 drones, the governor said.")
      .map((r) => [r.value, r.claimant])).toEqual([[140, "the Air Force"], [112, "the governor"]]);
  });
  it("'the project's analysts said' speak for the body the article named by that noun ('DeepState, a Ukrainian open-source project')", () => {
    expect(one("DeepState, a Ukrainian open-source project, publishes daily maps of the front. Russia has occupied 3,120 square kilometers of Ukrainian land since January, the project's analysts said.")
      .map((r) => [r.claimant, r.claimant_side])).toEqual([["the project's analysts", "ukraine"]]);
  });
  it("'seven rockets fired from HIMARS launchers' in a list of what was shot down were shot down, as is every item after them; not 'shot down by two missiles fired by a Patriot'", () => {
    expect(one("Over the past week, air defences shot down four Neptune-MD long-range guided missiles, seven rockets fired from US-made HIMARS multiple rocket launchers and 1,390 fixed-wing drones, the ministry said.")
      .map((r) => [r.metric, r.value])).toEqual([["drones_downed", 4], ["drones_downed", 7], ["drones_downed", 1390]]);
    expect(one("Investigators said the plane had been shot down by two missiles fired by a US-made Patriot air defence system.").map((r) => [r.metric, r.value])).toEqual([["drones_launched", 2]]);
  });
  it("'returned from territory controlled by the Kyiv regime' is a swap in the Russian ministry's words, spelt Kyiv or Kiev", () => {
    expect(one("On October 2, 185 Russian servicemen were returned from territory controlled by the Kyiv regime, the Defense Ministry said.").map((r) => [r.metric, r.value])).toEqual([["prisoners_exchanged", 185]]);
  });
  it("land a participle names as the subject of a verb of amounting is land gained ('The total area liberated by the group in this period exceeds 1,100 square kilometers')", () => {
    expect(one("The total area liberated by the group in this period exceeds 1,100 square kilometers.").map((r) => [r.metric, r.value, r.qualifier])).toEqual([["territory_gained", 1100, "more_than"]]);
    expect(one("The territory captured by Russian forces this year totals 1,240 square kilometers.").map((r) => [r.metric, r.value])).toEqual([["territory_gained", 1240]]);
  });
  it("a range of land with the unit after each end ('range from 300 sq km to 460 sq km') is one range, its ends at least and at most", () => {
    expect(one("Russia gained between 300 sq km and 460 sq km in October, depending on the source.").map((r) => [r.value, r.qualifier, r.value_low, r.value_high]))
      .toEqual([[300, "at_least", 300, 460], [460, "at_most", 300, 460]]);
    expect(one("Russia gained 300 sq km in the north and 460 sq km in the east in October.").map((r) => [r.value, r.qualifier])).toEqual([[300, "exact"], [460, "exact"]]);
  });
  it("'Ukraine's army, for its part, says it has retaken 174 square kilometers': the pronoun after an aside is the speaker, whatever the article's earlier gains", () => {
    expect(one("Russian forces took about 3,380 square kilometers between January 1 and September 30, DeepState said.\n\nUkraine's army, for its part, says it has retaken 174 square kilometers near Dobropillia since August 21.")
      .map((r) => [r.value, r.subject_side])).toEqual([[3380, "russia"], [174, "ukraine"]]);
  });
  it("Ukrainian corps and operational commands are Ukraine's ('The Third Army Corps said', 'the Azov corps', 'Operational Command South')", () => {
    expect(one("The Third Army Corps said its units had retaken 3.2 square kilometres around Kupiansk over the week.").map((r) => [r.claimant_side, r.subject_side])).toEqual([["ukraine", "ukraine"]]);
  });
  it("'This follows from the daily reports of the General Staff …' names the source of the sentence before", () => {
    expect(one("In April, the Russian army lost 36,490 soldiers killed and wounded. This follows from the daily reports of the General Staff of the Armed Forces of Ukraine, summarised by a news site.")
      .map((r) => [r.claimant, r.claimant_side])).toEqual([["the General Staff of the Armed Forces of Ukraine", "ukraine"]]);
  });
  it("'the ministry's daily update said' is the ministry's, as 'the ministry's report' is", () => {
    expect(one("Russia's Defence Ministry said its forces had repelled 12 attacks. In the Donetsk direction, the enemy lost up to 420 troops, the ministry's daily update said.")
      .map((r) => [r.claimant, r.claimant_side])).toEqual([["Russia's Defence Ministry", "russia"]]);
  });
  it("the 'as' of time ('The strike comes as Britain's Ministry of Defence said that …') does not hide its speaker; an 'as' opening a clause ('As Ukrinform reported, …') names no claimant", () => {
    expect(one("The strike comes as Britain's Ministry of Defence said that Russia had suffered an estimated 1,280,000 casualties since February 2022.").map((r) => r.claimant)).toEqual(["Britain's Ministry of Defence"]);
    expect(one("As Ukrinform reported, Russia launched 38 drones at Ukraine overnight.").map((r) => r.claimant)).toEqual([""]);
  });
  it("'the Washington, D.C.-based Institute for the Study of War': the comma of a place's name ends no claimant", () => {
    expect(one("According to the Washington, D.C.-based Institute for the Study of War (ISW), Russian forces have gained some 2,800 square kilometers since the start of the year.")
      .map((r) => [r.claimant, r.claimant_side])).toEqual([["the Washington, D.C.-based Institute for the Study of War", "third_party"]]);
  });
  it("a state body no nation names ('… in a day – General Staff') takes the nation the article gives it elsewhere ('Ukraine's General Staff reported')", () => {
    expect(one("Russia loses another 1,060 soldiers in a day – General Staff\n\nRussia's total combat losses have reached about 1,124,130 personnel, Ukraine's General Staff reported.")
      .map((r) => [r.value, r.claimant_side])).toEqual([[1060, "ukraine"], [1124130, "ukraine"]]);
  });
  it("a lead opening on capitals ('RUSSIA'S ARMY captured 431 square kilometres') names its side as prose would", () => {
    expect(one("RUSSIA'S ARMY captured 431 square kilometres of Ukrainian land in January, according to the Institute for the Study of War.").map((r) => r.subject_side)).toEqual(["russia"]);
  });
});
