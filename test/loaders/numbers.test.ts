import { describe, expect, it } from "vitest";
import { createNumberScanner, wordsToNumber } from "../../loaders/numbers.js";

const scan = createNumberScanner(["dozens", "hundreds", "thousands", "tens of thousands", "several", "a few", "scores of"].map((phrase) => ({ phrase })));
/** [words, value, unit] of the figures in a text (excluded numbers left out). */
const figures = (text: string) => scan(text).filter((m) => m.exclusion === null).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);
const exclusions = (text: string) => scan(text).map((m) => [text.slice(m.start, m.end), m.exclusion]);

describe("number mentions", () => {
  it("reads digits with separators and decimals", () => {
    expect(figures("Russia gained 5,107 square kilometres and lost 1.2 percent")).toEqual([["5,107 square kilometres", 5107, "km2"], ["1.2 percent", 1.2, "percent"]]);
  });

  it("reads long digit runs, leading zeros and thousands groups as Number() does", () => {
    const values = (text: string) => scan(text).map((m) => m.value);
    const text = "killed 1,234,567 and 0123 and 999999999999999 and 9999999999999999 and 1,000,000,000,000,000 and 1,000.5 and 0.25 people";
    expect(values(text)).toEqual([1234567, 123, 999999999999999, 9999999999999999, 1e15, 1000.5, 0.25]);
  });

  it("reads number words, hyphenated tens and 'and' after hundred", () => {
    expect(figures("seven people, twenty-five soldiers, three hundred and five drones, a dozen villages")).toEqual([
      ["seven", 7, "count"], ["twenty-five", 25, "count"], ["three hundred and five", 305, "count"], ["a dozen", 12, "count"],
    ]);
    expect(wordsToNumber(["two", "thousand", "five", "hundred"])).toBe(2500);
  });

  it("applies written and glued scales and currency signs", () => {
    expect(figures("an estimated £5.2bn in damage, $1.5 billion, 1.2 million troops, 4 thousand, US$3m, 20 euros")).toEqual([
      ["£5.2bn", 5.2e9, "GBP"], ["$1.5 billion", 1.5e9, "USD"], ["1.2 million", 1.2e6, "count"], ["4 thousand", 4000, "count"], ["US$3m", 3e6, "USD"], ["20 euros", 20, "EUR"],
    ]);
  });

  it("reads percent and area units, glued or spelled", () => {
    expect(figures("34%, 34 percent, 19 per cent, 143sq km, 12 sq. km, 370 km², 80 km2, 507 square kilometers").map((f) => f[2])).toEqual([
      "percent", "percent", "percent", "km2", "km2", "km2", "km2", "km2",
    ]);
  });

  it("reads a range as two ends sharing its bounds, with the scale of the high end", () => {
    const ranges = scan("between 11 and 15 people; 30-35 thousand troops").map((m) => [m.value, m.range]);
    expect(ranges).toEqual([
      [11, { role: "low", low: 11, high: 15 }], [15, { role: "high", low: 11, high: 15 }],
      [30000, { role: "low", low: 30000, high: 35000 }], [35000, { role: "high", low: 30000, high: 35000 }],
    ]);
  });

  it("reads a 1,000-for-1,000 swap as one per-side figure", () => {
    const [m] = scan("a 1,000-for-1,000 prisoner swap");
    expect([m.value, m.perSide]).toEqual([1000, true]);
  });

  it("keeps the whole of 'eight out of nine' as one figure of 8", () => {
    const ms = scan("eight out of nine drones were downed");
    expect(ms.map((m) => m.value)).toEqual([8]);
  });

  it("reads vague amounts by their table phrase", () => {
    expect(scan("dozens of injured and tens of thousands of troops").map((m) => m.vague)).toEqual(["dozens", "tens of thousands"]);
  });

  it("excludes dates, years, times, compounds, identifiers and ordinals", () => {
    expect(exclusions("On May 31, 2025 at 10:30, a 30-day ceasefire, the 14-member team, a 10-year-old, Su-34 jets, the 64th exchange, since 2022")).toEqual([
      ["31", "date"], ["2025", "year"], ["10", "time"], ["30", "time"], ["30", "compound"], ["14", "compound"], ["10", "compound"], ["34", "identifier"], ["64", "ordinal"], ["2022", "year"],
    ]);
  });

  it("excludes a square-mile conversion and distances are kept only as distance units", () => {
    const ms = scan("captured 143 square miles (370 square kilometres), 4,300 kilometers away");
    expect(ms.map((m) => [m.value, m.unit, m.exclusion])).toEqual([[143, "sq_mi", "conversion"], [370, "km2", null], [4300, "km", null]]);
  });

  it("reads a day after a capitalised month in a dated bullet as a date", () => {
    expect(exclusions("* OCT. 17, 2023 - The sides freed 64 captives each.")).toEqual([["17", "date"], ["2023", "year"], ["64", null]]);
  });

  it("does not read the scale word of 'several hundred' or 'a few thousand' as 100 or 1,000", () => {
    const ms = scan("a few thousand shells and several hundred wounded").filter((m) => m.kind !== "vague");
    expect(ms.map((m) => [m.value, m.exclusion])).toEqual([[1000, "vague"], [100, "vague"]]);
  });

  it("reads a share of a scale: 'half a million', 'a quarter of a million', 'three-quarters of a million'", () => {
    expect(figures("half a million soldiers")).toEqual([["half a million", 500000, "count"]]);
    expect(figures("A quarter of a million Russian soldiers")).toEqual([["A quarter of a million", 250000, "count"]]);
    expect(figures("three-quarters of a million troops")).toEqual([["three-quarters of a million", 750000, "count"]]);
    expect(figures("one tenth of a million")).toEqual([["one tenth of a million", 100000, "count"]]);
    // A share of something else is no share of the scale.
    expect(figures("a quarter of the soldiers")).toEqual([]);
  });
  it("does not read 'one of' as a count", () => {
    expect(exclusions("in one of the deadliest attacks")).toEqual([["one", "partitive"]]);
  });
});

describe("numbers that are never figures (news furniture)", () => {
  it("drops footnote and citation markers such as [7] after a sentence", () => {
    expect(exclusions("Troops advanced near Kupiansk.[7] Another 9 soldiers were lost.[8]")).toEqual([["7", "footnote"], ["9", null], ["8", "footnote"]]);
  });

  it("drops an age set off by commas after a name", () => {
    expect(exclusions("The driver, Petro Shevchuk, 47, was wounded")).toEqual([["47", "age"]]);
    expect(exclusions("the oldest among the freed was 71, officials said")[0]).toEqual(["71", "age"]);
    expect(exclusions("volunteers who were 55 or older")[0]).toEqual(["55", "age"]);
    expect(exclusions("parliament cut the draft age to 23")[0]).toEqual(["23", "compound"]);
  });

  it("drops house numbers and street addresses", () => {
    expect(exclusions("a shop at No 8 was burnt out")[0]).toEqual(["8", "address"]);
    expect(exclusions("a drone hit a house at 41 Lenina Street")[0]).toEqual(["41", "address"]);
  });

  it("drops a town's population", () => {
    expect(exclusions("a town with a pre-war population of roughly 30,000")[0]).toEqual(["30,000", "population"]);
  });

  it("drops lengths of time in years, months and weeks", () => {
    expect(exclusions("silent for almost three and a half years")[0]).toEqual(["three", "duration"]);
    expect(exclusions("after 18 months of fighting")[0]).toEqual(["18", "duration"]);
  });

  it("drops both ends of a range of days before a month", () => {
    expect(exclusions("voting that runs from 8 to 10 June").map((e) => e[1])).toEqual(["date", "date"]);
  });

  it("drops both ends of a range of days after a month, but not a count after a single date", () => {
    expect(exclusions("on the night of October 19 to 20").map((e) => e[1])).toEqual(["date", "date"]);
    expect(exclusions("overnight on Oct. 19-20 and on March 3 and 4").map((e) => e[1])).toEqual(["date", "date", "date", "date"]);
    expect(exclusions("on October 19 and 12 drones on October 20")).toEqual([["19", "date"], ["12", null], ["20", "date"]]);
  });
});

describe("currency codes, amount ranges and digits that are marks", () => {
  it("reads an ISO code before an amount as its currency ('EUR 1.2 billion', 'UAH 40bn'), capitals only", () => {
    expect(figures("damage of EUR 1.2 billion and USD 300 million, UAH 40bn in losses")).toEqual([
      ["EUR 1.2 billion", 1.2e9, "EUR"], ["USD 300 million", 3e8, "USD"], ["UAH 40bn", 4e10, "other_currency"],
    ]);
    expect(figures("the euro 5 ceremony")).toEqual([["5", 5, "count"]]);
  });

  it("reads '$40 to $50 billion' as a range whose low end takes the high end's scale", () => {
    expect(scan("adds roughly $40 to $50 billion a year").map((m) => [m.value, m.unit, m.range?.role])).toEqual([[40e9, "USD", "low"], [50e9, "USD", "high"]]);
  });

  it("excludes digits glued to an apostrophe ('000, '22) and an aircraft's side number ('Red 11')", () => {
    expect(exclusions("losses, '000; class of ’22")).toEqual([["000", "identifier"], ["22", "identifier"]]);
    const marks = Object.fromEntries(exclusions("Tu-95MS 'Red 11', destroyed; Su-34 “Blue 05”; 'Red' team of 7"));
    expect([marks["11"], marks["05"], marks["7"]]).toEqual(["identifier", "identifier", null]);
  });

  it("excludes 'the youngest aged 22 and the oldest 61' as ages", () => {
    expect(exclusions("the youngest aged 22 and the oldest 61")).toEqual([["22", "compound"], ["61", "age"]]);
  });
});

describe("a glued 'm' before a counted word", () => {
  it("reads '1.3m Russians', 'almost 1m troops' as millions but '5m crater', '20m from' as no millions", () => {
    expect(figures("1.3m Russians and almost 1m troops")).toEqual([["1.3m", 1.3e6, "count"], ["1m", 1e6, "count"]]);
    expect(scan("a 5m crater, 20m from the road").every((m) => m.value < 100)).toBe(true);
  });

  it("reads thousands grouped by spaces ('1 151 280', '12 000' with a no-break space), but not a date's day or a time before a count", () => {
    expect(figures("about 1 151 280 personnel and 12\u00A0000 troops")).toEqual([["1 151 280", 1151280, "count"], ["12\u00A0000", 12000, "count"]]);
    expect(figures("on May 5 120 people were hurt; at 08:00 120 drones")).toEqual([["120", 120, "count"], ["120", 120, "count"]]);
    // A group of other than three digits is two numbers.
    expect(scan("in 2024 100 drones").map((m) => m.value)).toEqual([2024, 100]);
  });

  it("marks an amount in another currency in brackets as a conversion ('$7 billion (€6.1bn)', '3 million rubles ($37,000)')", () => {
    expect(scan("an estimated $7 billion (€6.1bn) in damage and 3 million rubles ($37,000)").map((m) => [m.unit, m.exclusion])).toEqual([["USD", null], ["EUR", "conversion"], ["other_currency", null], ["USD", "conversion"]]);
  });

  it("reads a glued 'k' before a counted word as thousands ('150k troops', '40K Russian soldiers') but not '5k run'", () => {
    expect(figures("Russia has lost 150k troops and 40K Russian soldiers were wounded")).toEqual([["150k", 150000, "count"], ["40K", 40000, "count"]]);
    expect(scan("a 5k run").every((m) => m.exclusion !== null)).toBe(true);
  });

  it("keeps each end's own scale in 'between 900,000 and 1.3m' but shares it in '30-35 thousand'", () => {
    expect(scan("between 900,000 and 1.3m Russians").map((m) => m.value)).toEqual([900000, 1.3e6]);
    expect(scan("30-35 thousand troops").map((m) => m.value)).toEqual([30000, 35000]);
  });
});

describe("fractions of land", () => {
  const scan = createNumberScanner([]);
  it("reads 'a fifth', 'one-third', 'two-thirds', 'three quarters' and 'half' before land as percentages", () => {
    const t = "a fifth of Ukraine, one-third of its territory, two-thirds of the Donetsk region, three quarters of Luhansk and half of the country";
    expect(scan(t).map((m) => [t.slice(m.start, m.end), m.value, m.unit])).toEqual([
      ["a fifth", 20, "percent"], ["one-third", 33.3, "percent"], ["two-thirds", 66.7, "percent"], ["three quarters", 75, "percent"], ["half", 50, "percent"],
    ]);
  });
  it("leaves fractions of anything else alone", () => {
    expect(scan("a third of the drones and half of them")).toEqual([]);
  });
});
