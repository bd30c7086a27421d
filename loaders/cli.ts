// The command line: extract, eval, stream, merge. Exit codes: 0 ok, 1 data or table errors, 2 usage errors.
// Every command documents itself with --help; docs/cli.md has examples.

import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { OUTPUT_COLUMNS, type OutputTable } from "./columns.js";
import { isFolder, listCsvFiles, readTextFile, writeFileAtomic } from "./corpus.js";
import { toCsv } from "./csv.js";
import { evaluate, formatReport, parseGold } from "./evaluate.js";
import { formatIssue } from "./tables.js";
import type { TableIssue } from "./types.js";
import { extractStream, loadTables, mergeShards, runPipeline, TableValidationError } from "./pipeline.js";

/** The project's own contributor tables, found from this file, not from the working directory. */
export const DEFAULT_TABLES_DIR = fileURLToPath(new URL("../data/tables", import.meta.url));

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

class UsageError extends Error {}

const HELP: Record<string, string> = {
  main: `figures-by-source: every figure in news about the Russia–Ukraine war, as tidy CSV tables.

Usage:
  npm run extract -- <articles-dir> --out <dir> [--meta <articles.csv>] [--tables <dir>]
  npm run eval -- --gold <gold.csv> --articles <dir> [--meta <articles.csv>] [--tables <dir>]
  npm run stream -- [--tables <dir>] [--header] < articles.jsonl > figures.csv
  npm run merge -- <shard.csv|shard-dir>... --out <dir> [--tables <dir>]

Run any command with --help for details. Exit codes: 0 ok, 1 data or table errors, 2 usage errors.
`,
  extract: `Usage: npm run extract -- <articles-dir> --out <dir> [--meta <articles.csv>] [--tables <dir>]

Reads every file under <articles-dir> (.txt, .md, .html; others are read as text when they are text) and
writes figures.csv, articles.csv, rejected.csv, claims.csv, events.csv, divergence.csv and territory.csv
into <dir>. Each file is written whole or not at all (temporary file + rename).

  --out <dir>      where the CSVs go (created if missing)
  --meta <csv>     per-article metadata in data/tables/articles.csv format, used instead of <tables>/articles.csv
  --tables <dir>   contributor tables (default: this project's data/tables)

When a contributor table has an error, nothing is written: every error is printed as
path:line: column "x": "value" message, and the exit code is 1.
`,
  eval: `Usage: npm run eval -- --gold <gold.csv> --articles <dir> [--meta <articles.csv>] [--tables <dir>]

Extracts figures from <dir> and scores them against a gold file (../shared/gold/SCHEMA.md format):
precision, recall on core rows, and agreement on qualifier, claimant side, subject side and period.
`,
  stream: `Usage: npm run stream -- [--tables <dir>] [--header] < articles.jsonl > figures.csv

Reads JSON Lines on standard input, one article per line:
  {"article": "id", "text": "...", "url": "...", "outlet": "...", "published": "YYYY-MM-DD", "title": "..."}
and writes figures.csv rows on standard output as articles are done, in blocks of up to 64 kB or every
0.2 s (corrections for those articles applied). --header writes the header row first. A line that
cannot be used is reported on standard error with its line number and skipped; the exit code is then 1,
after every other line was processed.
`,
  merge: `Usage: npm run merge -- <shard.csv|shard-dir>... --out <dir> [--tables <dir>]

Merges figure CSVs written by stream (or extract) for parts of a corpus, and recomputes claims.csv,
events.csv, divergence.csv and territory.csv from the merged figures: the same tables one extract run
over the whole corpus writes. A folder stands for every .csv file in it. Writes figures.csv, claims.csv,
events.csv, divergence.csv and territory.csv into <dir>.
`,
};

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolvePromise();
    else stream.once("drain", () => resolvePromise());
  });
}

type OptionSpec = Record<string, { type: "string" | "boolean" }>;
interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

function parse(command: string, args: string[], options: OptionSpec): ParsedArgs {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedArgs["values"], positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function required(command: string, value: unknown, name: string): string {
  if (typeof value !== "string" || value === "") throw new UsageError(`${command}: ${name} is required`);
  return value;
}

/** Build every CSV first, then write them: a failure while building leaves the output folder untouched. */
async function writeTables(outDir: string, tables: Partial<Record<OutputTable, readonly object[]>>): Promise<string[]> {
  const texts: [string, string][] = [];
  for (const [name, rows] of Object.entries(tables) as [OutputTable, readonly object[]][]) {
    texts.push([join(outDir, `${name}.csv`), toCsv(rows, OUTPUT_COLUMNS[name])]);
  }
  for (const [path, text] of texts) await writeFileAtomic(path, text);
  return texts.map(([path]) => path);
}

/** The --tables folder, or the project's; a folder that does not exist is a usage error, not a table error. */
async function tablesDirOf(command: string, values: ParsedArgs["values"]): Promise<string> {
  const dir = values.tables;
  if (typeof dir !== "string") return DEFAULT_TABLES_DIR;
  if (!(await isFolder(dir))) throw new UsageError(`${command}: --tables ${dir} is not a folder`);
  return dir;
}

async function extractCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("extract", args, { out: { type: "string" }, meta: { type: "string" }, tables: { type: "string" } });
  if (values.help) return (await write(io.stdout, HELP.extract!), 0);
  if (positionals.length !== 1) throw new UsageError("extract: give exactly one articles folder");
  const out = required("extract", values.out, "--out <dir>");
  if (!(await isFolder(positionals[0]!))) throw new UsageError(`extract: ${positionals[0]} is not a folder`);
  const result = await runPipeline({
    articlesDir: positionals[0]!,
    tablesDir: await tablesDirOf("extract", values),
    metaPath: values.meta as string | undefined,
  });
  const { articles, figures, rejected, claims, events, divergence, territory } = result;
  await writeTables(out, { figures, articles, rejected, claims, events, divergence, territory });
  const unread = articles.filter((a) => a.status !== "ok");
  for (const a of unread) await write(io.stderr, `${a.file}: ${a.status}: ${a.reason}\n`);
  await write(
    io.stderr,
    `${articles.length} files, ${articles.length - unread.length} read; ${figures.length} figures, ${claims.length} claims, ` +
      `${rejected.length} rejected → ${out}\n`,
  );
  return 0;
}

async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("eval", args, {
    gold: { type: "string" },
    articles: { type: "string" },
    meta: { type: "string" },
    tables: { type: "string" },
  });
  if (values.help) return (await write(io.stdout, HELP.eval!), 0);
  if (positionals.length > 0) throw new UsageError(`eval: unexpected argument ${positionals[0]}`);
  const goldPath = required("eval", values.gold, "--gold <gold.csv>");
  const articlesDir = required("eval", values.articles, "--articles <dir>");
  if (!(await isFolder(articlesDir))) throw new UsageError(`eval: ${articlesDir} is not a folder`);
  const goldText = await readTextFile(goldPath).catch((error: unknown) => {
    throw new UsageError(`eval: cannot read ${goldPath}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const result = await runPipeline({
    articlesDir,
    tablesDir: await tablesDirOf("eval", values),
    metaPath: values.meta as string | undefined,
  });
  const gold = parseGold(goldText);
  const report = formatReport(evaluate(gold, result.figures));
  await write(io.stdout, report.endsWith("\n") ? report : report + "\n");
  return 0;
}

/** Characters of CSV rows per write of `stream` (64 KiB: a pipe's buffer). */
const STREAM_BLOCK = 65536;
/** Longest wait, in ms, before rows already extracted are written. */
const STREAM_FLUSH_MS = 200;

async function streamCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("stream", args, { tables: { type: "string" }, header: { type: "boolean" } });
  if (values.help) return (await write(io.stdout, HELP.stream!), 0);
  if (positionals.length > 0) throw new UsageError(`stream: unexpected argument ${positionals[0]} (articles come on standard input)`);
  const loaded = await loadTables(await tablesDirOf("stream", values));
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let problems = 0;
  // Rows go out in blocks, not one write per row: a write per row is a system call per row when standard
  // output is a file or pipe (a tenth of the run). A block is written once it is STREAM_BLOCK characters
  // long or STREAM_FLUSH_MS after the block before, so a slow trickle of articles still shows promptly.
  let block: string[] = [];
  let blockChars = 0;
  let flushedAt = Date.now();
  const flush = async () => {
    if (block.length > 0) await write(io.stdout, block.join(""));
    block = [];
    blockChars = 0;
    flushedAt = Date.now();
  };
  for await (const csvLine of extractStream(lines, loaded.tables, {
    header: Boolean(values.header),
    correctionLines: loaded.lines.corrections,
    correctionsPath: loaded.paths.corrections,
    onProblem: (p) => {
      problems++;
      io.stderr.write(`line ${p.line}${p.article ? ` (${p.article})` : ""}: ${p.message}\n`);
    },
  })) {
    block.push(csvLine);
    blockChars += csvLine.length;
    if (blockChars >= STREAM_BLOCK || Date.now() - flushedAt >= STREAM_FLUSH_MS) await flush();
  }
  await flush();
  return problems > 0 ? 1 : 0;
}

async function mergeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("merge", args, { out: { type: "string" }, tables: { type: "string" } });
  if (values.help) return (await write(io.stdout, HELP.merge!), 0);
  const out = required("merge", values.out, "--out <dir>");
  if (positionals.length === 0) throw new UsageError("merge: give at least one shard CSV or folder of shards");
  const paths: string[] = [];
  for (const p of positionals) {
    const found = await listCsvFiles(p).catch(() => {
      throw new UsageError(`merge: ${p} does not exist`);
    });
    // A shard folder may also hold the outputs of an earlier merge; only figure CSVs are shards.
    paths.push(...found.filter((f) => resolve(f) !== resolve(join(out, "figures.csv"))));
  }
  const shards = await Promise.all(paths.map(async (path) => ({ path, text: await readTextFile(path) })));
  const loaded = await loadTables(await tablesDirOf("merge", values));
  const merged = mergeShards(shards, loaded);
  for (const warning of merged.warnings) await write(io.stderr, `${warning}\n`);
  const { figures, claims, events, divergence, territory } = merged;
  await writeTables(out, { figures, claims, events, divergence, territory });
  await write(io.stderr, `${shards.length} shards, ${figures.length} figures, ${claims.length} claims → ${out}\n`);
  return 0;
}

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  extract: extractCommand,
  eval: evalCommand,
  stream: streamCommand,
  merge: mergeCommand,
};

/** Run one command; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    await write(command ? io.stdout : io.stderr, HELP.main!);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    await write(io.stderr, `unknown command "${command}"\n\n${HELP.main}`);
    return 2;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      await write(io.stderr, `${error.message}\n\n${HELP[command]}`);
      return 2;
    }
    if (error instanceof TableValidationError) {
      await write(io.stderr, `${error.message}\n`);
      return 1;
    }
    await write(io.stderr, `${command} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
