// PLACEHOLDER loader (foundation): one row per file in data/articles with its size.
// Replace or delete once real loaders exist (src/index.md uses it until then).
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import Papa from "papaparse";

const dir = "data/articles";
const rows = readdirSync(dir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((file) => {
    const text = readFileSync(join(dir, file), "utf8");
    return {file, bytes: Buffer.byteLength(text), words: text.split(/\s+/).filter(Boolean).length};
  });
process.stdout.write(Papa.unparse(rows, {newline: "\n"}) + "\n");
