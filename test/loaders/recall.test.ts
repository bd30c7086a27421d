// Constructions of news reporting that used to be missed or misread (docs/codebook.md, "More rules for the phrasing
// of news reports"). Each rule has its own sentences, with a similar sentence that must not give the figure.
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
    expect(figures("Two Su-34 pilots were killed in the crash.")).toEqual([]);
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
