// How the notebook behaves at scale: build the site on a synthetic corpus of N articles and open every
// page in Chromium, timing the first drawn chart and counting the bytes transferred before it.
//
//   npm run bench:notebook                       # 10 000 articles
//   npm run bench:notebook -- --articles 1000
//   npm run bench:notebook -- --articles 1000 --keep   # leave the copy in /tmp for inspection
//
// Works on a temporary copy of the project (data/tables, loaders, scripts, src, config; node_modules
// symlinked), so the real data/ and dist/ are never touched. The corpus is scripts/synth-corpus.ts
// written as .txt files into the copy's data/articles. The copy's build is `node --import tsx
// scripts/build.ts` (the same as `npm run build`). dist/ is then served by the static server of
// test/e2e/harness.ts (no compression, no caching) and each page of observablehq.config.ts is opened
// in a fresh tab of Debian chromium (playwright-core), one page at a time.
//
// Per page: ms from navigation start to the page's "ready" element (the first `.vega-chart svg` on chart
// pages; the first table row / list item / download card elsewhere), bytes of the responses finished
// before that moment, and bytes of all responses up to network idle (reported as the
// moment the last request settled: playwright's 500 ms quiet window subtracted). Writes a table to stdout and
// bench/output/notebook.json (and notebook-<N>.json).
import {spawn} from "node:child_process";
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {cpus, loadavg, tmpdir, totalmem} from "node:os";
import {join, relative, resolve} from "node:path";
import {gzipSync} from "node:zlib";
import type {Page, Request} from "playwright-core";
import {configuredPages, launchBrowser, startServer, type LaunchedBrowser, type StaticServer} from "../test/e2e/harness.ts";
import {readSourceTexts, sourceSentences, synthCorpus, writeTextFolder} from "./synth-corpus.ts";

const root = resolve(import.meta.dirname, "..");
const TARGET_FIRST_CHART_MS = 3000;
const TARGET_BYTES_BEFORE = 5 * 1024 * 1024;

interface Options {
  articles: number;
  seed: number;
  keep: boolean;
  timeoutMs: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {articles: 10_000, seed: 1, keep: false, timeoutMs: 180_000};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--articles") options.articles = Number(argv[++i]);
    else if (flag === "--seed") options.seed = Number(argv[++i]);
    else if (flag === "--timeout") options.timeoutMs = Number(argv[++i]) * 1000;
    else if (flag === "--keep") options.keep = true;
    else if (flag === "--help" || flag === "-h") {
      console.log("usage: tsx scripts/bench-notebook.ts [--articles N (10000)] [--seed S (1)] [--timeout seconds per page (180)] [--keep]");
      process.exit(0);
    } else throw new Error(`bench-notebook: unknown option ${flag}`);
  }
  if (!Number.isInteger(options.articles) || options.articles < 1) throw new Error("bench-notebook: --articles must be a positive integer");
  return options;
}

const load = () => loadavg().map((l) => Number(l.toFixed(2)));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

/** The project copy, as in test/scripts/freshness.test.ts, but with only data/tables (articles come from the generator). */
function makeCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), "fbs-bench-notebook-"));
  mkdirSync(join(copy, "data"));
  cpSync(join(root, "data", "tables"), join(copy, "data", "tables"), {recursive: true});
  // docs/: the codebook loader (src/data/codebook.txt.ts) reads docs/codebook.md.
  for (const entry of ["loaders", "scripts", "docs", "package.json", "observablehq.config.ts", "tsconfig.json"]) {
    cpSync(join(root, entry), join(copy, entry), {recursive: true});
  }
  cpSync(join(root, "src"), join(copy, "src"), {recursive: true, filter: (path) => !path.includes(".observablehq")});
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}

interface BuildResult {
  code: number;
  seconds: number;
  log: string;
}

/** The copy's `npm run build`, timed; output kept (tail printed on failure). */
function build(copy: string): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      cwd: copy,
      stdio: ["ignore", "pipe", "pipe"],
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", FORCE_COLOR: "0"}
    });
    const chunks: string[] = [];
    child.stdout.on("data", (d: Buffer) => chunks.push(d.toString()));
    child.stderr.on("data", (d: Buffer) => chunks.push(d.toString()));
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("error", fail);
    child.on("close", (code) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      done({code: code ?? 1, seconds: (performance.now() - started) / 1000, log: chunks.join("")});
    });
  });
}

interface DataFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every file under dist/_file (the loader outputs the pages fetch), largest first, with its gzip size. */
function dataFiles(dist: string): DataFile[] {
  const dir = join(dist, "_file");
  const out: DataFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const content = readFileSync(path);
        out.push({file: relative(dist, path), bytes: content.length, gzipBytes: gzipSync(content, {level: 6}).length});
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.bytes - a.bytes);
}

interface PageResult {
  name: string;
  path: string;
  ready: string;
  readyFound: boolean;
  readyMs: number | null;
  bytesBeforeReady: number;
  requestsBeforeReady: number;
  idleMs: number | null;
  totalBytes: number;
  requests: number;
  largest: {url: string; bytes: number; finishedMs: number}[];
  jsHeapBytes: number | null;
  errors: string[];
}

/** What counts as "drawn" on each page: the first chart where there is one, else the page's first data-driven element. */
function readySelector(path: string, source: string): string {
  if (source.includes("vegaChart(")) return ".vega-chart svg, .vega-chart canvas";
  if (path.startsWith("/article")) return "#observablehq-main mark, #observablehq-main .compact-list li";
  if (path === "/data") return "#observablehq-main .card a[download]";
  return "#observablehq-main table tbody tr";
}

async function sizeOf(request: Request): Promise<number> {
  try {
    const sizes = await request.sizes();
    if (sizes.responseBodySize > 0) return sizes.responseBodySize;
  } catch {
    /* fall through */
  }
  try {
    const response = await request.response();
    if (!response) return 0;
    const header = Number(response.headers()["content-length"]);
    if (Number.isFinite(header) && header > 0) return header;
    return (await response.body()).length;
  } catch {
    return 0;
  }
}

async function measurePage(launched: LaunchedBrowser, server: StaticServer, name: string, path: string, selector: string, timeoutMs: number): Promise<PageResult> {
  const page: Page = await launched.context.newPage();
  const errors: string[] = [];
  const finished: {url: string; at: number; size: Promise<number>}[] = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console error: ${msg.text()}`);
  });
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("requestfinished", (request) => finished.push({url: request.url(), at: performance.now(), size: sizeOf(request)}));

  const started = performance.now();
  const navigation = page.goto(server.url + path.replace(/^\//, ""), {waitUntil: "commit", timeout: timeoutMs});
  let readyMs: number | null = null;
  let readyFound = false;
  let idleMs: number | null = null;
  // Network idle (500 ms without a request) is awaited alongside the ready element, not after it: on pages
  // whose data arrive before the chart is drawn, idle comes first and is reported as when it happened.
  let idle: Promise<void> = Promise.resolve();
  try {
    await navigation;
    idle = page.waitForLoadState("networkidle", {timeout: timeoutMs}).then(
      () => void (idleMs = performance.now() - started - 500),
      () => void errors.push("network not idle within the timeout")
    );
    await page.waitForSelector(selector, {state: "attached", timeout: timeoutMs});
    readyMs = performance.now() - started;
    readyFound = true;
  } catch (error) {
    errors.push(`not ready within ${timeoutMs / 1000} s (${selector}): ${(error as Error).message.split("\n")[0]}`);
  }
  await idle;
  const jsHeapBytes = await page
    .evaluate(() => (performance as unknown as {memory?: {usedJSHeapSize: number}}).memory?.usedJSHeapSize ?? null)
    .catch(() => null);
  const sized = await Promise.all(finished.map(async (f) => ({url: f.url, at: f.at - started, bytes: await f.size})));
  await page.close();
  const cutoff = readyMs ?? Infinity;
  const before = sized.filter((s) => s.at <= cutoff);
  return {
    name,
    path,
    ready: selector,
    readyFound,
    readyMs: readyMs === null ? null : Math.round(readyMs),
    bytesBeforeReady: before.reduce((sum, s) => sum + s.bytes, 0),
    requestsBeforeReady: before.length,
    idleMs: idleMs === null ? null : Math.round(idleMs),
    totalBytes: sized.reduce((sum, s) => sum + s.bytes, 0),
    requests: sized.length,
    largest: sized
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3)
      .map((s) => ({url: new URL(s.url).pathname, bytes: s.bytes, finishedMs: Math.round(s.at)})),
    jsHeapBytes,
    errors: errors.slice(0, 10)
  };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const loadAtStart = load();
  let copy: string | undefined;
  let server: StaticServer | undefined;
  let launched: LaunchedBrowser | null = null;
  const cleanup = async () => {
    await launched?.close().catch(() => {});
    launched = null;
    await server?.close().catch(() => {});
    server = undefined;
    if (copy && !options.keep) rmSync(copy, {recursive: true, force: true});
  };
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);

  try {
    copy = makeCopy();
    const sentences = sourceSentences(readSourceTexts(join(root, "data", "articles")));
    const corpus = writeTextFolder(synthCorpus({sentences, count: options.articles, seed: options.seed}), join(copy, "data", "articles"));
    console.log(`bench-notebook: ${corpus.articles} articles (${mb(corpus.bytes)} MB of text) in ${copy}; load average ${loadAtStart.join(" / ")}`);

    const built = await build(copy);
    const loadAfterBuild = load();
    if (built.code !== 0) {
      console.error(built.log.slice(-4000));
      console.error(`bench-notebook: build failed (exit ${built.code}) after ${built.seconds.toFixed(1)} s`);
      return 1;
    }
    console.log(`bench-notebook: build ${built.seconds.toFixed(1)} s; load average ${loadAfterBuild.join(" / ")}`);
    // Framework's line per data loader: "load /data/figures.csv → success 15.8 MB in 61234ms".
    const loaderLines = built.log
      .replace(/\x1b\[[0-9;]*m/g, "")
      .split("\n")
      .filter((line) => /\bload \/\S+ .* in \d+ms/.test(line))
      .map((line) => line.replace(/^.*?\bload /, "load ").trim());
    for (const line of loaderLines) console.log(`  ${line}`);
    const dist = join(copy, "dist");
    const files = dataFiles(dist);

    server = await startServer(dist);
    launched = await launchBrowser();
    if (!launched) return 1;
    const pages = await configuredPages(join(copy, "observablehq.config.ts"));
    // One article's page as well as the article list: the Article page's usual use is a link from the Figures page.
    const articlePage = pages.findIndex((p) => p.path === "/article");
    if (articlePage >= 0) pages.splice(articlePage + 1, 0, {name: "Article (one)", path: "/article?id=synth_0000000"});
    const results: PageResult[] = [];
    for (const {name, path} of pages) {
      const pathname = path.split("?")[0];
      const sourceFile = join(copy, "src", (pathname === "/" ? "index" : pathname.slice(1)) + ".md");
      const source = (() => {
        try {
          return readFileSync(sourceFile, "utf8");
        } catch {
          return "";
        }
      })();
      const result = await measurePage(launched, server, name, path, readySelector(pathname, source), options.timeoutMs);
      results.push(result);
      const verdict = result.readyMs !== null && result.readyMs <= TARGET_FIRST_CHART_MS && result.bytesBeforeReady <= TARGET_BYTES_BEFORE ? "meets" : "misses";
      console.log(
        `  ${name.padEnd(14)} ready ${result.readyMs === null ? "never" : (result.readyMs / 1000).toFixed(2) + " s"}, ${mb(result.bytesBeforeReady)} MB before; ` +
          `idle ${result.idleMs === null ? "never" : (result.idleMs / 1000).toFixed(2) + " s"}, ${mb(result.totalBytes)} MB total (${verdict} targets)`
      );
    }
    const loadAtEnd = load();

    console.log("");
    console.log(`| page | ready on | first chart / ready (s) | MB before it | network idle (s) | MB total | requests | JS heap (MB) | targets (≤ ${TARGET_FIRST_CHART_MS / 1000} s, ≤ ${mb(TARGET_BYTES_BEFORE)} MB) |`);
    console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (const r of results) {
      const time = r.readyMs !== null && r.readyMs <= TARGET_FIRST_CHART_MS;
      const bytes = r.bytesBeforeReady <= TARGET_BYTES_BEFORE;
      console.log(
        `| ${r.name} (\`${r.path}\`) | \`${r.ready}\` | ${r.readyMs === null ? "never" : (r.readyMs / 1000).toFixed(2)} | ${mb(r.bytesBeforeReady)} | ${r.idleMs === null ? "never" : (r.idleMs / 1000).toFixed(2)} | ${mb(r.totalBytes)} | ${r.requests} | ${r.jsHeapBytes === null ? "?" : mb(r.jsHeapBytes)} | ${time ? "time ok" : "time no"}, ${bytes ? "bytes ok" : "bytes no"} |`
      );
    }
    console.log("");
    console.log("| file in dist/ | MB | MB gzipped |");
    console.log("| --- | ---: | ---: |");
    for (const f of files.slice(0, 12)) console.log(`| ${f.file} | ${mb(f.bytes)} | ${mb(f.gzipBytes)} |`);
    for (const r of results) if (r.errors.length) console.log(`\n${r.name}: ${r.errors.join("; ")}`);

    const report = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: {cores: cpus().length, cpu: cpus()[0]?.model, memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)), node: process.version, platform: `${process.platform} ${process.arch}`},
      loadAverage: {start: loadAtStart, afterBuild: loadAfterBuild, end: loadAtEnd},
      corpus: {articles: corpus.articles, textBytes: corpus.bytes, seed: options.seed},
      build: {seconds: Number(built.seconds.toFixed(1)), loaders: loaderLines},
      targets: {firstChartMs: TARGET_FIRST_CHART_MS, bytesBeforeFirstChart: TARGET_BYTES_BEFORE},
      pages: results,
      files,
      notes: "Served uncompressed (test/e2e/harness.ts startServer, Cache-Control: no-store) on 127.0.0.1; one fresh tab per page, pages opened one after another."
    };
    const outDir = join(root, "bench", "output");
    mkdirSync(outDir, {recursive: true});
    const json = JSON.stringify(report, null, 2) + "\n";
    writeFileSync(join(outDir, "notebook.json"), json);
    writeFileSync(join(outDir, `notebook-${corpus.articles}.json`), json);
    console.log(`\nbench-notebook: wrote ${relative(process.cwd(), join(outDir, "notebook.json"))}; load average ${loadAtEnd.join(" / ")}`);
    return 0;
  } finally {
    await cleanup();
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  }
);
