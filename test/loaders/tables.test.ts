import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssue, formatIssues, parseTable, parseTables, TABLE_NAMES, type TableFiles } from "../../loaders/tables.js";
import type { TableIssue } from "../../loaders/types.js";

const TABLES_DIR = new URL("../../data/tables/", import.meta.url);

function shippedTables(): TableFiles {
  const files: TableFiles = {};
  for (const name of TABLE_NAMES) {
    files[name] = { path: `data/tables/${name}.csv`, text: readFileSync(new URL(`${name}.csv`, TABLES_DIR), "utf8") };
  }
  return files;
}

/** The formatted issues of one table, for assertions that read like the messages a contributor sees. */
function problems(name: Parameters<typeof parseTable>[0], text: string): string[] {
  return parseTable(name, `data/tables/${name}.csv`, text).issues.map(formatIssue);
}

const CLAIMANTS_HEADER = "claimant,aliases,side\n";

describe("the shipped tables", () => {
  it("all seven validate without an issue and hold rows", () => {
    const parsed = parseTables(shippedTables());
    expect(formatIssues(parsed.issues)).toBe("");
    for (const name of ["outlets", "claimants", "metrics", "qualifiers", "articles", "events"] as const) {
      expect(parsed.tables[name].length, name).toBeGreaterThan(0);
      expect(parsed.lines[name]).toHaveLength(parsed.tables[name].length);
    }
  });

  it("name the outlets of the seed articles with their affiliation", () => {
    const outlets = parseTables(shippedTables()).tables.outlets;
    const byName = new Map(outlets.map((o) => [o.outlet, o]));
    expect(byName.get("CGTN")).toMatchObject({ domains: "cgtn.com", affiliation: "state_media" });
    expect(byName.get("RT")).toMatchObject({ domains: "rt.com", affiliation: "state_media" });
    expect(byName.get("The Guardian")?.domains).toContain("theguardian.com");
    expect(byName.get("Big News Network")).toMatchObject({ affiliation: "aggregator" });
    expect(byName.get("Big News Network")?.domains).toContain("stpetersburgstar.com");
    expect(byName.get("Reuters")?.affiliation).toBe("wire_agency");
  });

  it("leave a seed's outlet or date empty where the text does not tell", () => {
    const meta = new Map(parseTables(shippedTables()).tables.articles.map((a) => [a.article, a]));
    expect(meta.get("003_d499966ec19abc97")).toMatchObject({ outlet: "GlobalPost", published: "" });
    expect(meta.get("002_669a61a3c6b00fe6")?.outlet).toBe("");
    expect(meta.get("000_3f7cc4135e1a4435")).toMatchObject({ outlet: "CGTN", published: "2025-06-02" });
  });

  it("give each row the line it is on in the file", () => {
    const parsed = parseTables(shippedTables());
    const text = shippedTables().claimants!.text.split("\n");
    parsed.tables.claimants.forEach((row, i) => {
      expect(text[parsed.lines.claimants[i]! - 1]!.startsWith(row.claimant.includes(",") ? '"' : row.claimant)).toBe(true);
    });
  });
});

describe("formatIssue", () => {
  it("prints path:line: column \"name\": message, the line being the row's physical line", () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Claimant ${i},,ukraine`).join("\n");
    const text = CLAIMANTS_HEADER + rows + "\nGeneral Staff of Ukraine,,ukr\n";
    expect(problems("claimants", text)).toEqual([
      'data/tables/claimants.csv:14: column "side": "ukr" is not one of ukraine, russia, third_party',
    ]);
  });

  it("leaves the column out for a problem of the whole row, and the line out for the whole file", () => {
    const issue: TableIssue = { file: "data/tables/metrics.csv", line: 0, column: "", value: "", message: "is missing" };
    expect(formatIssue(issue)).toBe("data/tables/metrics.csv: is missing");
    expect(formatIssue({ ...issue, line: 3 })).toBe("data/tables/metrics.csv:3: is missing");
  });

  it("formatIssues gives one issue per line", () => {
    const text = CLAIMANTS_HEADER + "A,,ukr\nB,,rus\n";
    const parsed = parseTable("claimants", "c.csv", text);
    expect(formatIssues(parsed.issues).split("\n")).toEqual([
      'c.csv:2: column "side": "ukr" is not one of ukraine, russia, third_party',
      'c.csv:3: column "side": "rus" is not one of ukraine, russia, third_party',
    ]);
  });
});

describe("line numbers", () => {
  it("count the lines inside quoted cells, so a later row gets the line an editor shows", () => {
    const text =
      CLAIMANTS_HEADER +
      '"Security Service of Ukraine (SBU)","SBU|\nMalyuk",ukraine\n' + // lines 2-3
      '"Russian Defence Ministry","Russian Defense Ministry|\nMoD|\nKonashenkov",russia\n' + // lines 4-6
      "Kremlin,Peskov,moscow\n"; // line 7
    expect(problems("claimants", text)).toEqual([
      'data/tables/claimants.csv:7: column "side": "moscow" is not one of ukraine, russia, third_party',
    ]);
  });

  it("skip blank lines but keep counting them", () => {
    const text = CLAIMANTS_HEADER + "\nA,,ukraine\n\n\nB,,russia\n,,\nC,,kyiv\n";
    const parsed = parseTable("claimants", "c.csv", text);
    expect(parsed.rows.map((r) => r.claimant)).toEqual(["A", "B"]);
    expect(parsed.lines).toEqual([3, 6]);
    expect(parsed.issues.map(formatIssue)).toEqual(['c.csv:8: column "side": "kyiv" is not one of ukraine, russia, third_party']);
  });

  it("read a spreadsheet's UTF-8 byte-order mark and CRLF line ends like plain LF", () => {
    const text = "\uFEFFoutlet,domains,country,affiliation\r\nBBC,bbc.co.uk bbc.com,United Kingdom,public_broadcaster\r\n\r\nTASS,tass.ru,Russia,state\r\n";
    const parsed = parseTable("outlets", "o.csv", text);
    expect(parsed.rows).toEqual([{ outlet: "BBC", domains: "bbc.co.uk bbc.com", country: "United Kingdom", affiliation: "public_broadcaster" }]);
    expect(parsed.issues.map(formatIssue)).toEqual([
      'o.csv:4: column "affiliation": "state" is not one of state_media, public_broadcaster, independent, wire_agency, aggregator, unknown',
    ]);
  });
});

describe("cells", () => {
  it("are trimmed", () => {
    const parsed = parseTable("claimants", "c.csv", "claimant , aliases , side\n  Kremlin ,  Peskov|Dmitry Peskov , russia \n");
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([{ claimant: "Kremlin", aliases: "Peskov|Dmitry Peskov", side: "russia" }]);
  });

  it("name a vocabulary value written with a capital and say to write it in lower case", () => {
    expect(problems("claimants", CLAIMANTS_HEADER + "Kremlin,Peskov,Russia\n")).toEqual([
      'data/tables/claimants.csv:2: column "side": "Russia" is not one of ukraine, russia, third_party (write it in lower case: russia)',
    ]);
  });

  it("take numbers plainly and reject thousands separators and words", () => {
    const header = "phrase,kind,qualifier,value,low,high\n";
    expect(problems("qualifiers", header + 'thousands,vague,at_least,"2,000",2000,9999\nscores of,vague,at_least,forty,40,199\n')).toEqual([
      'data/tables/qualifiers.csv:2: column "value": "2,000" is not a number: write it without thousands separators (2000)',
      'data/tables/qualifiers.csv:3: column "value": "forty" is not a number: write digits, with "." for decimals (1000, 5.2)',
    ]);
  });

  it("take dates as YYYY-MM-DD that exist on the calendar", () => {
    const header = "article,url,outlet,published,title\n";
    const text = header + "a,,BBC,2025-06-02,\nb,,BBC,2025-02-29,\nc,,BBC,02/06/2025,\nd,,BBC,2024-02-29,\n";
    const parsed = parseTable("articles", "a.csv", text);
    expect(parsed.rows.map((r) => r.article)).toEqual(["a", "d"]);
    expect(parsed.issues.map(formatIssue)).toEqual([
      'a.csv:3: column "published": "2025-02-29" is not a real calendar date',
      'a.csv:4: column "published": "02/06/2025" is not a date: write YYYY-MM-DD (2025-06-01)',
    ]);
  });

  it("require domains as host names, not addresses", () => {
    const header = "outlet,domains,country,affiliation\n";
    expect(problems("outlets", header + "BBC,https://www.bbc.co.uk/news,United Kingdom,public_broadcaster\nDW,www.dw.com,Germany,public_broadcaster\n")).toEqual([
      'data/tables/outlets.csv:2: column "domains": "https://www.bbc.co.uk/news" is not a domain: write the host name only (bbc.co.uk, not https://www.bbc.co.uk/news)',
      'data/tables/outlets.csv:3: column "domains": "www.dw.com": leave out "www." (dw.com); sub-domains match their domain',
    ]);
  });

  it("reject a domain label that starts or ends with a hyphen", () => {
    const header = "outlet,domains,country,affiliation\n";
    expect(problems("outlets", header + "X,-x.com x-.org,,unknown\n")).toEqual([
      'data/tables/outlets.csv:2: column "domains": "-x.com" is not a domain (letters, digits, "-" and dots, like bbc.co.uk); separate several with spaces',
    ]);
  });

  it("report every bad cell of a row, and every bad row of a table, at once", () => {
    const header = "metric,unit,cue,role,subject_side\n";
    const text = header + "killed,count,killed,verb,\nkiled,sqkm,dead,adverb,\ninjured,count,wound*,verb,ukrainian\n";
    expect(problems("metrics", text)).toEqual([
      'data/tables/metrics.csv:3: column "metric": "kiled" is not one of killed, injured, casualties, aircraft_hit, drones_launched, drones_downed, prisoners_exchanged, territory_gained, territory_controlled, settlements_captured, troops, damage',
      'data/tables/metrics.csv:3: column "unit": "sqkm" is not one of count, km2, percent, km, GBP, USD, EUR, days',
      'data/tables/metrics.csv:3: column "role": "adverb" is not one of noun, verb',
      'data/tables/metrics.csv:4: column "subject_side": "ukrainian" is not one of ukraine, russia, both, unknown',
    ]);
  });
});

describe("the header", () => {
  it("names an unknown column, suggests the likely one and lists the expected columns", () => {
    expect(problems("claimants", "claimant,aliases,sid\nKremlin,Peskov,russia\n")).toEqual([
      'data/tables/claimants.csv:1: column "sid": is not a column of claimants.csv (did you mean "side"?); the columns are claimant, aliases, side (a column for your own notes may be named "note" or start with "_")',
      'data/tables/claimants.csv:1: column "side": is missing from the header; the columns are claimant, aliases, side',
    ]);
  });

  it("lets a contributor add a note column or columns starting with _, which are ignored", () => {
    const parsed = parseTable("claimants", "c.csv", "claimant,aliases,side,note,_checked_by\nKremlin,Peskov,russia,spokesman,ana\n");
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([{ claimant: "Kremlin", aliases: "Peskov", side: "russia" }]);
  });

  it("may leave out optional columns, which read as empty", () => {
    const parsed = parseTable("articles", "a.csv", "article,outlet\n003_d499966ec19abc97,GlobalPost\n");
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([{ article: "003_d499966ec19abc97", url: "", outlet: "GlobalPost", published: "", title: "" }]);
  });

  it("reports a missing header row and still checks every row in the usual column order", () => {
    expect(problems("claimants", "Kremlin,Peskov,russia\nSBU,Malyuk,ukr\n")).toEqual([
      "data/tables/claimants.csv:1: missing header row: the first line must name the columns: claimant,aliases,side",
      'data/tables/claimants.csv:2: column "side": "ukr" is not one of ukraine, russia, third_party',
    ]);
  });

  it("says so when a spreadsheet saved the file with semicolons", () => {
    expect(problems("claimants", "claimant;aliases;side\nKremlin;Peskov;russia\n")[0]).toMatch(/separated by semicolons or tabs/);
  });

  it("reports a column named twice", () => {
    expect(problems("claimants", "claimant,side,aliases,side\nKremlin,russia,Peskov,russia\n")).toEqual([
      'data/tables/claimants.csv:1: column "side": appears twice in the header (columns 2 and 4): delete one',
    ]);
  });
});

describe("rows", () => {
  it("with too many or too few cells are reported with their line", () => {
    const text = CLAIMANTS_HEADER + "Kremlin,Peskov,Dmitry Peskov,russia\nSBU,ukraine\nUN,,third_party\n";
    expect(problems("claimants", text)).toEqual([
      "data/tables/claimants.csv:2: this row has 4 cells but the header has 3 columns: a cell holding a comma must be put in quotes",
      "data/tables/claimants.csv:3: this row has 2 cells but the header has 3 columns: add the missing cells (an empty cell is just a comma)",
    ]);
  });

  it("may end with empty cells a spreadsheet adds", () => {
    const parsed = parseTable("claimants", "c.csv", CLAIMANTS_HEADER + "Kremlin,Peskov,russia,,\n");
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
  });

  it("with an unclosed quote are reported at the line where the quote opens", () => {
    const text = CLAIMANTS_HEADER + "Kremlin,Peskov,russia\n\"SBU,Malyuk,ukraine\nUN,,third_party\n";
    expect(problems("claimants", text)).toEqual([
      'data/tables/claimants.csv:3: a quote (") opens a cell here and is never closed, so the rest of the file was read as one cell: close the quote, or write a quote inside a quoted cell as two quotes ("")',
    ]);
    expect(parseTable("claimants", "c.csv", text).rows.map((r) => r.claimant)).toEqual(["Kremlin"]);
  });

  it("with text after a closing quote are reported", () => {
    const text = CLAIMANTS_HEADER + 'Kremlin,"Peskov" Dmitry,russia\n';
    expect(problems("claimants", text)[0]).toMatch(/^data\/tables\/claimants\.csv:2: a quoted cell has text after its closing quote/);
  });
});

describe("duplicate keys", () => {
  it("an outlet named twice, and a domain claimed by two outlets, name the earlier line", () => {
    const text =
      "outlet,domains,country,affiliation\nBBC,bbc.co.uk bbc.com,United Kingdom,public_broadcaster\n" +
      "Reuters,reuters.com,United Kingdom,wire_agency\nbbc,bbc.com,United Kingdom,public_broadcaster\n";
    expect(problems("outlets", text)).toEqual([
      'data/tables/outlets.csv:4: column "outlet": "bbc" is already an outlet on line 2: merge the two rows',
      'data/tables/outlets.csv:4: column "domains": "bbc.com" is already a domain of the outlet on line 2: a domain names one outlet',
    ]);
  });

  it("a claimant named twice, or an alias claimed by two claimants, name both lines", () => {
    const text =
      CLAIMANTS_HEADER +
      "Security Service of Ukraine (SBU),SBU|Malyuk,ukraine\n" +
      "Ukrainian military intelligence (HUR),HUR|sbu,ukraine\n" +
      "Security Service of Ukraine (SBU),,ukraine\n";
    expect(problems("claimants", text)).toEqual([
      'data/tables/claimants.csv:3: column "aliases": "sbu" also names "Security Service of Ukraine (SBU)" on line 2: a name or alias can belong to only one claimant',
      'data/tables/claimants.csv:4: column "claimant": "Security Service of Ukraine (SBU)" is already a claimant on line 2: merge the two rows',
    ]);
  });

  it("one figure named or pinned twice in events.csv", () => {
    const text =
      "event_id,label,action,article,figure_id\n" +
      "2025-06-01-operation-spiderweb,Operation Spiderweb,name,004_e6a8533aefd292e9,f22a25b7980d7641\n" +
      "kursk-bridge,Kursk bridge,pin,004_e6a8533aefd292e9,f22a25b7980d7641\n";
    expect(problems("events", text)).toEqual([
      'data/tables/events.csv:3: column "figure_id": "f22a25b7980d7641" is already named, pinned or split on line 2: one row per figure',
    ]);
  });

  it("two corrections of one field of one figure, or a figure both corrected and rejected", () => {
    const header = "action,figure_id,article,value,claimant,reason\n";
    const text =
      header +
      "correct,f727efb260b05f74,003_d499966ec19abc97,,Zelenskyy,the Ukrainian leader is Zelenskyy\n" +
      "correct,f727efb260b05f74,003_d499966ec19abc97,,Volodymyr Zelenskyy,\n" +
      "reject,f727efb260b05f74,003_d499966ec19abc97,,,not a figure\n";
    expect(problems("corrections", text)).toEqual([
      'data/tables/corrections.csv:3: column "claimant": figure f727efb260b05f74 already has its claimant corrected on line 2: keep one',
      'data/tables/corrections.csv:4: column "figure_id": "f727efb260b05f74" is corrected on line 2 and rejected here: keep one',
    ]);
  });
});

describe("corrections rows", () => {
  const header = "action,figure_id,article,quote,metric,unit,value,value_low,value_high,qualifier,claimant,claimant_side,subject_side,period_start,period_end,reason\n";

  it("need what their action needs", () => {
    const text =
      header +
      "reject,f3f3839d29c07059,000_3f7cc4135e1a4435,,,,,,,,,,,,,\n" +
      "correct,f3f3839d29c07059,000_3f7cc4135e1a4435,,,,,,,,,,,,,\n" +
      "reject,f3f3839d29c07059,,,,,,,,,,,,,,not a figure\n" +
      "add,,003_d499966ec19abc97,,killed,count,,,,,,,,,,\n";
    expect(problems("corrections", text)).toEqual([
      'data/tables/corrections.csv:2: column "reason": is empty: say why the figure is wrong (it is shown in rejected.csv)',
      "data/tables/corrections.csv:3: a correct row needs at least one field to change (metric, unit, value, value_low, value_high, qualifier, claimant, claimant_side, subject_side, period_start, period_end)",
      'data/tables/corrections.csv:4: column "article": is empty: every row needs the article the figure is in (its id, as in articles.csv)',
      'data/tables/corrections.csv:5: column "quote": is empty: copy the figure\'s words from the article exactly',
      'data/tables/corrections.csv:5: column "value": is empty: an added figure needs its value',
    ]);
  });

  it("reject a figure id that is not one and bounds around the wrong side of the value", () => {
    const text = header + "correct,F3F3839D,000_3f7cc4135e1a4435,,,,300,310,,,,,,,,\ncorrect,f22fba29d5fc1c86,000_3f7cc4135e1a4435,,,,300,,250,,,,,2025-06-01,2025-05-01,\n";
    expect(problems("corrections", text)).toEqual([
      'data/tables/corrections.csv:2: column "figure_id": "F3F3839D" is not a figure id: copy it from figures.csv (an "f" and 15 characters 0-9 a-f, like f1a2b3c4d5e6f70)',
      'data/tables/corrections.csv:3: column "value_high": "250" is below value (300)',
      'data/tables/corrections.csv:3: column "period_end": "2025-05-01" is before period_start (2025-06-01)',
    ]);
  });

  it("accept \"-\" to empty a claimant or a period, and nothing else", () => {
    const parsed = parseTable("corrections", "c.csv", header + "correct,f3f3839d29c07059,000_3f7cc4135e1a4435,,,,,,,,-,,,-,-,outlet's own voice\ncorrect,fc5c5eb55e6bfeaf,000_3f7cc4135e1a4435,,,,-,,,,,,,,,\n");
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({ claimant: "-", period_start: "-", period_end: "-" });
    expect(parsed.issues.map(formatIssue)).toEqual(['c.csv:3: column "value": "-" is not a number: write digits, with "." for decimals (1000, 5.2)']);
  });
});

describe("parseTables", () => {
  it("treats a missing optional table as empty and a missing metrics.csv or qualifiers.csv as an issue", () => {
    const files = shippedTables();
    delete files.events;
    delete files.corrections;
    delete files.metrics;
    const parsed = parseTables(files, { tablesDir: "data/tables" });
    expect(parsed.tables.events).toEqual([]);
    expect(parsed.tables.metrics).toEqual([]);
    expect(parsed.issues.map(formatIssue)).toEqual([
      "data/tables/metrics.csv: is missing: without metrics.csv no number is recognised as a figure; restore it from the project's data/tables/",
    ]);
  });

  it("reports a metrics.csv with a header and no rows", () => {
    const files = shippedTables();
    files.qualifiers = { path: "data/tables/qualifiers.csv", text: "phrase,kind,qualifier,value,low,high\n" };
    expect(parseTables(files).issues.map(formatIssue)).toEqual([
      "data/tables/qualifiers.csv: has no rows: without qualifiers.csv no qualifier (\"at least\", \"dozens\") is read; restore it from the project's data/tables/",
    ]);
  });

  it("gathers the issues of every table", () => {
    const files = shippedTables();
    files.claimants = { path: "data/tables/claimants.csv", text: CLAIMANTS_HEADER + "Kremlin,Peskov,ukr\n" };
    files.outlets = { path: "data/tables/outlets.csv", text: "outlet,domain,country,affiliation\n" };
    const messages = parseTables(files).issues.map(formatIssue);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/^data\/tables\/outlets\.csv:1: column "domain": is not a column of outlets\.csv \(did you mean "domains"\?\)/);
    expect(messages[1]).toBe('data/tables/outlets.csv:1: column "domains": is missing from the header; the columns are outlet, domains, country, affiliation');
    expect(messages[2]).toBe('data/tables/claimants.csv:2: column "side": "ukr" is not one of ukraine, russia, third_party');
  });
});
