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
 * The first calendar date written in `text`. The date is read as written — a time and zone after it
 * ("11:30 GMT+10", "T05:40:57Z") are ignored, never converted — so the result does not depend on the
 * machine's time zone or locale.
 */
export function findCalendarDate(text: string): CalendarDateMatch | undefined {
  let best: CalendarDateMatch | undefined;
  for (const shape of DATE_SHAPES) {
    const m = shape.pattern.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const normal = m[0]
      .replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1")
      .replace(/[,.](?=\s|$)/g, "")
      .replace(/\bsept\b/i, "Sep")
      .replace(/\s+/g, " ")
      .replace(/\s?(年|月|日)\s?/g, "$1");
    for (const format of shape.formats) {
      // date-fns parses into a local Date; we read back the same local fields, so the zone cancels out.
      const date = parse(normal, format, REFERENCE_DATE);
      if (!isValid(date)) continue;
      const year = date.getFullYear();
      if (year < 1900 || year > 2999) continue;
      best = { value: `${pad(year, 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`, index: m.index, length: m[0].length };
      break;
    }
  }
  return best;
}

/** The first calendar date written in `text`, as YYYY-MM-DD, or "". */
export function parseCalendarDate(text: string): string {
  return findCalendarDate(text)?.value ?? "";
}

/** Times, zones and separators that may stand beside a date on a date-only line. */
const TIME_WORDS = /\b(?:GMT|UTC|[A-Z]{1,4}T|a\.?m|p\.?m|local time)\b\.?/gi;
const ONLY_TIME_LEFT = /^[\d\s,.:+\-–|/()]*$/;

/** A line holding a date and nothing but a time and a zone: "02 Jun 2025, 11:30 GMT+10". */
export function isDateLine(line: string): boolean {
  if (line.length > 60) return false;
  const found = findCalendarDate(line);
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
/** A dateline naming the agency: "PARIS, July 1, 2025 (BSS/AFP) -", "KYIV (Reuters) —". */
const DATELINE = /^([A-Z][A-Za-z .'’-]{1,40}(?:,[^\n()]{1,40})?)\s?\(([A-Z][A-Za-z]{1,11}(?:\/[A-Z][A-Za-z]{1,11})?)\)\s?[-–—:]/;
/** The same agency credit anywhere in the first lines: "(AFP)", "(Reuters)". Only well-known agencies. */
const AGENCY_CREDIT = /\((AFP|Reuters|AP|ANI|PTI|IANS|BSS\/AFP|UNI|TASS|Interfax|Ukrinform|dpa|EFE|ANSA|Xinhua|Kyodo|Yonhap|Anadolu)\)/;

/** Lines at the top of a story that state a date: "Posted: ...", "发表时间:...", "Published: June 2, 2025". */
const PUBLISHED_LINE = /^\s*(?:发表时间|发布时间|发布日期|发表日期|时间|日期|posted(?: on| at)?|published(?: on| at)?|date(?: published)?|publication date|first published(?: on)?)\s*(?:[:：]\s*)?(.{4,120})$/i;
const UPDATED_LINE = /^\s*(?:更新时间|updated(?: on| at)?|last updated(?: on)?|modified)\s*(?:[:：]\s*)?(.{4,120})$/i;
/** A URL path with a date: /2025-06-02/ or /2025/06/02/. */
const URL_DATE = /\/(\d{4})[-/](\d{2})[-/](\d{2})(?=[/._-]|$)/;

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

/** Metadata stated in the text of a plain-text or Markdown article. */
export function metadataFromText(text: string, outlets: readonly OutletRow[] = []): TextMetadata {
  const { head, tail } = splitWindowLines(text);
  const lines = [...head, ...tail];

  const url = findUrl(lines, outlets);

  let outlet = "";
  for (const line of head.slice(0, 12)) {
    const m = OUTLET_LINE.exec(line);
    if (m) {
      outlet = outletOfName(m[1]!, outlets);
      break;
    }
  }
  let dateline: RegExpExecArray | null = null;
  for (const line of head.slice(0, 30)) {
    dateline = DATELINE.exec(line);
    if (dateline) break;
  }
  if (!outlet && dateline) outlet = outletOfName(dateline[2]!, outlets);
  if (!outlet) {
    for (const line of head.slice(0, 10)) {
      const m = AGENCY_CREDIT.exec(line);
      if (m) {
        outlet = outletOfName(m[1]!, outlets);
        break;
      }
    }
  }
  if (!outlet && url) {
    const host = hostOf(url);
    outlet = outletOfHost(host, outlets) ?? host;
  }

  let published = "";
  for (const pattern of [PUBLISHED_LINE, UPDATED_LINE]) {
    for (const line of lines) {
      const m = pattern.exec(line);
      const date = m ? parseCalendarDate(m[1]!) : "";
      if (date) {
        published = date;
        break;
      }
    }
    if (published) break;
  }
  if (!published) {
    // A line holding only a date and time, as news pages print under the headline: "02 Jun 2025, 11:30 GMT+10".
    for (const line of head.slice(0, 12)) {
      if (isDateLine(line)) {
        published = parseCalendarDate(line);
        break;
      }
    }
  }
  if (!published && dateline) published = parseCalendarDate(dateline[1]!);
  if (!published && url) {
    const m = URL_DATE.exec(url);
    if (m) published = parseCalendarDate(`${m[1]}-${m[2]}-${m[3]}`);
  }

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
    const fromText = metadataFromText(doc.text, outlets);
    const url = doc.url || fromText.url;
    const outlet = doc.outlet ? outletOfName(doc.outlet, outlets) : fromText.outlet || (url ? (outletOfHost(hostOf(url), outlets) ?? hostOf(url)) : "");
    let published = doc.published ? parseCalendarDate(doc.published) : "";
    if (!published) published = fromText.published;
    return applyMeta(
      { ...base, text: doc.text, title: doc.title || fromText.title, url, outlet, published },
      context.meta,
    );
  }

  if (FRONT_MATTER_START.test(text) && (format === "md" || format === "txt")) {
    const front = readFrontMatter(text);
    // Markdown offsets index the body; a .txt file is indexed whole (its front matter is part of its text).
    const body = format === "md" && front.data ? front.content : text;
    const fromText = metadataFromText(format === "md" ? body : front.content, outlets);
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
    const url = frontMatterString(data, ["url", "link", "canonical", "canonical_url", "source_url", "permalink"]) || fromText.url;
    const outletName = frontMatterString(data, ["outlet", "publisher", "site", "site_name", "source"]);
    const outlet = outletName
      ? outletOfName(outletName, outlets)
      : fromText.outlet || (url ? (outletOfHost(hostOf(url), outlets) ?? hostOf(url)) : "");
    const published =
      rawFrontMatterDate(text) || frontMatterDate(data.date ?? data.published ?? data.pubDate ?? data.published_at) || fromText.published;
    return applyMeta(
      { ...base, text: body, title: frontMatterString(data, ["title", "headline"]) || fromText.title, url, outlet, published },
      context.meta,
    );
  }

  const fromText = metadataFromText(text, outlets);
  const reason = format === "other" ? `read as plain text: ".${fileExtension(file) || "(no extension)"}" is not .txt, .md or .html` : "";
  return applyMeta({ ...base, ...fromText, reason }, context.meta);
}
