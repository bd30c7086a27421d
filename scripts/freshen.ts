// Never serve data-loader output that is older than its inputs.
//
// Framework decides whether to re-run a data loader (src/**/*.csv.ts etc.) by comparing
// only the loader file's mtime with its cached output in src/.observablehq/cache/, and
// `observable build` reuses *any* cached output (useStale), even a stale one
// (node_modules/@observablehq/framework/dist/loader.js). Our loaders read data/** and
// import loaders/**, which Framework doesn't know about.
//
// Policy: fingerprint every input (path, size, mtime of each file and folder under
// data/, loaders/, src/data/, the other loader scripts in src/, and package-lock.json).
// When the fingerprint differs from the one recorded at the last freshen, delete all
// cached loader outputs (everything in the cache except Framework's own `_npm`, `_node`,
// `_observablehq`, ... folders), so the next build or preview re-runs every loader.
//
// Why not "delete outputs older than the newest input"? mtimes alone miss deleted inputs
// and files restored with an older mtime (cp -p, tar, some git tools); a fingerprint sees
// both. Why not "always clear"? Loaders over the whole article corpus can be slow, and an
// unchanged tree should rebuild in seconds. The cost of this policy: any input change
// re-runs all loaders (they share loaders/**, so most of them would have to re-run anyway).
//
// Usage: tsx scripts/freshen.ts [--force]   (also called by scripts/build.ts and scripts/dev.ts)
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";

// src/components too: loaders/notebookTables.ts ranks summary.json with the dashboard's pure functions.
export const INPUT_DIRS = ["data", "docs", "loaders", "src/data", "src/components"];
export const INPUT_FILES = ["package-lock.json"];
/** A data loader file name: output extension + interpreter extension, e.g. figures.csv.ts. */
export const LOADER_PATTERN = /\.[A-Za-z0-9]+\.(ts|js|mjs|py|sh|R|r|rs|go|jl|php|exe)$/;
const STAMP = ".data-inputs.sha256";
const SKIP_DIRS = new Set(["node_modules", ".git", ".observablehq", "dist"]);

export interface FreshenOptions {
  projectRoot?: string;
  srcRoot?: string;
  force?: boolean;
  log?: (line: string) => void;
}

export interface FreshenResult {
  changed: boolean;
  fingerprint: string;
  removed: string[];
}

function walk(dir: string, visit: (path: string, isDir: boolean) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, {withFileTypes: true});
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    visit(path, entry.isDirectory());
    if (entry.isDirectory()) walk(path, visit);
  }
}

/** Loader scripts under src/ (outside src/.observablehq): src/data/x.csv.ts, ... */
export function findLoaders(projectRoot: string, srcRoot = "src"): string[] {
  const loaders: string[] = [];
  walk(join(projectRoot, srcRoot), (path, isDir) => {
    if (!isDir && LOADER_PATTERN.test(path) && !path.endsWith(".d.ts")) loaders.push(path);
  });
  return loaders;
}

export function inputFingerprint(projectRoot: string, srcRoot = "src"): string {
  const hash = createHash("sha256");
  const add = (path: string) => {
    try {
      const s = statSync(path);
      hash.update(`${relative(projectRoot, path)}\0${s.isDirectory() ? "d" : s.size}\0${s.mtimeMs}\n`);
    } catch {
      hash.update(`${relative(projectRoot, path)}\0missing\n`);
    }
  };
  for (const dir of INPUT_DIRS) {
    const abs = join(projectRoot, dir);
    add(abs);
    walk(abs, (path) => add(path));
  }
  for (const file of INPUT_FILES) add(join(projectRoot, file));
  for (const loader of findLoaders(projectRoot, srcRoot)) add(loader);
  return hash.digest("hex");
}

export function freshen({projectRoot = process.cwd(), srcRoot = "src", force = false, log = console.log}: FreshenOptions = {}): FreshenResult {
  projectRoot = resolve(projectRoot);
  const cacheDir = join(projectRoot, srcRoot, ".observablehq", "cache");
  const stampPath = join(cacheDir, STAMP);
  const fingerprint = inputFingerprint(projectRoot, srcRoot);
  const previous = existsSync(stampPath) ? readFileSync(stampPath, "utf8").trim() : "";
  const removed: string[] = [];
  if (!force && previous === fingerprint) {
    log("freshen: inputs unchanged since last run; cached loader outputs kept");
    return {changed: false, fingerprint, removed};
  }
  mkdirSync(cacheDir, {recursive: true});
  for (const entry of readdirSync(cacheDir)) {
    // Framework's own caches (_npm, _node, _observablehq, _jsr, _duckdb, _file) are not data.
    if (entry.startsWith("_") || entry === STAMP) continue;
    rmSync(join(cacheDir, entry), {recursive: true, force: true});
    removed.push(entry);
  }
  writeFileSync(stampPath, fingerprint + "\n");
  log(
    `freshen: ${force ? "forced" : previous ? "inputs changed" : "no record of inputs"}; ` +
      (removed.length ? `cleared cached loader outputs (${removed.join(", ")})` : "no cached loader outputs to clear")
  );
  return {changed: true, fingerprint, removed};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  freshen({force: process.argv.includes("--force")});
}
