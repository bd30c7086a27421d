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
