#!/usr/bin/env node
// Runs after `npm install` / `npm ci` (package.json "postinstall").
//
// vega-util ships a tsconfig.json that `extends: "../../tsconfig.json"`, i.e. a
// file outside the package. When Observable Framework bundles vega-embed (and
// thereby vega-util) with rollup-plugin-esbuild, that tsconfig is picked up and
// either fails to resolve (PLUGIN_ERROR, the bare `import("vega-embed")` is
// left in the page and breaks in the browser) or inherits *our* project
// tsconfig. Replace it with an inert config. Plain node, no dependencies,
// idempotent, and never fails the install.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const targets = ["node_modules/vega-util/tsconfig.json"];
const INERT = '{\n  "//": "neutralised by scripts/postinstall.mjs (it extended ../../tsconfig.json)",\n  "compilerOptions": {}\n}\n';

for (const rel of targets) {
  const file = join(projectRoot, rel);
  try {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    if (text === INERT) continue;
    if (!/"extends"/.test(text)) continue; // nothing to neutralise
    writeFileSync(file, INERT);
    console.log(`postinstall: neutralised ${rel}`);
  } catch (error) {
    console.warn(`postinstall: could not neutralise ${rel}: ${error instanceof Error ? error.message : error}`);
  }
}
