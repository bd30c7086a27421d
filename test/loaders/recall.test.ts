// Constructions of news reporting that used to be missed or misread (docs/codebook.md, section 2, by the column each
// decides). Each rule has its own sentences, with a similar sentence that must not give the figure.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExtractionTables } from "../../loaders/defaultTables.js";
import { createExtractor } from "../../loaders/extract.js";
import type { Article } from "../../loaders/types.js";

const read = (n: string) => readFileSync(new URL(`../../data/tables/${n}.csv`, import.meta.url), "utf8");
const tables = parseExtractionTables({ claimants: read("claimants"), metrics: read("metrics"), qualifiers: read("qualifiers") });
const extract = createExtractor(tables);
const article = (text: string): Article => ({ id: "t", file: "t.txt", text, title: "", outlet: "test", url: "", published: "2025-06-02", status: "ok", reason: "" });
/** [metric, value] of every figure of a text. */
const figures = (text: string) => extract(article(text)).map((r) => [r.metric, r.value]);

describe("bare targets", () => {
  it("counts targets as drones downed only under an air-defence verb or with air defence in the clause", () => {
    expect(figures("Overnight, 96 air targets were neutralised over nine regions.")).toEqual([["drones_downed", 96]]);
    expect(figures("Air defences neutralised 87 targets, the air force said.")).toEqual([["drones_downed", 87]]);
    expect(figures("By morning, 64 targets had been intercepted.")).toEqual([["drones_downed", 64]]);
    expect(figures("Air defence units destroyed 41 targets over the capital.")).toEqual([["drones_downed", 41]]);
  });

  it("does not count ground targets hit by an army as drones downed", () => {
    expect(figures("Ukrainian forces destroyed 15 targets in the Zaporizhzhia region.")).toEqual([]);
    expect(figures("Russian artillery struck 30 targets near Pokrovsk.")).toEqual([]);
  });
});

describe("'N of them' after a count", () => {
  it("reads a part named by a pronoun with the verb of its own clause", () => {
    expect(figures("Russia sent 85 drones against Ukraine overnight. Air defence forces shot down 58 of them over 11 regions.")).toEqual([
      ["drones_launched", 85], ["drones_downed", 58],
    ]);
    expect(figures("The enemy launched 140 drones; air defences downed 119 of them.")).toEqual([["drones_launched", 140], ["drones_downed", 119]]);
  });

  it("gives no figure for a count of places after the part", () => {
    expect(figures("Air defence forces shot down 40 of them over 9 regions.").map((f) => f[1])).toEqual([40]);
  });
});

describe("air-attack phrasing of the Ukrainian Air Force", () => {
  it("counts means of air attack and aerial attack vehicles as drones launched or downed", () => {
    expect(figures("Overnight, Russia attacked Ukraine with 176 means of air attack, the Air Force said.")).toEqual([["drones_launched", 176]]);
    expect(figures("Russia launched 310 aerial weapons at Ukraine overnight.")).toEqual([["drones_launched", 310]]);
    expect(figures("Air defence destroyed 150 aerial attack vehicles.")).toEqual([["drones_downed", 150]]);
  });

  it("gives no figure for other weapons", () => {
    expect(figures("Ukraine received 400 new weapons from its allies.")).toEqual([]);
  });
});

describe("aircraft named by model", () => {
  it("counts a plural model name as aircraft hit", () => {
    expect(figures("Kyiv said it had shot down three Su-34s over the Donbas in a week.")).toEqual([["aircraft_hit", 3]]);
    expect(figures("Ukraine's military said it downed two A-50s in early 2024.")).toEqual([["aircraft_hit", 2]]);
    expect(figures("Drones destroyed four Tu-95 strategic bombers at the airfield.")).toEqual([["aircraft_hit", 4]]);
  });

  it("keeps the counted noun after a model name, and missiles are no aircraft", () => {
    // The counted noun is "pilots" (people, since the fifteenth round), not the aircraft model before it.
    expect(figures("Two Su-34 pilots were killed in the crash.")).toEqual([["killed", 2]]);
    expect(figures("Air defences shot down five Kh-101s over Kyiv.")).toEqual([["drones_downed", 5]]);
  });
});

describe("settlements beside land", () => {
  it("counts settlements coordinated with an area as settlements captured", () => {
    expect(figures("Kyiv says its forces now control 1,150 square kilometres of Russian territory and 82 settlements.")).toEqual([
      ["territory_controlled", 1150], ["settlements_captured", 82],
    ]);
    expect(figures("A week earlier, he had claimed 800 km² and 61 villages.")).toEqual([["settlements_captured", 61]]);
  });

  it("needs the area right before", () => {
    expect(figures("The region has 82 settlements.")).toEqual([]);
  });
});

describe("troop counts with no verb", () => {
  it("counts a large force where it stands as troops", () => {
    expect(figures("The president said Russia had about 650,000 troops inside Ukraine, while Kyiv had about 900,000 soldiers on the front.")).toEqual([
      ["troops", 650000], ["troops", 900000],
    ]);
  });

  it("leaves a few soldiers somewhere as no troop count", () => {
    expect(figures("Kyiv says it captured two soldiers in Russia's Belgorod region.")).toEqual([]);
  });
});

describe("a figure restated", () => {
  it("takes the metric and side of the last figure in its unit", () => {
    const rows = extract(article("Russia had 500,000 troops in Ukraine last year, Kyiv said. Ukraine's top commander has said the figure was about 400,000 at the start of 2023."));
    expect(rows.map((r) => [r.metric, r.value, r.subject_side])).toEqual([["troops", 500000, "russia"], ["troops", 400000, "russia"]]);
    expect(figures("December saw 41,000 Russian soldiers killed or wounded, the army said. The previous record, 39,500, was set in November.")).toEqual([
      ["casualties", 41000], ["casualties", 39500],
    ]);
  });

  it("needs a figure before it", () => {
    expect(figures("The figure was about 400,000 at the start of 2023.")).toEqual([]);
  });
});

describe("weapons that struck", () => {
  it("counts missiles that struck or hit a place as launched", () => {
    expect(figures("Three Iskander-M missiles struck the city centre on Sunday.")).toEqual([["drones_launched", 3]]);
    expect(figures("The town was hit by two ballistic missiles overnight.")).toEqual([["drones_launched", 2]]);
  });

  it("gives no figure for the things the missiles hit", () => {
    expect(figures("The missiles hit 3 buildings.")).toEqual([]);
  });
});

describe("a verb shared over a list", () => {
  it("reads a verb before or after a list of counts for every item", () => {
    expect(figures("Russia has also lost 8,100 tanks, 1,100 multiple launch rocket systems, 900 air defense systems, 310 airplanes, 290 helicopters and 19,000 drones.")).toEqual([
      ["aircraft_hit", 310], ["aircraft_hit", 290], ["drones_downed", 19000],
    ]);
    expect(figures("In total, 600 aircraft, 250 helicopters, 41,000 unmanned aerial vehicles, 1,400 multiple rocket launchers and 30,000 units of special military vehicles have been destroyed, the ministry said.")).toEqual([
      ["aircraft_hit", 600], ["aircraft_hit", 250], ["drones_downed", 41000],
    ]);
  });

  it("does not read an agent noun as its verb", () => {
    expect(figures("The army received 40 rocket launchers.")).toEqual([]);
    expect(figures("Russia moved 12 destroyers to the port.")).toEqual([]);
  });
});

describe("breakdowns and bullets", () => {
  it("reads the items after a colon or dash as parts of the figure before", () => {
    expect(figures("It was confirmed that 90 targets were shot down: 7 Kh-101 missiles, 1 Iskander-M and 82 Shahed-type drones, the Air Force said.")).toEqual([
      ["drones_downed", 90], ["drones_downed", 7], ["drones_downed", 1], ["drones_downed", 82],
    ]);
    expect(figures("Russia launched 412 aerial weapons at Ukraine – 380 drones and decoys and 32 missiles – the Air Force said.")).toEqual([
      ["drones_launched", 412], ["drones_launched", 380], ["drones_launched", 32],
    ]);
  });

  it("reads a bullet that opens with its figure under an introduction's verb, with the introduction's speaker", () => {
    const rows = extract(article("According to the Air Force, the enemy used:\n\n- 6 Kh-101 cruise missiles launched from Tu-95MS bombers;\n- 3 Iskander-M ballistic missiles from the Belgorod region;\n- 120 Shahed drones from Kursk."));
    expect(rows.map((r) => [r.metric, r.value, r.claimant_side])).toEqual([
      ["drones_launched", 6, "ukraine"], ["drones_launched", 3, "ukraine"], ["drones_launched", 120, "ukraine"],
    ]);
  });

  it("gives nothing for bullets the introduction's verb does not count", () => {
    expect(figures("Our losses:\n\n- 3 tanks from the brigade;\n- 5 villages near the river.")).toEqual([]);
  });
});

describe("parts, qualifiers and abbreviations", () => {
  it("reads a part of a qualified whole by its own verb, and the whole by a participle after its noun", () => {
    expect(figures("Zelensky said that nearly 2,900 of the roughly 12,000 North Korean soldiers deployed to the Kursk region had been killed or wounded.")).toEqual([
      ["casualties", 2900], ["troops", 12000],
    ]);
    expect(figures("Six of the city's 10 districts were shelled.")).toEqual([]);
  });

  it("keeps the verb before 'as many as'", () => {
    expect(figures("The ministry said it had killed as many as 30 foreign fighters.")).toEqual([["killed", 30]]);
  });

  it("reads 'U.S.' as one word of a noun phrase", () => {
    expect(figures("Two U.S. officials said as many as 20 aircraft were hit.")).toEqual([["aircraft_hit", 20]]);
  });

  it("reads 'losses ... amounted to / totaled N' as casualties", () => {
    expect(figures("Russian losses in 2023 as a whole totaled about 250,000 personnel, according to the General Staff.")).toEqual([["casualties", 250000]]);
    expect(figures("The losses in the border area, where fighting continues, amounted to more than 150 servicemen, the ministry added.")).toEqual([["casualties", 150]]);
  });

  it("knows the General Staff's invaders, released fighters and redeployed troops", () => {
    expect(figures("Ukrainian defenders killed or wounded 1,150 Russian invaders over the past day.")).toEqual([["casualties", 1150]]);
    expect(figures("Ukraine secured the release of 140 fighters in the swap.")).toEqual([["prisoners_exchanged", 140]]);
    expect(figures("Russia has redeployed fewer than 4,000 troops to the border.")).toEqual([["troops", 4000]]);
  });
});

describe("people receiving medical care", () => {
  it("counts people receiving or given medical care or treatment as injured", () => {
    expect(figures("By evening, 57 residents were receiving medical care in local hospitals.")).toEqual([["injured", 57]]);
    expect(figures("The mayor added that 14 people had received medical assistance after the strike.")).toEqual([["injured", 14]]);
    expect(figures("Doctors said 23 people are being treated for shrapnel wounds.")).toEqual([["injured", 23]]);
  });

  it("does not count medical staff or hospitals", () => {
    expect(figures("The city has 12 hospitals and 40 clinics.")).toEqual([]);
  });
});

describe("'launch' inside a weapon's name", () => {
  it("reads 'multiple launch rocket system' and 'launch sites' as nouns, not as a launch verb", () => {
    expect(figures("Air defences intercepted 7 cruise missiles, 22 rockets of a multiple launch rocket system and 95 unmanned aerial vehicles.")).toEqual([
      ["drones_downed", 7], ["drones_downed", 22], ["drones_downed", 95],
    ]);
    expect(figures("Air defence forces shot down 48 drones near two launch sites.")).toEqual([["drones_downed", 48]]);
  });

  it("still reads 'launch' as a verb", () => {
    expect(figures("Russia will launch 60 drones a night, officials warned.")).toEqual([["drones_launched", 60]]);
  });
});

describe("ages, ratios, multipliers and unit prices", () => {
  it("gives no figure for an age, a ratio, a multiplier or the price of one item", () => {
    expect(figures("Lawmakers lowered the conscription age for soldiers from 25 to 23.")).toEqual([]);
    expect(figures("The median age of the soldiers killed last year was 34.")).toEqual([]);
    expect(figures("The average age of a conscript killed in 2023 was 24.")).toEqual([]);
    expect(figures("Video showed the two prisoners, one aged 19 and the other 23, in a hospital.")).toEqual([]);
    expect(figures("In some districts roughly one in every 400 men has been killed.")).toEqual([]);
    expect(figures("Russian forces advanced faster in 2024 than in 2023 by a factor of five.")).toEqual([]);
    expect(figures("Officials put the damage at $90 million, noting that each helicopter costs roughly $15 million.")).toEqual([["damage", 90000000]]);
    expect(figures("The ministry estimated the damage at $120 million, saying each Ka-52 costs about $16 million.")).toEqual([["damage", 120000000]]);
  });

  it("still counts the people and damage around them", () => {
    expect(figures("Rescuers said 9 people were injured, among them a man whose age was 80.")).toEqual([["injured", 9]]);
    expect(figures("The strike killed 12 soldiers, officials said.")).toEqual([["killed", 12]]);
    expect(figures("Some 40,000 soldiers were killed in 2024, compared with about 30,000 in 2023.").map((f) => f[1])).toEqual([40000, 30000]);
  });
});

describe("bullets with a label, a qualifier or an area under an introduction", () => {
  it("reads labelled and qualified bullets under an introduction whose verb is in the sentence before 'as follows'", () => {
    const text = "Over the month, Russian forces lost up to 5,200 personnel, the General Staff said. The breakdown by direction was as follows:\n\n" +
      "- Pokrovsk direction: up to 2,100 Russian servicemen;\n- Kupiansk direction: more than 900 troops;\n- Lyman direction: about 640 soldiers.";
    expect(figures(text)).toEqual([["casualties", 5200], ["casualties", 2100], ["casualties", 900], ["casualties", 640]]);
  });

  it("reads areas and shares of a region in bullets under 'gained:' and 'hold:'", () => {
    expect(figures("According to the analysts, Russian troops gained:\n\n• 480 sq km in June\n• 515 sq km in July")).toEqual([
      ["territory_gained", 480], ["territory_gained", 515],
    ]);
    expect(figures("According to the maps, Russian forces hold:\n\n• almost 98 per cent of Luhansk\n• about 70 per cent of Zaporizhzhia")).toEqual([
      ["territory_controlled", 98], ["territory_controlled", 70],
    ]);
  });

  it("gives nothing for labelled bullets the introduction's verbs do not count, or a share of a city's power", () => {
    expect(figures("The schedule was as follows:\n\n- Monday: 14 meetings;\n- Tuesday: 9 meetings.")).toEqual([]);
    expect(figures("Power was cut to 40 percent of Kharkiv after the strike.")).toEqual([]);
  });
});

describe("more nouns for people", () => {
  it("counts instructors, technicians, sailors and members killed, injured or exchanged", () => {
    expect(figures("Officials said two technicians were killed at the airfield.")).toEqual([["killed", 2]]);
    expect(figures("The strike killed 40 soldiers, among them 11 foreign instructors.")).toEqual([["killed", 40], ["killed", 11]]);
    expect(figures("Ukraine brought home 95 prisoners, including 17 members of the border guard.")).toEqual([["prisoners_exchanged", 95], ["prisoners_exchanged", 17]]);
    expect(figures("Three sailors were wounded in the attack on the port.")).toEqual([["injured", 3]]);
  });

  it("gives nothing for members or pilots with no verb that counts them", () => {
    expect(figures("The alliance has 32 members and trains 20 pilots a year.")).toEqual([]);
  });
});

describe("a part set off by commas after the whole", () => {
  it("reads the whole with the verb after the part ('N people, X of them children, were injured')", () => {
    expect(figures("Seven people, three of them children, were injured in the shelling.")).toEqual([["injured", 7], ["injured", 3]]);
    expect(figures("The governor said 15 people, including 4 children, had been hospitalized.")).toEqual([["injured", 15], ["injured", 4]]);
    expect(figures("At least 11 people, among them 2 rescuers, were killed.")).toEqual([["killed", 11], ["killed", 2]]);
  });

  it("does not carry a verb over a figure that is no part of the whole", () => {
    expect(figures("Russia fired 40 drones, and 6 people were injured.")).toEqual([["drones_launched", 40], ["injured", 6]]);
  });
});

describe("a bare share of land held", () => {
  it("reads a bare percentage under a verb of holding land, with an army or state before it, as land held", () => {
    expect(figures("At the height of its advance, Russia occupied nearly 26 per cent.")).toEqual([["territory_controlled", 26]]);
  });

  it("gives nothing for other shares", () => {
    expect(figures("Core inflation held at 8 percent in May.")).toEqual([]);
    expect(figures("Ukrainian forces held 40 per cent of all positions in the sector.")).toEqual([]);
  });
});

describe("a span of days within one month", () => {
  it("reads 'from March 3 to 9' as a period, so its end day is no figure", () => {
    expect(figures("Russian troops captured five settlements over the past week, from March 3 to 9, the ministry said.")).toEqual([["settlements_captured", 5]]);
    expect(figures("Between May 12 and 18, air defences shot down 310 drones.")).toEqual([["drones_downed", 310]]);
  });

  it("still reads a count after a year span", () => {
    expect(figures("From 2022 to 2024, 14 soldiers were killed in the village.")).toEqual([["killed", 14]]);
  });
});

describe("a list framed as a total", () => {
  it("shares a verb before 'a total of' with every item of the list", () => {
    expect(figures("Ukrainian forces have destroyed a total of 370 aircraft, 330 helicopters and 27,000 drones.")).toEqual([
      ["aircraft_hit", 370], ["aircraft_hit", 330], ["drones_downed", 27000],
    ]);
  });

  it("does not share it past a clause break", () => {
    expect(figures("Ukrainian forces destroyed a total of 12 aircraft; officials later counted 40 drones over the city.")).toEqual([["aircraft_hit", 12]]);
  });
});

describe("'one' as a pronoun", () => {
  it("gives no figure for 'one' after an article ('a bigger one', 'the one claimed')", () => {
    expect(figures("Officials hope this swap will be followed by a bigger one.")).toEqual([]);
    expect(figures("Analysts counted 4 destroyed jets, fewer than the one reported by the army.").map((f) => f[1])).toEqual([4]);
  });

  it("still counts 'one' as a number", () => {
    expect(figures("One civilian was killed, officials said.")).toEqual([["killed", 1]]);
  });
});

describe("a model name with variants", () => {
  it("reads 'Kh-59/69' as one name before the counted noun", () => {
    expect(figures("Air defences shot down 3 Kh-59/69 guided missiles overnight.")).toEqual([["drones_downed", 3]]);
  });

  it("does not join plain words over a slash", () => {
    expect(figures("Officials said 20 drones/missiles were fired.").length).toBeLessThanOrEqual(1);
  });
});

describe("drones flying into airspace", () => {
  it("counts drones flying into or entering airspace as launched", () => {
    expect(figures("Every night about 120 drones fly into Ukrainian airspace, the spokesman said.")).toEqual([["drones_launched", 120]]);
    expect(figures("Overnight 35 drones entered Russian airspace.")).toEqual([["drones_launched", 35]]);
  });

  it("does not count people flying somewhere", () => {
    expect(figures("Some 200 soldiers flew into Moscow for the parade.")).toEqual([]);
  });
});
