// Post-build check for an offline-safe site. Exits non-zero when dist/ (or Framework's
// build log) shows a page that would break, or reach outside 127.0.0.1, in the browser:
//
//   - a bare dynamic import, `import("vega-embed")` / `import("npm:d3")`: Framework leaves
//     these when it failed to bundle a package (e.g. a PLUGIN_ERROR) but still exits 0;
//   - a static `import ... from "<bare or http(s)>"` / `export ... from` / `import "http..."`;
//   - an absolute http(s) URL in <script src>, or in <link href> with rel stylesheet/modulepreload/preload;
//   - in the build log (--log FILE): PLUGIN_ERROR, an `Error:`, or a data loader `error`.
//
// Usage: tsx scripts/check-dist.ts [distDir=dist] [--log build.log]
import {readdirSync, readFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";

export interface Problem {
  file: string;
  line: number;
  message: string;
}

function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith(".") || specifier.startsWith("/");
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const DYNAMIC_IMPORT = /(?<![\w$.])import\(\s*(["'`])([^"'`\n]*)\1\s*\)/g;
// `import x from "s"`, `import {a} from"s"`, `export * from "s"`, `import "s"` (minified forms too).
const STATIC_FROM = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{][^;"'`()]*?)?\bfrom\s*(["'])([^"'\n]+)\1/g;
const STATIC_SIDE_EFFECT = /(?<![\w$.])import\s*(["'])([^"'\n]+)\1/g;
const SCRIPT_SRC = /<script\b[^>]*\bsrc\s*=\s*["']?(https?:)?\/\/[^"'\s>]*/gi;
const LINK_TAG = /<link\b[^>]*>/gi;

/** Problems in one file's text. `path` is only used for reporting and to pick HTML rules. */
export function checkText(path: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const add = (index: number, message: string) => problems.push({file: path, line: lineOf(text, index), message});
  for (const m of text.matchAll(DYNAMIC_IMPORT)) {
    const specifier = m[2]!;
    if (m[1] === "`" && specifier.includes("${")) continue;
    if (specifier === "" || isPathSpecifier(specifier)) continue;
    add(m.index!, `bare or remote dynamic import(${JSON.stringify(specifier)})`);
  }
  for (const re of [STATIC_FROM, STATIC_SIDE_EFFECT]) {
    for (const m of text.matchAll(re)) {
      const specifier = m[2]!;
      if (/^https?:\/\//i.test(specifier)) add(m.index!, `static import from remote URL ${JSON.stringify(specifier)}`);
      else if (/^npm:/.test(specifier)) add(m.index!, `static import of CDN module ${JSON.stringify(specifier)}`);
    }
  }
  if (/\.html?$/i.test(path)) {
    for (const m of text.matchAll(SCRIPT_SRC)) add(m.index!, `remote <script src>: ${m[0]}`);
    for (const m of text.matchAll(LINK_TAG)) {
      const tag = m[0];
      const rel = /\brel\s*=\s*["']?([^"'>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? "";
      const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? "";
      if (/\b(stylesheet|modulepreload|preload)\b/.test(rel) && /^(https?:)?\/\//i.test(href)) {
        add(m.index!, `remote <link rel="${rel}" href="${href}">`);
      }
    }
  }
  return problems;
}

export function checkDist(distDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const file of files(distDir)) {
    if (!/\.(m?js|html?|css)$/i.test(file)) continue;
    problems.push(...checkText(relative(process.cwd(), file), readFileSync(file, "utf8")));
  }
  return problems;
}

/** Lines of Framework's build output that mean something went wrong although it exited 0. */
export function checkBuildLog(log: string): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = log.replace(/\x1b\[[0-9;]*m/g, "");
  return plain
    .split("\n")
    .filter(
      (line) =>
        /PLUGIN_ERROR/.test(line) ||
        /^\s*(\w*Error|Unexpected error):/.test(line) ||
        /→ error\b|\berror in [\d.]+m?s\b/i.test(line) ||
        /^offline: /.test(line)
    );
}

function main(argv: string[]): number {
  let distDir = "dist";
  let logFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--log") logFile = argv[++i];
    else distDir = argv[i]!;
  }
  let failed = false;
  if (logFile) {
    const bad = checkBuildLog(readFileSync(logFile, "utf8"));
    if (bad.length) {
      failed = true;
      console.error(`check-dist: Framework reported errors while building (${logFile}):`);
      for (const line of bad.slice(0, 20)) console.error(`  ${line}`);
    }
  }
  const problems = checkDist(distDir);
  if (problems.length) {
    failed = true;
    console.error(`check-dist: ${problems.length} problem(s) in ${distDir}/:`);
    for (const p of problems.slice(0, 50)) console.error(`  ${p.file}:${p.line}: ${p.message}`);
  }
  if (!failed) console.log(`check-dist: ${distDir}/ ok (no bare/remote imports, no remote scripts or stylesheets)`);
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
