import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import {
  articleIdOf,
  completeMonthDay,
  dateOfUrl,
  findAllCalendarDates,
  findCalendarDate,
  findMonthDay,
  isDateLine,
  numericOrderOfOutlet,
  outletOfCredit,
  outletOfTitleSuffix,
  parseArticle,
  parseCalendarDate,
} from "../../loaders/article.js";
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

// ---------- metadata as real news pages print it ----------

/** The project's own outlets table: country and names as contributors keep them. */
const TABLE: OutletRow[] = Papa.parse<OutletRow>(readFileSync(new URL("../../data/tables/outlets.csv", import.meta.url), "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;
const read = (file: string, text: string) => parseArticle(file, text, { outlets: TABLE });
const HEADLINE = "Russia launches hundreds of drones at Kyiv overnight";

describe("numeric dates", () => {
  it("read dotted dates day first, as Ukrinform and other European sites print them", () => {
    expect(parseCalendarDate("12.07.2025 11:47")).toBe("2025-07-12");
    expect(parseCalendarDate("01.02.2025")).toBe("2025-02-01");
    expect(parseCalendarDate("31.02.2025")).toBe("");
  });

  it("read an ambiguous slashed date by the order given, and an unambiguous one always", () => {
    expect(parseCalendarDate("12/07/2025", { numericOrder: "dmy" })).toBe("2025-07-12");
    expect(parseCalendarDate("7/12/2025", { numericOrder: "mdy" })).toBe("2025-07-12");
    expect(parseCalendarDate("12/07/2025")).toBe("");
    expect(parseCalendarDate("13/07/2025")).toBe("2025-07-13");
    expect(parseCalendarDate("7/13/2025")).toBe("2025-07-13");
    expect(parseCalendarDate("13-07-2025")).toBe("2025-07-13");
  });

  it("do not read version numbers, mixed separators or parts of longer numbers as dates", () => {
    expect(parseCalendarDate("firmware 1.12.2025.3")).toBe("");
    expect(parseCalendarDate("13/07-2025")).toBe("");
    expect(parseCalendarDate("113/07/2025")).toBe("");
  });

  it("take the order from the outlet's country in outlets.csv: US month first, others day first, year-first countries neither", () => {
    expect(numericOrderOfOutlet("AP", TABLE)).toBe("mdy");
    expect(numericOrderOfOutlet("BBC", TABLE)).toBe("dmy");
    expect(numericOrderOfOutlet("Ukrinform", TABLE)).toBe("dmy");
    expect(numericOrderOfOutlet("Xinhua", TABLE)).toBeUndefined();
    expect(numericOrderOfOutlet("GlobalPost", TABLE)).toBeUndefined();
    expect(numericOrderOfOutlet("example.org", TABLE)).toBeUndefined();
  });

  it("date an AP story's 7/12/2025 as July 12 and a BBC story's 12/07/2025 as July 12", () => {
    expect(read("ap.txt", `${HEADLINE}\n\n7/12/2025\n\nKYIV, Ukraine (AP) — Russia launched 400 drones.\n`).published).toBe("2025-07-12");
    const bbc = read("bbc.txt", `${HEADLINE}\nSource: https://www.bbc.com/news/articles/c1234\n12/07/2025\n\nRussia launched 400 drones.\n`);
    expect(bbc).toMatchObject({ outlet: "BBC", published: "2025-07-12" });
  });

  it("leave an ambiguous date unread when the outlet is unknown, rather than guess", () => {
    expect(read("x.txt", `${HEADLINE}\n\n12/07/2025\n\nRussia launched 400 drones.\n`).published).toBe("");
    expect(read("x.txt", `${HEADLINE}\n\n13/07/2025\n\nRussia launched 400 drones.\n`).published).toBe("2025-07-13");
  });

  it("find every date of a text in order, without reading one date twice", () => {
    expect(findAllCalendarDates("From 1 June 2025 to 12.07.2025, and again on 2025-07-20.").map((d) => d.value)).toEqual([
      "2025-06-01",
      "2025-07-12",
      "2025-07-20",
    ]);
  });
});

describe("date lines news sites print", () => {
  it("Ukrinform: a dotted date and time under the headline, and the outlet's name alone on a line", () => {
    const text = "UK intelligence: Russia has likely suffered heavy casualties\n\n12.07.2025 11:47\nUkrinform\n\nRussian forces have likely sustained more than 1,000,000 casualties.\n";
    expect(read("u.txt", text)).toMatchObject({ published: "2025-07-12", outlet: "Ukrinform", title: "UK intelligence: Russia has likely suffered heavy casualties" });
  });

  it("the Guardian: a weekday, day, short month, year and a time with a dot", () => {
    expect(isDateLine("Sat 12 Jul 2025 10.45 BST")).toBe(true);
    expect(read("g.txt", `${HEADLINE}\n\nSat 12 Jul 2025 10.45 BST\n\nRussia launched 400 drones.\n`).published).toBe("2025-07-12");
  });

  it("Reuters: a date and time followed by a relative update", () => {
    expect(isDateLine("June 5, 2025 8:14 AM GMT+3 Updated 2 hours ago")).toBe(true);
    const text = `${HEADLINE}\n\nBy Reuters\nJune 5, 2025 8:14 AM GMT+3 Updated 2 hours ago\n\nMoscow, June 5 (Reuters) - Russian air defence units destroyed 48 drones.\n`;
    expect(read("r.txt", text)).toMatchObject({ published: "2025-06-05", outlet: "Reuters" });
  });

  it("labelled lines: 'Published 12 July 2025', and 'Updated: July 12, 2025 at 3:05 pm' only when nothing else dates the story", () => {
    expect(read("p.txt", `${HEADLINE}\n\nPublished 12 July 2025\n\nRussia launched 400 drones.\n`).published).toBe("2025-07-12");
    expect(read("u.txt", `${HEADLINE}\n\nUpdated: July 12, 2025 at 3:05 pm\n\nRussia launched 400 drones.\n`).published).toBe("2025-07-12");
    const both = `${HEADLINE}\n\nUpdated: July 13, 2025 at 3:05 pm\n\nKYIV, July 12, 2025 (Reuters) - Russia launched 400 drones.\n`;
    expect(read("b.txt", both).published).toBe("2025-07-12");
  });

  it("a line starting 'Dates' or 'Postedness' is not a labelled date line", () => {
    expect(read("d.txt", `${HEADLINE}\n\nDates for talks: none before 12 July 2025, officials said.\n`).published).toBe("");
  });

  it("a byline carrying the date: 'By Martin Fornusek · May 25, 2025 2:31 PM · 3 min read'", () => {
    const text = `Ukraine, Russia complete 1,000-for-1,000 prisoner exchange\nBy Martin Fornusek · May 25, 2025 2:31 PM · 3 min read\n\nUkraine and Russia swapped 303 prisoners each.\n`;
    expect(read("ki.txt", text).published).toBe("2025-05-25");
  });
});

describe("datelines without a year", () => {
  it("read the month and day as datelines print them", () => {
    expect(findMonthDay("KYIV, July 1")).toEqual({ month: 7, day: 1 });
    expect(findMonthDay("LONDON, 12 Sept.")).toEqual({ month: 9, day: 12 });
    expect(findMonthDay("MOSCOW, June 31")).toBeUndefined();
    expect(findMonthDay("ZAPORIZHZHIA, Ukraine")).toBeUndefined();
  });

  it("take the year from a dated reference shortly before or after, and nothing from one months away", () => {
    expect(completeMonthDay({ month: 7, day: 1 }, ["2025-06-28"])).toBe("2025-07-01");
    expect(completeMonthDay({ month: 1, day: 2 }, ["2024-12-30"])).toBe("2025-01-02");
    expect(completeMonthDay({ month: 6, day: 30 }, ["2025-07-03"])).toBe("2025-06-30");
    expect(completeMonthDay({ month: 7, day: 26 }, ["2022-02-24"])).toBe("");
    expect(completeMonthDay({ month: 2, day: 29 }, ["2025-02-20"])).toBe("");
  });

  it("date 'KYIV, July 1 (Reuters) -' by another date in the article", () => {
    const text = `${HEADLINE}\n\nKYIV, July 1 (Reuters) - Russia launched 400 drones, after firing 500 on June 28, 2025, the air force said.\n`;
    expect(read("r.txt", text)).toMatchObject({ outlet: "Reuters", published: "2025-07-01" });
  });

  it("date it by the year in the URL", () => {
    const text = `${HEADLINE}\nSource: https://www.reuters.com/world/europe/russia-drones-2025-06-30/\n\nKYIV, July 1 (Reuters) - Russia launched 400 drones.\n`;
    expect(read("r.txt", text).published).toBe("2025-07-01");
  });

  it("date it by the URL in front matter", () => {
    const md = "---\ntitle: Drones over Kyiv\nurl: https://www.reuters.com/world/europe/2025/06/30/drones/\n---\n\nKYIV, July 1 (Reuters) - Russia launched 400 drones.\n";
    expect(read("r.md", md).published).toBe("2025-07-01");
  });

  it("leave the date empty when only a distant date is there, rather than guess", () => {
    const text = `Russian air defenses destroy 112 Ukrainian drones overnight\n\nMOSCOW, July 26. /TASS/. Air defenses destroyed 112 drones.\n\nPutin ordered the special military operation on February 24, 2022.\n`;
    expect(read("t.txt", text)).toMatchObject({ outlet: "TASS", published: "" });
  });
});

describe("dates in URL paths", () => {
  it("read /2025/07/12/, /2025-07-12/, /20250712/ and Al Jazeera's /2025/7/1/", () => {
    expect(dateOfUrl("https://www.theguardian.com/world/2025/07/12/russia-drones")).toBe("2025-07-12");
    expect(dateOfUrl("https://news.cgtn.com/news/2025-07-12/Russia-drones/p.html")).toBe("2025-07-12");
    expect(dateOfUrl("https://www.example.ua/news/20250712/drones")).toBe("2025-07-12");
    expect(dateOfUrl("https://www.aljazeera.com/news/2025/7/1/russia-ukraine-war-key-events")).toBe("2025-07-01");
  });

  it("ignore ids and impossible dates", () => {
    expect(dateOfUrl("https://www.example.com/a/12345678/story")).toBe("");
    expect(dateOfUrl("https://www.example.com/2025/13/40/story")).toBe("");
    expect(dateOfUrl("https://www.example.com/2025/06/story")).toBe("");
  });
});

describe("outlets credited in the text", () => {
  it("map credits to outlets.csv names: aliases, a leading 'The', a name followed by more words", () => {
    expect(outletOfCredit("Agence France-Presse", TABLE)).toBe("AFP");
    expect(outletOfCredit("The Associated Press", TABLE)).toBe("AP");
    expect(outletOfCredit("The Kyiv Independent. All rights reserved.", TABLE)).toBe("Kyiv Independent");
    expect(outletOfCredit("Al Jazeera Media Network", TABLE)).toBe("Al Jazeera");
    expect(outletOfCredit("The Times of India", TABLE)).toBe("The Times of India");
    expect(outletOfCredit("Acme Media Holdings", TABLE)).toBeUndefined();
    expect(outletOfCredit("Reuters Staff", TABLE, true)).toBeUndefined();
  });

  it("an outlet byline: 'By AFP'", () => {
    expect(read("a.txt", `${HEADLINE}\n\nBy AFP\n\nRussia launched 400 drones.\n`).outlet).toBe("AFP");
  });

  it("the outlet after the reporters in a byline: 'By Laura Gozzi and Vitaliy Shevchenko, BBC News'; a job title there names none", () => {
    expect(read("a.txt", `${HEADLINE}\n\nBy Laura Gozzi and Vitaliy Shevchenko, BBC News\n\nRussia launched 400 drones.\n`).outlet).toBe("BBC");
    expect(read("a.txt", `${HEADLINE}\n\nBy Danielle Sheridan, Defence Editor\n\nRussia launched 400 drones.\n`).outlet).toBe("");
    expect(read("a.txt", `${HEADLINE}\n\nBy HANNA ARHIROVA and ILLIA NOVIKOV\n\nRussia launched 400 drones.\n`).outlet).toBe("");
  });

  it("AP's sign-off and contributor line", () => {
    expect(read("ap.txt", `${HEADLINE}\n\nRussia launched 400 drones.\n\n— The Associated Press\n`).outlet).toBe("AP");
    const contributor = `${HEADLINE}\n\nRussia launched 400 drones.\n\nAssociated Press writer Emma Burrows in London contributed to this report.\n`;
    expect(read("ap.txt", contributor).outlet).toBe("AP");
  });

  it("Reuters' 'Reporting by ...; Editing by ...' line", () => {
    const text = `${HEADLINE}\n\nRussia launched 400 drones.\n\nReporting by Tom Balmforth in Kyiv; Writing by Lidia Kelly; Editing by Michael Perry\n`;
    expect(read("r.txt", text).outlet).toBe("Reuters");
  });

  it("a copyright line naming a listed outlet, and nothing from one naming an unlisted company", () => {
    expect(read("a.txt", `${HEADLINE}\n\nRussia launched 400 drones.\n\n© Agence France-Presse\n`).outlet).toBe("AFP");
    expect(read("u.txt", `${HEADLINE}\n\nRussia launched 400 drones.\n\n© 2015-2025 Ukrinform. All rights reserved.\n`).outlet).toBe("Ukrinform");
    expect(read("x.txt", `${HEADLINE}\n\nRussia launched 400 drones.\n\n© 2025 Acme Media Holdings. All rights reserved.\n`).outlet).toBe("");
  });

  it("the Kyiv Independent speaking of itself, and Ukrinform's sentence-end credit", () => {
    const ki = `${HEADLINE}\n\nRussia launched 479 drones, the Air Force said.\n\nThe Kyiv Independent could not immediately verify the reports.\n`;
    expect(read("ki.txt", ki).outlet).toBe("Kyiv Independent");
    expect(read("u.txt", `${HEADLINE}\n\nRussia launched 400 drones, the air force said, Ukrinform reports.\n`).outlet).toBe("Ukrinform");
  });

  it("an outlet merely cited in the story is not its outlet", () => {
    expect(read("x.txt", `${HEADLINE}\n\nRussia launched 400 drones, the Washington Post reported.\n`).outlet).toBe("");
    expect(read("003.txt", seed("003_d499966ec19abc97")).outlet).toBe("");
  });

  it("the URL's site stays the outlet when a story only mentions another outlet verifying nothing", () => {
    const text = `${HEADLINE}\nSource: https://www.theguardian.com/world/2025/jul/12/drones\n\nReuters could not independently verify the claims.\n`;
    expect(read("g.txt", text).outlet).toBe("The Guardian");
  });

  it("a page title's last part names the site", () => {
    expect(outletOfTitleSuffix("Ukraine, Russia complete 1,000-for-1,000 prisoner exchange | The Kyiv Independent", TABLE)).toBe("Kyiv Independent");
    expect(outletOfTitleSuffix("Russia-Ukraine war: List of key events, day 1,225 | Russia-Ukraine war News | Al Jazeera", TABLE)).toBe("Al Jazeera");
    expect(outletOfTitleSuffix("Kyiv – the city that never sleeps", TABLE)).toBe("");
  });
});

describe("metadata of HTML and Markdown articles", () => {
  it("an HTML page with JSON-LD and a title suffix: date, outlet and the headline without the site's name", () => {
    const html = `<html><head><title>Ukraine, Russia complete 1,000-for-1,000 prisoner exchange | The Kyiv Independent</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-25T14:31:00+03:00"}</script></head>
<body><h1>Ukraine, Russia complete 1,000-for-1,000 prisoner exchange</h1><p>Each side released 303 prisoners.</p></body></html>`;
    expect(read("ki.html", html)).toMatchObject({
      published: "2025-05-25",
      outlet: "Kyiv Independent",
      title: "Ukraine, Russia complete 1,000-for-1,000 prisoner exchange",
    });
  });

  it("an HTML page whose only date is in its date element: Al Jazeera's 'Published On 2 Jul 2025'", () => {
    const html = `<html><head><title>Key events, day 1,225 | Russia-Ukraine war News | Al Jazeera</title></head><body><header><h1>Russia-Ukraine war: key events, day 1,225</h1>
<div class="date-simple"><span class="screen-reader-text">Published On 2 Jul 2025</span>2 Jul 2025</div></header><p>Two people were killed in Odesa.</p></body></html>`;
    expect(read("aj.html", html)).toMatchObject({ published: "2025-07-02", outlet: "Al Jazeera", title: "Key events, day 1,225 | Russia-Ukraine war News" });
  });

  it("an HTML page's modification date only when nothing else dates it", () => {
    const modifiedOnly = `<html><head><meta property="article:modified_time" content="2025-07-03T09:00:00Z"></head><body><p>Text.</p></body></html>`;
    expect(read("m.html", modifiedOnly).published).toBe("2025-07-03");
    const both = `<html><head><meta property="article:modified_time" content="2025-07-03T09:00:00Z"></head><body><p class="byline">By Staff · July 1, 2025</p><p>Text.</p></body></html>`;
    expect(read("m.html", both).published).toBe("2025-07-01");
  });

  it("an HTML page's canonical URL dates it when nothing else does", () => {
    const html = `<html><head><link rel="canonical" href="https://www.aljazeera.com/news/2025/7/1/key-events"></head><body><p>Text.</p></body></html>`;
    expect(read("aj.html", html)).toMatchObject({ published: "2025-07-01", outlet: "Al Jazeera" });
  });

  it("Markdown front matter whose 'source' is a URL: it is the url, and its host names the outlet", () => {
    const md = "---\ntitle: Zelensky says 117 drones were used\nsource: https://www.kyivindependent.com/zelensky-117-drones/\n---\n\nText.\n";
    expect(read("s.md", md)).toMatchObject({ url: "https://www.kyivindependent.com/zelensky-117-drones/", outlet: "Kyiv Independent" });
  });
});

describe("metadata patterns stay linear on adversarial text", () => {
  it("read no outlet from a huge capitalised token before 'could not verify' or a huge clause before 'reports.'", () => {
    const long = "A".repeat(200_000);
    expect(read("a.txt", `${HEADLINE}\n\n${long} could not verify it.\n`).outlet).toBe("");
    expect(read("b.txt", `${HEADLINE}\n\n${", A".repeat(60_000)} reports.\n`).outlet).toBe("");
  });

  it("read no date from long runs of digits, dots and slashes", () => {
    expect(read("c.txt", `${HEADLINE}\n\n${"1.".repeat(50_000)}\n${"1/".repeat(50_000)}\n`).published).toBe("");
    expect(findAllCalendarDates("12.".repeat(30_000))).toEqual([]);
  });

  it("read no dateline from a long first line of capitals and slashes", () => {
    expect(read("d.txt", `${"MOSCOW, ".repeat(20_000)}/TASS/. Text.\n`).outlet).toBe("");
  });
});
