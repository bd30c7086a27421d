// The only module that touches the file system: listing and reading article files, reading the contributor
// tables, and writing output files atomically. Everything it reads is handed to pure functions.
//
// Listing rules (docs/codebook.md (section 1)):
// - every regular file under the corpus folder is an input, in sub-folders too, sorted by the UTF-8 bytes
//   of its relative path (locale-independent), so the input count always equals the rows of articles.csv;
// - symbolic links are followed, to files and to folders; a link that points nowhere, a link loop and a
//   folder link back into a folder already being read are listed with status "error" and a reason;
// - hidden files and folders (names starting with ".") are listed with status "unsupported" and not read:
//   they are editor, OS and version-control files (.DS_Store, .swp, .git), never articles;
// - anything that is not a regular file (a socket, a pipe, a device) is listed as "unsupported", never opened.

import { createHash, randomBytes } from "node:crypto";
import { lstat, mkdir, open, readdir, readFile, realpath, rename, rm, stat, utimes } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { articleIdOf, parseArticle } from "./article.js";
import { decodeArticleBytes } from "./decode.js";
import type { Article, ArticleMetaRow, ArticleStatus, OutletRow } from "./types.js";

export interface ArticleFile {
  /** Path relative to the corpus root, with "/" separators. */
  file: string;
  /** Absolute path (through any symbolic link). */
  path: string;
  /** Set when the entry cannot be read as an article: the status and reason its articles.csv row gets. */
  problem?: { status: ArticleStatus; reason: string };
}

/** Byte-order comparison of two strings' UTF-8 encodings: the same on every machine and locale. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

function errorCode(error: unknown): string {
  return error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : "";
}

/** Every input file under `dir`, sorted by path bytes. Throws only when `dir` itself cannot be read. */
export async function listArticleFiles(dir: string): Promise<ArticleFile[]> {
  const root = await realpath(dir);
  const rootStat = await stat(root);
  if (!rootStat.isDirectory()) throw new Error(`${dir} is not a folder`);
  const out: ArticleFile[] = [];

  // `ancestors` holds the real paths of the folders on the way down, to stop at a folder link loop.
  async function walk(absolute: string, relativeDir: string, ancestors: ReadonlySet<string>, hidden: boolean): Promise<void> {
    const entries = await readdir(absolute, { withFileTypes: true });
    for (const entry of entries) {
      const name = entry.name;
      const rel = relativeDir ? `${relativeDir}/${name}` : name;
      const path = join(absolute, name);
      const isHidden = hidden || name.startsWith(".");
      let info;
      try {
        info = await stat(path); // follows symbolic links
      } catch (error) {
        const code = errorCode(error);
        const link = await lstat(path).catch(() => undefined);
        if (link?.isSymbolicLink()) {
          const reason =
            code === "ELOOP"
              ? "symbolic link loop: the link points (through other links) back to itself; replace it with the file it should point to"
              : `broken symbolic link: its target does not exist (${code || "unreadable"}); fix or remove the link`;
          out.push({ file: rel, path, problem: { status: "error", reason } });
        } else {
          out.push({ file: rel, path, problem: { status: "error", reason: `cannot be read (${code || String(error)}); check its permissions` } });
        }
        continue;
      }
      if (info.isDirectory()) {
        const real = await realpath(path);
        if (ancestors.has(real)) {
          out.push({
            file: rel,
            path,
            problem: { status: "error", reason: "symbolic link to a folder that contains it (a loop): not followed; remove the link" },
          });
          continue;
        }
        try {
          await walk(path, rel, new Set([...ancestors, real]), isHidden);
        } catch (error) {
          out.push({ file: rel, path, problem: { status: "error", reason: `folder cannot be read (${errorCode(error) || String(error)}); check its permissions` } });
        }
        continue;
      }
      if (!info.isFile()) {
        out.push({ file: rel, path, problem: { status: "unsupported", reason: "not a regular file (a pipe, socket or device): not read" } });
        continue;
      }
      if (isHidden) {
        out.push({
          file: rel,
          path,
          problem: { status: "unsupported", reason: 'hidden file (its name or a folder\'s starts with "."): not read; rename it to read it as an article' },
        });
        continue;
      }
      out.push({ file: rel, path });
    }
  }

  await walk(root, "", new Set([root]), false);
  const keyed = out.map((entry) => ({ entry, key: Buffer.from(entry.file, "utf8") }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  return keyed.map((k) => k.entry);
}

export interface CorpusOptions {
  /** Rows of data/tables/articles.csv; a row's non-empty fields override what the text says. */
  meta?: readonly ArticleMetaRow[];
  /** data/tables/outlets.csv, to name outlets from URL domains. */
  outlets?: readonly OutletRow[];
}

function problemArticle(file: string, status: ArticleStatus, reason: string, meta?: ArticleMetaRow): Article {
  return {
    id: articleIdOf(file),
    file,
    text: "",
    title: meta?.title ?? "",
    outlet: meta?.outlet ?? "",
    url: meta?.url ?? "",
    published: meta?.published ?? "",
    status,
    reason,
  };
}

/** Read one listed file into an Article (never throws: a failure becomes a status and a reason). */
export async function readArticleFile(entry: ArticleFile, options: CorpusOptions = {}, meta?: ArticleMetaRow): Promise<Article> {
  if (entry.problem) return problemArticle(entry.file, entry.problem.status, entry.problem.reason, meta);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(entry.path);
  } catch (error) {
    return problemArticle(entry.file, "error", `cannot be read (${errorCode(error) || String(error)}); check its permissions`, meta);
  }
  const decoded = decodeArticleBytes(bytes);
  if (decoded.status !== "ok") return problemArticle(entry.file, decoded.status, decoded.reason, meta);
  try {
    return parseArticle(entry.file, decoded.text, { meta, outlets: options.outlets });
  } catch (error) {
    return problemArticle(entry.file, "error", `could not be parsed: ${error instanceof Error ? error.message : String(error)}`, meta);
  }
}

/**
 * The articles of a corpus folder, one at a time, in path-byte order: only one file's bytes and text are
 * held at once. A file whose id (path without extension) was already taken by an earlier file ("a.txt"
 * after "a.md") gets status "duplicate_id", naming the earlier file, and is not read.
 */
export async function* readCorpus(dir: string, options: CorpusOptions = {}): AsyncGenerator<Article> {
  const files = await listArticleFiles(dir);
  const metaById = new Map<string, ArticleMetaRow>();
  for (const row of options.meta ?? []) if (!metaById.has(row.article)) metaById.set(row.article, row);
  const firstFileOfId = new Map<string, string>();
  for (const entry of files) {
    const id = articleIdOf(entry.file);
    const first = firstFileOfId.get(id);
    if (first !== undefined) {
      yield problemArticle(
        entry.file,
        "duplicate_id",
        `same article id "${id}" as ${first}, which was read instead; rename one of the two files`,
      );
      continue;
    }
    firstFileOfId.set(id, entry.file);
    yield await readArticleFile(entry, options, metaById.get(id));
  }
}

/** The contributor tables present in `dir` (`<name>.csv` for each name), as text with their paths. */
export async function readTableFiles<Name extends string>(
  dir: string,
  names: readonly Name[],
): Promise<Partial<Record<Name, { path: string; text: string }>>> {
  const out: Partial<Record<Name, { path: string; text: string }>> = {};
  for (const name of names) {
    const path = join(dir, `${name}.csv`);
    try {
      out[name] = { path, text: await readFile(path, "utf8") };
    } catch (error) {
      if (errorCode(error) !== "ENOENT") throw error;
    }
  }
  return out;
}

/** Whether `path` is an existing folder (through links). */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A text file read whole (a gold file, a metadata table given on the command line). */
export async function readTextFile(path: string): Promise<string> {
  return readFile(path, "utf8");
}

/** The CSV files in a folder (not recursing), sorted by name bytes; a file path given is returned as is. */
export async function listCsvFiles(pathOrDir: string): Promise<string[]> {
  const info = await stat(pathOrDir);
  if (!info.isDirectory()) return [pathOrDir];
  const names = (await readdir(pathOrDir)).filter((name) => name.toLowerCase().endsWith(".csv") && !name.startsWith("."));
  names.sort(compareBytes);
  return names.map((name) => join(pathOrDir, name));
}

/**
 * Write a file so that readers see the old content or the new, never half: write a temporary file in the
 * same folder (same file system, so the rename is atomic), flush it, then rename it over the target.
 */
export async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The relative path of `path` from `from`, with "/" separators (for messages). */
export function displayPath(path: string, from: string = process.cwd()): string {
  const rel = toPosix(relative(from, path));
  return rel && !rel.startsWith("..") ? rel : toPosix(path);
}

// ---------- the notebook's output cache (loaders/notebookOutputs.ts decides what goes in it) ----------

/**
 * A hash of every file under `paths`, with their paths relative to `root`: it changes when a file is
 * edited, added, removed or renamed. Files are hashed by content (a touch or a copy with a new date does
 * not change it), except under `byStat` (the corpus: tens of MB to read on every loader run), where size
 * and modification time stand for the content, as `npm run build`'s freshness check does. Hidden entries
 * and node_modules are skipped. Files are read one at a time.
 */
export async function contentFingerprint(root: string, paths: readonly string[], byStat: readonly string[] = []): Promise<string> {
  const hash = createHash("sha256");
  async function add(path: string, statOnly: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch {
      hash.update(`${toPosix(relative(root, path))}\0missing\n`);
      return;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => !name.startsWith(".") && name !== "node_modules").sort(compareBytes);
      for (const name of names) await add(join(path, name), statOnly);
    } else if (info.isFile() && statOnly) {
      hash.update(`${toPosix(relative(root, path))}\0${info.size}\0${info.mtimeMs}\n`);
    } else if (info.isFile()) {
      hash.update(`${toPosix(relative(root, path))}\0${info.size}\0`);
      hash.update(await readFile(path));
      hash.update("\n");
    }
  }
  for (const path of paths) await add(path, false);
  for (const path of byStat) await add(path, true);
  return hash.digest("hex");
}

/** A file's bytes, or undefined when it does not exist. */
export async function readBytesIfPresent(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Write a folder of files so that readers see all of it or none: write into a temporary sibling folder,
 * then rename it into place. When another process got there first, its folder is kept and ours dropped.
 */
export async function writeFolderAtomic(path: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  await mkdir(temp, { recursive: true });
  try {
    for (const [name, content] of files) {
      await mkdir(dirname(join(temp, name)), { recursive: true });
      const handle = await open(join(temp, name), "w");
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (!(await isFolder(path))) throw error; // ENOTEMPTY/EEXIST: another process wrote the same folder
  }
}

/**
 * Run `work` while holding a lock folder (mkdir is atomic), so that concurrent processes (Framework's
 * preview runs loaders in parallel) do the work once. A waiter polls until the lock is gone; a lock left
 * by a crashed process is taken over once it is older than `staleMs` (the holder touches it every second).
 */
export async function withLockFolder<T>(lock: string, work: () => Promise<T>, { staleMs = 120_000, pollMs = 100 } = {}): Promise<T> {
  await mkdir(dirname(lock), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
      const info = await stat(lock).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > staleMs) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
  const heartbeat = setInterval(() => void utimes(lock, new Date(), new Date()).catch(() => {}), 1000);
  try {
    return await work();
  } finally {
    clearInterval(heartbeat);
    await rm(lock, { recursive: true, force: true });
  }
}

/** The sub-folders of `dir` with their modification times (none when `dir` is missing). */
export async function listFolders(dir: string): Promise<{ name: string; mtimeMs: number }[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: { name: string; mtimeMs: number }[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const info = await stat(join(dir, entry.name)).catch(() => undefined);
    if (info) out.push({ name: entry.name, mtimeMs: info.mtimeMs });
  }
  return out;
}

/** Remove a folder and everything in it (no error when it is gone already). */
export async function removeFolder(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}
