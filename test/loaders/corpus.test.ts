import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compareBytes, listArticleFiles, readCorpus, readTableFiles, writeFileAtomic } from "../../loaders/corpus.js";
import type { Article } from "../../loaders/types.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "corpus-test-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(iterable: AsyncIterable<Article>): Promise<Article[]> {
  const out: Article[] = [];
  for await (const a of iterable) out.push(a);
  return out;
}

describe("listArticleFiles", () => {
  it("lists every file in sub-folders, sorted by UTF-8 bytes rather than locale", async () => {
    await mkdir(join(dir, "b"), { recursive: true });
    for (const name of ["Zeta.txt", "alpha.txt", "b/c.txt", "b.txt", "Éclair.txt", "ä.txt"]) await writeFile(join(dir, name), "Seven killed.");
    const files = (await listArticleFiles(dir)).map((f) => f.file);
    expect(files).toEqual(["Zeta.txt", "alpha.txt", "b.txt", "b/c.txt", "Éclair.txt", "ä.txt"]);
  });

  it("follows links to files and folders, and lists broken links and loops with a reason", async () => {
    await mkdir(join(dir, "real"));
    await writeFile(join(dir, "real", "a.txt"), "Russia launched 472 drones.");
    await symlink(join(dir, "real", "a.txt"), join(dir, "link.txt"));
    await symlink(join(dir, "real"), join(dir, "linked-folder"));
    await symlink(join(dir, "missing.txt"), join(dir, "dangling.txt"));
    await symlink(join(dir, "loop2"), join(dir, "loop1"));
    await symlink(join(dir, "loop1"), join(dir, "loop2"));
    await symlink(dir, join(dir, "real", "up"));
    const files = await listArticleFiles(dir);
    const byFile = Object.fromEntries(files.map((f) => [f.file, f.problem]));
    expect(Object.keys(byFile)).toEqual(["dangling.txt", "link.txt", "linked-folder/a.txt", "linked-folder/up", "loop1", "loop2", "real/a.txt", "real/up"]);
    expect(byFile["link.txt"]).toBeUndefined();
    expect(byFile["linked-folder/a.txt"]).toBeUndefined();
    expect(byFile["dangling.txt"]).toMatchObject({ status: "error", reason: expect.stringMatching(/^broken symbolic link/) });
    expect(byFile["loop1"]).toMatchObject({ status: "error", reason: expect.stringMatching(/^symbolic link loop/) });
    expect(byFile["real/up"]).toMatchObject({ status: "error", reason: expect.stringMatching(/folder that contains it/) });
  });

  it("lists hidden files as unsupported instead of skipping them", async () => {
    await mkdir(join(dir, ".git"));
    await writeFile(join(dir, ".git", "HEAD"), "ref: refs/heads/main");
    await writeFile(join(dir, ".DS_Store"), "x");
    await writeFile(join(dir, "a.txt"), "Seven killed.");
    const files = await listArticleFiles(dir);
    expect(files.map((f) => [f.file, f.problem?.status ?? "ok"])).toEqual([
      [".DS_Store", "unsupported"],
      [".git/HEAD", "unsupported"],
      ["a.txt", "ok"],
    ]);
  });
});

describe("readCorpus", () => {
  it("yields one article per file with ids relative to the root", async () => {
    await mkdir(join(dir, "2025", "06"), { recursive: true });
    await writeFile(join(dir, "2025", "06", "cgtn.txt"), "Headline here today\n\nAt least seven people were killed.\n");
    await writeFile(join(dir, "empty.txt"), "");
    const articles = await collect(readCorpus(dir));
    expect(articles.map((a) => [a.id, a.file, a.status])).toEqual([
      ["2025/06/cgtn", "2025/06/cgtn.txt", "ok"],
      ["empty", "empty.txt", "empty"],
    ]);
    expect(articles[0]!.text).toBe("Headline here today\n\nAt least seven people were killed.\n");
  });

  it("gives the second of two files with one id the status duplicate_id, naming the first", async () => {
    await writeFile(join(dir, "a.md"), "# Drones\n\n30 drones were downed.\n");
    await writeFile(join(dir, "a.txt"), "30 drones were downed.\n");
    const articles = await collect(readCorpus(dir));
    expect(articles.map((a) => a.status)).toEqual(["ok", "duplicate_id"]);
    expect(articles[1]!.reason).toBe('same article id "a" as a.md, which was read instead; rename one of the two files');
  });

  it("applies articles.csv metadata by article id", async () => {
    await writeFile(join(dir, "x.txt"), "Some headline for this\n\nText with 41 aircraft.\n");
    const [article] = await collect(
      readCorpus(dir, { meta: [{ article: "x", url: "https://www.bbc.com/news/x", outlet: "BBC", published: "2025-06-01", title: "" }] }),
    );
    expect(article).toMatchObject({ outlet: "BBC", url: "https://www.bbc.com/news/x", published: "2025-06-01", title: "Some headline for this" });
  });
});

describe("readTableFiles", () => {
  it("reads the named tables that exist and leaves out the others", async () => {
    await writeFile(join(dir, "outlets.csv"), "outlet,domains,country,affiliation\n");
    const files = await readTableFiles(dir, ["outlets", "claimants"]);
    expect(files).toEqual({ outlets: { path: join(dir, "outlets.csv"), text: "outlet,domains,country,affiliation\n" } });
  });
});

describe("writeFileAtomic", () => {
  it("replaces the file whole and leaves no temporary file behind", async () => {
    const path = join(dir, "out", "figures.csv");
    await writeFileAtomic(path, "old\n");
    await writeFileAtomic(path, "new\n");
    expect(await readFile(path, "utf8")).toBe("new\n");
    expect(await readdir(join(dir, "out"))).toEqual(["figures.csv"]);
  });
});

describe("compareBytes", () => {
  it("orders by UTF-8 bytes: astral characters after the BMP private use area", () => {
    expect(compareBytes("\uffff", "\u{1f600}")).toBeLessThan(0);
    expect("\uffff" < "\u{1f600}").toBe(false); // what UTF-16 comparison would say
  });
});
