import { describe, expect, it } from "vitest";
import { parseHtml, readJsonLd } from "../../loaders/html.js";

const PAGE = `<!doctype html>
<html><head>
  <title>Ukraine says drones hit 41 Russian aircraft | Example News</title>
  <link rel="canonical" href="https://example-news.com/world/2025/06/01/ukraine-drones">
  <meta property="og:url" content="https://example-news.com/og-url">
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2025-06-01T21:05:00+03:00">
  <style>.x { color: red }</style>
  <script>var figures = "9999 killed";</script>
</head>
<body>
  <nav><a href="/">Home</a></nav>
  <h1>Ukraine says  drones hit
     41 Russian aircraft</h1>
  <!-- 5000 killed, says a comment nobody sees -->
  <p>A total of 41 Russian warplanes were hit,&nbsp;the official said.</p>
  <p>Zelenskyy said 117 drones<br>had been used &amp; praised the <em>absolutely brilliant</em> outcome.</p>
  <noscript>Enable JavaScript to see 12 more figures</noscript>
  <template><p>300 drones</p></template>
  <ul><li>Belaya</li><li>Olenya</li></ul>
  <script type="application/ld+json">{"casualties": 77}</script>
</body></html>`;

describe("parseHtml", () => {
  const doc = parseHtml(PAGE);

  it("keeps the visible text with one line per block and a blank line between paragraphs", () => {
    expect(doc.text).toBe(
      [
        "Home",
        "",
        "Ukraine says drones hit 41 Russian aircraft",
        "",
        "A total of 41 Russian warplanes were hit, the official said.",
        "",
        "Zelenskyy said 117 drones",
        "had been used & praised the absolutely brilliant outcome.",
        "",
        "Belaya",
        "Olenya",
      ].join("\n"),
    );
  });

  it("drops scripts, styles, noscript, templates and comments", () => {
    for (const hidden of ["9999", "color: red", "5000", "12 more", "300 drones", "77"]) expect(doc.text).not.toContain(hidden);
  });

  it("reads title, canonical url, publication time and site name from the head", () => {
    expect(doc.title).toBe("Ukraine says drones hit 41 Russian aircraft | Example News");
    expect(doc.headline).toBe("Ukraine says drones hit 41 Russian aircraft");
    expect(doc.url).toBe("https://example-news.com/world/2025/06/01/ukraine-drones");
    expect(doc.published).toBe("2025-06-01T21:05:00+03:00");
    expect(doc.outlet).toBe("Example News");
  });

  it("falls back to og:url, <time datetime> and the <h1> title", () => {
    const page = parseHtml(`<meta property="og:url" content="https://a.example/x"><h1>Swap frees 1,000 captives on each side</h1><time datetime="2025-05-25">Sunday</time><p>Text.</p>`);
    expect(page).toMatchObject({ url: "https://a.example/x", published: "2025-05-25", title: "Swap frees 1,000 captives on each side" });
  });

  it("keeps white space inside <pre> as written", () => {
    expect(parseHtml("<pre>Month   km2\nMay     507</pre>").text).toBe("Month   km2\nMay     507");
  });

  it("survives unclosed tags and stray closing tags", () => {
    expect(parseHtml("<div><p>Seven killed</div></span><p>69 injured").text).toBe("Seven killed\n\n69 injured");
  });
});

describe("publication dates a page declares", () => {
  it("JSON-LD datePublished, read from the script before scripts are dropped from the text", () => {
    const page = parseHtml(`<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Swap","datePublished":"2025-05-25T14:31:00+03:00","dateModified":"2025-08-14T09:00:00+03:00","publisher":{"@type":"Organization","name":"The Kyiv Independent"}}</script></head><body><p>Each side released 303 prisoners.</p></body>`);
    expect(page).toMatchObject({ published: "2025-05-25T14:31:00+03:00", modified: "2025-08-14T09:00:00+03:00", outlet: "The Kyiv Independent" });
    expect(page.text).toBe("Each side released 303 prisoners.");
  });

  it("JSON-LD in a @graph: the article's date wins over the WebPage's, wherever it stands", () => {
    const facts = readJsonLd(`{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01","url":"https://x.example/"},{"@type":["ReportageNewsArticle"],"datePublished":"2025-07-12T10:45:00+01:00","mainEntityOfPage":{"@id":"https://x.example/2025/07/12/drones"}}]}`);
    expect(facts).toMatchObject({ published: "2025-07-12T10:45:00+01:00", url: "https://x.example/2025/07/12/drones" });
    expect(readJsonLd(`[{"@type":"WebPage","datePublished":"2025-07-11"}]`).published).toBe("2025-07-11");
  });

  it("JSON-LD that is not valid JSON still gives its quoted datePublished", () => {
    const broken = `{"@type": "NewsArticle", "headline": "Line one
line two", "datePublished": "2025-07-12T08:00:00Z", }`;
    expect(readJsonLd(broken).published).toBe("2025-07-12T08:00:00Z");
    expect(readJsonLd("not json at all").published).toBe("");
  });

  it("<meta name=date>, <meta itemprop=datePublished> and <meta name=pubdate>", () => {
    expect(parseHtml(`<meta name="date" content="2025-07-12">`).published).toBe("2025-07-12");
    expect(parseHtml(`<meta itemprop="datePublished" content="2025-07-12T10:00:00Z">`).published).toBe("2025-07-12T10:00:00Z");
    expect(parseHtml(`<meta name="pubdate" content="20250712">`).published).toBe("20250712");
    expect(parseHtml(`<meta property="article:modified_time" content="2025-07-13">`)).toMatchObject({ published: "", modified: "2025-07-13" });
  });

  it("a <time pubdate> or itemprop=datePublished element before the first <time>, and no <time> from navigation or related stories", () => {
    const page = parseHtml(`<nav><time datetime="2025-01-01">Today</time></nav><aside><time datetime="2024-12-31">Related</time></aside>
<article><header><time datetime="2025-07-13">Updated</time><time pubdate datetime="2025-07-12">Published</time></header><p>Text.</p></article>`);
    expect(page.published).toBe("2025-07-12");
    const header = parseHtml(`<nav><time datetime="2025-01-01">Today</time></nav><header><time datetime="2025-07-12T10:45:00+01:00">Sat 12 Jul 2025 10.45 BST</time></header><p>Text.</p>`);
    expect(header.published).toBe("2025-07-12T10:45:00+01:00");
    expect(parseHtml(`<span itemprop="datePublished" content="2025-07-12">12 July</span>`).published).toBe("2025-07-12");
  });

  it("the text of date-line elements, with inline runs kept apart", () => {
    const page = parseHtml(`<header><h1>Key events</h1><div class="date-simple"><span class="screen-reader-text">Published On 2 Jul 2025</span>2 Jul 2025</div>
<p class="article__byline">by Martin Fornusek &middot; May 25, 2025 2:31 PM &middot; 3 min read</p><time>Sat 12 Jul 2025</time></header><aside><span class="date">1 Jan 2020</span></aside>`);
    expect(page.dateTexts).toEqual(["Published On 2 Jul 2025 2 Jul 2025", "by Martin Fornusek · May 25, 2025 2:31 PM · 3 min read", "Sat 12 Jul 2025"]);
    // The visible text is unchanged by the capture: inline runs still join as a browser shows them.
    expect(page.text).toContain("Published On 2 Jul 20252 Jul 2025");
  });

  it("og:site_name stays the outlet over a JSON-LD publisher", () => {
    const page = parseHtml(`<meta property="og:site_name" content="Al Jazeera"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Al Jazeera Media Network"}}</script>`);
    expect(page.outlet).toBe("Al Jazeera");
  });
});
