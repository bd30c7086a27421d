// Splitting the seeds into shards, streaming each shard and merging gives the tables of a single run,
// byte for byte.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TABLES_DIR, main } from "../../loaders/cli.js";
import { readCorpus } from "../../loaders/corpus.js";
import { loadTables } from "../../loaders/pipeline.js";

const ARTICLES = new URL("../../data/articles", import.meta.url).pathname;
const MERGED_TABLES = ["figures.csv", "claims.csv", "events.csv", "divergence.csv", "territory.csv"];

async function cli(argv: string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

let work: string;
let jsonl: string[];
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "shards-test-"));
  // The seeds as JSON Lines records, with the metadata the corpus reader finds, in reverse order so the
  // merge cannot rely on input order.
  const { tables } = await loadTables(DEFAULT_TABLES_DIR);
  jsonl = [];
  for await (const a of readCorpus(ARTICLES, { meta: tables.articles, outlets: tables.outlets })) {
    jsonl.push(JSON.stringify({ article: a.id, text: a.text, url: a.url, outlet: a.outlet, published: a.published, title: a.title }));
  }
  jsonl.reverse();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function tablesIn(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of MERGED_TABLES) out[name] = await readFile(join(dir, name), "utf8");
  return out;
}

describe("stream per shard + merge", () => {
  it.each([2, 3])("equals a single extract run byte for byte with %i shards", async (count) => {
    const single = join(work, `single-${count}`);
    expect((await cli(["extract", ARTICLES, "--out", single])).code).toBe(0);

    const shardDir = join(work, `shards-${count}`);
    await mkdir(shardDir, { recursive: true });
    for (let s = 0; s < count; s++) {
      const part = jsonl.filter((_, i) => i % count === s);
      const ran = await cli(["stream", "--header"], part.join("\n") + "\n");
      expect(ran.stderr).toBe("");
      expect(ran.code).toBe(0);
      await writeFile(join(shardDir, `part-${s}.csv`), ran.stdout);
    }
    const merged = join(work, `merged-${count}`);
    const ran = await cli(["merge", shardDir, "--out", merged]);
    expect(ran.code).toBe(0);

    const a = await tablesIn(single);
    const b = await tablesIn(merged);
    expect(a["figures.csv"]!.split("\n").length).toBeGreaterThan(10);
    for (const name of MERGED_TABLES) expect(b[name], name).toBe(a[name]);
  }, 120_000);

  it("keeps a figure found in two shards once and says so", async () => {
    const ran = await cli(["stream", "--header"], jsonl.slice(0, 1).join("\n") + "\n");
    const dir = join(work, "dupes");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "a.csv"), ran.stdout);
    await writeFile(join(dir, "b.csv"), ran.stdout);
    const merged = await cli(["merge", join(dir, "a.csv"), join(dir, "b.csv"), "--out", join(work, "dupes-out")]);
    expect(merged.code).toBe(0);
    expect(merged.stderr).toMatch(/b\.csv:2: figure f[0-9a-f]+ already read from .*a\.csv:2; kept once/);
    // events.csv rows about articles that are not in this shard are out of scope: nothing to report.
    expect(merged.stderr).not.toMatch(/events\.csv/);
    expect(await readFile(join(work, "dupes-out", "figures.csv"), "utf8")).toBe(ran.stdout);
  });

  it("rejects a file that is not a figures CSV", async () => {
    const bad = join(work, "not-figures.csv");
    await writeFile(bad, "a,b\n1,2\n");
    const merged = await cli(["merge", bad, "--out", join(work, "bad-out")]);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toMatch(/not a figures CSV \(missing columns: figure_id, article/);
  });
});
