// `npm run bench`: extraction throughput, peak memory and output identity on synthetic news corpora.
//
//   npm run bench                         1 000, 10 000 and 100 000 articles
//   npm run bench -- --sizes 1000,10000   only these sizes
//   npm run bench -- --memory             also stream ~1 GB through `stream` and report its peak RSS
//   npm run bench -- --memory-only --memory-bytes 2e8
//
// Every configuration runs in a fresh child process (`scripts/bench.ts --measure MODE`), so each peak RSS
// is that configuration's own and no JIT warm-up or cache is shared between them. The same corpus file is
// read by every configuration. Results are printed as a table and written to bench/output/bench.json.
//
// Configurations:
//   floor     a plain /\d+/g scan of every article's text: the least any number extractor must do
//   single    createExtractor(tables) on one thread; "work" time counts only the extract() calls
//   workers   loaders/parallel.ts with all cores; wall time of the whole run
//   stream    `loaders/cli.ts stream` over the corpus in one process, and over K shards at once
// Identity checks (asserted; the run fails if they differ): single vs workers (sha256 of the rows as JSON
// Lines); one stream vs K shard streams concatenated (sha256 of the CSV rows); and, where `merge` exists,
// merged shards vs the merged single stream.

import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem, availableParallelism } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Writable } from "node:stream";
import type { Article, FigureRow } from "../loaders/types.js";
import { readSourceTexts, sourceSentences, synthCorpus, writeJsonLines } from "./synth-corpus.js";

const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const OUTPUT = join(ROOT, "bench", "output");
const SELF = fileURLToPath(import.meta.url);
const CLI = join(ROOT, "loaders", "cli.ts");
const MB = 1e6;

// ---------- measuring (child process) ----------

type Mode = "floor" | "single" | "workers";

interface Measurement {
  mode: Mode;
  workers: number;
  articles: number;
  /** UTF-8 bytes of article text (not of the JSON around it). */
  textBytes: number;
  rows: number;
  /** Seconds spent in the measured work only (the scan, or the extract() calls); for `workers`, the wall time. */
  workSeconds: number;
  /** Seconds from the first line read to the last row hashed. */
  wallSeconds: number;
  /** Peak resident set size of the measuring process, threads included. */
  maxRssMB: number;
  /** sha256 of the output rows as JSON Lines, for the identity check ("" for the floor). */
  sha256: string;
}

/** The floor: count the digit runs of a text with one linear regex, the least work a number extractor can do. */
export function countDigitRuns(text: string): number {
  const digitRun = /\d+/g;
  let count = 0;
  while (digitRun.exec(text) !== null) count++;
  return count;
}

/** The lines of a file, streamed. */
function readLines(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 }), crlfDelay: Infinity });
}

/** Articles of a JSON Lines corpus, built the way the `stream` command builds them. */
async function* readArticles(path: string, counter: { textBytes: number; articles: number }): AsyncGenerator<Article> {
  const { articleOfJsonLine } = await import("../loaders/pipeline.js");
  for await (const line of readLines(path)) {
    if (line.trim() === "") continue;
    const article = articleOfJsonLine(line);
    if ("error" in article) throw new Error(`${path}: ${article.error}`);
    counter.textBytes += Buffer.byteLength(article.text);
    counter.articles++;
    yield article;
  }
}

function hashRows(hash: ReturnType<typeof createHash>, rows: readonly FigureRow[]): void {
  for (const row of rows) hash.update(JSON.stringify(row) + "\n");
}

async function measure(mode: Mode, corpus: string, workers: number): Promise<Measurement> {
  const counter = { textBytes: 0, articles: 0 };
  const hash = createHash("sha256");
  let rows = 0;
  let work = 0n;
  const started = process.hrtime.bigint();
  if (mode === "floor") {
    for await (const line of readLines(corpus)) {
      if (line.trim() === "") continue;
      const { text } = JSON.parse(line) as { text: string };
      counter.textBytes += Buffer.byteLength(text);
      counter.articles++;
      const t0 = process.hrtime.bigint();
      rows += countDigitRuns(text);
      work += process.hrtime.bigint() - t0;
    }
  } else {
    const { loadTables } = await import("../loaders/pipeline.js");
    const { tables } = await loadTables(join(ROOT, "data", "tables"));
    if (mode === "single") {
      const { createExtractor } = await import("../loaders/extract.js");
      const extract = createExtractor(tables);
      for await (const article of readArticles(corpus, counter)) {
        const t0 = process.hrtime.bigint();
        const figures = extract(article);
        work += process.hrtime.bigint() - t0;
        rows += figures.length;
        hashRows(hash, figures);
      }
    } else {
      const { extractParallelStream } = await import("../loaders/parallel.js");
      for await (const figures of extractParallelStream(readArticles(corpus, counter), tables, { workers })) {
        rows += figures.length;
        hashRows(hash, figures);
      }
    }
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    mode,
    workers: mode === "workers" ? workers : 1,
    articles: counter.articles,
    textBytes: counter.textBytes,
    rows,
    workSeconds: mode === "workers" ? wall : Number(work) / 1e9,
    wallSeconds: wall,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
    sha256: mode === "floor" ? "" : hash.digest("hex"),
  };
}

// ---------- running children ----------

/** `node --import tsx <script> ...args`: one process, no npx/tsx wrapper, so its RSS is the script's own. */
function tsNode(script: string, args: string[], stdio: Parameters<typeof spawn>[2]["stdio"]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, stdio });
}

function waitFor(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited with code ${code}`))));
  });
}

async function measureInChild(mode: Mode, corpus: string, workers: number): Promise<Measurement> {
  const child = tsNode(SELF, ["--measure", mode, "--corpus", corpus, "--workers", String(workers)], ["ignore", "pipe", "inherit"]);
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  await waitFor(child, `bench ${mode}`);
  return JSON.parse(out.trim().split("\n").at(-1)!) as Measurement;
}

const GNU_TIME = "/usr/bin/time";

/**
 * The environment `stream` runs in, as `npm run stream` sets it: MALLOC_ARENA_MAX=1 unless the caller set it. Without
 * it, the memory V8's optimising compiler threads free stays in glibc's per-thread arenas, and one process on 1 GB of
 * input peaked at 450 MB instead of 313 MB (docs/performance.md). Set MALLOC_ARENA_MAX yourself to measure another value.
 */
const STREAM_ENV = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "1" };

/**
 * Run `node --import tsx loaders/cli.ts <args>` with stdin and stdout given, returning its peak RSS (MB).
 * GNU time reports the child's own peak (wait4's ru_maxrss); without it, /proc VmHWM is polled.
 */
async function runCli(args: string[], stdin: "pipe" | number, stdout: "pipe" | number): Promise<{ child: ChildProcess; peakRssMB: () => Promise<number> }> {
  const node = [process.execPath, "--import", "tsx", CLI, ...args];
  // As `npm run stream` and docs/scale.md run the map step: glibc's per-thread malloc arenas capped (see STREAM_ENV).
  const env = { ...process.env, ...STREAM_ENV };
  if (existsSync(GNU_TIME)) {
    const rssFile = join(OUTPUT, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
    const child = spawn(GNU_TIME, ["-f", "%M", "-o", rssFile, ...node], { cwd: ROOT, stdio: [stdin, stdout, "inherit"], env });
    const done = waitFor(child, `stream ${args.join(" ")}`);
    return {
      child,
      peakRssMB: async () => {
        await done;
        const kb = Number(readFileSync(rssFile, "utf8").trim().split("\n").at(-1));
        rmSync(rssFile, { force: true });
        return (kb * 1024) / MB;
      },
    };
  }
  const child = spawn(node[0], node.slice(1), { cwd: ROOT, stdio: [stdin, stdout, "inherit"], env });
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // The process has exited between two polls.
    }
  }, 100);
  const done = waitFor(child, `stream ${args.join(" ")}`).finally(() => clearInterval(poll));
  return { child, peakRssMB: async () => (await done, (peakKb * 1024) / MB) };
}

interface StreamRun {
  config: string;
  processes: number;
  wallSeconds: number;
  /** The largest peak RSS of any one process. */
  maxRssMB: number;
  /** sha256 of the CSV rows (header lines removed), concatenated in shard order. */
  sha256: string;
  rows: number;
}

/** Split a JSON Lines file into K contiguous shards of about equal line counts. */
async function splitIntoShards(corpus: string, lines: number, k: number, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const perShard = Math.ceil(lines / k);
  const paths = Array.from({ length: k }, (_, i) => join(dir, `shard-${String(i).padStart(3, "0")}.jsonl`));
  const outs = paths.map((path) => createWriteStream(path));
  let index = 0;
  for await (const line of readLines(corpus)) {
    const out = outs[Math.min(k - 1, Math.floor(index++ / perShard))];
    if (!out.write(line + "\n")) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await Promise.all(outs.map((out) => new Promise<void>((resolve) => out.end(() => resolve()))));
  return paths;
}

/** `stream` over each input at once (one process each); outputs written beside the inputs as .csv. */
async function streamFiles(config: string, inputs: string[]): Promise<StreamRun & { outputs: string[] }> {
  const outputs = inputs.map((input) => input.replace(/\.jsonl$/, ".csv"));
  const started = process.hrtime.bigint();
  const runs = await Promise.all(
    inputs.map(async (input, i) => {
      const { openSync, closeSync } = await import("node:fs");
      const inFd = openSync(input, "r");
      const outFd = openSync(outputs[i], "w");
      const run = await runCli(["stream", "--header"], inFd, outFd);
      const rss = await run.peakRssMB();
      closeSync(inFd);
      closeSync(outFd);
      return rss;
    }),
  );
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const hash = createHash("sha256");
  let rows = 0;
  let header = "";
  for (const output of outputs) {
    let first = true;
    for await (const line of readLines(output)) {
      // Each shard starts with the same header; only rows are hashed, so shards and a single run compare.
      if (first && line.startsWith("figure_id,")) {
        header = line;
        first = false;
        continue;
      }
      first = false;
      hash.update(line + "\n");
      rows++;
    }
  }
  void header;
  return { config, processes: inputs.length, wallSeconds, maxRssMB: Math.max(...runs), sha256: hash.digest("hex"), rows, outputs };
}

/** The merged figures of shard CSVs through the documented `merge` command, hashed (file by file). */
async function mergeHash(inputs: string[], outDir: string): Promise<string | undefined> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const child = tsNode(CLI, ["merge", ...inputs, "--out", outDir], ["ignore", "ignore", "pipe"]);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  try {
    await waitFor(child, "merge");
  } catch (error) {
    console.error(`merge failed, identity of merged shards not checked: ${(error as Error).message}\n${stderr.slice(0, 2000)}`);
    return undefined;
  }
  const figures = join(outDir, "figures.csv");
  if (!existsSync(figures)) return undefined;
  return createHash("sha256").update(readFileSync(figures)).digest("hex");
}

// ---------- the memory run ----------

interface MemoryRun {
  bytes: number;
  articles: number;
  rows: number;
  seconds: number;
  peakRssMB: number;
}

/**
 * ~`bytes` of JSON Lines generated on the fly into the stream command's stdin (never stored), rows counted
 * and discarded: the peak RSS of the extracting process is what a corpus of that size costs.
 */
async function memoryRun(bytes: number, seed: number): Promise<MemoryRun> {
  const started = process.hrtime.bigint();
  const run = await runCli(["stream"], "pipe", "pipe");
  let rows = 0;
  run.child.stdout!.on("data", (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
  });
  const sentences = sourceSentences(readSourceTexts(join(ROOT, "data", "articles")));
  const written = await writeJsonLines(synthCorpus({ sentences, count: Infinity, maxBytes: bytes, seed }), run.child.stdin as Writable);
  run.child.stdin!.end();
  const peakRssMB = await run.peakRssMB();
  return { bytes: written.bytes, articles: written.articles, rows, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRssMB };
}

// ---------- orchestration ----------

interface Options {
  sizes: number[];
  seed: number;
  workers: number;
  shards: number;
  memory: boolean;
  memoryOnly: boolean;
  memoryBytes: number;
  keep: boolean;
}

function parseArgs(argv: string[]): Options {
  const cores = availableParallelism();
  const options: Options = { sizes: [1000, 10_000, 100_000], seed: 1, workers: cores, shards: cores, memory: false, memoryOnly: false, memoryBytes: 1e9, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    if (flag === "--sizes") options.sizes = value().split(",").map((s) => Number(s.replace(/_/g, "")));
    else if (flag === "--seed") options.seed = Number(value());
    else if (flag === "--workers") options.workers = Number(value());
    else if (flag === "--shards") options.shards = Number(value());
    else if (flag === "--memory") options.memory = true;
    else if (flag === "--memory-only") options.memory = options.memoryOnly = true;
    else if (flag === "--memory-bytes") options.memoryBytes = Number(value());
    else if (flag === "--keep") options.keep = true;
    else throw new Error(`bench: unknown option ${flag}`);
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error("bench: --sizes takes positive integers, e.g. 1000,10000");
  return options;
}

/** A short hash of what a synthetic corpus is made from: the generator's code and the seed articles. */
function corpusVersion(): string {
  const hash = createHash("sha256").update(readFileSync(join(ROOT, "scripts", "synth-corpus.ts")));
  for (const text of readSourceTexts(join(ROOT, "data", "articles"))) hash.update(text);
  return hash.digest("hex").slice(0, 8);
}

/**
 * The corpus file for a size, generated once per seed and corpus version (bench/output is not in git), so
 * a changed generator or new seed articles never reuse a stale corpus.
 */
async function ensureCorpus(size: number, seed: number): Promise<string> {
  const path = join(OUTPUT, `corpus-${size}-seed${seed}-${corpusVersion()}.jsonl`);
  if (existsSync(path) && statSync(path).size > 0) return path;
  const sentences = sourceSentences(readSourceTexts(join(ROOT, "data", "articles")));
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  await writeJsonLines(synthCorpus({ sentences, count: size, seed }), out);
  await new Promise<void>((resolve) => out.end(() => resolve()));
  const { renameSync } = await import("node:fs");
  renameSync(partial, path);
  return path;
}

/**
 * sha256 of the extraction code (loaders/*.ts, data/tables/*.csv). Taken before and after each size: if
 * the code changed while the configurations ran one after another, their outputs are not comparable and
 * the identity checks say so instead of reporting a false difference.
 */
function codeFingerprint(): string {
  const hash = createHash("sha256");
  for (const dir of ["loaders", join("data", "tables")]) {
    const files = (readdirSync(join(ROOT, dir)) as string[]).filter((f) => /\.(ts|csv)$/.test(f)).sort();
    for (const file of files) hash.update(file).update(readFileSync(join(ROOT, dir, file)));
  }
  return hash.digest("hex");
}

interface SizeResult {
  size: number;
  /** False when loaders/ or data/tables/ changed during this size's runs. */
  codeUnchanged: boolean;
  corpusBytes: number;
  floor: Measurement;
  single?: Measurement;
  workers?: Measurement;
  streamSingle?: StreamRun;
  streamShards?: StreamRun;
  identity: { singleVsWorkers?: boolean; streamVsShards?: boolean; mergedSingleVsMergedShards?: boolean };
  errors: string[];
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

function tableRow(cells: string[]): string {
  const widths = [8, 22, 8, 9, 9, 8, 8, 9, 8, 9];
  return cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" ");
}

function printSize(result: SizeResult): void {
  const { floor } = result;
  const textMB = floor.textBytes / MB;
  console.log(`\n${result.size.toLocaleString("en")} articles, ${fmt(textMB)} MB of text`);
  console.log(tableRow(["size", "configuration", "MB", "articles", "rows", "seconds", "MB/s", "art/s", "× floor", "RSS MB"]));
  const line = (name: string, m: { seconds: number; rows: number; rss: number }) =>
    console.log(
      tableRow([
        String(result.size), name, fmt(textMB), String(floor.articles), String(m.rows), fmt(m.seconds, 2),
        fmt(textMB / m.seconds), fmt(floor.articles / m.seconds, 0), fmt(m.seconds / floor.workSeconds), fmt(m.rss, 0),
      ]),
    );
  line("floor /\\d+/g scan", { seconds: floor.workSeconds, rows: floor.rows, rss: floor.maxRssMB });
  if (result.single) line("single (extract only)", { seconds: result.single.workSeconds, rows: result.single.rows, rss: result.single.maxRssMB });
  if (result.single) line("single (wall, with I/O)", { seconds: result.single.wallSeconds, rows: result.single.rows, rss: result.single.maxRssMB });
  if (result.workers) line(`${result.workers.workers} workers (wall)`, { seconds: result.workers.wallSeconds, rows: result.workers.rows, rss: result.workers.maxRssMB });
  if (result.streamSingle) line("stream, 1 process", { seconds: result.streamSingle.wallSeconds, rows: result.streamSingle.rows, rss: result.streamSingle.maxRssMB });
  if (result.streamShards) line(`stream, ${result.streamShards.processes} shards`, { seconds: result.streamShards.wallSeconds, rows: result.streamShards.rows, rss: result.streamShards.maxRssMB });
  for (const [check, equal] of Object.entries(result.identity)) console.log(`identity ${check}: ${equal ? "equal" : "DIFFERENT"}`);
  for (const error of result.errors) console.log(`not measured: ${error}`);
}

async function benchSize(size: number, options: Options): Promise<SizeResult> {
  const corpus = await ensureCorpus(size, options.seed);
  const fingerprint = codeFingerprint();
  const result: SizeResult = { size, codeUnchanged: true, corpusBytes: statSync(corpus).size, floor: await measureInChild("floor", corpus, 1), identity: {}, errors: [] };
  try {
    result.single = await measureInChild("single", corpus, 1);
    result.workers = await measureInChild("workers", corpus, options.workers);
    result.identity.singleVsWorkers = result.single.sha256 === result.workers.sha256;
  } catch (error) {
    result.errors.push(`in-process extraction: ${(error as Error).message}`);
  }
  if (existsSync(CLI)) {
    try {
      const dir = join(OUTPUT, `shards-${size}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const whole = join(dir, "whole.jsonl");
      const { copyFileSync } = await import("node:fs");
      copyFileSync(corpus, whole);
      const streamSingle = await streamFiles("stream, 1 process", [whole]);
      const shardPaths = await splitIntoShards(corpus, result.floor.articles, options.shards, dir);
      const streamShards = await streamFiles(`stream, ${options.shards} shards`, shardPaths);
      result.streamSingle = streamSingle;
      result.streamShards = streamShards;
      result.identity.streamVsShards = streamSingle.sha256 === streamShards.sha256;
      const mergedSingle = await mergeHash(streamSingle.outputs, join(dir, "merged-single"));
      const mergedShards = await mergeHash(streamShards.outputs, join(dir, "merged-shards"));
      if (mergedSingle && mergedShards) result.identity.mergedSingleVsMergedShards = mergedSingle === mergedShards;
      if (!options.keep) rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      result.errors.push(`stream/shards: ${(error as Error).message}`);
    }
  } else {
    result.errors.push("stream/shards: loaders/cli.ts does not exist yet");
  }
  result.codeUnchanged = codeFingerprint() === fingerprint;
  if (!result.codeUnchanged) result.errors.push("loaders/ or data/tables/ changed during this run: configurations ran different code, so identity checks are void; run again");
  return result;
}

function machineInfo() {
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: availableParallelism(),
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === "--measure") {
    const mode = argv[1] as Mode;
    const corpus = argv[argv.indexOf("--corpus") + 1];
    const workers = Number(argv[argv.indexOf("--workers") + 1] ?? 1);
    console.log(JSON.stringify(await measure(mode, corpus, workers)));
    return;
  }
  const options = parseArgs(argv);
  mkdirSync(OUTPUT, { recursive: true });
  const machine = machineInfo();
  console.log(`figures-by-source bench: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, node ${machine.node}, ${machine.date}`);
  const results: SizeResult[] = [];
  if (!options.memoryOnly) {
    for (const size of options.sizes) {
      const result = await benchSize(size, options);
      printSize(result);
      results.push(result);
    }
  }
  let memory: MemoryRun | undefined;
  if (options.memory) {
    if (!existsSync(CLI)) throw new Error("bench --memory needs loaders/cli.ts (the stream command)");
    memory = await memoryRun(options.memoryBytes, options.seed + 1000);
    console.log(
      `\nmemory: ${fmt(memory.bytes / MB, 0)} MB of JSON Lines (${memory.articles} articles) streamed through \`stream\` in ${fmt(memory.seconds, 0)} s; ` +
        `${memory.rows} output lines; peak RSS ${fmt(memory.peakRssMB, 0)} MB with MALLOC_ARENA_MAX=${STREAM_ENV.MALLOC_ARENA_MAX} (target < 400 MB: ${memory.peakRssMB < 400 ? "met" : "MISSED"})`,
    );
  }
  const report = { machine, note: "2 cores shared with other work while measured, unless stated otherwise", options, streamEnv: STREAM_ENV, results, memory };
  writeFileSync(join(OUTPUT, "bench.json"), JSON.stringify(report, null, 2) + "\n");
  console.log(`\nwritten: ${join("bench", "output", "bench.json")}`);
  const different = results.filter((r) => r.codeUnchanged).flatMap((r) => Object.entries(r.identity).filter(([, equal]) => !equal).map(([check]) => `${r.size}: ${check}`));
  if (different.length > 0) {
    console.error(`identity check failed: ${different.join("; ")}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
