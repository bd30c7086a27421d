import { describe, expect, it } from "vitest";
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
});
