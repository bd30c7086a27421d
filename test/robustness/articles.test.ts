// Every kind of bad or odd input file, created in a temp folder: each is listed in articles.csv with a
// status and an actionable reason, and the number of input files equals the number of rows.
import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listArticleFiles, readCorpus } from "../../loaders/corpus.js";
import { runPipeline, type PipelineResult } from "../../loaders/pipeline.js";

const TABLES = new URL("../../data/tables", import.meta.url).pathname;
const FIGURE_SENTENCE = "At least seven people were killed and 69 injured in the Bryansk region, officials said.";

const utf8 = (s: string) => Buffer.from(s, "utf8");
function utf16(text: string, endian: "le" | "be"): Buffer {
  const le = Buffer.from(text, "utf16le");
  if (endian === "le") return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}
/** Deterministic pseudo-random bytes (a fixed seed, so a failure reproduces). */
function randomBytes(n: number, seed = 42): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

const FILES: Record<string, Buffer | string> = {
  "empty.txt": "",
  "blank.txt": "  \n\n\t \r\n",
  "report.pdf": "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n",
  "photo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  "noise.bin": randomBytes(4096),
  "latin1.txt": Buffer.concat([utf8("Kyiv said 30 drones were downed near Odesa, caf"), Buffer.from([0xe9]), utf8(" owners said.\n")]),
  "bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(`BOM article headline here\n\n${FIGURE_SENTENCE}\n`)]),
  "utf16le.txt": utf16(`UTF-16 LE article headline\n\n${FIGURE_SENTENCE}\n`, "le"),
  "utf16be.txt": utf16(`UTF-16 BE article headline\n\n${FIGURE_SENTENCE}\n`, "be"),
  "crlf.txt": `CRLF article headline here\r\n\r\n${FIGURE_SENTENCE}\r\n`,
  "cr.txt": `Old Mac article headline\r\r${FIGURE_SENTENCE}\r`,
  "page.html": `<html><head><title>Strike on Bryansk</title><style>p{}</style><script>var x = "900 killed";</script></head><body><!-- 500 killed --><p>${FIGURE_SENTENCE}</p></body></html>`,
  "broken.md": `---\ntitle: "unclosed\ndate: [2025\n---\n${FIGURE_SENTENCE}\n`,
  "with spaces and ünïcödé — Київ.txt": `Non-ASCII file name headline\n\n${FIGURE_SENTENCE}\n`,
  "sub/folder/deep.txt": `Deep article headline here\n\n${FIGURE_SENTENCE}\n`,
  "twin.md": `# Twin headline here\n\n${FIGURE_SENTENCE}\n`,
  "twin.txt": `Twin headline here too\n\n${FIGURE_SENTENCE}\n`,
  "long-line.txt": `Long line headline here\n\n${"word ".repeat(200_000)}${FIGURE_SENTENCE.replace(/\.$/, "")} ${"more words ".repeat(10_000)}\n`,
};

let dir: string;
let result: PipelineResult;
let inputCount: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "robust-articles-"));
  for (const [name, content] of Object.entries(FILES)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  await symlink(join(dir, "sub", "folder", "deep.txt"), join(dir, "link-to-deep.txt"));
  await symlink(join(dir, "nowhere.txt"), join(dir, "dangling.txt"));
  await symlink(join(dir, "sub"), join(dir, "sub-link"));
  inputCount = (await listArticleFiles(dir)).length;
  result = await runPipeline({ articlesDir: dir, tablesDir: TABLES });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const row = (file: string) => {
  const found = result.articles.find((a) => a.file === file);
  if (!found) throw new Error(`no articles.csv row for ${file}`);
  return found;
};

describe("odd and broken input files", () => {
  it("gives every input file exactly one articles.csv row", () => {
    // 18 files written + link to a file + dangling link + sub-link/folder/deep.txt reached through a folder link
    expect(inputCount).toBe(Object.keys(FILES).length + 3);
    expect(result.articles).toHaveLength(inputCount);
    expect(new Set(result.articles.map((a) => a.file)).size).toBe(inputCount);
  });

  it("says a file is empty", () => {
    expect(row("empty.txt")).toMatchObject({ status: "empty", reason: "empty file (0 bytes)", figures: 0, chars: 0 });
    expect(row("blank.txt")).toMatchObject({ status: "empty", reason: "file holds only white space" });
  });

  it("names the kind of a binary file and says to convert it", () => {
    expect(row("report.pdf")).toMatchObject({ status: "binary", reason: expect.stringContaining("PDF document") });
    expect(row("photo.png")).toMatchObject({ status: "binary", reason: expect.stringContaining("PNG image") });
    expect(row("noise.bin").status).toBe("binary");
    for (const file of ["report.pdf", "photo.png", "noise.bin"]) expect(row(file).reason).toMatch(/convert|save/);
  });

  it("gives the byte where UTF-8 breaks", () => {
    expect(row("latin1.txt")).toMatchObject({ status: "undecodable", reason: "not valid UTF-8 at byte 47; save the file as UTF-8" });
  });

  it("reads BOM, UTF-16 and old line endings as the same text, with the same figures", () => {
    for (const file of ["bom.txt", "utf16le.txt", "utf16be.txt", "crlf.txt", "cr.txt"]) {
      expect(row(file)).toMatchObject({ status: "ok", reason: "" });
      expect(row(file).figures).toBeGreaterThanOrEqual(2);
    }
    const quotes = (article: string) => result.figures.filter((f) => f.article === article).map((f) => [f.metric, f.value, f.quote]);
    expect(quotes("utf16be")).toEqual(quotes("bom"));
    expect(quotes("cr")).toEqual(quotes("crlf"));
  });

  it("reads only the visible text of HTML", () => {
    expect(row("page.html")).toMatchObject({ status: "ok", title: "Strike on Bryansk" });
    const values = result.figures.filter((f) => f.article === "page").map((f) => f.value);
    expect(values).toContain(7);
    expect(values).not.toContain(900);
    expect(values).not.toContain(500);
  });

  it("reads Markdown with broken front matter as text, saying the front matter was ignored", () => {
    expect(row("broken.md")).toMatchObject({ status: "ok", reason: expect.stringMatching(/^front matter ignored/) });
    expect(row("broken.md").figures).toBeGreaterThan(0);
  });

  it("reads file names with spaces and non-ASCII letters, sub-folders and links", () => {
    expect(row("with spaces and ünïcödé — Київ.txt")).toMatchObject({ article: "with spaces and ünïcödé — Київ", status: "ok" });
    expect(row("sub/folder/deep.txt")).toMatchObject({ article: "sub/folder/deep", status: "ok" });
    expect(row("sub-link/folder/deep.txt")).toMatchObject({ article: "sub-link/folder/deep", status: "ok" });
    expect(row("link-to-deep.txt").status).toBe("ok");
    expect(row("dangling.txt")).toMatchObject({ status: "error", reason: expect.stringMatching(/^broken symbolic link/) });
  });

  it("reads the first of two files with one id and marks the second", () => {
    expect(row("twin.md").status).toBe("ok");
    expect(row("twin.txt")).toMatchObject({ status: "duplicate_id", reason: expect.stringContaining("twin.md") });
    expect(result.figures.every((f) => f.article !== "twin" || f.quote.length > 0)).toBe(true);
  });

  it("reads a 1 MB line without a sentence end", () => {
    expect(row("long-line.txt").status).toBe("ok");
    expect(row("long-line.txt").chars).toBeGreaterThan(1_000_000);
  });

  it("every figure's quote is the slice of its article's text at its offsets", async () => {
    const texts = new Map<string, string>();
    for await (const a of readCorpus(dir)) if (a.status === "ok") texts.set(a.id, a.text);
    for (const f of result.figures) {
      const text = texts.get(f.article)!;
      expect(text.slice(f.char_start, f.char_end)).toBe(f.quote);
      expect(text.slice(f.figure_start, f.figure_end)).toBe(f.figure_text);
    }
  });
});

describe("a 50 MB article", () => {
  it("is read and extracted", async () => {
    const big = await mkdtemp(join(tmpdir(), "robust-big-"));
    try {
      const filler = "Negotiators met again in Istanbul on Monday as delegations discussed the memorandum and ceasefire terms.\n";
      const block = filler.repeat(Math.ceil((50 * 1024 * 1024) / filler.length / 2));
      await writeFile(join(big, "huge.txt"), `Huge article headline here\n\n${FIGURE_SENTENCE}\n${block}${FIGURE_SENTENCE}\n${block}`);
      const run = await runPipeline({ articlesDir: big, tablesDir: TABLES });
      expect(run.articles).toHaveLength(1);
      expect(run.articles[0]).toMatchObject({ status: "ok", reason: "" });
      expect(run.articles[0]!.chars).toBeGreaterThan(50 * 1024 * 1024 - 1000);
      expect(run.figures.filter((f) => f.metric === "killed" && f.value === 7).length).toBeGreaterThanOrEqual(2);
    } finally {
      await rm(big, { recursive: true, force: true });
    }
  }, 300_000);
});
