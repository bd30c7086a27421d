import * as crypto from "node:crypto";

// crypto.hash (Node ≥ 20.12) hashes a string in one native call, about 3× faster than
// createHash().update().digest() for the short keys here; the digest is the same.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
const sha256Hex = oneShotHash
  ? (key: string) => oneShotHash("sha256", key, "hex")
  : (key: string) => crypto.createHash("sha256").update(key).digest("hex");

// Every figure of a sentence shares its quote: normalise it once, not once per figure.
let lastQuote = "";
let lastNormalised = "";
/**
 * Whether normalising changes a quote: a white space other than " ", two spaces in a row (with the
 * first test, every white-space run of two), or a white space at an edge. One character class scans
 * faster than an alternation.
 */
const OTHER_SPACE = /[^\S ]/;
const SPACE = /\s/;
const needsNormalising = (quote: string): boolean =>
  OTHER_SPACE.test(quote) || quote.includes("  ") || (quote.length > 0 && (SPACE.test(quote.charAt(0)) || SPACE.test(quote.charAt(quote.length - 1))));

/** A quote with every white-space run as one space, trimmed: the form ids hash. */
function normalisedQuote(quote: string): string {
  if (quote !== lastQuote) {
    lastQuote = quote;
    // Most quotes are one line with single spaces and no edge space: nothing to replace.
    lastNormalised = needsNormalising(quote) ? quote.replace(/\s+/g, " ").trim() : quote;
  }
  return lastNormalised;
}

/**
 * A figure's stable id. It hashes what a figure *is* (article, metric, unit, its sentence and words, and
 * which repeat of them it is) rather than its character offsets, so that an edit elsewhere in an article
 * keeps the ids — and the corrections that refer to them — valid.
 */
export function figureId(parts: {
  article: string;
  metric: string;
  unit: string;
  quote: string;
  figureText: string;
  /** 0 for the first time this sentence + figure words occur in the article, 1 for the next, ... */
  occurrence: number;
}): string {
  const key = parts.article + "\u0000" + parts.metric + "\u0000" + parts.unit + "\u0000" + normalisedQuote(parts.quote) + "\u0000" + parts.figureText + "\u0000" + parts.occurrence;
  return "f" + sha256Hex(key).slice(0, 15);
}
