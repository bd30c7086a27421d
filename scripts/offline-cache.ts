// Fill Observable Framework's npm cache from node_modules so that `observable build`
// and `observable preview` never need the network.
//
// Framework serves every `npm:<name>` module from
//   <root>/.observablehq/cache/_npm/<name>@<version>/_esm.js
// and picks the highest version folder present for an unversioned specifier
// (node_modules/@observablehq/framework/dist/npm.js: resolveNpmVersion, populateNpmCache).
// Its client code (dist/client/**, bundled into every page) and its implicit imports
// (dist/libraries.js: `FileAttachment().csv()` -> npm:d3-dsv, `html` -> npm:htl, ...)
// name ~30 npm packages; rollup asks the *version* of each one even on an empty page.
//
// So, for every `"npm:<name>..."` literal found in those Framework files:
//   - installed in node_modules  -> bundle it with esbuild into _npm/<name>@<installed version>/_esm.js
//   - not installed              -> create an empty _npm/<name>@0.0.0-offline-placeholder/ folder
//     (enough for the version lookup; actually *using* it in a page fails the build loudly,
//     via scripts/offline-guard.mjs, instead of half-working).
// Framework's own built-ins (npm:@observablehq/inputs, ...) and exact-version requests
// (duckdb-wasm) need nothing.
//
// Pages should import libraries by bare name (`import embed from "vega-embed"`): Framework
// bundles those from node_modules itself (into _node/), no cache filling needed.
//
// Usage: tsx scripts/offline-cache.ts [srcRoot=src]   (idempotent; a warm run takes ~50 ms)
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {build} from "esbuild";

export const PLACEHOLDER_VERSION = "0.0.0-offline-placeholder";
const FRAMEWORK_DIST = "node_modules/@observablehq/framework/dist";

export interface CacheEntry {
  name: string;
  version: string;
  /** true when bundled from node_modules, false for an empty version folder */
  bundled: boolean;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith(".js")) out.push(path);
  }
  return out;
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  const first = parts[0]!;
  const namerange = first.startsWith("@") ? `${first}/${parts[1] ?? ""}` : first;
  const at = namerange.indexOf("@", 1);
  return at > 0 ? namerange.slice(0, at) : namerange;
}

function hasExactVersion(specifier: string): boolean {
  const parts = specifier.split("/");
  const namerange = specifier.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  const at = namerange.indexOf("@", 1);
  return at > 0 && /^\d+\.\d+\.\d+/.test(namerange.slice(at + 1));
}

/** The npm package names Framework's client and implicit imports may ask for. */
export function requestedNpmPackages(projectRoot: string): string[] {
  const dist = join(projectRoot, FRAMEWORK_DIST);
  const files = [...walk(join(dist, "client")), join(dist, "libraries.js")];
  const names = new Set<string>();
  const builtinNames = new Set<string>();
  // Framework's built-ins (served from /_observablehq/) never touch the npm cache.
  // (Read from the `builtins` map's source text: importing resolvers.js would load all of Framework.)
  const resolversSource = readFileSync(join(dist, "resolvers.js"), "utf8");
  for (const match of resolversSource.matchAll(/\[\s*"npm:([^"]+)"\s*,\s*"\/_observablehq\//g)) builtinNames.add(match[1]!);
  if (builtinNames.size === 0) throw new Error("offline-cache: could not read Framework's built-in modules from resolvers.js");
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/["'`]npm:([^"'`\s]+)["'`]/g)) {
      const specifier = match[1]!;
      if (specifier.includes("${")) continue;
      if (hasExactVersion(specifier)) continue; // e.g. duckdb-wasm@1.29.0: no version lookup
      const name = packageName(specifier);
      if (builtinNames.has(name)) continue;
      names.add(name);
    }
  }
  // Always-useful extras that pages might reach through npm: (cheap when already cached).
  for (const extra of ["arquero", "vega", "vega-lite", "htl", "d3-dsv", "isoformat"]) names.add(extra);
  return [...names].sort();
}

function installedVersion(projectRoot: string, name: string): string | undefined {
  const require = createRequire(join(projectRoot, "package.json"));
  try {
    const pkgPath = require.resolve(`${name}/package.json`);
    return JSON.parse(readFileSync(pkgPath, "utf8")).version as string;
  } catch {
    // Some packages don't export ./package.json: find it beside the entry point.
    try {
      let dir = dirname(require.resolve(name));
      while (dir !== dirname(dir)) {
        const candidate = join(dir, "package.json");
        if (existsSync(candidate)) {
          const pkg = JSON.parse(readFileSync(candidate, "utf8"));
          if (pkg.name === name) return pkg.version as string;
        }
        dir = dirname(dir);
      }
    } catch {
      /* not installed */
    }
  }
  return undefined;
}

async function bundle(projectRoot: string, name: string, outfile: string): Promise<void> {
  const tmp = `${outfile}.${process.pid}.tmp`;
  await build({
    stdin: {
      contents: `export * from ${JSON.stringify(name)};\nimport * as ns from ${JSON.stringify(name)};\nexport default (ns.default ?? ns);\n`,
      resolveDir: projectRoot,
      loader: "js"
    },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: ["es2022"],
    minify: true,
    legalComments: "none",
    define: {"process.env.NODE_ENV": '"production"'},
    logLevel: "error",
    outfile: tmp,
    write: true
  });
  const {renameSync} = await import("node:fs");
  renameSync(tmp, outfile);
}

/**
 * Fill <projectRoot>/<srcRoot>/.observablehq/cache/_npm. Idempotent: an existing
 * <name>@<version>/_esm.js is kept (the folder name pins the version).
 */
export async function fillNpmCache(
  projectRoot = process.cwd(),
  srcRoot = "src",
  log: (line: string) => void = (line) => console.log(line)
): Promise<CacheEntry[]> {
  projectRoot = resolve(projectRoot);
  const npmDir = join(projectRoot, srcRoot, ".observablehq", "cache", "_npm");
  mkdirSync(npmDir, {recursive: true});
  const entries: CacheEntry[] = [];
  const names = requestedNpmPackages(projectRoot);
  await Promise.all(
    names.map(async (name) => {
      const version = installedVersion(projectRoot, name);
      if (version) {
        const dir = join(npmDir, `${name}@${version}`);
        const file = join(dir, "_esm.js");
        if (!existsSync(file) || statSync(file).size === 0) {
          mkdirSync(dir, {recursive: true});
          const start = performance.now();
          await bundle(projectRoot, name, file);
          log(`offline-cache: bundled ${name}@${version} (${Math.round(performance.now() - start)} ms)`);
        }
        // A placeholder from before the package was installed must not linger.
        rmSync(join(npmDir, `${name}@${PLACEHOLDER_VERSION}`), {recursive: true, force: true});
        entries.push({name, version, bundled: true});
      } else {
        const versions = existsSync(join(npmDir, dirname(name)))
          ? readdirSync(join(npmDir, dirname(name))).filter((d) => d.startsWith(`${name.split("/").pop()}@`))
          : [];
        // Keep whatever real version folder is already there (e.g. from an online machine).
        if (versions.length === 0) mkdirSync(join(npmDir, `${name}@${PLACEHOLDER_VERSION}`), {recursive: true});
        entries.push({name, version: PLACEHOLDER_VERSION, bundled: false});
      }
    })
  );
  writeFileSync(join(npmDir, ".offline-cache.json"), JSON.stringify(entries.sort((a, b) => a.name.localeCompare(b.name)), null, 2) + "\n");
  return entries;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const start = performance.now();
  const entries = await fillNpmCache(process.cwd(), process.argv[2] ?? "src");
  const bundled = entries.filter((e) => e.bundled).map((e) => `${e.name}@${e.version}`);
  console.log(
    `offline-cache: ${bundled.length} bundled (${bundled.join(", ")}), ${entries.length - bundled.length} placeholders, ${Math.round(performance.now() - start)} ms`
  );
}
