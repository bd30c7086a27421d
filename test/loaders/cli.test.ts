import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TABLES_DIR, main } from "../../loaders/cli.js";

const ARTICLES = new URL("../../data/articles", import.meta.url).pathname;
const GOLD = new URL("../../../shared/gold/seeds.csv", import.meta.url).pathname;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], stdin = ""): Promise<Ran> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on("data", (c: Buffer) => chunks.out.push(c));
  stderr.on("data", (c: Buffer) => chunks.err.push(c));
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: Buffer.concat(chunks.out).toString("utf8"), stderr: Buffer.concat(chunks.err).toString("utf8") };
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "cli-test-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("extract", () => {
  it("writes the seven tables and a summary", async () => {
    const out = join(work, "out");
    const ran = await cli(["extract", ARTICLES, "--out", out]);
    expect(ran.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["articles.csv", "claims.csv", "divergence.csv", "events.csv", "figures.csv", "rejected.csv", "territory.csv"]);
    expect(ran.stderr).toMatch(/^5 files, 5 read; \d+ figures, \d+ claims, \d+ rejected → /m);
    const articles = await readFile(join(out, "articles.csv"), "utf8");
    expect(articles.split("\n")[0]).toBe("article,file,title,outlet,url,published,figures,chars,status,reason");
    expect(articles.trimEnd().split("\n")).toHaveLength(6);
  }, 60_000);

  it("writes nothing and exits 1 when a table has errors, listing each as path:line", async () => {
    const tables = join(work, "tables");
    await cp(DEFAULT_TABLES_DIR, tables, { recursive: true });
    await writeFile(join(tables, "outlets.csv"), "outlet,domains,country,affiliation\nRT,rt.com,Russia,propaganda\n");
    const out = join(work, "never");
    const ran = await cli(["extract", ARTICLES, "--out", out, "--tables", tables]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(`${join(tables, "outlets.csv")}:2: column "affiliation": "propaganda"`);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it("exits 2 on usage errors, with the command's help", async () => {
    const missingOut = await cli(["extract", ARTICLES]);
    expect(missingOut.code).toBe(2);
    expect(missingOut.stderr).toMatch(/^extract: --out <dir> is required\n\nUsage: npm run extract/);
    expect((await cli(["extract", ARTICLES, "--out", work, "--bogus"])).code).toBe(2);
    expect((await cli(["extract", join(work, "no-such-folder"), "--out", work])).stderr).toMatch(/is not a folder/);
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });
});

describe("--help", () => {
  it("prints usage on stdout and exits 0 for every command", async () => {
    for (const command of ["extract", "eval", "stream", "merge"]) {
      const ran = await cli([command, "--help"]);
      expect(ran.code).toBe(0);
      expect(ran.stdout).toMatch(new RegExp(`^Usage: npm run ${command}`));
    }
    expect((await cli(["--help"])).stdout).toMatch(/Exit codes: 0 ok, 1 data or table errors, 2 usage errors/);
  });
});

describe("stream", () => {
  it("writes figure rows for good lines and reports bad ones, exiting 1", async () => {
    const input = [
      JSON.stringify({ article: "tass-1", text: "Russia said it downed 162 Ukrainian drones overnight.", outlet: "TASS" }),
      "not json at all",
      JSON.stringify({ article: "kyiv-1", text: "At least seven people were killed in Kharkiv." }),
    ].join("\n");
    const ran = await cli(["stream", "--header"], input + "\n");
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^line 2: not valid JSON/);
    const lines = ran.stdout.trimEnd().split("\n");
    expect(lines[0]!.startsWith("figure_id,article,outlet,")).toBe(true);
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(["tass-1", "kyiv-1"]);
  });

  it("writes every row exactly once, in input order, when the rows fill many 64 kB blocks", async () => {
    const text = "Russia said it downed 162 Ukrainian drones overnight. At least seven people were killed and 21 injured in Kharkiv, officials said.";
    const one = await cli(["stream"], JSON.stringify({ article: "one", text }) + "\n");
    const perArticle = one.stdout.trimEnd().split("\n").length;
    const ids = Array.from({ length: 400 }, (_, i) => `a${String(i).padStart(3, "0")}`);
    const ran = await cli(["stream"], ids.map((article) => JSON.stringify({ article, text })).join("\n") + "\n");
    expect(ran.code).toBe(0);
    expect(ran.stdout.length).toBeGreaterThan(3 * 65536);
    expect(ran.stdout.endsWith("\n")).toBe(true);
    const articles = ran.stdout.trimEnd().split("\n").map((l) => l.split(",")[1]);
    expect(articles).toEqual(ids.flatMap((id) => Array(perArticle).fill(id)));
  });

  it("writes no header unless asked", async () => {
    const ran = await cli(["stream"], JSON.stringify({ article: "a", text: "At least seven people were killed." }) + "\n");
    expect(ran.code).toBe(0);
    expect(ran.stdout.startsWith("figure_id")).toBe(false);
    expect(ran.stdout.split("\n")[0]!.split(",")[1]).toBe("a");
  });
});

describe("eval", () => {
  it("prints a report for the seed gold file", async () => {
    const ran = await cli(["eval", "--gold", GOLD, "--articles", ARTICLES]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^metric +tp +fp +fn +P% +R% +F1%$/m);
    expect(ran.stdout).toMatch(/^ALL \(core\) +\d+ +\d+ +\d+ /m);
    expect(ran.stdout.endsWith("\n")).toBe(true);
  }, 60_000);

  it("exits 2 without --gold", async () => {
    expect((await cli(["eval", "--articles", ARTICLES])).code).toBe(2);
  });
});

describe("--tables", () => {
  it("a folder that does not exist is a usage error", async () => {
    const ran = await cli(["extract", ARTICLES, "--out", join(work, "x"), "--tables", join(work, "no-tables")]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^extract: --tables .*no-tables is not a folder/);
  });
});
