import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleIdOf, findCalendarDate, isDateLine, parseArticle, parseCalendarDate } from "../../loaders/article.js";
import type { OutletRow } from "../../loaders/types.js";

const seed = (name: string) => readFileSync(new URL(`../../data/articles/${name}.txt`, import.meta.url), "utf8");
const OUTLETS: OutletRow[] = [
  { outlet: "CGTN", domains: "cgtn.com", country: "China", affiliation: "state_media" },
  { outlet: "RT", domains: "rt.com", country: "Russia", affiliation: "state_media" },
  { outlet: "AFP", domains: "afp.com", country: "France", affiliation: "wire_agency" },
];

describe("parseArticle on the seed articles", () => {
  it("reads CGTN's headline, source link, outlet and publication line", () => {
    const a = parseArticle("000_3f7cc4135e1a4435.txt", seed("000_3f7cc4135e1a4435"), { outlets: OUTLETS });
    expect(a).toMatchObject({
      id: "000_3f7cc4135e1a4435",
      title: "Russia, Ukraine set for second round of talks amid escalating conflict",
      url: "https://news.cgtn.com/news/2025-06-02/Russia-Ukraine-set-for-second-round-of-talks-amid-escalating-conflict-1DS35DAe2eA/p.html",
      outlet: "CGTN",
      published: "2025-06-03",
      status: "ok",
      reason: "",
    });
  });

  it("reads RT's outlet line and date line, skipping them for the title", () => {
    const a = parseArticle("001_6ef55cfa70f647ae.txt", seed("001_6ef55cfa70f647ae"), { outlets: OUTLETS });
    expect(a.outlet).toBe("RT");
    expect(a.published).toBe("2025-06-02");
    expect(a.title).toMatch(/^The next stage of negotiations has started in Istanbul/);
  });

  it("reads front matter of a .txt file for metadata but keeps the whole file as text", () => {
    const text = seed("002_669a61a3c6b00fe6");
    const a = parseArticle("002_669a61a3c6b00fe6.txt", text);
    expect(a.title).toBe("Latest: Ukraine accuses Russia of undermining next round of peace talks");
    expect(a.published).toBe("2025-05-31");
    expect(a.text).toBe(text);
  });

  it("reads the Posted line at the end of a page", () => {
    const a = parseArticle("004_e6a8533aefd292e9.txt", seed("004_e6a8533aefd292e9"));
    expect(a.published).toBe("2025-06-02");
    expect(a.title).toMatch(/^Russia launches deadly attacks across Ukraine/);
  });

  it("without an outlets table, names the outlet by the url's host", () => {
    expect(parseArticle("000.txt", seed("000_3f7cc4135e1a4435")).outlet).toBe("news.cgtn.com");
  });
});

describe("parseArticle formats", () => {
  it("Markdown: the text is the body after the front matter, and offsets index it", () => {
    const md = "---\ntitle: Drones downed overnight\ndate: 2025-06-03\nurl: https://www.rt.com/russia/1\n---\n\nRussia said it downed 162 drones.\n";
    const a = parseArticle("wire/june.md", md, { outlets: OUTLETS });
    expect(a).toMatchObject({ id: "wire/june", title: "Drones downed overnight", published: "2025-06-03", outlet: "RT", url: "https://www.rt.com/russia/1" });
    expect(a.text).toBe("Russia said it downed 162 drones.\n");
    expect(a.text.slice(a.text.indexOf("162"), a.text.indexOf("162") + 3)).toBe("162");
  });

  it("Markdown with broken front matter: the whole file is the text, with a reason saying why", () => {
    const md = '---\ntitle: "unclosed\ndate: [2025\n---\nKyiv said 30 drones were shot down.\n';
    const a = parseArticle("broken.md", md);
    expect(a.status).toBe("ok");
    expect(a.text).toBe(md);
    expect(a.reason).toMatch(/^front matter ignored \(.+\); the whole file was read as text/);
  });

  it("HTML: visible text, with metadata from the head", () => {
    const html = `<html><head><title>Swap</title><meta property="og:site_name" content="AFP"><meta property="article:published_time" content="2025-05-25T23:30:00-04:00"></head><body><p>Each side released 1,000 captives.</p><script>alert(1)</script></body></html>`;
    const a = parseArticle("swap.html", html, { outlets: OUTLETS });
    expect(a).toMatchObject({ id: "swap", text: "Each side released 1,000 captives.", title: "Swap", outlet: "AFP", published: "2025-05-25" });
  });

  it("an unknown extension that decodes as text is read as plain text, saying so", () => {
    const a = parseArticle("notes.rtf.bak", "KYIV (Reuters) - Russia launched 472 drones.\n");
    expect(a).toMatchObject({ id: "notes.rtf", status: "ok", outlet: "Reuters" });
    expect(a.reason).toBe('read as plain text: ".bak" is not .txt, .md or .html');
  });

  it("a dateline gives the outlet and the date", () => {
    const a = parseArticle("bss.txt", "Russia gains ground\n\nPARIS, July 1, 2025 (BSS/AFP) - Russia took 588 square kilometres in June.\n");
    expect(a).toMatchObject({ outlet: "BSS/AFP", published: "2025-07-01", title: "Russia gains ground" });
  });

  it("articles.csv metadata wins over what the text says, field by field", () => {
    const a = parseArticle("001_6ef55cfa70f647ae.txt", seed("001_6ef55cfa70f647ae"), {
      meta: { article: "001_6ef55cfa70f647ae", url: "https://www.rt.com/russia/618544-istanbul-talks/", outlet: "", published: "2025-06-01", title: "" },
    });
    expect(a.url).toBe("https://www.rt.com/russia/618544-istanbul-talks/");
    expect(a.published).toBe("2025-06-01");
    expect(a.outlet).toBe("RT.com");
  });

  it("takes the date from the url path when nothing else gives one", () => {
    const a = parseArticle("x.txt", "Troops massed near Sumy\nRead more at https://www.example.org/world/2025/05/28/sumy-troops\n");
    expect(a.published).toBe("2025-05-28");
    expect(a.url).toBe("https://www.example.org/world/2025/05/28/sumy-troops");
  });
});

describe("dates", () => {
  it("reads the shapes news sites print, as calendar dates", () => {
    expect(parseCalendarDate("发表时间:2025-06-03")).toBe("2025-06-03");
    expect(parseCalendarDate("Posted: 2025-06-02 12:14:37")).toBe("2025-06-02");
    expect(parseCalendarDate("02 Jun 2025, 11:30 GMT+10")).toBe("2025-06-02");
    expect(parseCalendarDate("Published: June 2, 2025")).toBe("2025-06-02");
    expect(parseCalendarDate("Sept. 3rd, 2024")).toBe("2024-09-03");
    expect(parseCalendarDate("2025年6月3日")).toBe("2025-06-03");
    expect(parseCalendarDate("2025-05-31T23:40:57-05:00")).toBe("2025-05-31");
  });

  it("rejects impossible dates", () => {
    expect(parseCalendarDate("2025-02-30")).toBe("");
    expect(parseCalendarDate("June 31, 2025")).toBe("");
  });

  it("finds the earliest date in a line", () => {
    expect(findCalendarDate("from 1 June 2024 to 2025-05-31")).toMatchObject({ value: "2024-06-01", index: 5 });
  });

  it("tells a date line from a sentence with a date", () => {
    expect(isDateLine("02 Jun 2025, 11:30 GMT+10")).toBe(true);
    expect(isDateLine("Talks were held on 16 May 2025")).toBe(false);
  });
});

describe("articleIdOf", () => {
  it("drops only the last extension and keeps sub-folders with /", () => {
    expect(articleIdOf("2025/06/cgtn.talks.txt")).toBe("2025/06/cgtn.talks");
    expect(articleIdOf("README")).toBe("README");
    expect(articleIdOf("dir.v2/README")).toBe("dir.v2/README");
    expect(articleIdOf(".hidden")).toBe(".hidden");
  });
});

describe("front matter dates", () => {
  it("keep the calendar date written, not the UTC instant YAML makes of it", () => {
    const md = "---\ntitle: Early\ndate: 2025-06-01T00:01:00+14:00\n---\nUkraine said 30 drones were shot down.\n";
    expect(parseArticle("early.md", md).published).toBe("2025-06-01");
  });
});

describe("metadata patterns on adversarial lines", () => {
  it("find no source link or date in a label followed by a long run of spaces and junk", () => {
    const text = `Source${" ".repeat(7000)}x\nPosted${" ".repeat(7000)}y\n`;
    expect(parseArticle("a.txt", text)).toMatchObject({ url: "", published: "" });
  });
});
