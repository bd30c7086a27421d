// One decoded file → an Article: the text every offset indexes, plus title, outlet, url and published date,
// read from the file itself (front matter, HTML head, or the lines news sites put around a story) and
// overridden by data/tables/articles.csv. Pure: no I/O, no clock, no time zone, no locale.

import matter from "gray-matter";
import { isValid, parse } from "date-fns";
import { parseHtml } from "./html.js";
import type { Article, ArticleMetaRow, OutletRow } from "./types.js";

export interface ArticleContext {
  /** The row of data/tables/articles.csv for this article; its non-empty fields win over what the text says. */
  meta?: ArticleMetaRow;
  /** data/tables/outlets.csv, to name the outlet of a url's domain. */
  outlets?: readonly OutletRow[];
}

export type ArticleFormat = "txt" | "md" | "html" | "other";

const FORMAT_OF_EXTENSION: Record<string, ArticleFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  xhtml: "html",
};

/** Metadata lines sit at the top or the bottom of a story; only these many characters at each end are searched. */
const METADATA_WINDOW = 8000;

// ---------- ids and formats ----------

/** The extension of a file name, lower-cased, without the dot ("" when none; a leading dot is not one). */
export function fileExtension(file: string): string {
  const base = file.slice(file.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** Article id: the path relative to the corpus root without its extension, with "/" separators. */
export function articleIdOf(file: string): string {
  const normal = file.replace(/\\/g, "/");
  const slash = normal.lastIndexOf("/");
  const dot = normal.lastIndexOf(".");
  return dot > slash + 1 ? normal.slice(0, dot) : normal;
}

export function formatOf(file: string): ArticleFormat {
  return FORMAT_OF_EXTENSION[fileExtension(file)] ?? "other";
}

// ---------- dates ----------

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

/**
 * The date shapes we read, each with the date-fns formats that parse its normalised text. The regexes have
 * no nested quantifiers and are compiled once.
 */
const DATE_SHAPES: readonly { pattern: RegExp; formats: readonly string[] }[] = [
  { pattern: /(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/, formats: ["yyyy-M-d"] },
  { pattern: /(?<![\d])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d])/, formats: ["yyyy/M/d"] },
  { pattern: /(?<![\d])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d])/, formats: ["yyyy.M.d"] },
  { pattern: /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/, formats: ["yyyy年M月d日"] },
  { pattern: new RegExp(`(?<![\\d])\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH},?\\s\\d{4}(?![\\d])`, "i"), formats: ["d MMMM yyyy", "d MMM yyyy"] },
  { pattern: new RegExp(`(?<![a-z])${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}(?![\\d])`, "i"), formats: ["MMMM d yyyy", "MMM d yyyy"] },
];

/** date-fns needs a reference date for missing fields; a fixed one keeps parsing free of the clock. */
const REFERENCE_DATE = new Date(2000, 0, 1);

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export interface CalendarDateMatch {
  /** YYYY-MM-DD */
  value: string;
  index: number;
  length: number;
}

/**
 * How to read an all-numeric date whose first two numbers could each be the day ("07/12/2025"): "dmy" as
 * most of the world writes it, "mdy" as the United States does. Without one, only a date that cannot be
 * misread (a number above 12 in front) is taken.
 */
export type NumericDateOrder = "dmy" | "mdy";

export interface DateReadingOptions {
  numericOrder?: NumericDateOrder;
}

/** "12.07.2025": with dots the day comes first by convention, in every country that writes it so. */
const DOTTED_DAY_FIRST = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d]|\.\d)/;
/** "12/07/2025", "7-12-2025": day or month first, decided by `numericOrder` or by a number above 12. */
const SLASHED_NUMERIC = /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d]|[/-]\d)/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD for a real calendar day in 1900–2999, else "". Pure arithmetic: no Date, no zone. */
export function isoDate(year: number, month: number, day: number): string {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) return "";
  if (!Number.isInteger(month) || month < 1 || month > 12) return "";
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  if (!Number.isInteger(day) || day < 1 || day > last) return "";
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The day and month of "a/b/yyyy", or undefined when the order is unknown and both could be the month. */
function dayAndMonth(a: number, b: number, order: NumericDateOrder | undefined): { day: number; month: number } | undefined {
  if (a > 12 && b <= 12) return { day: a, month: b };
  if (b > 12 && a <= 12) return { day: b, month: a };
  if (order === "dmy") return { day: a, month: b };
  if (order === "mdy") return { day: b, month: a };
  return undefined;
}

/** Reads a month-name date through date-fns with explicit English formats. */
function readWithFormats(formats: readonly string[]): (m: RegExpExecArray) => string {
  return (m) => {
    const normal = m[0]
      .replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1")
      .replace(/[,.](?=\s|$)/g, "")
      .replace(/\bsept\b/i, "Sep")
      .replace(/\s+/g, " ")
      .replace(/\s?(年|月|日)\s?/g, "$1");
    for (const format of formats) {
      // date-fns parses into a local Date; we read back the same local fields, so the zone cancels out.
      const date = parse(normal, format, REFERENCE_DATE);
      if (!isValid(date)) continue;
      const value = isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
      if (value) return value;
    }
    return "";
  };
}

interface DateShape {
  pattern: RegExp;
  /** The same pattern with the g flag, for reading every date of a text in one pass. */
  global: RegExp;
  read: (m: RegExpExecArray, options: DateReadingOptions) => string;
}

function shape(pattern: RegExp, read: DateShape["read"]): DateShape {
  return { pattern, global: new RegExp(pattern.source, pattern.flags + "g"), read };
}

/** Every date shape we read, compiled once. The regexes have no nested quantifiers. */
const SHAPES: readonly DateShape[] = [
  ...DATE_SHAPES.map((s) => shape(s.pattern, readWithFormats(s.formats))),
  shape(DOTTED_DAY_FIRST, (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1]))),
  shape(SLASHED_NUMERIC, (m, options) => {
    const parts = dayAndMonth(Number(m[1]), Number(m[3]), options.numericOrder);
    return parts ? isoDate(Number(m[4]), parts.month, parts.day) : "";
  }),
];

/**
 * The first calendar date written in `text`. The date is read as written — a time and zone after it
 * ("11:30 GMT+10", "T05:40:57Z") are ignored, never converted — so the result does not depend on the
 * machine's time zone or locale.
 */
export function findCalendarDate(text: string, options: DateReadingOptions = {}): CalendarDateMatch | undefined {
  const iso = readIsoDay(text);
  if (iso !== null) return iso;
  let best: CalendarDateMatch | undefined;
  for (const s of SHAPES) {
    const m = s.pattern.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const value = s.read(m, options);
    if (value) best = { value, index: m.index, length: m[0].length };
  }
  return best;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The reading of a text that is exactly "YYYY-MM-DD" (every JSON Lines record's `published`), without date-fns;
 * null for any other text. Only the first shape can match such a text, and what date-fns reads from it with
 * "yyyy-M-d" and isoDate keeps is exactly the calendar day isoDate checks.
 */
export function readIsoDay(text: string): CalendarDateMatch | undefined | null {
  if (text.length !== 10 || !ISO_DAY.test(text)) return null;
  const value = isoDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
  return value ? { value, index: 0, length: 10 } : undefined;
}

/** The first calendar date written in `text`, as YYYY-MM-DD, or "". */
export function parseCalendarDate(text: string, options: DateReadingOptions = {}): string {
  return findCalendarDate(text, options)?.value ?? "";
}

/** Every calendar date written in `text`, left to right; of two readings that overlap, the earlier one. One pass per shape. */
export function findAllCalendarDates(text: string, options: DateReadingOptions = {}): CalendarDateMatch[] {
  const found: CalendarDateMatch[] = [];
  for (const s of SHAPES) {
    for (const m of text.matchAll(s.global)) {
      const value = s.read(m as RegExpExecArray, options);
      if (value) found.push({ value, index: m.index!, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: CalendarDateMatch[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (!last || date.index >= last.index + last.length) kept.push(date);
  }
  return kept;
}

// ---------- month and day without a year ----------

const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const MONTH_THEN_DAY = new RegExp(`(?<![a-z])(${MONTH})\\s(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])`, "i");
const DAY_THEN_MONTH = new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH})(?![a-z])`, "i");

export interface MonthDay {
  month: number;
  day: number;
}

/** A day and month written without a year, as datelines print them: "July 1", "1 July", "Sept. 3". */
export function findMonthDay(text: string): MonthDay | undefined {
  const a = MONTH_THEN_DAY.exec(text);
  const b = DAY_THEN_MONTH.exec(text);
  const m = a && (!b || a.index <= b.index) ? { month: a[1]!, day: a[2]! } : b ? { month: b[2]!, day: b[1]! } : undefined;
  if (!m) return undefined;
  const month = MONTH_NUMBER[m.month.slice(0, 3).toLowerCase()];
  const day = Number(m.day);
  // 2000 is a leap year: "Feb. 29" passes here and is checked again against the year found for it.
  return month && isoDate(2000, month, day) ? { month, day } : undefined;
}

/** Days since 1970-01-01 of a calendar date: arithmetic on the date, no time zone involved. */
function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/**
 * How far around a dated reference a yearless dateline may fall and still take the reference's year: a
 * story is published at most a few weeks before a date it mentions (an announced meeting) and some months
 * after one it looks back on.
 */
const YEARLESS_BEFORE_DAYS = 21;
const YEARLESS_AFTER_DAYS = 120;

/**
 * The full date of a yearless month and day, taking the year from the nearest dated reference (the URL,
 * front matter, other dates in the article) that lies within a plausible distance of it; "" when none does.
 * A reference "February 24, 2022" does not date a "July 26" dateline: five months after is too far to tell.
 */
export function completeMonthDay(monthDay: MonthDay, references: readonly string[]): string {
  let best = "";
  let bestDistance = Infinity;
  for (const reference of references) {
    const year = Number(reference.slice(0, 4));
    for (const candidateYear of [year, year + 1]) {
      const candidate = isoDate(candidateYear, monthDay.month, monthDay.day);
      if (!candidate) continue;
      const after = dayNumber(candidate) - dayNumber(reference);
      if (after < -YEARLESS_BEFORE_DAYS || after > YEARLESS_AFTER_DAYS) continue;
      if (Math.abs(after) < bestDistance) {
        best = candidate;
        bestDistance = Math.abs(after);
      }
    }
  }
  return best;
}

/**
 * Words that may stand beside a date on a date-only line: times and zones ("11:30 GMT+10", "10.45 BST"),
 * weekdays, and the labels and relative times news pages print there ("Updated 2 hours ago", "2 min read").
 */
const TIME_WORDS =
  /\b(?:GMT|UTC|[A-Z]{1,4}T|a\.?m|p\.?m|local time|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|updated|published|posted|last|on|at|ago|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|read)\b\.?/gi;
const ONLY_TIME_LEFT = /^[\d\s,.:+\-–—|/()·•]*$/;

/** A line holding a date and nothing but a time and a zone: "02 Jun 2025, 11:30 GMT+10". */
export function isDateLine(line: string, options: DateReadingOptions = {}): boolean {
  if (line.length > 60) return false;
  const found = findCalendarDate(line, options);
  if (!found) return false;
  const rest = line.slice(0, found.index) + " " + line.slice(found.index + found.length);
  return ONLY_TIME_LEFT.test(rest.replace(TIME_WORDS, " "));
}

/** A front-matter date: YAML gives a Date (an instant at UTC midnight, or UTC time) or a string. */
function frontMatterDate(value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1, 2)}-${pad(value.getUTCDate(), 2)}`;
  }
  if (typeof value === "string" || typeof value === "number") return parseCalendarDate(String(value));
  return "";
}

// ---------- urls and outlets ----------

/** An http(s) URL; stops at white space, quotes, angle brackets and CJK or full-width punctuation. */
const URL_PATTERN = /https?:\/\/[^\s<>"'()\[\]{}，。、）（【】「」]+/gi;
/** A line that introduces the article's own source link. */
const SOURCE_LINE = /^\s*(?:阅读原文|原文链接|原文|来源|source(?: link| url)?|read (?:more|the full (?:story|article)|it)(?: at| on)?|original(?: article| story)?(?: at)?|link|url|canonical|via|from)\s*(?:[:：-]\s*)?(https?:\/\/\S+)/i;
/** Hosts that carry links to stories but are not where a story is published. */
const NOT_NEWS_HOSTS = /(?:^|\.)(?:twitter\.com|x\.com|t\.co|facebook\.com|fb\.me|instagram\.com|t\.me|telegram\.org|youtube\.com|youtu\.be|tiktok\.com|linkedin\.com|whatsapp\.com|reddit\.com|google\.com|goo\.gl|bit\.ly|apple\.com|vk\.com|wikipedia\.org|archive\.org)$/i;

function trimUrl(url: string): string {
  // Sentence punctuation right after a URL belongs to the sentence.
  let end = url.length;
  while (end > 0 && ".,;:!?".includes(url[end - 1]!)) end--;
  return url.slice(0, end);
}

/** The host of a URL, lower-cased, without "www." ("" when it is not a URL). */
export function hostOf(url: string): string {
  const m = /^https?:\/\/([^/?#:\s]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase().replace(/^www\./, "") : "";
}

const outletIndexCache = new WeakMap<readonly OutletRow[], Map<string, string>>();

function outletIndex(outlets: readonly OutletRow[]): Map<string, string> {
  let index = outletIndexCache.get(outlets);
  if (!index) {
    index = new Map();
    for (const row of outlets) {
      for (const domain of row.domains.split(/\s+/)) {
        const d = domain.trim().toLowerCase().replace(/^www\./, "");
        if (d && !index.has(d)) index.set(d, row.outlet);
      }
    }
    outletIndexCache.set(outlets, index);
  }
  return index;
}

/** The outlet whose domains (outlets.csv) include the host or a parent domain of it ("news.cgtn.com" → cgtn.com). */
export function outletOfHost(host: string, outlets: readonly OutletRow[] = []): string | undefined {
  const index = outletIndex(outlets);
  let h = host.toLowerCase().replace(/^www\./, "");
  for (;;) {
    const name = index.get(h);
    if (name) return name;
    const dot = h.indexOf(".");
    if (dot < 0 || h.indexOf(".", dot + 1) < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

function outletOfName(name: string, outlets: readonly OutletRow[]): string {
  const lower = name.toLowerCase();
  for (const row of outlets) if (row.outlet.toLowerCase() === lower) return row.outlet;
  return outletOfHost(lower, outlets) ?? name;
}

/** Names outlets sign with that differ from their row in outlets.csv; a target absent from the table is not used. */
const OUTLET_ALIASES: Readonly<Record<string, string>> = {
  "agence france-presse": "AFP",
  "agence france presse": "AFP",
  "associated press": "AP",
  "thomson reuters": "Reuters",
  "deutsche presse-agentur": "dpa",
  "deutsche welle": "DW",
  "bbc news": "BBC",
  "radio free europe": "Radio Free Europe/Radio Liberty",
  "rfe/rl": "Radio Free Europe/Radio Liberty",
  "anadolu": "Anadolu Agency",
  "ukrainska pravda": "Ukrainska Pravda",
  "interfax-ukraine": "Interfax-Ukraine",
  "ria": "RIA Novosti",
  "russia today": "RT",
};

/** A name as outlets sign it, for comparison: lower case, single spaces, no leading "the". */
function creditKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ").replace(/^the /, "");
}

interface CreditIndex {
  /** Credit key → outlet name, for names and aliases present in the table. */
  exact: Map<string, string>;
  /** The same keys, longest first, for a credit that goes on after the name ("Al Jazeera Media Network"). */
  byLength: string[];
}

const creditIndexCache = new WeakMap<readonly OutletRow[], CreditIndex>();

function creditIndex(outlets: readonly OutletRow[]): CreditIndex {
  let index = creditIndexCache.get(outlets);
  if (!index) {
    const exact = new Map<string, string>();
    for (const row of outlets) if (row.outlet.trim()) exact.set(creditKey(row.outlet), row.outlet);
    for (const [alias, target] of Object.entries(OUTLET_ALIASES)) {
      const row = outlets.find((r) => r.outlet === target);
      if (row && !exact.has(alias)) exact.set(alias, row.outlet);
    }
    index = { exact, byLength: [...exact.keys()].sort((a, b) => b.length - a.length) };
    creditIndexCache.set(outlets, index);
  }
  return index;
}

/**
 * The outlets.csv outlet a credit names ("The Kyiv Independent", "Agence France-Presse", "Al Jazeera Media
 * Network", "Ukrinform. All rights reserved."), or undefined: a credit naming no listed outlet is not guessed at.
 * With `whole`, the credit must be the name and nothing more (a line reading just "Ukrinform").
 */
export function outletOfCredit(credit: string, outlets: readonly OutletRow[], whole = false): string | undefined {
  const key = creditKey(credit.replace(/[.,;:]+$/, ""));
  if (!key) return undefined;
  const index = creditIndex(outlets);
  const exact = index.exact.get(key);
  if (exact || whole) return exact;
  for (const name of index.byLength) {
    if (key.length > name.length && key.startsWith(name) && !/[\p{L}\p{N}]/u.test(key[name.length]!)) return index.exact.get(name);
  }
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(key) ? outletOfHost(key, outlets) : undefined;
}

/** Month-first numeric dates are written in these countries; the others in outlets.csv write the day first. */
const MONTH_FIRST_COUNTRIES = new Set(["united states", "philippines"]);
/** Countries that write numeric dates year first: a "d/m/yyyy" there is unusual, so only unambiguous ones are read. */
const YEAR_FIRST_COUNTRIES = new Set(["china", "japan", "south korea", "north korea", "taiwan", "hungary", "iran", "mongolia"]);

/** How the outlet's country writes ambiguous numeric dates, from outlets.csv; undefined when unknown. */
export function numericOrderOfOutlet(outlet: string, outlets: readonly OutletRow[]): NumericDateOrder | undefined {
  const lower = outlet.trim().toLowerCase();
  if (!lower) return undefined;
  const row = outlets.find((r) => r.outlet.toLowerCase() === lower);
  const country = (row?.country ?? "").trim().toLowerCase();
  if (!country || YEAR_FIRST_COUNTRIES.has(country)) return undefined;
  return MONTH_FIRST_COUNTRIES.has(country) ? "mdy" : "dmy";
}

/** The article's own URL from a source line, else the first URL of a news site in the metadata windows. */
function findUrl(lines: readonly string[], outlets: readonly OutletRow[]): string {
  for (const line of lines) {
    const m = SOURCE_LINE.exec(line);
    if (m) return trimUrl(m[1]!);
  }
  let firstNews = "";
  for (const line of lines) {
    for (const m of line.matchAll(URL_PATTERN)) {
      const url = trimUrl(m[0]);
      const host = hostOf(url);
      if (!host || NOT_NEWS_HOSTS.test(host)) continue;
      if (outletOfHost(host, outlets)) return url;
      if (!firstNews) firstNews = url;
    }
  }
  return firstNews;
}

/** "RT.com" or "(RT.com)" alone on a line: the outlet's name as it brands itself. */
const OUTLET_LINE = /^\(?([A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z0-9-]{1,40}){0,3}\.(?:com|net|org|news|info|ru|ua|uk|tv|fm|io|co|de|fr|cn|in|kz|by|eu|us))\)?$/i;
/** A dateline naming the agency: "PARIS, July 1, 2025 (BSS/AFP) -", "KYIV (Reuters) —", "Moscow, June 5 (Reuters) -". */
const DATELINE = /^([A-Z][A-Za-z .'’-]{1,40}(?:,[^\n()]{1,40})?)\s?\(([A-Z][A-Za-z]{1,11}(?:\/[A-Z][A-Za-z]{1,11})?)\)\s?[-–—:]/;
/** TASS's dateline, with the agency between slashes: "MOSCOW, July 26. /TASS/." */
const SLASHED_DATELINE = /^([A-Z][A-Za-z .'’-]{1,40},\s?[A-Za-z0-9 .]{3,20}?)\.?\s?\/([A-Z][A-Za-z-]{1,15})\/\.?(?:\s|$)/;
/** The same agency credit anywhere in the first lines: "(AFP)", "(Reuters)". Only well-known agencies. */
const AGENCY_CREDIT = /\((AFP|Reuters|AP|ANI|PTI|IANS|BSS\/AFP|UNI|TASS|Interfax|Ukrinform|dpa|EFE|ANSA|Xinhua|Kyodo|Yonhap|Anadolu)\)/;
/** A byline naming an outlet rather than a person: "By AFP", "By Reuters Staff", "By The Associated Press". */
const BYLINE = /^by\s(.{2,80})$/i;
/** The last comma-separated part of a byline: "…, BBC News", "…, Associated Press". */
const BYLINE_OUTLET = /,\s*([^,]{2,40})$/;
/** AP's sign-off and contributor line: "— The Associated Press", "Associated Press writer Emma Burrows contributed". */
const AP_SIGNATURE = /^(?:[-–—]\s?(?:the\s)?associated press\.?$|(?:the\s)?associated press (?:writers?|reporters?|journalists?|correspondents?|videojournalists?)\s)/i;
/** Reuters' credit line: "Reporting by Tom Balmforth; Editing by Mark Heinrich" (often in brackets). */
const REUTERS_SIGNATURE = /^\(?(?:additional )?reporting by\s[^\n]{1,300}?\bediting by\s/i;
/** A copyright line: "© 2025 The Kyiv Independent. All rights reserved.", "© Agence France-Presse", "Copyright (c) 2015-2025 Ukrinform". */
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright)\s?(?:©\s?|\(c\)\s?)?(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s)?(.{2,120})$/i;
/** An outlet speaking of itself: "The Kyiv Independent could not immediately verify the reports." */
const SELF_VERIFY = /\bcould not (?:immediately |independently )?(?:verify|confirm)\b/g;
/** The words before such a phrase, at most five capitalised ones, in a bounded slice of text. */
const NAME_BEFORE = /((?:[A-Z][\w&'’.-]{0,30}\s){1,5})$/;
/** Ukrinform's and UNIAN's house credit at the end of a sentence: "…, the ministry said, Ukrinform reports." */
const REPORTS_CREDIT = /,\s([A-Z][^,.\n]{1,40}?)\sreports\./g;

/** Lines at the top of a story that state a date: "Posted: ...", "发表时间:...", "Published: June 2, 2025". */
const PUBLISHED_LINE = /^\s*(?:发表时间|发布时间|发布日期|发表日期|时间|日期|posted(?: on| at)?|published(?: on| at)?|date(?: published)?|publication date|first published(?: on)?)(?![a-z])\s*(?:[:：]\s*)?(.{4,120})$/i;
const UPDATED_LINE = /^\s*(?:更新时间|updated(?: on| at)?|last updated(?: on)?|modified)(?![a-z])\s*(?:[:：]\s*)?(.{4,120})$/i;
/** A byline with the date on it: "By Martin Fornusek · May 25, 2025 2:31 PM · 3 min read". */
const BYLINE_WITH_DATE = /^by\s.{2,150}$/i;
/** A URL path with a date: /2025-06-02/, /2025/06/02/, /2025/7/1/ (Al Jazeera), /20250602/. */
const URL_DATE = /\/((?:19|20)\d{2})([-/])(\d{1,2})\2(\d{1,2})(?=[/._-]|$)/;
const URL_COMPACT_DATE = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/._-]|$)/;

/** The publication date a URL's path holds, or "". */
export function dateOfUrl(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]*/i, "");
  const m = URL_DATE.exec(path);
  if (m) return isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  const c = URL_COMPACT_DATE.exec(path);
  return c ? isoDate(Number(c[1]), Number(c[2]), Number(c[3])) : "";
}

// ---------- titles ----------

const BREADCRUMB = /[>»›]\s*\S|您现在的位置|首页/;
const HAS_URL = /https?:\/\//i;

function looksLikeHeadline(line: string): boolean {
  if (line.length < 15 || line.length > 250) return false;
  if (BREADCRUMB.test(line) || HAS_URL.test(line) || OUTLET_LINE.test(line)) return false;
  if (PUBLISHED_LINE.test(line) || UPDATED_LINE.test(line) || isDateLine(line)) return false;
  return line.split(/\s+/).filter(Boolean).length >= 3;
}

function findTitle(headLines: readonly string[]): string {
  const candidates = headLines.slice(0, 12);
  for (const line of candidates) if (looksLikeHeadline(line)) return line;
  return (headLines[0] ?? "").slice(0, 250);
}

// ---------- the article ----------

interface TextMetadata {
  title: string;
  url: string;
  outlet: string;
  published: string;
}

function splitWindowLines(text: string): { head: string[]; tail: string[] } {
  const head = text.slice(0, METADATA_WINDOW);
  const tailStart = Math.max(METADATA_WINDOW, text.length - METADATA_WINDOW);
  const tail = text.length > METADATA_WINDOW ? text.slice(tailStart) : "";
  const clean = (s: string) =>
    s
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
  return { head: clean(head), tail: clean(tail) };
}

export interface TextMetadataOptions {
  /** The outlet when already known (front matter, the HTML head): it decides how "07/12/2025" is read. */
  outlet?: string;
  /** The article's URL when known from elsewhere (front matter, the HTML head): its path may date a yearless dateline. */
  url?: string;
}

/** How many of the last lines are searched for sign-offs and copyright lines. */
const FOOTER_LINES = 25;
/** Characters before "could not verify" searched for the outlet's name. */
const NAME_BEFORE_WINDOW = 80;

/** The outlet a story credits itself to in its first lines: an outlet's domain, a dateline, an agency credit, a byline. */
function outletFromHead(head: readonly string[], dateline: string, outlets: readonly OutletRow[]): string {
  for (const line of head.slice(0, 12)) {
    const m = OUTLET_LINE.exec(line);
    if (m) return outletOfName(m[1]!, outlets);
  }
  if (dateline) return outletOfName(dateline, outlets);
  for (const line of head.slice(0, 10)) {
    const m = AGENCY_CREDIT.exec(line);
    if (m) return outletOfName(m[1]!, outlets);
  }
  for (const line of head.slice(0, 12)) {
    // "By AFP", or a line that is just a listed outlet's name ("Ukrinform" under the date).
    const byline = BYLINE.exec(line);
    const named = byline ? outletOfCredit(byline[1]!, outlets) : line.length <= 60 ? outletOfCredit(line, outlets, true) : undefined;
    if (named) return named;
    // "By Laura Gozzi and Vitaliy Shevchenko, BBC News": the outlet after the reporters' names (a job title there names none).
    const after = byline ? BYLINE_OUTLET.exec(byline[1]!) : null;
    const credited = after ? outletOfCredit(after[1]!, outlets, true) : undefined;
    if (credited) return credited;
  }
  return "";
}

/** The outlet a story's sign-off names: AP's and Reuters' credit lines, a copyright line. */
function outletFromFooter(lines: readonly string[], outlets: readonly OutletRow[]): string {
  const footer = lines.slice(-FOOTER_LINES);
  for (const line of footer) {
    if (AP_SIGNATURE.test(line)) return outletOfName("AP", outlets);
    if (REUTERS_SIGNATURE.test(line)) return outletOfName("Reuters", outlets);
  }
  for (const line of footer) {
    const m = COPYRIGHT_LINE.exec(line);
    const named = m ? outletOfCredit(m[1]!, outlets) : undefined;
    if (named) return named;
  }
  return "";
}

/** The outlet naming itself in the body: "The Kyiv Independent could not immediately verify", "…, Ukrinform reports." */
function outletFromSelfReference(windowText: string, outlets: readonly OutletRow[]): string {
  for (const m of windowText.matchAll(SELF_VERIFY)) {
    const before = windowText.slice(Math.max(0, m.index! - NAME_BEFORE_WINDOW), m.index!);
    const words = NAME_BEFORE.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
    // The longest run of trailing words that names an outlet: "Meanwhile Reuters" → "Reuters".
    for (let i = 0; i < words.length; i++) {
      const named = outletOfCredit(words.slice(i).join(" "), outlets, true);
      if (named) return named;
    }
  }
  for (const m of windowText.matchAll(REPORTS_CREDIT)) {
    const named = outletOfCredit(m[1]!, outlets, true);
    if (named) return named;
  }
  return "";
}

/** Metadata stated in the text of a plain-text or Markdown article. */
export function metadataFromText(text: string, outlets: readonly OutletRow[] = [], options: TextMetadataOptions = {}): TextMetadata {
  const { head, tail } = splitWindowLines(text);
  const lines = [...head, ...tail];

  const url = findUrl(lines, outlets);
  const knownUrl = options.url || url;

  let dateline: { place: string; agency: string } | undefined;
  for (const line of head.slice(0, 30)) {
    const m = DATELINE.exec(line) ?? SLASHED_DATELINE.exec(line);
    if (m) {
      dateline = { place: m[1]!, agency: m[2]! };
      break;
    }
  }

  // From the strongest credit to the weakest: who wrote it (head, sign-off), where it was found (URL), then
  // an outlet speaking of itself in the body.
  let outlet = outletFromHead(head, dateline?.agency ?? "", outlets) || outletFromFooter(tail.length ? tail : head, outlets);
  if (!outlet && url) {
    const host = hostOf(url);
    outlet = outletOfHost(host, outlets) ?? host;
  }
  if (!outlet) outlet = outletFromSelfReference(lines.join("\n"), outlets);

  const reading: DateReadingOptions = { numericOrder: numericOrderOfOutlet(options.outlet || outlet, outlets) };
  const dateIn = (s: string) => parseCalendarDate(s, reading);
  const firstDate = (candidates: readonly string[], pattern: RegExp) => {
    for (const line of candidates) {
      const m = pattern.exec(line);
      const date = m ? dateIn(m[1] ?? m[0]) : "";
      if (date) return date;
    }
    return "";
  };

  // A labelled line; a line holding only a date and time, as news pages print under the headline
  // ("02 Jun 2025, 11:30 GMT+10"); a byline with a date; the dateline; the URL; an "Updated" line last.
  let published = firstDate(lines, PUBLISHED_LINE);
  if (!published) {
    for (const line of head.slice(0, 12)) {
      // "Updated 6:41 PM GMT+3, July 29, 2025" is a date line too, but a modification date: it comes last.
      if (isDateLine(line, reading) && !UPDATED_LINE.test(line)) {
        published = dateIn(line);
        break;
      }
    }
  }
  if (!published) published = firstDate(head.slice(0, 12), BYLINE_WITH_DATE);
  if (!published && dateline) published = dateIn(dateline.place);
  if (!published && dateline) {
    // A yearless dateline ("KYIV, July 1 (Reuters) -") takes its year from a nearby dated reference, or stays unknown.
    const monthDay = findMonthDay(dateline.place);
    if (monthDay) {
      const references = [dateOfUrl(knownUrl), ...findAllCalendarDates(lines.join("\n"), reading).map((d) => d.value)].filter(Boolean);
      published = completeMonthDay(monthDay, references);
    }
  }
  if (!published && knownUrl) published = dateOfUrl(knownUrl);
  if (!published) published = firstDate(lines, UPDATED_LINE);

  return { title: findTitle(head), url, outlet, published };
}

const FRONT_MATTER_START = /^---[ \t]*\n/;

/** The date keys of front matter, in order of preference. */
const FRONT_MATTER_DATE = /^(?:date|published|pubDate|published_at)[ \t]*:[ \t]*["']?([^"'\n]{4,60})/m;

/**
 * The publication date as written in the front matter. YAML turns "2025-06-01T00:01:00+14:00" into an
 * instant (2025-05-31 in UTC); the calendar date the outlet wrote is the one wanted.
 */
function rawFrontMatterDate(text: string): string {
  const end = text.indexOf("\n---", 3);
  const block = end < 0 ? "" : text.slice(0, end);
  const m = FRONT_MATTER_DATE.exec(block);
  return m ? parseCalendarDate(m[1]!) : "";
}

/** YAML front matter: its fields and the body after it, or the parser's complaint. */
function readFrontMatter(text: string): { data?: Record<string, unknown>; content: string; problem: string } {
  try {
    // Options passed (even empty) turn off gray-matter's cache, which would keep every article in memory.
    const result = matter(text, {});
    const data = result.data && typeof result.data === "object" ? (result.data as Record<string, unknown>) : {};
    return { data, content: result.content.replace(/^\n+/, ""), problem: "" };
  } catch (error) {
    const problem = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return { content: text, problem };
  }
}

function frontMatterString(data: Record<string, unknown>, keys: readonly string[]): string {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === "string" && value.trim()) return value.trim();
    if (typeof value === "number") return String(value);
  }
  return "";
}

function applyMeta(article: Article, meta: ArticleMetaRow | undefined): Article {
  if (!meta) return article;
  return {
    ...article,
    title: meta.title.trim() || article.title,
    url: meta.url.trim() || article.url,
    outlet: meta.outlet.trim() || article.outlet,
    published: meta.published.trim() ? parseCalendarDate(meta.published) || meta.published.trim() : article.published,
  };
}

/** Separators between a page title and the site's name: "Headline | The Kyiv Independent", "Headline - BBC News". */
const TITLE_SEPARATOR = /\s[|–—-]\s/;

/** The listed outlet named by the last part of a page title, or "". */
export function outletOfTitleSuffix(title: string, outlets: readonly OutletRow[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  return parts.length > 1 ? (outletOfCredit(parts[parts.length - 1]!, outlets, true) ?? "") : "";
}

/**
 * The story's title on an HTML page: the <h1> when the <title> is that headline plus site and section names
 * ("Headline | Russia-Ukraine war News | Al Jazeera"), else the <title> without a trailing listed outlet.
 */
function htmlTitle(doc: { title: string; headline: string }, outlets: readonly OutletRow[]): string {
  if (doc.headline && doc.title.length > doc.headline.length && doc.title.startsWith(doc.headline) && TITLE_SEPARATOR.test(doc.title.slice(doc.headline.length - 1))) {
    return doc.headline;
  }
  const suffix = outletOfTitleSuffix(doc.title, outlets);
  if (!suffix) return doc.title;
  const parts = doc.title.split(TITLE_SEPARATOR);
  // Cut at the last separator: the title's own dashes stay.
  const cut = doc.title.length - parts[parts.length - 1]!.length - 3;
  return doc.title.slice(0, cut).trim() || doc.title;
}

/**
 * Read a decoded file as an article. `file` is the path relative to the corpus root (it gives the id and
 * the format); `text` is the decoded text (decode.ts: no BOM, "\n" line endings).
 *
 * A Markdown file whose front matter cannot be parsed is read whole as text, status "ok", with `reason`
 * saying the front matter was ignored. A file with an unknown extension is read as plain text, with a
 * `reason` saying so.
 */
export function parseArticle(file: string, text: string, context: ArticleContext = {}): Article {
  const outlets = context.outlets ?? [];
  const id = articleIdOf(file);
  const format = formatOf(file);
  const base: Article = { id, file, text, title: "", outlet: "", url: "", published: "", status: "ok", reason: "" };

  if (format === "html") {
    const doc = parseHtml(text);
    // The site's own name (og:site_name, JSON-LD publisher, a listed outlet after "|" in <title>) wins over
    // credits in the text, as it always has for og:site_name.
    const headOutlet = doc.outlet ? outletOfName(doc.outlet, outlets) : outletOfTitleSuffix(doc.title, outlets);
    const fromText = metadataFromText(doc.text, outlets, { outlet: headOutlet, url: doc.url });
    const url = doc.url || fromText.url;
    const outlet = headOutlet || fromText.outlet || (url ? (outletOfHost(hostOf(url), outlets) ?? hostOf(url)) : "");
    const reading: DateReadingOptions = { numericOrder: numericOrderOfOutlet(outlet, outlets) };
    let published = parseCalendarDate(doc.published, reading);
    for (const line of doc.dateTexts) published ||= parseCalendarDate(line, reading);
    published ||= fromText.published || dateOfUrl(url) || parseCalendarDate(doc.modified, reading);
    return applyMeta(
      { ...base, text: doc.text, title: htmlTitle(doc, outlets) || fromText.title, url, outlet, published },
      context.meta,
    );
  }

  if (FRONT_MATTER_START.test(text) && (format === "md" || format === "txt")) {
    const front = readFrontMatter(text);
    // Markdown offsets index the body; a .txt file is indexed whole (its front matter is part of its text).
    const body = format === "md" && front.data ? front.content : text;
    if (!front.data) {
      return applyMeta(
        {
          ...base,
          ...metadataFromText(text, outlets),
          reason: `front matter ignored (${front.problem}); the whole file was read as text — fix the YAML between the --- lines`,
        },
        context.meta,
      );
    }
    const data = front.data;
    const sourceUrl = ["source", "link_url"].map((k) => frontMatterString(data, [k])).find((v) => hostOf(v)) ?? "";
    const url = frontMatterString(data, ["url", "link", "canonical", "canonical_url", "source_url", "permalink"]) || sourceUrl;
    // A "source" that is a URL names where the story is, not who wrote it: its host gives the outlet.
    const outletName = frontMatterString(data, ["outlet", "publisher", "site", "site_name", "source"]);
    const namedOutlet = outletName && !hostOf(outletName) ? outletOfName(outletName, outlets) : "";
    const fromText = metadataFromText(format === "md" ? body : front.content, outlets, { outlet: namedOutlet, url });
    const finalUrl = url || fromText.url;
    const outlet = namedOutlet || fromText.outlet || (finalUrl ? (outletOfHost(hostOf(finalUrl), outlets) ?? hostOf(finalUrl)) : "");
    const published =
      rawFrontMatterDate(text) ||
      frontMatterDate(data.date ?? data.published ?? data.pubDate ?? data.published_at) ||
      fromText.published ||
      dateOfUrl(finalUrl);
    return applyMeta(
      { ...base, text: body, title: frontMatterString(data, ["title", "headline"]) || fromText.title, url: finalUrl, outlet, published },
      context.meta,
    );
  }

  const fromText = metadataFromText(text, outlets);
  const reason = format === "other" ? `read as plain text: ".${fileExtension(file) || "(no extension)"}" is not .txt, .md or .html` : "";
  return applyMeta({ ...base, ...fromText, reason }, context.meta);
}
