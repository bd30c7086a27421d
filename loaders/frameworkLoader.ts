// The body shared by the Framework data loaders in src/data/: each writes one file of the notebook to
// stdout, logs problems to stderr and exits non-zero on failure. Each src/data/* entry point is two lines.
//
// One extraction per input fingerprint: the first loader to run extracts the project's corpus once and
// writes every notebook file (loaders/notebookFiles.ts) into a folder named by a hash of the contents of
// data/, loaders/, src/components/ and package-lock.json; the other loaders, in this build or a later one, copy their file
// from it. Concurrent loaders (Framework's preview runs them in parallel) wait on a lock instead of
// extracting again. Any edit to an article, a table or the code changes the hash, so a stale file is
// never served. A table error is cached too, so every loader reports it without re-running the pipeline.

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  contentFingerprint,
  isFolder,
  listFolders,
  readBytesIfPresent,
  readTextFile,
  removeFolder,
  withLockFolder,
  writeFolderAtomic,
} from "./corpus.js";
import type { ArticleMetaText } from "./notebookTables.js";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const PROJECT_ARTICLES_DIR = join(PROJECT_ROOT, "data", "articles");
export const PROJECT_TABLES_DIR = join(PROJECT_ROOT, "data", "tables");
export const PROJECT_CODEBOOK = join(PROJECT_ROOT, "docs", "codebook.md");
/** Inside Framework's cache folder, which is not in git; scripts/freshen.ts keeps "_" entries. */
export const NOTEBOOK_CACHE = join(PROJECT_ROOT, "src", ".observablehq", "cache", "_figures-by-source");
// src/components: summary.json ranks with the dashboard's own functions (loaders/notebookTables.ts).
const FINGERPRINT_INPUTS = ["data/tables", "loaders", "src/components", "package-lock.json"].map((path) => join(PROJECT_ROOT, path));
/** The corpus is fingerprinted by file size and modification time: reading 40 MB on every loader run cost a second. */
const FINGERPRINT_BY_STAT = [PROJECT_ARTICLES_DIR];
const ERROR_FILE = "error.txt";
const KEY = /^[0-9a-f]{20}$/;
/** Folders of older fingerprints are removed once this old (a loader of an older build may still be reading one). */
const KEEP_OLD_MS = 10 * 60_000;

/** Run `produce` and print what it returns; on failure print the error and exit 1 (Framework then shows it). */
export async function emit(produce: () => Promise<string | Uint8Array>): Promise<void> {
  try {
    const content = await produce();
    process.stdout.write(content);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

async function writeNotebookFiles(folder: string, key: string): Promise<void> {
  process.stderr.write(`notebook: extracting data/articles once for input fingerprint ${key}\n`);
  const texts: ArticleMetaText[] = [];
  let files: Map<string, string | Uint8Array>;
  try {
    // Imported here, not at the top: a loader that finds its file made needs none of the extractor.
    const { loadTables, runPipeline } = await import("./pipeline.js");
    const { notebookFiles } = await import("./notebookFiles.js");
    const loaded = await loadTables(PROJECT_TABLES_DIR);
    const result = await runPipeline({
      articlesDir: PROJECT_ARTICLES_DIR,
      tablesDir: PROJECT_TABLES_DIR,
      onArticle: (a) => texts.push({ article: a.id, title: a.title, outlet: a.outlet, url: a.url, published: a.published, text: a.text }),
    });
    const problems = result.articles.filter((a) => a.status !== "ok").map((a) => `${a.file}: ${a.status}: ${a.reason}\n`);
    files = await notebookFiles(result, loaded.tables, texts);
    if (problems.length > 0) files.set("problems.txt", problems.join(""));
  } catch (error) {
    files = new Map([[ERROR_FILE, error instanceof Error ? error.message : String(error)]]);
  }
  await writeFolderAtomic(folder, files);
}

/** The folder holding this project's notebook files for its current inputs, made if missing. */
export async function notebookFolder(): Promise<string> {
  const key = (await contentFingerprint(PROJECT_ROOT, FINGERPRINT_INPUTS, FINGERPRINT_BY_STAT)).slice(0, 20);
  const folder = join(NOTEBOOK_CACHE, key);
  if (await isFolder(folder)) return folder;
  await withLockFolder(join(NOTEBOOK_CACHE, ".lock"), async () => {
    if (await isFolder(folder)) return;
    await writeNotebookFiles(folder, key);
    for (const old of await listFolders(NOTEBOOK_CACHE)) {
      if (old.name !== key && KEY.test(old.name) && Date.now() - old.mtimeMs > KEEP_OLD_MS) await removeFolder(join(NOTEBOOK_CACHE, old.name));
    }
  });
  return folder;
}

/** One notebook file (see loaders/notebookFiles.ts for the names), for its loader in src/data/. */
export async function notebookFile(name: string): Promise<Uint8Array> {
  const folder = await notebookFolder();
  const error = await readBytesIfPresent(join(folder, ERROR_FILE));
  if (error) throw new Error(error.toString("utf8"));
  const problems = await readBytesIfPresent(join(folder, "problems.txt"));
  if (problems) process.stderr.write(problems);
  const content = await readBytesIfPresent(join(folder, name));
  if (!content) throw new Error(`no notebook file named ${name} (see loaders/notebookFiles.ts)`);
  return content;
}

/** Write one notebook file to stdout: the whole body of a src/data/ loader. */
export function emitNotebookFile(name: string): Promise<void> {
  return emit(() => notebookFile(name));
}

/** docs/codebook.md as it stands, for the Data page to render. */
export function emitCodebook(): Promise<void> {
  return emit(() => readTextFile(PROJECT_CODEBOOK));
}
