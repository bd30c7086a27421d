import { describe, expect, it } from "vitest";
import { parseHtml } from "../../loaders/html.js";

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
