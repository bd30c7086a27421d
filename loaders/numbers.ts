// Number mentions in news text: digits ("5,107", "1.2"), number words ("three hundred and five"),
// scales ("1.2 million", "£5.2bn"), units ("34%", "143sq km", "507 square kilometres"), ranges
// ("between 11 and 15", "30-35 thousand"), swaps ("1,000-for-1,000") and vague amounts ("dozens").
// One pass over the text finds where a number could start; only there do the heavier regexes run.

import type { Unit } from "./types.js";
import { alternation } from "./alternation.js";

/** What a number is written as; units outside the figures vocabulary are kept so callers can drop them. */
export type WrittenUnit = Unit | "sq_mi" | "mi" | "time" | "other_currency";

/** Why a number is not a figure at all, whatever its context. */
export type Exclusion =
  | "year" | "date" | "time" | "compound" | "identifier" | "ordinal" | "conversion" | "partitive"
  | "footnote" | "age" | "address" | "population" | "duration" | "vague" | "score" | "area" | "difference" | "temperature";

export interface NumberMention {
  /** Span of the number's own words: currency sign, digits or words, scale and unit ("£5.2bn", "507 square kilometres"). */
  start: number;
  end: number;
  /** The value in `unit` ("5.2bn" is 5200000000). For a vague amount, 0 (the qualifier table gives it). */
  value: number;
  unit: WrittenUnit;
  kind: "digits" | "words" | "vague";
  /** For a vague amount: the phrase as in qualifiers.csv, lower-cased ("dozens"). */
  vague: string;
  /** Set when the number is one end of a range; both ends carry the range's bounds. */
  range: { role: "low" | "high"; low: number; high: number } | null;
  /** "1,000-for-1,000": a swap stated per side. */
  perSide: boolean;
  /** End of the counted noun phrase's search start: where the words after the number begin. */
  after: number;
  exclusion: Exclusion | null;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
  bn: 1e9, b: 1e9, mn: 1e6, m: 1e6, k: 1e3, tn: 1e12, mln: 1e6, bln: 1e9,
};
/** SMALL as a map: a faster look-up for the words that are its own keys. */
const SMALL_VALUE = new Map(Object.entries(SMALL));
const NUMBER_WORDS = [...Object.keys(SMALL), "hundred", "thousand", "million", "billion", "dozen"];
const WORD_ALTERNATION = NUMBER_WORDS.join("|");

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

// Sticky patterns, compiled once, applied at a candidate position.
// Thousands grouped by commas ("1,151,280"), or by spaces as many European and Ukrainian outlets write them ("1 151 280",
// with a plain, no-break, narrow or thin space): a group of exactly three digits after each.
const SIGN_SOURCE = String.raw`(US\$|\$|£|€)?`;
// "Near 1.2 Million" in a title-case headline: the scale word capitalised.
const SCALE_SOURCE = String.raw`(?:\s?(million|billion|trillion|thousand|Million|Billion|Trillion|Thousand|mln|bln|bn|mn|tn)\b|(m|k|K|b)\b)?`;
const COMMA_DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?`;
const SPACED_DIGITS = String.raw`\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?![\d,.]?\d)`;
const DIGITS = new RegExp(`${SIGN_SOURCE}(${COMMA_DIGITS}|${SPACED_DIGITS}|\\d+(?:\\.\\d+)?)${SCALE_SOURCE}`, "y");
/** DIGITS without space-grouped thousands, where a space ends the number. */
const DIGITS_UNSPACED = new RegExp(`${SIGN_SOURCE}(${COMMA_DIGITS}|\\d+(?:\\.\\d+)?)${SCALE_SOURCE}`, "y");
const UNIT =
  /\s?(?:(%)|(per ?cent|percent|pc)\b|(sq(?:uare)?\.?\s?(?:km|kilomet(?:re|er)s?)\b|km²|km2\b|square[\s-]kilomet(?:re|er)s?\b)|(square[\s-]miles?\b|sq\.?\s?mi(?:les?)?\b)|(km|kilomet(?:re|er)s?)\b|(miles?)\b|(pounds|GBP)\b|(dollars|USD)\b|(euros|EUR)\b|(hryvnias?|hryvnia|roubles?|rubles?|UAH|RUB)\b|(a\.m\.|p\.m\.|am\b|pm\b|GMT\b|CET\b|BST\b|hours?\b|minutes?\b|hrs\b|mins\b))/iy;
const WORD_TOKEN = new RegExp(`(an?\\s+(?=(?:hundred|thousand|million|billion|dozen)\\b))?(${WORD_ALTERNATION})\\b`, "iy");
const RANGE_JOIN = /\s*(?:-|–|—|to|or)\s*/y;
/** Between the two days of a range of days ("19 to 20", "19-20", "19 and 20"). */
const DAY_RANGE_JOIN = /\s*(?:-|–|—|to|through|until|till|and)\s*(?=\d)/y;
const SWAP_JOIN = /-for-|\s+for\s+/y;
const OUT_OF = /\s+out\s+of\s+/y;
/** "SEPT. 21, 2022 -", "JAN. 31": the capitalised month of a factbox's dated bullets. */
const MONTH_CAPS = MONTH.replace(/[a-z]/g, (c) => c.toUpperCase());
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH}|${MONTH_CAPS})\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\b`);
/** A later day of a list after a month: "on June 9, 10 and 12" (not "on April 1, 86 servicemen returned"). */
const DAY_LIST_BEFORE = new RegExp(`\\b(?:${MONTH}|${MONTH_CAPS})\\.?\\s+\\d{1,2}(?:(?:\\s*,\\s*\\d{1,2})+\\s*,?\\s+(?:and|or)\\s+$|(?:\\s*,\\s*\\d{1,2})*\\s*,\\s*$)`);
const DAY_LIST_AFTER = /^(?:\s*,\s*\d{1,2})*\s*,?\s+(?:and|or)\s+\d{1,2}\b/;
const YEAR_CONTEXT_BEFORE = /\b(?:in|since|of|by|from|until|till|to|year|early|late|mid|before|after|through|during|spring|summer|autumn|fall|winter|and|or|between|the)\s+$/i;
const BETWEEN_BEFORE = /\b(?:between|from)\s+$/i;
const BETWEEN_JOIN = /\s+(?:and|to)\s+/y;
const FROM_JOIN = /\s+to\s+/y;
/** "(23) and 24 July", "(23) & 24 July": the first of two days of one month. */
const DAY_AND_MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:and|&)\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\b`);
/** "April 1, 2025", "Nov. 3rd, 2025": a year closing a month-day date. */
const MONTH_DAY_BEFORE = new RegExp(`\\b(?:${MONTH}|${MONTH_CAPS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+$`);
/** A name (capitalised word) and a comma right before an age in apposition ("Ustymenko, 32, ..."). */
// "a woman, 71, was killed": a person's noun before the age too.
const AGE_APPOSITION_BEFORE = /\b(?:[A-Z][a-z\u00C0-\u024F'’-]+|man|woman|boy|girl|pensioner|resident|driver|teenager|mother|father|grandmother|grandfather|volunteer|nurse|doctor|medic|farmer|worker),\s(?:now\s|aged\s)?$/;
/** "four in the morning", "one night", "nine o'clock": a time of day. */
const TIME_OF_DAY_AFTER = /^\s+(?:in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b|o['’]clock\b|(?:morning|afternoon|evening|night)\b(?!\s+(?:raids?|attacks?|strikes?|shifts?)\b))/i;
const TIME_OF_DAY_FIRST = new Set(["i", "a", "o", "m", "e", "n", "I", "A", "O", "M", "E", "N"]);
const DIFFERENCE_FIRST = new Set(["l", "f", "h", "o", "y", "m"]);
/** "students recruited at 16", "drafted at 18": an age at which something happened. */
const AGE_AT_BEFORE = /\b(?:recruited|conscripted|drafted|mobili[sz]ed|enlisted|married|orphaned|widowed|joined\s+(?:up|the\s+army))\s+at\s+$/i;
/** "about 30 less than when he was captured": a difference between two amounts, not an amount. */
// "This is 15 km² more than in September": a difference between two figures, in any unit.
const DIFFERENCE_AFTER = /^\s+(?:less|fewer|lower|higher|heavier|lighter|older|younger|more)\s+than\b/i;
/** A design's name before its number: "Project ", "Type "; a quoted name's word ('the "Contract 18-24" program'). */
const DESIGNATION = String.raw`(?:\b(?:Project|Type|Block|Mk\.?|Articles?|Resolution|Chapter)|["“][A-Z][a-z]+)\s`;
const DESIGNATION_BEFORE = new RegExp(`${DESIGNATION}$`);
/** The second number of a design's or a quoted name's pair: 'the "Contract 18-24" program'. */
const DESIGNATION_RANGE_BEFORE = new RegExp(String.raw`${DESIGNATION}\d+[-–]$`);
/** The last of a list of a code's articles: "under Articles 205.5 and 278", "Articles 110, 111 and 438". */
const ARTICLES_LIST_BEFORE = /\bArticles\s+\d+(?:\.\d+)*(?:,\s*\d+(?:\.\d+)*)*,?\s+(?:and|or)\s$/;
/** A side number's colour in quotes: "'Red ", "“Blue ". */
const SIDE_NUMBER_BEFORE = /['‘"“](?:Red|Blue|Yellow|White|Black)\s$/;
/** "half a million", "a quarter of a million", "three-quarters of a million": the share before "a million". */
const SHARE_OF_SCALE_BEFORE = /\b(?:(half)|(three)[\s-]quarters\s+of|(?:a|one)\s+(quarter|third|fifth|tenth)\s+of)\s$/i;
const SCALE_SHARE: Record<string, number> = { quarter: 0.25, third: 1 / 3, fifth: 0.2, tenth: 0.1 };
/** "No 14", "No. 14", "house number 14", "building 14": a house number. */
const HOUSE_NUMBER_BEFORE = /(?:\bNo\.?|\b[Nn]umber|\bhouse|\bbuilding)\s$/;
/** "12 Sovetskaya Street", "5 Peremohy Avenue": a street address (up to three name words). */
const STREET_AFTER = /^\s(?:[A-Z][\w'’-]*\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Boulevard|Blvd|Prospekt|Prospect|Square|Highway|Embankment)\b/;
/** "residents", "inhabitants" right after a number. */
const RESIDENTS_AFTER = /^\s+(?:residents|inhabitants|people\s+(?:lived|live))\b/i;
/** "Moscow, home to roughly 13 million people": a place's people. */
const HOME_TO_PEOPLE_BEFORE = /\bhome\s+to\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|over|more\s+than|just\s+over|an\s+estimated)\s+)?$/i;
/** A place having its people: "had some", "is home to", "a city of about". */
const HOME_TO_BEFORE = /\b(?:had|has|have|with|of|home\s+to|housed|houses)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|over|more\s+than|just\s+over|an\s+estimated)\s+)?$/i;
/** "a population of (about) 60,000", "population: 5,000". */
const POPULATION_BEFORE = /\bpopulation\s*(?:of|:|was|is|stood\s+at)?\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|over|more\s+than|just\s+over|less\s+than|fewer\s+than|under)\s+)?$/i;
/** A scale word standing alone ("hundred", "thousand") and the vague words that may come before it. */
const SCALE_WORD_ONLY = /^(?:hundred|thousand|million|billion|dozen)$/i;
const VAGUE_BEFORE_SCALE = /\b(?:several|a\s+few|few|many)\s+$/i;
/** Words giving a place's size before an area: "which covers", "spanning", "a total area of (about)". */
const AREA_BEFORE = /\b(?:covers|covering|spans|spanning|measures|measuring|(?:total|land|surface)\s+area\s+of)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|over|more\s+than|just\s+over|an\s+estimated)\s+)?$/i;
/** "two and a half years", "three weeks", "18 months": a length of time after the number. */
const DURATION_AFTER = /^(?:\s+and\s+a\s+half)?\s+(?:years?|months?|weeks?|decades?)\b/i;
/** The rest of a range whose high end is a length of time: "(24) to 48 hours", "(two) to three weeks". */
const TIME_RANGE_LOW_END = new RegExp(`^\\s*(?:-|–|to|or)\\s*(?:\\d{1,3}|${WORD_ALTERNATION})\\s+(?:hours?|days?|weeks?|months?|years?|minutes?|decades?)\\b`, "i");
/** A score "2-1" and what may follow it ("in France", "victory", the sentence's end). */
const SCORE_TOKEN = /(?<![\d,.])\d{1,2}[-–]\d{1,2}(?=\s+(?:in|at|on|against|to|after|before|with|over|for|victory|win|defeat|loss|draw|home|away)\b|\s*[.,;]|\s*$)/y;
/** Words of a game before a score: "lost their opening game", "beat Georgia", "a 3-0 win". */
const SCORE_WORDS_BEFORE = /\b(?:won|win|wins|lost|lose|loses|beat|beats|beaten|drew|draw|defeated|trail(?:ed|ing)|game|match|final|semi-final|tie|fixture|score[ds]?)\b[^.;!?]{0,40}$/i;

/** Whether a number is one side of a game's score ("lost 2-1", "beat Georgia 3-0"). */
function isScore(text: string, p: Parsed): boolean {
  // The score starts at this number, or one or two digits and a hyphen before it.
  const back = /\d{1,2}[-–]$/.exec(text.slice(Math.max(0, p.start - 3), p.start));
  const from = back ? p.start - back[0].length : p.start;
  SCORE_TOKEN.lastIndex = from;
  if (!SCORE_TOKEN.test(text)) return false;
  return SCORE_WORDS_BEFORE.test(text.slice(Math.max(0, from - 60), from));
}
const CURRENCY_SIGN: Record<string, Unit> = { "US$": "USD", $: "USD", "£": "GBP", "€": "EUR" };
/** Units of money: an amount in one restated in another in brackets is a conversion. */
const CURRENCY_UNITS: ReadonlySet<WrittenUnit> = new Set<WrittenUnit>(["USD", "EUR", "GBP", "other_currency"]);
/** After a glued "m" or "k": a word that is no length ("1.3m Russians", not "5m high", "20m from the road", "a 3m-deep crater"). */
const GLUED_MILLION_AFTER = /^ (?:(?:Russian|Ukrainian|North\s+Korean)\s+(?=[a-z]))?(?:[A-Z][a-z]+(?:ans|ers|ians|ese|is)\b|(?:people|persons|troops|soldiers|servicemen|men|women|children|civilians|refugees|casualties|residents|dead|killed|wounded|injured|deaths|have|had|were|are|was|is|of\s+(?:them|whom|those|these))\b)/;
const GLUED_MILLION_CLOSE = /^(?:[.,;)]|\s+that\b)/;
const LOSSES_BEFORE = /\b(?:casualties|losses|dead|deaths|killed|wounded|toll|troops|soldiers)\b/i;
/** An ISO code written before an amount ("EUR 90 billion"), capitals only: "eur" or "Usd" are not codes. */
const CURRENCY_CODE_BEFORE = /(?<![A-Za-z])(EUR|USD|GBP|UAH|RUB|CHF|CNY|PLN|INR|Rs\.?)\s?$/;
const CURRENCY_CODE: Record<string, WrittenUnit> = { EUR: "EUR", USD: "USD", GBP: "GBP", UAH: "other_currency", RUB: "other_currency", CHF: "other_currency", CNY: "other_currency", PLN: "other_currency", INR: "other_currency", Rs: "other_currency", "Rs.": "other_currency" };

/** A vague amount's phrase, as the qualifier table writes it. */
export interface VagueAmount {
  phrase: string;
}

/** Escape a phrase for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The value of number words ("three hundred and five" → 305, "a dozen" → 12). */
export function wordsToNumber(words: string[]): number {
  let total = 0;
  let current = 0;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === "a" || w === "an") continue;
    const small = SMALL_VALUE.get(w);
    if (small !== undefined) current += small;
    else if (w in SMALL) current += SMALL[w];
    else if (w === "hundred") current = (current || 1) * 100;
    else if (w === "dozen") current = (current || 1) * 12;
    else if (w in SCALE) {
      total += (current || 1) * SCALE[w];
      current = 0;
    }
  }
  return total + current;
}

interface Parsed {
  start: number;
  end: number;
  value: number;
  unit: WrittenUnit;
  kind: "digits" | "words";
  hasScale: boolean;
  /** The scale word's multiplier ("thousand" 1000), 1 when none. */
  scale: number;
}

/** Parse the number starting exactly at `pos` (digits or words); null if there is none. */
function parseAt(text: string, pos: number): Parsed | null {
  DIGITS.lastIndex = pos;
  let d = DIGITS.exec(text);
  // Not spaces between a date's day and a count ("on May 5 120 people"), a time's minutes ("at 08:00 120 drones") or a
  // leading zero: there the space ends the number.
  if (d && d[2].length > 4 && /[ \u00A0\u202F\u2009]/.test(d[2]) && (d[2][0] === "0" || text[pos - 1] === ":" || MONTH_BEFORE.test(text.slice(Math.max(0, pos - 16), pos)))) {
    DIGITS_UNSPACED.lastIndex = pos;
    d = DIGITS_UNSPACED.exec(text);
  }
  if (d) {
    let value = digitsValue(d[2]);
    // "EUR 1.2 billion", "UAH 5bn": an ISO currency code before the amount is its sign.
    const code = !d[1] && pos >= 3 ? CURRENCY_CODE_BEFORE.exec(text.slice(Math.max(0, pos - 4), pos)) : null;
    const sign = d[1] || code;
    const scaleWord = (d[3] ?? d[4] ?? "").toLowerCase();
    // A glued "m"/"k"/"b" is a scale only after a currency sign ("£5m"); "5m" alone may be metres.
    // "1.3m Russians", "almost 1m troops" (The Economist's style): a glued "m" before a counted word is a million.
    // "150k troops", "40K Russian soldiers" (social-media style): a glued "k" before a counted word is a thousand.
    // "between 850,000 and 1.2m.", "the 1.1m that Ukraine claims": a decimal "m" closing a phrase about losses.
    const gluedScale = (d[4] === "m" || d[4] === "k" || d[4] === "K") && !sign && (GLUED_MILLION_AFTER.test(text.slice(pos + d[0].length, pos + d[0].length + 24)) ||
      (d[4] === "m" && d[0].includes(".") && GLUED_MILLION_CLOSE.test(text.slice(pos + d[0].length, pos + d[0].length + 6)) && LOSSES_BEFORE.test(text.slice(Math.max(0, pos - 80), pos))));
    const scale = scaleWord && (d[3] || sign || gluedScale) ? SCALE[scaleWord] : 1;
    let end = pos + d[0].length;
    if (d[4] && !sign && !gluedScale) end -= d[4].length;
    value = value * scale;
    const unit: WrittenUnit = d[1] ? CURRENCY_SIGN[d[1]] : code ? CURRENCY_CODE[code[1]] : "count";
    const start = code ? pos - code[0].length : pos;
    return { start, end, value: round(value), unit, kind: "digits", hasScale: scale !== 1, scale };
  }
  const words: string[] = [];
  let end = pos;
  let i = pos;
  for (;;) {
    WORD_TOKEN.lastIndex = i;
    const w = WORD_TOKEN.exec(text);
    if (!w) break;
    if (w[1]) words.push(w[1].trim());
    words.push(w[2]);
    end = i + w[0].length;
    // Continue over "-", spaces, or "and" after a scale word ("three hundred and five").
    const rest = /^(?:-|\s+and\s+|\s+)/.exec(text.slice(end, end + 6));
    if (!rest) break;
    const last = w[2].toLowerCase();
    if (rest[0].includes("and") && !(last === "hundred" || last === "thousand" || last === "million")) break;
    i = end + rest[0].length;
    // Stop before a word that is not a number word; a lone "a"/"an" is not one.
    WORD_TOKEN.lastIndex = i;
    const next = WORD_TOKEN.exec(text);
    if (!next) break;
    // Two small numbers side by side ("one two") are two numbers, not one.
    const nextWord = next[2].toLowerCase();
    if (!next[1] && nextWord in SMALL && last in SMALL && !(SMALL[last] >= 20 && SMALL[last] % 10 === 0 && SMALL[nextWord] < 10)) break;
  }
  if (words.length === 0) return null;
  const onlyArticle = words.every((w) => /^an?$/i.test(w));
  if (onlyArticle) return null;
  return { start: pos, end, value: wordsToNumber(words), unit: "count", kind: "words", hasScale: false, scale: 1 };
}

/**
 * The value of a digit string as DIGITS reads it ("5,107", "1.2", "0123"): what Number() gives with the
 * commas removed. Up to 15 digits without a decimal point, summed digit by digit (exact below 2^53).
 */
function digitsValue(written: string): number {
  if (written.length <= 15) {
    let v = 0;
    for (let i = 0; i < written.length; i++) {
      const c = written.charCodeAt(i);
      if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
      else if (c !== 44 && c !== 32 && c !== 0xa0 && c !== 0x202f && c !== 0x2009) return Number(written.replace(/[,\s\u202F\u2009]/g, ""));
    }
    return v;
  }
  return Number(written.replace(/[,\s\u202F\u2009]/g, ""));
}

/** A computed value with binary floating-point noise removed (six decimals; 15 significant digits for large values). */
export function round(v: number): number {
  // "$16.1 billion" is 16.1 × 1e9 = 16100000000.000002 in binary floating point; at that size six decimals no longer fit a
  // double, so large values keep 15 significant digits instead.
  if (Math.abs(v) >= 1e9) return Number(v.toPrecision(15));
  return Math.round(v * 1e6) / 1e6;
}

/** Read a unit right after a number; returns the unit and the new end. */
function readUnit(text: string, p: Parsed): void {
  UNIT.lastIndex = p.end;
  const u = UNIT.exec(text);
  if (!u) return;
  let unit: WrittenUnit | null = null;
  if (u[1] || u[2]) unit = "percent";
  else if (u[3]) unit = "km2";
  else if (u[4]) unit = "sq_mi";
  else if (u[5]) unit = "km";
  else if (u[6]) unit = "mi";
  else if (u[7]) unit = "GBP";
  else if (u[8]) unit = "USD";
  else if (u[9]) unit = "EUR";
  else if (u[10]) unit = "other_currency";
  else if (u[11]) unit = "time";
  if (unit === null) return;
  // "34 %" and "£5.2bn" keep their sign's unit; a suffix currency after a sign is the same currency.
  if (p.unit !== "count" && (unit === "GBP" || unit === "USD" || unit === "EUR")) {
    p.end = UNIT.lastIndex;
    return;
  }
  if (p.unit !== "count") return;
  p.unit = unit;
  p.end = UNIT.lastIndex;
}

const TEMPERATURE_FIRST = new Set([" ", "°", "º"]);
const TEMPERATURE_AFTER = /^\s*(?:degrees?\s+)?(?:Celsius|Fahrenheit|°|º)|^\s*degrees\b/;
/** A group of people and "under"/"over" right before a number: an age limit. */
const AGE_LIMIT_BEFORE = /\b(?:those|people|men|women|soldiers|prisoners|detainees|captives|children|conscripts|recruits|servicemen)\s+(?:aged\s+)?(?:under|over|below|above)\s+$/i;
/** "a boy of", "the woman of" before an age. */
const PERSON_OF_BEFORE = /\b(?:a|the)\s+(?:boy|girl|child|man|woman|baby|toddler|teenager|son|daughter|pensioner)\s+of\s+$/i;
/** A word in lower case (and maybe a comma) right before: the number stands inside a sentence of prose. */
const PROSE_WORD_BEFORE = /(?:^|\s)[a-z][\w'’-]*,?\s+$/;
const isUpper = (c: number) => c >= 65 && c <= 90;

/** Whether a character (text[i], one code unit) is one of [A-Za-z0-9\u00C0-\u024F]. */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || (k >= 0xc0 && k <= 0x24f);
}

/** JavaScript's \s. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * In text.slice(Math.max(0, from), end) ending in white space: the last character before that white space, lower-cased
 * if an ASCII letter (its code | 32); -1 when the slice does not end in white space or is all white space. A pattern
 * ending in "(?:words)\s+$" can only match when this is one of its words' last letters.
 */
function lastBeforeSpace(text: string, end: number, from: number): number {
  const lo = Math.max(0, from);
  let k = end - 1;
  while (k >= lo && isSpaceCode(text.charCodeAt(k))) k--;
  if (k === end - 1 || k < lo) return -1;
  return text.charCodeAt(k) | 32;
}
/** A character \b counts as a word's (no "u" flag): [A-Za-z0-9_]. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** Last letters of AGE_LIMIT_BEFORE's "under", "over", "below", "above". */
const AGE_LIMIT_LAST = new Set([114, 119, 101]);

/** /^(?:st|nd|rd|th)\b/i.test(text.slice(end, end + 3)), without the slice. */
function ordinalAfter(text: string, end: number): boolean {
  const a = text.charCodeAt(end) | 32;
  const b = text.charCodeAt(end + 1) | 32;
  if (!((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104))) return false;
  return end + 2 >= text.length || !isWordCode(text.charCodeAt(end + 2));
}

/** Whether TEMPERATURE_AFTER may match at `end`: its first character after white space is one of "dCF°º". */
function temperatureWordAfter(text: string, end: number): boolean {
  const limit = Math.min(end + 20, text.length);
  let k = end;
  while (k < limit && isSpaceCode(text.charCodeAt(k))) k++;
  if (k >= limit) return false;
  const c = text.charCodeAt(k);
  return c === 100 || c === 67 || c === 70 || c === 0xb0 || c === 0xba;
}

/** Why a number is not a figure, from the characters around it. */
/** "24.02", "12.10": a day (1–31), a dot, a month (01–12). */
const DAY_MONTH = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])$/;
const DAY_MONTH_BEFORE = /\b(?:from|to|since|until|till|through|on|as\s+of)\s+$/i;
const DAY_MONTH_AFTER = /^\s*(?:to|until|till|through|[-–])\s*(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\b/;
function exclusionOf(text: string, p: Parsed): Exclusion | null {
  const before = text[p.start - 1];
  const after = text[p.end];
  if (p.kind === "digits" && p.unit === "count" && !p.hasScale) {
    // "[11]", ".[5]": a footnote or citation marker (ISW, Wikipedia style).
    if (before === "[" && after === "]") return "footnote";
    // "'000" (thousands, in a chart's unit), "'22" (a year): digits glued to an apostrophe.
    if ((before === "'" || before === "’") && !isWordChar(text[p.start - 2])) return "identifier";
    // "Tu-95MS 'Red 11'", "Su-34 \"Blue 05\"": an aircraft's side number.
    if (SIDE_NUMBER_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start))) return "identifier";
    // "Kilo-class (Project 636.3) submarine", "Type 055 destroyers": a design's number.
    if ((before === " " && DESIGNATION_BEFORE.test(text.slice(Math.max(0, p.start - 16), p.start))) ||
        ((before === "-" || before === "–") && DESIGNATION_RANGE_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))) ||
        (before === " " && (text.startsWith("and", p.start - 4) || text.startsWith("or", p.start - 3)) && ARTICLES_LIST_BEFORE.test(text.slice(Math.max(0, p.start - 48), p.start)))) return "identifier";
    // "from 24.02 to 12.10", "as of 12.10": a day and month with no year, as Ukrainian bulletins write them.
    if ((text.charCodeAt(p.start + 1) === 46 || text.charCodeAt(p.start + 2) === 46) && DAY_MONTH.test(text.slice(p.start, p.end)) && (DAY_MONTH_BEFORE.test(text.slice(Math.max(0, p.start - 10), p.start)) || DAY_MONTH_AFTER.test(text.slice(p.end, p.end + 12)))) return "date";
    // "Maksym Ustymenko, 32, shot down ...": an age in apposition to a name.
    if (p.value <= 110 && after === "," && /^,\s/.test(text.slice(p.end, p.end + 2)) && AGE_APPOSITION_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))) return "age";
    // "a building at No 14", "12 Sovetskaya Street": house numbers.
    // Both tested only where a letter they end or start with stands: "No", "No.", "number", "house", "building" end in
    // o . r e g; a street's name starts with a capital after one white space.
    const last = text.charCodeAt(p.start - 2);
    if ((last === 111 || last === 46 || last === 114 || last === 101 || last === 103) && HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start))) return "address";
    if (isUpper(text.charCodeAt(p.end + 1)) && STREET_AFTER.test(text.slice(p.end, p.end + 60))) return "address";
    // Identifiers: "Su-34", "An-12", "G7", "COVID-19", URL fragments.
    if (isWordChar(before) || before === "/" || before === "#" || before === "." || before === "_") return "identifier";
    // "Su-34" is a name; "600,000-700,000" is a range (digits on both sides of the hyphen).
    if (before === "-" && /[A-Za-z]/.test(text[p.start - 2] ?? "")) return "identifier";
    const ordinal = ordinalAfter(text, p.end);
    if (isWordChar(after) && !ordinal) return "identifier";
    if (ordinal) return "ordinal";
    if (after === ":" && /\d/.test(text[p.end + 1] ?? "")) return "time";
    if (before === ":" && /\d/.test(text[p.start - 2] ?? "")) return "time";
    if (after === "/" || (after === "." && /\d/.test(text[p.end + 1] ?? ""))) return "identifier";
    const digits = text.slice(p.start, p.end);
    const ctxBefore = text.slice(Math.max(0, p.start - 16), p.start);
    if (/^\d{1,2}$/.test(digits)) {
      if (MONTH_BEFORE.test(ctxBefore) || MONTH_AFTER.test(text.slice(p.end, p.end + 16)) || DAY_AND_MONTH_AFTER.test(text.slice(p.end, p.end + 28))) return "date";
      if (p.value <= 31 && (before === " " || before === ",")) {
        const list = DAY_LIST_BEFORE.exec(text.slice(Math.max(0, p.start - 32), p.start));
        // The last day after "and"/"or"; an earlier one only when the list goes on after it.
        if (list && (/(?:and|or)\s+$/.test(list[0]) || DAY_LIST_AFTER.test(text.slice(p.end, p.end + 24)))) return "date";
      }
    }
    // "The town was founded in 1875": an older year only after a word of time.
    if (/^\d{4}$/.test(digits) && p.value >= 1700 && p.value < 1900 && (YEAR_CONTEXT_BEFORE.test(ctxBefore) || MONTH_BEFORE.test(ctxBefore))) return "year";
    if (/^\d{4}$/.test(digits) && p.value >= 1900 && p.value <= 2100) {
      const next = /^\s+([a-z]+)/.exec(text.slice(p.end, p.end + 24));
      // "said 2024 had been the costliest year", "making 2025 already deadlier": a year as a clause's subject or object.
      const countedNext = next !== null && !/^(?:in|and|to|the|when|after|before|as|with|on|at|for|of|was|were|is|that|until|by|or|but|while|had|has|have|already|will|would|saw|brought|became|proved|looks|looked)$/.test(next[1]);
      if (!countedNext || YEAR_CONTEXT_BEFORE.test(ctxBefore) || MONTH_BEFORE.test(ctxBefore) || MONTH_DAY_BEFORE.test(ctxBefore)) return "year";
    }
  }
  if (p.unit === "time") return "time";
  // "fell to minus 14 Celsius (7 Fahrenheit)": a temperature.
  // Tested only where its first character stands (a space or a degree sign after, "minus " before): this runs per number.
  if (p.unit === "count" && ((TEMPERATURE_FIRST.has(text[p.end]) && temperatureWordAfter(text, p.end) && TEMPERATURE_AFTER.test(text.slice(p.end, p.end + 20))) || (text.charCodeAt(p.start - 6) | 32) === 109 && /^minus\s$/i.test(text.slice(Math.max(0, p.start - 6), p.start)))) return "temperature";
  // "temperatures dropped to –8 C", "+3C": a signed number before a bare C is a temperature.
  if (p.unit === "count" && /[-–−+]$/.test(text.slice(Math.max(0, p.start - 1), p.start)) && /^\s?C\b/.test(text.slice(p.end, p.end + 3))) return "temperature";
  // Both tests first look at the character after the number's space: most numbers are followed by none of their words.
  if (p.unit === "count" && !p.hasScale && p.value <= 12 && text.charCodeAt(p.end) === 32 && TIME_OF_DAY_FIRST.has(text[p.end + 1]) && TIME_OF_DAY_AFTER.test(text.slice(p.end, p.end + 24))) return "time";
  if (p.unit === "count" && p.value <= 110 && text.charCodeAt(p.start - 1) === 32 && text.startsWith("at", p.start - 3) && AGE_AT_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start))) return "age";
  if ((p.unit === "count" || p.unit === "km2" || p.unit === "percent") && text.charCodeAt(p.end) === 32 && DIFFERENCE_FIRST.has(text[p.end + 1]) && DIFFERENCE_AFTER.test(text.slice(p.end, p.end + 16))) return "difference";
  // "those aged 18 to 25", "at the age of 60", "lowered the minimum age to 25": ages.
  // "three employees, aged 29, 44 and 57": every age of a list (looked for only where "age" stands in the window).
  if (text.slice(Math.max(0, p.start - 40), p.start).includes("ge") && /\b(?:aged|ages?|age\s+(?:of|to|from|limit\s+(?:of|to)))\s+(?:between\s+)?(?:\d{1,3}\s*(?:,\s*and|,|to|and|or|-|–)\s*){0,4}$/i.test(text.slice(Math.max(0, p.start - 40), p.start))) return "compound";
  // "The youngest victim was a boy of 4": an age.
  if (p.unit === "count" && p.value <= 110 && text.startsWith("of ", p.start - 3) && PERSON_OF_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))) return "age";
  // "In a separate post, Two Majors said": a number word with a capital inside a sentence of prose, before another capital,
  // opens a name (a channel, a group). Not in a title-case headline ("Strike Kills Two People"), where the word before has one too.
  if (p.kind === "words" && isUpper(text.charCodeAt(p.start)) && /^\s+[A-Z][a-z]/.test(text.slice(p.end, p.end + 3)) && PROSE_WORD_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))) return "identifier";
  // "the youngest was 19", "the oldest of them is 84", "the youngest aged 22 and the oldest 61": an age.
  if (p.unit === "count" && p.value <= 110 && /\b(?:youngest|oldest)\b(?:[^.;]{0,50}\b(?:was|is|were|are|aged|being))?,?\s+$/i.test(text.slice(Math.max(0, p.start - 68), p.start))) return "age";
  // "release all seriously wounded prisoners and those under 25", "young prisoners under 25": an age limit.
  if (p.unit === "count" && p.value <= 110 && text.charCodeAt(p.start - 1) === 32 && AGE_LIMIT_LAST.has(lastBeforeSpace(text, p.start, p.start - 24)) && AGE_LIMIT_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))) return "age";
  // "soldiers younger than 25", "those older than 60": an age.
  if (p.unit === "count" && p.value <= 110 && /\b(?:younger|older)\s+than\s+$/i.test(text.slice(Math.max(0, p.start - 16), p.start))) return "age";
  // "men who were 60 or older": an age.
  if (p.unit === "count" && p.value <= 110 && /^\s+or\s+(?:older|younger|above)\b/i.test(text.slice(p.end, p.end + 16))) return "age";
  // "a city with a population of 60,000", "a pre-war population of about 5,000": inhabitants, not losses.
  if (p.unit === "count" && POPULATION_BEFORE.test(text.slice(Math.max(0, p.start - 48), p.start))) return "population";
  // "a regional capital that had some 700,000 residents", "a city of about 1 million inhabitants": who live there.
  if (p.unit === "count" && RESIDENTS_AFTER.test(text.slice(p.end, p.end + 16)) && HOME_TO_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))) return "population";
  if (p.unit === "count" && text.slice(Math.max(0, p.start - 40), p.start).includes("home") && HOME_TO_PEOPLE_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))) return "population";
  // "the Donetsk region, which covers 26,517 square kilometres", "a total area of 600 sq km": a place's size, not land won
  // or held ("captured an area of 600 sq km" is land won, so a bare "area of" is not enough).
  if (p.unit === "km2" && AREA_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))) return "area";
  // "for more than two and a half years", "three weeks": a length of time.
  if (p.unit === "count" && DURATION_AFTER.test(text.slice(p.end, p.end + 24))) return "duration";
  // "truces of 24 to 48 hours", "for two to three weeks": the low end of a range of time.
  if (p.unit === "count" && TIME_RANGE_LOW_END.test(text.slice(p.end, p.end + 40))) return "duration";
  // "lost their opening game 2-1", "beat Georgia 3-0": a score.
  if (p.kind === "digits" && p.value < 100 && isScore(text, p)) return "score";
  // "30-day", "14-member", "10-year-old", "two-hour": a number inside a compound adjective.
  if (after === "-" && /[A-Za-z]/.test(text[p.end + 1] ?? "") && !/^-for-/i.test(text.slice(p.end, p.end + 5))) return "compound";
  if (p.kind === "words" && before === "-") return "compound";
  // "18- to 24-year-olds", "two- and three-year contracts": the first of two compounds sharing their second word.
  if (after === "-" && /^-\s+(?:to|and|or)\s+[\w.]+-[A-Za-z]/.test(text.slice(p.end, p.end + 30))) return "compound";
  // "several hundred", "a few thousand": a vague amount, not the scale word alone (100, 1,000).
  if (p.kind === "words" && SCALE_WORD_ONLY.test(text.slice(p.start, p.end)) && VAGUE_BEFORE_SCALE.test(text.slice(Math.max(0, p.start - 12), p.start))) return "vague";
  // "one of the deadliest attacks", "one another": a pronoun, not a count.
  if (p.kind === "words" && p.unit === "count" && p.value === 1 && /^\s+(?:of|another)\b/i.test(text.slice(p.end, p.end + 9))) return "partitive";
  // "no one was hurt", "no one else": a negated pronoun, not a count of one.
  if (p.kind === "words" && p.value === 1 && /\bno[\s-]$/i.test(text.slice(Math.max(0, p.start - 3), p.start))) return "partitive";
  return null;
}

export interface NumberScanner {
  /** Every number mention in `text`, in order, including excluded ones (with their reason). */
  (text: string): NumberMention[];
}

/** A scanner for number mentions; vague phrases come from data/tables/qualifiers.csv. */
export function createNumberScanner(vague: VagueAmount[]): NumberScanner {
  const phrases = vague.map((v) => v.phrase.toLowerCase().trim()).filter((p) => p !== "");
  phrases.sort((a, b) => b.length - a.length);
  const vagueAlt = phrases.map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+")).join("|");
  // Where a number may start: a digit or currency sign, a number word, or a vague amount's key word
  // ("few" in "a few"). Kept as a plain alternation without lookarounds: this regex reads every byte.
  const keyWords = new Set<string>();
  for (const p of phrases) {
    const words = p.split(/\s+/);
    keyWords.add(escapeRegExp(/^an?$/.test(words[0]) && words.length > 1 ? words[1] : words[0]));
  }
  // The fraction words too ("a fifth of Ukraine"): read in the same pass, not in one of their own.
  // Read as two scans, one per branch of [\d$£€]|\b(?:words) (their matches never start at one position): each is cheaper
  // than the two together, and each is run again only once the scan has passed the start it found.
  const digitStart = /[\d$£€]/g;
  const wordStart = new RegExp(`\\b(?:${alternation([...NUMBER_WORDS, ...keyWords, ...FRACTION_WORDS])})`, "gi");
  const vagueSticky = vagueAlt ? new RegExp(`(?:${vagueAlt})\\b`, "iy") : null;
  const ARTICLE_BEFORE = /\b(an?)\s+$/i;

  return function scanNumbers(text: string): NumberMention[] {
    const out: NumberMention[] = [];
    // The scan goes on at `from`. Each branch's next start (Infinity: none) holds while the scan is between the offset it was
    // looked for from and that start.
    let from = 0;
    let digitFrom = 1, digitAt = -1;
    let wordFrom = 1, wordAt = -1, wordLength = 0;
    for (;;) {
      if (from < digitFrom || digitAt < from) {
        digitStart.lastIndex = from;
        const d = digitStart.exec(text);
        digitFrom = from;
        digitAt = d === null ? Infinity : d.index;
      }
      if (from < wordFrom || wordAt < from) {
        wordStart.lastIndex = from;
        const w = wordStart.exec(text);
        wordFrom = from;
        if (w === null) wordAt = Infinity;
        else {
          wordAt = w.index;
          wordLength = w[0].length;
        }
      }
      if (digitAt === Infinity && wordAt === Infinity) break;
      const mIndex = digitAt < wordAt ? digitAt : wordAt;
      const mLength = digitAt < wordAt ? 1 : wordLength;
      from = mIndex + mLength;
      let pos = mIndex;
      const c = text.charCodeAt(pos);
      const isLetter = (c | 32) >= 97 && (c | 32) <= 122;
      if (isLetter) {
        // A word match must start a word and may have "a"/"an" before it ("a few", "a hundred").
        const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, pos - 4), pos));
        if (article) pos -= article[0].length;
      } else if (c === 36 && text.slice(pos - 2, pos) === "US") pos -= 2;
      if (pos < (out.length ? out[out.length - 1].end : 0)) pos = mIndex;
      if (isLetter) {
        // "just under a fifth of Ukraine", "two-thirds of the Donetsk region": a share of land in words.
        FRACTION_OF_LAND.lastIndex = pos;
        const fraction = FRACTION_OF_LAND.exec(text);
        if (fraction) {
          const end = pos + fraction[0].length;
          const key = (fraction[2] ?? fraction[3] ?? fraction[4] ?? fraction[5]).toLowerCase();
          out.push({ start: pos, end, value: FRACTION_PERCENT[key], unit: "percent", kind: "words", vague: "", range: null, perSide: false, after: end, exclusion: null });
          from = end;
          continue;
        }
      }
      if (vagueSticky && isLetter) {
        vagueSticky.lastIndex = pos;
        const v = vagueSticky.exec(text);
        if (v) {
          const end = pos + v[0].length;
          out.push({
            start: pos, end, value: 0, unit: "count", kind: "vague", vague: v[0].toLowerCase().replace(/\s+/g, " "),
            range: null, perSide: false, after: end, exclusion: null,
          });
          from = end;
          continue;
        }
      }
      let p = parseAt(text, pos);
      if (!p && pos !== mIndex) p = parseAt(text, (pos = mIndex));
      if (!p) {
        from = mIndex + mLength;
        continue;
      }
      // "half a million", "half a billion dollars", "a quarter of a million": that share of the scale.
      if (p.kind === "words" && /^an?\s/i.test(text.slice(p.start, p.start + 3))) {
        const share = SHARE_OF_SCALE_BEFORE.exec(text.slice(Math.max(0, p.start - 24), p.start));
        // "three-quarters", "one tenth": the number word of the share was read on its own just before; it is part of this one.
        while (share && out.length && out[out.length - 1].start >= p.start - share[0].length && /^(?:three|one)$/i.test(text.slice(out[out.length - 1].start, out[out.length - 1].end))) out.pop();
        if (share && p.start - share[0].length >= (out.length ? out[out.length - 1].end : 0)) {
          p.start -= share[0].length;
          p.value = Math.round(p.value * (share[1] ? 0.5 : share[2] ? 0.75 : SCALE_SHARE[share[3].toLowerCase()]));
        }
      }
      readUnit(text, p);
      const mention = toMention(p, exclusionOf(text, p));
      from = p.end;

      // "on the night of October 19 to 20", "Oct. 19-20": the day that closes a range of days is a date too.
      if (mention.exclusion === "date" && p.kind === "digits") {
        DAY_RANGE_JOIN.lastIndex = p.end;
        const q = DAY_RANGE_JOIN.exec(text) ? parseAt(text, DAY_RANGE_JOIN.lastIndex) : null;
        if (q && q.kind === "digits" && q.value > p.value && q.value <= 31 && !isWordChar(text[q.end])) {
          readUnit(text, q);
          out.push(mention, toMention(q, "date"));
          from = q.end;
          continue;
        }
      }

      // "1,000-for-1,000": one figure per side.
      SWAP_JOIN.lastIndex = p.end;
      const swap = mention.exclusion === null ? SWAP_JOIN.exec(text) : null;
      if (swap) {
        const q = parseAt(text, SWAP_JOIN.lastIndex);
        if (q && q.value === p.value) {
          mention.perSide = true;
          mention.end = mention.after = q.end;
          from = q.end;
          out.push(mention);
          continue;
        }
      }
      // "eight out of nine": the figure is 8; the 9 is context.
      OUT_OF.lastIndex = p.end;
      if (mention.exclusion === null && OUT_OF.exec(text)) {
        const q = parseAt(text, OUT_OF.lastIndex);
        if (q) {
          mention.end = mention.after = q.end;
          from = q.end;
          out.push(mention);
          continue;
        }
      }
      // Ranges: "11 to 15", "30-35 thousand", "between 11 and 15 square kilometres".
      const lastBefore = lastBeforeSpace(text, pos, pos - 10);
      const between = (lastBefore === 110 || lastBefore === 109) && BETWEEN_BEFORE.test(text.slice(Math.max(0, pos - 10), pos));
      // "between 5 and 10", "from 5 to 10"; not "up from 828 and 3,904" (two earlier values, not a range).
      const join = between ? (lastBefore === 110 ? BETWEEN_JOIN : FROM_JOIN) : RANGE_JOIN;
      join.lastIndex = p.end;
      // "$40 to $50 billion", "€2-3bn": an amount's range too.
      // "between 300 sq km and 460 sq km", "from 300 sq km to 460 sq km": land too, when "between" or "from" frames it.
      const j = (p.unit === "count" || p.unit === "percent" || p.unit === "USD" || p.unit === "EUR" || p.unit === "GBP" || (p.unit === "km2" && between)) && mention.exclusion !== "date" ? join.exec(text) : null;
      if (j) {
        const q = parseAt(text, join.lastIndex);
        // "between seven and 13 aircraft": words and digits may mix when "between"/"from" frames the range.
        if (q && (q.kind === p.kind || between)) {
          readUnit(text, q);
          // "$300-400mn", "€2-3bn": the low end's currency sign is the high end's too.
          if ((p.unit === "USD" || p.unit === "EUR" || p.unit === "GBP") && q.unit === "count" && q.kind === "digits" && !/\s/.test(j[0])) q.unit = p.unit;
          const qEx = exclusionOf(text, q);
          // "from 15 to 17 March", "15-17 March": the low end of a range of days is a date too.
          if (qEx === "date" && p.kind === "digits" && p.value >= 1 && p.value <= 31 && mention.exclusion === null) mention.exclusion = "date";
          // "30-35 thousand": the high end's scale and unit apply to the low end too.
          // Not "between 900,000 and 1.3m": a low end already larger than the high end's digits has its own scale.
          const low = q.hasScale && !p.hasScale && p.kind === "digits" && p.value <= q.value / q.scale ? p.value * q.scale : p.value;
          const rangeOk = q.value > low && (qEx === null || qEx === "compound") && (p.unit === "count" || q.unit === p.unit);
          if (rangeOk && mention.exclusion === null && !(j[0].trim() === "or" && q.value > low * 10)) {
            const unit = q.unit;
            const lowMention: NumberMention = { ...mention, value: round(low), unit, range: { role: "low", low: round(low), high: q.value } };
            if (between) lowMention.start = pos - (/\b(?:between|from)\s+$/i.exec(text.slice(Math.max(0, pos - 10), pos))?.[0].length ?? 0);
            lowMention.after = q.end;
            const highMention = toMention(q, qEx === "compound" ? "compound" : null);
            highMention.range = { role: "high", low: round(low), high: q.value };
            out.push(lowMention, highMention);
            from = q.end;
            continue;
          }
        }
      }
      out.push(mention);
    }
    markConversions(text, out);
    return out;
  };
}

/** Words that open a fraction ("a fifth", "two-thirds"): candidates of the number scan. */
const FRACTION_WORDS = ["fifth", "quarter", "third", "tenth", "half"];
const FRACTION_OF_LAND = /(?:(a|one)[\s-](fifth|quarter|third|tenth)|(two)[\s-]thirds|(three)[\s-]quarters|(half))(?=\s+of\s+(?:the\s+)?(?:(?:country|territory|land|region|oblast|province)\b|(?:Ukraine|Ukrainian|Ukraine['’]s|Donetsk|Luhansk|Zaporizhzhia|Kherson|Kharkiv|Crimea|Kursk|Donbas)\b|(?:its|their)\s+(?:territory|land)\b))/iy;
const FRACTION_PERCENT: Record<string, number> = { fifth: 20, quarter: 25, third: 33.3, tenth: 10, two: 66.7, three: 75, half: 50 };

function toMention(p: Parsed, exclusion: Exclusion | null): NumberMention {
  return {
    start: p.start, end: p.end, value: p.value, unit: p.unit, kind: p.kind, vague: "", range: null,
    perSide: false, after: p.end, exclusion,
  };
}

/**
 * "143 square miles (370 square kilometres)" or "370 km2 (143 sq mi)": one area stated twice. The
 * square-mile number is never a figure (it is not in the unit vocabulary); a km² figure in brackets
 * right after a square-mile figure stays the figure.
 */
function markConversions(text: string, mentions: NumberMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    const gap = text.slice(a.end, b.start);
    if (!/^\s*\(\s*(?:or\s+|about\s+|some\s+|roughly\s+|nearly\s+)?$/.test(gap)) continue;
    const pair = a.unit + ">" + b.unit;
    if (pair === "km2>sq_mi" || pair === "km>mi") b.exclusion = "conversion";
    if (pair === "sq_mi>km2" || pair === "mi>km") a.exclusion = "conversion";
    // "$7 billion (€6.1bn)", "3 million rubles ($37,000)": an amount in another currency in brackets restates it.
    if (a.unit !== b.unit && CURRENCY_UNITS.has(a.unit) && CURRENCY_UNITS.has(b.unit)) b.exclusion = "conversion";
  }
}
