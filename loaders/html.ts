// HTML → the text a reader sees, plus the metadata a news page declares about itself. Pure.
//
// The text keeps one line per block element (paragraph, heading, list item, table row, <br>) and a blank
// line between paragraphs, so that sentence splitting and quotes behave as they do for .txt articles.
// Dates are returned as written; article.ts turns them into YYYY-MM-DD.

import { Parser } from "htmlparser2";

export interface HtmlDocument {
  /** Visible text of the page (script, style, noscript, template, svg, head and comments dropped). */
  text: string;
  /** <title>, else the first <h1>. */
  title: string;
  /** <h1>, for callers that prefer the headline to the browser title. */
  headline: string;
  /** <link rel="canonical">, else <meta property="og:url">, else the JSON-LD article's url. */
  url: string;
  /**
   * The publication date as the page declares it, first found of: a publication <meta> (article:published_time,
   * name="date", itemprop="datePublished", pubdate, …); JSON-LD datePublished (an article's before any other
   * node's); an element marked itemprop="datePublished" or a <time pubdate>; the first <time datetime> outside
   * navigation and asides (related-story lists carry other stories' dates).
   */
  published: string;
  /** A modification date (<meta article:modified_time>, JSON-LD dateModified): a fallback only when nothing gives the publication date. */
  modified: string;
  /**
   * Visible text of the first few elements a page uses for its date line: a class naming a date, time, byline or
   * dateline ("date-simple", "article__byline", "c-timestamp"), or a <time> without a datetime attribute. Text
   * runs are joined with spaces, so "<span>Published On 2 Jul 2025</span>2 Jul 2025" reads as two dates.
   */
  dateTexts: string[];
  /** <meta property="og:site_name">, else the JSON-LD article's publisher name. */
  outlet: string;
}

/** Elements whose content is never shown to a reader. */
const HIDDEN = new Set(["script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "canvas", "select"]);

/** Elements that start and end a line of their own. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
  "tfoot", "th", "thead", "tr", "ul",
]);

/** Block elements followed by a blank line (paragraph breaks) rather than a single line break. */
const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "hr"]);

/** <meta> keys (property, name or itemprop, lower-cased) that give the publication date. */
const PUBLISHED_META = new Set([
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "date",
  "dc.date",
  "dc.date.issued",
  "dc.date.created",
  "dcterms.date",
  "dcterms.issued",
  "dcterms.created",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "publication_date",
  "citation_publication_date",
  "article.published",
  "article_date_original",
  "original-publish-date",
  "parsely-pub-date",
  "sailthru.date",
]);

/** <meta> keys that give a modification date, read only when nothing gives the publication date. */
const MODIFIED_META = new Set(["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified"]);

/** A class naming the element that prints a story's date or byline. Word parts split on space, "_" and "-". */
const DATE_CLASS = /(?:^|[\s_-])(?:date|dates|dateline|datetime|time|timestamp|published|pubdate|posted|byline|updated)(?:$|[\s_-])/i;
/** How many date-line elements to keep, and how much of each: a date line is short. */
const MAX_DATE_TEXTS = 6;
const MAX_DATE_TEXT_LENGTH = 300;

/** Containers of other stories' links and dates, whose <time> elements are not this story's. */
const ELSEWHERE = new Set(["nav", "aside"]);

/** JSON-LD @types that are the story itself, whose dates win over a WebPage's or a BreadcrumbList's. */
const ARTICLE_TYPE = /Article|BlogPosting|Report|LiveBlog/i;
/** JSON-LD nodes visited at most: a page's graph is small; a pathological one is cut off, not walked forever. */
const MAX_JSON_LD_NODES = 5000;

export interface JsonLdFacts {
  published: string;
  modified: string;
  publisher: string;
  url: string;
}

function jsonString(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  return "";
}

function publisherName(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first.trim();
  if (first && typeof first === "object") return jsonString((first as Record<string, unknown>).name);
  return "";
}

/**
 * The dates, publisher and url a JSON-LD block states about the story. An article-typed node (NewsArticle,
 * ReportageNewsArticle, BlogPosting, …) wins over any other node that carries a date (WebPage, an author's
 * Person). Blocks that are not valid JSON (trailing commas, raw line breaks are common) are searched for a
 * quoted "datePublished" / "dateModified" value instead.
 */
export function readJsonLd(source: string): JsonLdFacts {
  const facts: JsonLdFacts = { published: "", modified: "", publisher: "", url: "" };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    facts.published = /"datePublished"\s?:\s?"([^"\\]{4,60})"/.exec(source)?.[1]?.trim() ?? "";
    facts.modified = /"dateModified"\s?:\s?"([^"\\]{4,60})"/.exec(source)?.[1]?.trim() ?? "";
    return facts;
  }
  const other: JsonLdFacts = { published: "", modified: "", publisher: "", url: "" };
  // Breadth-first with an explicit queue: no recursion depth to overflow, and a cap on nodes.
  const queue: unknown[] = [data];
  for (let i = 0; i < queue.length && i < MAX_JSON_LD_NODES; i++) {
    const node = queue[i];
    if (Array.isArray(node)) {
      for (const item of node) if (item && typeof item === "object") queue.push(item);
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const record = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(record["@type"] ?? []).map(String);
    const target = types.some((t) => ARTICLE_TYPE.test(t)) ? facts : other;
    if (!target.published) target.published = jsonString(record.datePublished);
    if (!target.modified) target.modified = jsonString(record.dateModified);
    if (target === facts) {
      if (!facts.publisher) facts.publisher = publisherName(record.publisher);
      if (!facts.url) facts.url = jsonString(record.url) || jsonString((record.mainEntityOfPage as Record<string, unknown> | undefined)?.["@id"]);
    }
    for (const value of Object.values(record)) if (value && typeof value === "object") queue.push(value);
  }
  return {
    published: facts.published || other.published,
    modified: facts.modified || other.modified,
    publisher: facts.publisher,
    url: facts.url,
  };
}

/** Collapse HTML white space (spaces, tabs, newlines) inside a text run to single spaces, as a browser does. */
function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, " ");
}

/** Marks a paragraph break in the assembled text; a NUL never survives decoding, and text runs are scrubbed of it. */
const PARAGRAPH_BREAK = "\n\u0000\n";

/**
 * Tidy the assembled text: trim each line, drop empty lines, keep one blank line where a paragraph ended,
 * drop leading and trailing blank lines. One linear pass over the lines.
 */
function tidyLines(raw: string): string {
  const out: string[] = [];
  let paragraphBreak = false;
  for (const rawLine of raw.split("\n")) {
    // trim(), not /[ \t]+$/: the regex is quadratic on long runs of inner spaces.
    const line = rawLine.trim();
    if (line === "") continue;
    if (line === "\u0000") {
      paragraphBreak = true;
      continue;
    }
    if (out.length > 0 && paragraphBreak) out.push("");
    out.push(line);
    paragraphBreak = false;
  }
  return out.join("\n");
}

/** A class or itemprop attribute value, lower-cased. */
function attribute(attrs: Record<string, string>, name: string): string {
  return (attrs[name] ?? "").toLowerCase();
}

/** Parse an HTML page into its visible text and declared metadata. */
export function parseHtml(html: string): HtmlDocument {
  const parts: string[] = [];
  let hiddenDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let title = "";
  let inH1 = false;
  let h1Done = false;
  let headline = "";
  let canonical = "";
  let ogUrl = "";
  let metaPublished = "";
  let metaModified = "";
  let markedPublished = "";
  let timeDatetime = "";
  let outlet = "";
  // JSON-LD is read from its <script> before the script is dropped from the text.
  let inJsonLd = false;
  let jsonLdSource = "";
  const jsonLd: JsonLdFacts[] = [];
  // Navigation and asides hold other stories' dates; depth of such containers around the current element.
  let elsewhereDepth = 0;
  // The date-line element being captured: its text parts and the depth of elements open inside it.
  let dateParts: string[] | null = null;
  let dateDepth = 0;
  let dateLength = 0;
  const dateTexts: string[] = [];

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "title") inTitle = true;
        if (name === "link" && (attrs.rel ?? "").toLowerCase().split(/\s+/).includes("canonical") && !canonical) {
          canonical = (attrs.href ?? "").trim();
        }
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          const content = (attrs.content ?? "").trim();
          if (key === "og:url" && !ogUrl) ogUrl = content;
          if (key === "og:site_name" && !outlet) outlet = content;
          if (PUBLISHED_META.has(key) && !metaPublished) metaPublished = content;
          if (MODIFIED_META.has(key) && !metaModified) metaModified = content;
        }
        if (name === "script" && attribute(attrs, "type").trim() === "application/ld+json") {
          inJsonLd = true;
          jsonLdSource = "";
        }
        if (ELSEWHERE.has(name)) elsewhereDepth++;
        if (name !== "meta" && !markedPublished && (attribute(attrs, "itemprop") === "datepublished" || (name === "time" && "pubdate" in attrs))) {
          // The stated value is in datetime or content; an element with neither has its date in its text.
          markedPublished = (attrs.datetime ?? attrs.content ?? "").trim();
        }
        if (name === "time" && !timeDatetime && attrs.datetime && elsewhereDepth === 0) timeDatetime = attrs.datetime.trim();
        if (HIDDEN.has(name)) {
          hiddenDepth++;
          return;
        }
        if (hiddenDepth > 0) return;
        if (dateParts) dateDepth++;
        else if (
          elsewhereDepth === 0 &&
          dateTexts.length < MAX_DATE_TEXTS &&
          (DATE_CLASS.test(attrs.class ?? "") || attribute(attrs, "itemprop") === "datepublished" || (name === "time" && !attrs.datetime))
        ) {
          dateParts = [];
          dateDepth = 1;
          dateLength = 0;
        }
        if (name === "h1" && !h1Done) inH1 = true;
        if (name === "pre") preDepth++;
        if (name === "br") parts.push("\n");
        else if (BLOCK.has(name)) parts.push(PARAGRAPH.has(name) ? PARAGRAPH_BREAK : "\n");
        else if (name === "td" || name === "th") parts.push(" ");
      },
      ontext(data) {
        if (inTitle) title += data;
        if (inJsonLd) jsonLdSource += data;
        if (hiddenDepth > 0) return;
        if (inH1) headline += data;
        if (dateParts && dateLength < MAX_DATE_TEXT_LENGTH) {
          dateParts.push(data);
          dateLength += data.length;
        }
        const clean = data.includes("\u0000") ? data.replace(/\u0000/g, "\ufffd") : data;
        parts.push(preDepth > 0 ? clean : collapseSpaces(clean));
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "script" && inJsonLd) {
          inJsonLd = false;
          jsonLd.push(readJsonLd(jsonLdSource));
          jsonLdSource = "";
        }
        if (ELSEWHERE.has(name) && elsewhereDepth > 0) elsewhereDepth--;
        if (HIDDEN.has(name)) {
          if (hiddenDepth > 0) hiddenDepth--;
          return;
        }
        if (hiddenDepth > 0) return;
        if (dateParts && --dateDepth === 0) {
          // Separate text runs with spaces: inline pieces of a date line are often distinct phrases.
          const line = collapseSpaces(dateParts.join(" ")).trim().slice(0, MAX_DATE_TEXT_LENGTH);
          if (line) dateTexts.push(line);
          dateParts = null;
        }
        if (name === "h1" && inH1) {
          inH1 = false;
          h1Done = true;
        }
        if (name === "pre" && preDepth > 0) preDepth--;
        if (BLOCK.has(name)) parts.push(PARAGRAPH.has(name) ? PARAGRAPH_BREAK : "\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();

  const fromJsonLd = (field: keyof JsonLdFacts) => jsonLd.find((facts) => facts[field])?.[field] ?? "";
  // Non-breaking spaces inside a line are kept as spaces; the text must stay readable in a CSV cell.
  const text = tidyLines(parts.join("").replace(/\u00a0/g, " "));
  return {
    text,
    title: collapseSpaces(title).trim() || collapseSpaces(headline).trim(),
    headline: collapseSpaces(headline).trim(),
    url: canonical || ogUrl || fromJsonLd("url"),
    published: metaPublished || fromJsonLd("published") || markedPublished || timeDatetime,
    modified: metaModified || fromJsonLd("modified"),
    dateTexts,
    outlet: outlet || fromJsonLd("publisher"),
  };
}
