// Sentence spans of an article. A figure's quote is its sentence, so sentence ends decide what a
// reader sees as the figure's context: better one sentence too long than a quote cut mid-thought.

export interface Span {
  start: number;
  end: number;
}

/**
 * Words that end with a period without ending a sentence. Lower-cased, without the final period.
 * Titles ("Gen.", "Mr."), Latin and English abbreviations, and unit abbreviations ("sq. km").
 */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen",
  "rep", "pres", "st", "jr", "sr", "rev", "hon", "messrs", "mt", "ft", "no", "nos", "vs", "etc", "approx", "est",
  "dept", "univ", "inc", "ltd", "co", "corp", "fig", "vol", "sq", "km", "mi", "jan", "feb", "mar", "apr", "jun",
  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u",
  "u.s.a", "d.c", "ret", "cf", "al",
]);

// A candidate sentence end: terminal punctuation, then any closing quotes or brackets, then space.
// Footnote markers after the end belong to the sentence ("... in May.[11] The ..."). Every quantifier
// here is over a single disjoint character class or a bounded group, so matching is linear.
const BOUNDARY = /[.!?]+["'”’)\]]*(?:\[\d{1,3}\])*(?=\s)/g;

/** The word (letters, digits, inner dots) that ends right before `end`, lower-cased. */
function wordBefore(text: string, end: number, lineStart: number): string {
  let i = end;
  while (i > lineStart) {
    const c = text.charCodeAt(i - 1);
    const isWordChar = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46;
    if (!isWordChar) break;
    i--;
  }
  return text.slice(i, end).toLowerCase();
}

/**
 * A time zone after "a.m."/"p.m." ("Moscow time", "Kyiv time", "local time", "GMT"), or a day (AP style: "between 8 p.m.
 * Thursday and 7 a.m. Friday") not followed by a capitalised word: the sentence goes on.
 */
const TIME_ZONE_AFTER = /^\s*(?:(?:[A-Z][a-z]+|local|Eastern|Central|Pacific)\s+time\b|\(?(?:GMT|UTC|CET|EET|EEST|MSK|ET|BST)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+[A-Z]))/;

/** The longest of ABBREVIATIONS: a longer word is none of them. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** Whether the period at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number, lineStart: number): boolean {
  // The word before the period (letters, digits, inner dots), without its leading dots; as wordBefore reads it.
  let i = dot;
  while (i > lineStart) {
    const c = text.charCodeAt(i - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46)) break;
    i--;
  }
  while (i < dot && text.charCodeAt(i) === 46) i++;
  const length = dot - i;
  if (length === 0) return false;
  if (length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(i, dot).toLowerCase())) return true;
  // A single capital letter is an initial ("John F. Kennedy"); so are dotted acronyms ("U.S.").
  if (length === 1) return isUpperCode(text.charCodeAt(i));
  // (?:[A-Za-z]\.)+[A-Za-z]: letters at even offsets, periods at odd ones, an odd length.
  if (length % 2 === 0) return false;
  for (let k = 0; k < length; k++) {
    const c = text.charCodeAt(i + k);
    if (k % 2 === 0 ? !isAsciiLetter(c) : c !== 46) return false;
  }
  return true;
}

const isUpperCode = (c: number) => c >= 65 && c <= 90;

/** Whether text after a boundary starts a new sentence: a capital, a digit or an opening quote. */
function startsSentence(text: string, from: number, lineEnd: number): boolean {
  let i = from;
  while (i < lineEnd && (text[i] === " " || text[i] === "\t")) i++;
  if (i >= lineEnd) return true;
  const c = text.charCodeAt(i);
  // [A-Z0-9"“'‘(\[\u00C0-\u024F\u0400-\u04FF], or a code unit above U+2E80.
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 39 || c === 0x2018 || c === 40 || c === 91 ||
    (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff) || c > 0x2e80;
}

/**
 * Longest sentence kept whole. News sentences are far shorter; text without sentence ends (tables,
 * scraped lists, hostile input) is cut at a comma, semicolon or space before this length, so that the
 * work per figure, which reads its sentence, stays bounded and extraction stays linear.
 */
export const MAX_SENTENCE = 1000;

/** JavaScript's \s. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Push the trimmed span [start, end) if it holds anything, cut into pieces of at most MAX_SENTENCE. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "));
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(" ");
    if (cut < MAX_SENTENCE / 2) cut = MAX_SENTENCE - 1;
    pushTrimmed(text, start, start + cut + 1, out);
    start += cut + 1;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end });
}

/** Sentences of one line [lineStart, lineEnd): a newline is a hard break (headlines, captions). */
export function splitLine(text: string, lineStart: number, lineEnd: number, out: Span[] = []): Span[] {
  let sentenceStart = lineStart;
  const line = text.slice(lineStart, lineEnd);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m !== null; m = BOUNDARY.exec(line)) {
    const endInLine = m.index + m[0].length;
    const punct = lineStart + m.index;
    const end = lineStart + endInLine;
    if (m[0].startsWith(".") && !m[0].startsWith("..")) {
      if (isAbbreviation(text, punct, lineStart)) {
        // "U.S. President" looks like a sentence end; an abbreviation followed by a capital only ends a
        // sentence when the abbreviation is a unit or time at a clause end ("at 1 p.m. The ...").
        const w = wordBefore(text, punct, lineStart);
        if (!(/^(?:a\.m|p\.m|etc)$/.test(w) && startsSentence(text, end, lineEnd))) continue;
        // "between 8 a.m. and 6 p.m. Moscow time, the ministry said": a time zone after the time goes on the sentence.
        if (w !== "etc" && TIME_ZONE_AFTER.test(text.slice(end, Math.min(lineEnd, end + 32)))) continue;
      }
    }
    if (!startsSentence(text, end, lineEnd)) continue;
    pushTrimmed(text, sentenceStart, end, out);
    sentenceStart = end;
  }
  pushTrimmed(text, sentenceStart, lineEnd, out);
  return out;
}

/** Trimmed sentence spans of the whole text, in order. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

// The newlines of the last text lineAt was asked about: a figure's lines are looked up many times per article.
let newlinesOf = "";
let newlines: number[] = [];

/** The line [start, end) holding `offset`, without its newline. */
export function lineAt(text: string, offset: number): Span {
  if (!(offset >= 1 && Number.isInteger(offset))) {
    const start = text.lastIndexOf("\n", offset - 1) + 1;
    let end = text.indexOf("\n", offset);
    if (end === -1) end = text.length;
    return { start, end };
  }
  if (text !== newlinesOf) {
    newlinesOf = text;
    newlines = [];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) newlines.push(i);
  }
  // The first newline at or after `offset` ends the line; the one before it (before `offset`, as offset >= 1) starts it.
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newlines[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return { start: lo > 0 ? newlines[lo - 1] + 1 : 0, end: lo < newlines.length ? newlines[lo] : text.length };
}

/** The sentence holding `offset`, or the nearest one on its line; null on a blank line. */
export function sentenceAt(text: string, offset: number): Span | null {
  const line = lineAt(text, offset);
  const spans = splitLine(text, line.start, line.end);
  if (spans.length === 0) return null;
  for (const s of spans) if (offset < s.end) return s;
  return spans[spans.length - 1];
}
