// Hostile inputs for the extractor: deterministic generators that scale to any size (for the linearity
// check) and fast-check arbitraries (for the never-throws and row-invariant properties). Each generator
// targets a way a number/qualifier/sentence regex can go wrong: long runs it may backtrack over, repeated
// qualifiers it may try to chain, separators that make every position a possible number boundary.

import fc from "fast-check";

/** Repeat `unit` until the text is at least `size` characters long. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

/** Named generators: `size` characters (about) of one adversarial pattern. */
export const ADVERSARIAL: Record<string, (size: number) => string> = {
  "digit run": (size) => fill("1234567890", size),
  "digits and commas": (size) => fill("1,", size),
  "digits and spaces": (size) => fill("1 ", size),
  "digits and dots": (size) => fill("1.", size),
  "digits and hyphens": (size) => fill("12-", size),
  "number words": (size) => fill("seven ", size),
  "compound number words": (size) => fill("twenty-one hundred thousand and ", size),
  "repeated qualifiers": (size) => fill("at least ", size) + "5 people were killed.",
  "unclosed ranges": (size) => fill("between between and and ", size) + "3 killed.",
  "qualifier and number soup": (size) => fill("more than about up to 1,000 ", size) + "drones.",
  "abbreviations": (size) => fill("Mr. Gen. U.S. Jan. sq. km. ", size),
  "periods": (size) => fill(". ", size),
  "dotted abbreviations before a speech verb": (size) => fill("U.S. ", size) + "officials said 5 people were killed.",
  "cue words": (size) => fill("killed injured drones km2 troops ", size),
  "one huge sentence": (size) => fill("Russian forces said 12 soldiers were killed and 40 injured near the village, ", size),
  "claimants": (size) => fill("according to Ukraine's SBU said ", size) + "7 killed.",
  "brackets and quotes": (size) => fill("(\"“12 killed”\") ", size),
  "dates": (size) => fill("from June 1 to June 30, 2025 ", size),
  "currency and scales": (size) => fill("$1.5bn £2m 3 million € ", size),
  "fractions of land": (size) => fill("Russia, which holds a fifth of Ukraine, one-third of its territory, 12 of them, ", size),
  unicode: (size) => fill("٣٤ １２ 🇺🇦 e\u0301 \u200f\u202e Ⅻ ½ 𝟙𝟚 ", size),
  "no spaces": (size) => fill("x1", size),
};

/** The shipped seed articles' words and war-reporting phrasing, to build text that is almost news. */
const TOKENS = [
  "at least", "more than", "over", "about", "nearly", "up to", "no more than", "between", "and", "to", "from",
  "killed", "injured", "wounded", "dead", "casualties", "drones", "missiles", "aircraft", "bombers", "prisoners",
  "troops", "soldiers", "km2", "square kilometres", "sq km", "percent", "%", "villages", "settlements",
  "Ukraine's", "Russian", "Russia's", "SBU", "Zelenskyy said", "according to", "the Defence Ministry said",
  "claimed", "estimated", "reported", "Ukrainian officials", "ISW", "in May", "since January", "on Sunday",
  "seven", "twelve", "hundred", "hundreds", "thousand", "dozens", "million", "bn", "1,000", "2.5", "34", "0",
  "1,000,000", "10-15", "5–7", "$", "£", "€", "Mr.", "U.S.", "Gen.", "Jan.", "\"", "“", "”", "(", ")", "—", ":",
];
const SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "\n\n", "", "-", "; "];

/** Text made of war-reporting tokens in random order: mostly grammatical nonsense that hits every rule. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...TOKENS), fc.integer({ min: 0, max: 10_000_000 }).map(String)), fc.constantFrom(...SEPARATORS)), {
    maxLength: 120,
  })
  .map((parts) => parts.map(([token, separator]) => token + separator).join(""));

/** Any Unicode text (astral planes, combining marks, controls). */
export const anyUnicode: fc.Arbitrary<string> = fc.string({ unit: "binary", maxLength: 400 });

/** UTF-16 with lone surrogates, as a badly decoded file could give. */
export const loneSurrogates: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof(fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), fc.constantFrom("1", " ", "killed", ".", "7,000")),
  maxLength: 200,
});

/** A seed article with hostile fragments inserted at random places. */
export function perturbedArticle(seedTexts: readonly string[]): fc.Arbitrary<string> {
  const fragment = fc.oneof(
    fc.constantFrom(...TOKENS),
    fc.constantFrom(...Object.values(ADVERSARIAL)).map((generate) => generate(60)),
    fc.string({ unit: "binary", maxLength: 20 }),
  );
  return fc
    .tuple(fc.constantFrom(...seedTexts), fc.array(fc.tuple(fc.nat(), fragment), { maxLength: 12 }))
    .map(([text, inserts]) =>
      inserts.reduce((out, [at, insert]) => {
        const i = at % (out.length + 1);
        return out.slice(0, i) + insert + out.slice(i);
      }, text),
    );
}
