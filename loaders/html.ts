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
  /** <link rel="canonical">, else <meta property="og:url">. */
  url: string;
  /** <meta property="article:published_time"> (or a few common aliases), else the first <time datetime>. */
  published: string;
  /** <meta property="og:site_name">. */
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

const PUBLISHED_META = new Set([
  "article:published_time",
  "og:published_time",
  "datepublished",
  "date",
  "dc.date",
  "dc.date.issued",
  "pubdate",
  "publishdate",
  "parsely-pub-date",
  "sailthru.date",
]);

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
  let published = "";
  let timeDatetime = "";
  let outlet = "";

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
          if (PUBLISHED_META.has(key) && !published) published = content;
        }
        if (name === "time" && !timeDatetime && attrs.datetime) timeDatetime = attrs.datetime.trim();
        if (HIDDEN.has(name)) {
          hiddenDepth++;
          return;
        }
        if (hiddenDepth > 0) return;
        if (name === "h1" && !h1Done) inH1 = true;
        if (name === "pre") preDepth++;
        if (name === "br") parts.push("\n");
        else if (BLOCK.has(name)) parts.push(PARAGRAPH.has(name) ? PARAGRAPH_BREAK : "\n");
        else if (name === "td" || name === "th") parts.push(" ");
      },
      ontext(data) {
        if (inTitle) title += data;
        if (hiddenDepth > 0) return;
        if (inH1) headline += data;
        const clean = data.includes("\u0000") ? data.replace(/\u0000/g, "\ufffd") : data;
        parts.push(preDepth > 0 ? clean : collapseSpaces(clean));
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (HIDDEN.has(name)) {
          if (hiddenDepth > 0) hiddenDepth--;
          return;
        }
        if (hiddenDepth > 0) return;
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

  // Non-breaking spaces inside a line are kept as spaces; the text must stay readable in a CSV cell.
  const text = tidyLines(parts.join("").replace(/\u00a0/g, " "));
  return {
    text,
    title: collapseSpaces(title).trim() || collapseSpaces(headline).trim(),
    headline: collapseSpaces(headline).trim(),
    url: canonical || ogUrl,
    published: published || timeDatetime,
    outlet,
  };
}
