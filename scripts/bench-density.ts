// `npm run bench:density [-- <corpus.jsonl>]`: single-threaded extraction speed against how dense the text is in
// figures. The synthetic corpus (`npm run bench` writes it to bench/output/) is war reporting in which nearly every
// sentence holds a figure; general news holds far fewer. This keeps every sentence without a digit and a fixed share
// of those with one (chosen by a hash of the article and the sentence's place, so every run keeps the same ones),
// then times extract() alone, best CPU time of three passes in one process, on each variant.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { articleOfJsonLine, loadTables } from "../loaders/pipeline.js";
import { createExtractor } from "../loaders/extract.js";
import type { Article } from "../loaders/types.js";

const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const OUTPUT = join(ROOT, "bench", "output");
const SHARES = [1, 0.5, 0.25, 0.1, 0];
const PASSES = 3;

/** The corpus named on the command line, else the 10 000-article corpus `npm run bench` made. */
function corpusPath(): string {
  if (process.argv[2]) return process.argv[2];
  const made = readdirSync(OUTPUT).find((f) => /^corpus-10000-seed\d+-\w+\.jsonl$/.test(f));
  if (!made) throw new Error("no bench/output/corpus-10000-*.jsonl: run `npm run bench -- --sizes 10000` first, or name a JSON Lines corpus");
  return join(OUTPUT, made);
}

/** Whether a sentence with a digit is kept at this share: the first bytes of a hash, read as a fraction. */
function kept(article: string, index: number, share: number): boolean {
  const h = createHash("sha256").update(`${article}:${index}`).digest();
  return h.readUInt32BE(0) / 2 ** 32 < share;
}

/** The article with only `share` of its sentences that hold a digit (sentences split after . ! ?, lines kept; the whole article at share 1). */
function thinned(article: Article, share: number): Article {
  if (share >= 1) return article;
  let index = 0;
  const lines = article.text.split("\n").map((line) =>
    line
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => !/\d/.test(sentence) || kept(article.id, index++, share))
      .join(" "),
  );
  return { ...article, text: lines.join("\n") };
}

const { tables } = await loadTables(join(ROOT, "data", "tables"));
const extract = createExtractor(tables);
const path = corpusPath();
const articles = readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => articleOfJsonLine(l) as Article);
console.log(`figures-by-source bench:density on ${path.split("/").pop()} (${articles.length} articles), best of ${PASSES} passes`);
console.log("| share of sentences with a digit kept | MB | rows | rows per kB | MB/s (CPU) | µs per row |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
for (const share of SHARES) {
  const corpus = articles.map((a) => thinned(a, share));
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  let best = Infinity;
  let rows = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    rows = 0;
    const start = process.cpuUsage();
    for (const article of corpus) rows += extract(article).length;
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  const mb = bytes / 1e6;
  console.log(`| ${share} | ${mb.toFixed(1)} | ${rows} | ${(rows / (bytes / 1e3)).toFixed(2)} | ${(mb / best).toFixed(1)} | ${rows ? ((best * 1e6) / rows).toFixed(1) : "–"} |`);
}
