// Broken contributor tables, as a spreadsheet or a hurried edit leaves them: each must stop the run with
// a message naming the file, the line and the column, and leave no output behind.

import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../loaders/cli.js";
import { formatIssue, parseTable, TABLE_NAMES } from "../../loaders/tables.js";

const ARTICLES = new URL("../../data/articles", import.meta.url).pathname;
const TABLES = new URL("../../data/tables", import.meta.url).pathname;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "tables-robustness-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const err: Buffer[] = [];
  stdout.resume();
  stderr.on("data", (c: Buffer) => err.push(c));
  const code = await main(argv, { stdin: Readable.from([""]), stdout, stderr });
  return { code, stderr: Buffer.concat(err).toString("utf8") };
}

/** A copy of data/tables with one file's text changed by `edit`. */
async function brokenTables(name: string, edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(work, `${name}-`));
  await cp(TABLES, dir, { recursive: true });
  const path = join(dir, `${name}.csv`);
  await writeFile(path, edit(await readFile(path, "utf8")));
  return dir;
}

const CASES: { what: string; table: string; edit: (text: string) => string; message: (path: string) => string }[] = [
  {
    what: "a misspelt column",
    table: "claimants",
    edit: (t) => t.replace(/^claimant,aliases,side/, "claimant,aliases,sid"),
    message: (p) => `${p}:1: column "sid": is not a column of claimants.csv (did you mean "side"?)`,
  },
  {
    what: "a missing header row",
    table: "outlets",
    edit: (t) => t.slice(t.indexOf("\n") + 1),
    message: (p) => `${p}:1: missing header row: the first line must name the columns: outlet,domains,country,affiliation`,
  },
  {
    what: "an unclosed quote",
    table: "outlets",
    edit: (t) => t.replace("\nReuters,reuters.com", '\n"Reuters,reuters.com'),
    message: (p) => `${p}:3: a quote (") opens a cell here and is never closed`,
  },
  {
    what: "a value outside the vocabulary",
    table: "metrics",
    edit: (t) => t.replace("\nkilled,count,people,noun,", "\nkilled,people,people,noun,"),
    message: (p) => `${p}:2: column "unit": "people" is not one of count, km2, percent, km, GBP, USD, EUR, days`,
  },
  {
    what: "a duplicate key",
    table: "outlets",
    edit: (t) => t + "Reuters UK,uk.reuters.com reuters.com,United Kingdom,wire_agency\n",
    message: (p) => `column "domains": "reuters.com" is already a domain of the outlet on line 3: a domain names one outlet`,
  },
];

describe("the extract command with a broken table", () => {
  for (const c of CASES) {
    it(`stops on ${c.what} with file, line and column, and writes nothing`, async () => {
      const tablesDir = await brokenTables(c.table, c.edit);
      const out = join(tablesDir, "..", `${c.table}-out-${Math.random().toString(36).slice(2)}`);
      const ran = await cli(["extract", ARTICLES, "--out", out, "--tables", tablesDir]);
      expect(ran.code).toBe(1);
      expect(ran.stderr).toContain(c.message(join(tablesDir, `${c.table}.csv`)));
      expect(ran.stderr).toMatch(/problems? in the contributor tables; nothing was written/);
      await expect(readdir(out)).rejects.toMatchObject({ code: "ENOENT" });
    });
  }

  it("still runs with the unbroken copy (so each case above fails for its own edit)", async () => {
    const tablesDir = await brokenTables("events", (t) => t);
    const out = join(work, "clean-out");
    const ran = await cli(["extract", ARTICLES, "--out", out, "--tables", tablesDir]);
    expect(ran.stderr).not.toMatch(/problems? in the contributor tables/);
    expect(ran.code).toBe(0);
    expect((await readdir(out)).sort()).toContain("figures.csv");
  });
});

describe("parseTable on arbitrary text", () => {
  it("never throws, and every issue and row points at a line of the file", () => {
    const cell = fc.oneof(fc.constantFrom("", "russia", "ukr", '"', '""', "a,b", "\n", "\r\n", "2025-02-30", "12", "x"), fc.string({ maxLength: 8 }));
    const line = fc.array(cell, { maxLength: 6 }).map((cells) => cells.join(","));
    const header = fc.constantFrom("claimant,aliases,side", "outlet,domains,country,affiliation", "", "\uFEFFclaimant,side");
    const text = fc
      .tuple(header, fc.array(line, { maxLength: 12 }), fc.constantFrom("\n", "\r\n"))
      .map(([first, lines, newline]) => [first, ...lines].join(newline));
    fc.assert(
      fc.property(text, fc.constantFrom(...TABLE_NAMES), (t, name) => {
        const parsed = parseTable(name, "t.csv", t);
        const lineCount = t.split(/\r\n|\r|\n/).length;
        for (const issue of parsed.issues) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.line).toBeLessThanOrEqual(lineCount);
          expect(formatIssue(issue).startsWith(`t.csv:${issue.line}: `)).toBe(true);
        }
        for (const l of parsed.lines) expect(l).toBeGreaterThanOrEqual(2);
        expect(parsed.lines).toHaveLength(parsed.rows.length);
      }),
      { numRuns: 300 },
    );
  });
});
