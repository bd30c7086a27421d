import { describe, expect, it } from "vitest";
import { sentenceAt, splitSentences } from "../../loaders/sentences.js";

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits on sentence ends and keeps trimmed spans", () => {
    expect(texts("  Russia launched 472 drones. Ukraine shot down 292 of them!  ")).toEqual(["Russia launched 472 drones.", "Ukraine shot down 292 of them!"]);
  });

  it("does not split after titles, dotted acronyms, initials or unit abbreviations", () => {
    const text = "U.S. President Donald Trump met Gen. Keith Kellogg and John F. Kennedy Jr. on Monday. Russia took 143 sq. km in May.";
    expect(texts(text)).toEqual(["U.S. President Donald Trump met Gen. Keith Kellogg and John F. Kennedy Jr. on Monday.", "Russia took 143 sq. km in May."]);
  });

  it("keeps decimals and times inside a sentence", () => {
    expect(texts("The talks begin at 1 p.m. at the palace and damage reached 1.2 billion dollars.")).toHaveLength(1);
  });

  it("ends a sentence at a time abbreviation followed by a capital", () => {
    expect(texts("The strike came at 4 a.m. Three people were killed.")).toEqual(["The strike came at 4 a.m.", "Three people were killed."]);
  });

  it("keeps a time zone after a time in the sentence ('6 p.m. Moscow time', '9 a.m. GMT')", () => {
    expect(texts("Drones were downed between 8 a.m. and 6 p.m. Moscow time, the ministry said. It began at 9 a.m. GMT on Monday.")).toEqual([
      "Drones were downed between 8 a.m. and 6 p.m. Moscow time, the ministry said.", "It began at 9 a.m. GMT on Monday.",
    ]);
    expect(texts("It ended at 6 p.m. Moscow said 12 drones were downed.")).toHaveLength(2);
  });

  it("splits after a closing quote", () => {
    expect(texts('"Our people are home," he wrote. "All of them." Another sentence.')).toEqual(['"Our people are home," he wrote.', '"All of them."', "Another sentence."]);
  });

  it("treats newlines as hard breaks for headlines and captions", () => {
    expect(texts("Russia launches 477 drones\nKYIV - Russia launched 477 drones overnight.")).toEqual(["Russia launches 477 drones", "KYIV - Russia launched 477 drones overnight."]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences(" \n\n ")).toEqual([]);
  });
});

describe("sentenceAt", () => {
  it("finds the sentence holding an offset", () => {
    const text = "First line.\nA total of 41 Russian warplanes were hit, the official said. Zelenskyy noted 117 drones.";
    const s = sentenceAt(text, text.indexOf("41"))!;
    expect(text.slice(s.start, s.end)).toBe("A total of 41 Russian warplanes were hit, the official said.");
    const t = sentenceAt(text, text.indexOf("117"))!;
    expect(text.slice(t.start, t.end)).toBe("Zelenskyy noted 117 drones.");
  });
});

describe("overlong sentences", () => {
  it("cuts text without sentence ends into pieces of at most MAX_SENTENCE characters, at commas", async () => {
    const { MAX_SENTENCE } = await import("../../loaders/sentences.js");
    const text = Array.from({ length: 400 }, (_, i) => `${i} drones were shot down`).join(", ");
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(" ").replace(/,\s/g, ", ")).toContain("399 drones were shot down");
  });
});

describe("footnote markers", () => {
  it("ends a sentence after a footnote marker that follows its full stop", () => {
    const text = "Forces advanced near Lyman.[4] The ministry claimed 30 drones.[5]";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["Forces advanced near Lyman.[4]", "The ministry claimed 30 drones.[5]"]);
  });
});
