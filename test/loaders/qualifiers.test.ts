import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExtractionTables } from "../../loaders/defaultTables.js";
import { createNumberScanner } from "../../loaders/numbers.js";
import { createQualifierReader, modifierBounds } from "../../loaders/qualifiers.js";

const read = (n: string) => readFileSync(new URL(`../../data/tables/${n}.csv`, import.meta.url), "utf8");
const tables = parseExtractionTables({ claimants: read("claimants"), metrics: read("metrics"), qualifiers: read("qualifiers") });
const reader = createQualifierReader(tables.qualifiers);
const scan = createNumberScanner(tables.qualifiers.filter((q) => q.kind === "vague"));
/** Qualifier, value, bounds and words of the first number in a phrase. */
const qualify = (text: string) => {
  const m = scan(text).find((x) => x.exclusion === null)!;
  const q = reader.qualify(text, m, 0);
  return [q.qualifier, q.value, q.low, q.high, text.slice(q.start, q.end)];
};

describe("qualifiers and bounds", () => {
  it("bounds a share of a whole at 100 percent", () => {
    expect(qualify("Russian forces hold about 99% of Luhansk")).toEqual(["approx", 99, 89.1, 100, "about 99%"]);
    expect(qualify("more than 90 percent of the region")).toEqual(["more_than", 90, 90, 100, "more than 90 percent"]);
    // A count keeps its open bound.
    expect(qualify("more than 90 soldiers")).toEqual(["more_than", 90, 90, null, "more than 90"]);
  });

  it("reads a total that 'exceeded', 'surpassed' or 'topped' a number as more_than it", () => {
    expect(qualify("the death toll among civilians has exceeded 500")).toEqual(["more_than", 500, 500, null, "exceeded 500"]);
    expect(qualify("losses surpassed 20,000 soldiers")).toEqual(["more_than", 20000, 20000, null, "surpassed 20,000"]);
    expect(qualify("the tally topped 1,000 drones")).toEqual(["more_than", 1000, 1000, null, "topped 1,000"]);
  });

  it("reads at_least, more_than, at_most and approx phrases before a number", () => {
    expect(qualify("At least seven people were killed")).toEqual(["at_least", 7, 7, null, "At least seven"]);
    expect(qualify("injured more than 60 others")).toEqual(["more_than", 60, 60, null, "more than 60"]);
    expect(qualify("a maximum of two long-range aircraft")).toEqual(["at_most", 2, 0, 2, "a maximum of two"]);
    expect(qualify("less than one percent of territory")).toEqual(["at_most", 1, 0, 1, "less than one percent"]);
    expect(qualify("destroyed nearly 300 Ukrainian drones")).toEqual(["approx", 300, 270, 300, "nearly 300"]);
    expect(qualify("roughly 34 percent of bombers")).toEqual(["approx", 34, 30.6, 37.4, "roughly 34 percent"]);
    expect(qualify("caused an estimated £5.2bn in damage")[0]).toBe("approx");
  });

  it("reads a number with no qualifier as exact, its bounds the value itself", () => {
    expect(qualify("A total of 41 Russian warplanes were hit")).toEqual(["exact", 41, 41, 41, "41"]);
  });

  it("reads a suffix qualifier ('or more')", () => {
    expect(qualify("300 or more drones")).toEqual(["at_least", 300, 300, null, "300 or more"]);
  });

  it("does not read the particle of 'handing over' as 'over'", () => {
    expect(qualify("each side handing over 84 people")[0]).toBe("exact");
    expect(qualify("fired over 500 drones")[0]).toBe("more_than");
  });

  it("gives vague amounts their table value and bounds", () => {
    expect(qualify("dozens of injured")).toEqual(["at_least", 24, 24, 99, "dozens"]);
    expect(qualify("hundreds of drones")).toEqual(["at_least", 200, 200, 999, "hundreds"]);
    expect(qualify("tens of thousands of troops")).toEqual(["at_least", 20000, 20000, 99999, "tens of thousands"]);
  });

  it("reads a range's ends as at_least and at_most with the range as bounds", () => {
    const text = "between 11 and 15 people";
    const [low, high] = scan(text).map((m) => reader.qualify(text, m, 0));
    expect([low.qualifier, low.value, low.low, low.high]).toEqual(["at_least", 11, 11, 15]);
    expect([high.qualifier, high.value, high.low, high.high]).toEqual(["at_most", 15, 11, 15]);
  });

  it("multiplies modifier bounds and leaves empty ones unbounded", () => {
    expect(modifierBounds({ low: 1, high: null }, 7)).toEqual({ low: 7, high: null });
  });
});

describe("eighth round: more modifiers of the news", () => {
  it("'at most' and 'at the most' are at_most; 'upward of' and 'north of' more_than; 'in the region of', 'on the order of' approx", () => {
    expect(qualify("killed at most 12 people")).toEqual(["at_most", 12, 0, 12, "at most 12"]);
    expect(qualify("killed at the most 12 people")).toEqual(["at_most", 12, 0, 12, "at the most 12"]);
    expect(qualify("launched upward of 400 drones")[0]).toBe("more_than");
    expect(qualify("lost north of 1,000 soldiers")[0]).toBe("more_than");
    expect(qualify("losses in the region of 1,000 a day")).toEqual(["approx", 1000, 900, 1100, "in the region of 1,000"]);
    expect(qualify("on the order of 5,000 troops")[0]).toBe("approx");
  });
});
