import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExtractionTables } from "../../loaders/defaultTables.js";
import { createExtractor } from "../../loaders/extract.js";
import { attackedSide, placesIn } from "../../loaders/sides.js";

const sidesOf = (text: string) => placesIn(text, 0, text.length).map((h) => [text.slice(h.start, h.end), h.side]);

describe("places and attacks", () => {
  it("finds places of each country and 'Russia's X region'", () => {
    expect(sidesOf("In Ukraine's Kherson region and in Russia's Bryansk region, near Moscow and in Kharkiv")).toEqual([
      ["Ukraine's", "ukraine"], ["Kherson", "ukraine"], ["Russia's", "russia"], ["Bryansk", "russia"], ["Moscow", "russia"], ["Kharkiv", "ukraine"],
    ]);
  });

  it("does not read a capital's possessive as a place", () => {
    expect(sidesOf("a far lower figure than Kyiv's claim")).toEqual([]);
  });

  it("reads the attacked side from the target or the attacker", () => {
    const s = "Russian forces launched a missile strike on a Ukrainian army training facility.";
    expect(attackedSide(s, 0, s.length)).toBe("ukraine");
    const t = "The talks follow a major Ukrainian drone attack on Russian military bombers in Siberia.";
    expect(attackedSide(t, 0, t.length)).toBe("russia");
    const u = "Kremlin spokesman Dmitry Peskov spoke to reporters.";
    expect(attackedSide(u, 0, u.length)).toBeNull();
  });

  it("reads a share's 'of Russia's … missile carriers' as what was hit, but 'a barrage of Russian missiles' as the attacker", () => {
    const s = "the drones hit about a third of Russia's strategic cruise missile carriers";
    expect(attackedSide(s, 0, s.length)).not.toBe("ukraine");
    const t = "A barrage of Russian missiles killed 14 people overnight.";
    expect(attackedSide(t, 0, t.length)).toBe("ukraine");
  });
});

const tablesRoot = new URL("../../data/tables/", import.meta.url);
const readTable = (name: string) => readFileSync(new URL(name, tablesRoot), "utf8");
const extractSides = createExtractor(parseExtractionTables({ claimants: readTable("claimants.csv"), metrics: readTable("metrics.csv"), qualifiers: readTable("qualifiers.csv") }));
const sideRows = (text: string, published = "2025-06-02") =>
  extractSides({ id: "t", file: "t.txt", text, title: "", outlet: "test", url: "", published, status: "ok", reason: "" }).map((r) => [r.metric, r.value, r.subject_side]);

describe("subject side from the words of the sentence", () => {
  it("gives drones downed to the side opposite the one named as shooting them down", () => {
    expect(sideRows("Officials in Kyiv said on Monday that Ukrainian air defence units downed 120 drones and 6 missiles.")).toEqual([
      ["drones_downed", 120, "russia"], ["drones_downed", 6, "russia"],
    ]);
  });

  it("gives a bare wounded count coordinated with a national death toll the same side", () => {
    expect(sideRows("Seoul's spy agency told MPs that some 150 North Korean troops had died and 900 wounded near Kursk.").map((r) => r[2])).toEqual(["russia", "russia"]);
    expect(sideRows("Kyiv said 9,000 Ukrainian servicemen were killed in the battle, and about 30,000 wounded, according to the report.").map((r) => r[2])).toEqual(["ukraine", "ukraine"]);
  });

  it("counts North Korean soldiers on Russia's side", () => {
    expect(sideRows("Some 3,000 North Korean soldiers have been deployed to the front, officials said.")).toEqual([["troops", 3000, "russia"]]);
  });
});
