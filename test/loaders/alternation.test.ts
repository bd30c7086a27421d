import { describe, expect, it } from "vitest";
import { alternation } from "../../loaders/alternation.js";

/** Every match (index and text) of `source` in `text`. */
function matches(source: string, flags: string, text: string): string[] {
  const re = new RegExp(source, flags);
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

const TEXT =
  "Killers killed 12; the ministry said it says the killing of KILLED men was claimed, killed-in-action, " +
  "say, saying, sayings. Destroyers destroyed destroy; launchers launched 40 drones, launch sites, Launch.";

describe("alternation", () => {
  it("groups alternatives by their first letter", () => {
    expect(alternation(["said", "says", "claimed", "say"])).toBe("s(?:aid|ays|ay)|claimed");
  });

  it("puts both cases of a letter in one group, each alternative whole, so a capital still needs its capital without 'i'", () => {
    expect(alternation(["Kyiv", "killed", "kill"])).toBe("(?:Kyiv|killed|kill)");
    expect(alternation(["Kyiv", "Kremlin"])).toBe("K(?:yiv|remlin)");
    expect(matches(`\\b(?:${alternation(["said", "Says"])})\\b`, "g", "Ukraine Says it; he said; says")).toEqual(["8:Says", "20:said"]);
    // For a regex without "i", each case may have its own group.
    expect(alternation(["said", "says", "Says", "Said"], { caseSensitive: true })).toBe("s(?:aid|ays)|S(?:ays|aid)");
    expect(matches(`\\b(?:${alternation(["said", "Says"], { caseSensitive: true })})\\b`, "g", "Ukraine Says it; he said; says")).toEqual(["8:Says", "20:said"]);
  });

  it("matches exactly what the plain alternation matches, picking the same alternative", () => {
    const words = ["killed", "kill", "Killers", "killing", "said", "Says", "says", "say", "claimed", "destroy[\\w-]*", "destroyed", "launch(?![eo]rs?(?![\\w-]))[\\w-]*", "launch", "ki", "k"];
    for (const flags of ["g", "gi"]) {
      for (const [before, after] of [["\\b(?:", ")(?![\\w-])"], ["\\b(?:", ")"], ["(?:", ")"]]) {
        const plain = matches(before + words.join("|") + after, flags, TEXT);
        expect(plain.length).toBeGreaterThan(5);
        expect(matches(before + alternation(words) + after, flags, TEXT)).toEqual(plain);
        if (flags === "g") expect(matches(before + alternation(words, { caseSensitive: true }) + after, flags, TEXT)).toEqual(plain);
      }
    }
  });

  it("keeps the order that decides between a shorter and a longer alternative", () => {
    // Without a boundary after it, the first alternative that matches wins: "kill" before "killed" matches "kill".
    expect(matches(`(?:${alternation(["kill", "killed"])})`, "g", "killed")).toEqual(["0:kill"]);
    expect(matches(`(?:${alternation(["killed", "kill"])})`, "g", "killed")).toEqual(["0:killed"]);
  });

  it("groups nothing when an alternative opens with a class, a group, an escape or a quantified letter", () => {
    for (const words of [["[\\d$]", "one", "once"], ["(?:a|b)c", "ad"], ["\\bone", "once"], ["a?b", "ab"], ["a*", "ac"]]) {
      expect(alternation(words)).toBe(words.join("|"));
    }
  });

  it("returns a single alternative and no alternatives unchanged", () => {
    expect(alternation(["said"])).toBe("said");
    expect(alternation([])).toBe("");
  });
});
