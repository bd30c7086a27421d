// Multi-core extraction with node:worker_threads. Extraction is a pure function of (article, tables),
// so articles can go to any core; what makes the output byte-identical to a single-threaded run is the
// order: every batch carries a sequence number and results are released strictly in input order.
// Memory stays bounded: at most `inFlight` batches per worker are outstanding, so a corpus of any size
// streams through (read an article, extract it somewhere, emit its rows, forget it).
//
// This one file is both the library (main thread) and the worker body: a worker is started on this
// module's own URL with a marker in workerData, which keeps the code that must agree in one place.

import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { Article, FigureRow, Tables } from "./types.js";

/** A module exporting `createExtractor(tables) => (article) => FigureRow[]`, as loaders/extract.ts does. */
type ExtractorModule = { createExtractor(tables: Tables): (article: Article) => FigureRow[] };

export interface ParallelOptions {
  /** Worker threads; default: the machine's available parallelism. */
  workers?: number;
  /** Articles per message; a batch also closes at `batchChars` characters. Batching amortises message cost. */
  batchSize?: number;
  batchChars?: number;
  /** Batches outstanding per worker: 2 keeps every worker busy while the main thread reads the next batch. */
  inFlight?: number;
  /** The extractor module's URL; default loaders/extract.ts. Tests and callers with another extractor set it. */
  extractorModule?: string | URL;
}

/** workerData of a worker started by this module. */
interface WorkerInit {
  figuresByParallelWorker: true;
  tables: Tables;
  extractorModule: string;
}

interface BatchRequest {
  seq: number;
  articles: Article[];
}

type BatchResult = { seq: number; rows: FigureRow[][] } | { seq: number; error: string; article: string };

const DEFAULT_EXTRACTOR = new URL("./extract.js", import.meta.url).href;

/**
 * Figure rows of each article, in input order: one `FigureRow[]` per article, the same rows a
 * single-threaded `createExtractor(tables)` gives. Workers are stopped when the sequence ends or the
 * consumer stops early.
 */
export async function* extractParallelStream(
  articles: Iterable<Article> | AsyncIterable<Article>,
  tables: Tables,
  options: ParallelOptions = {},
): AsyncGenerator<FigureRow[]> {
  const workerCount = Math.max(1, options.workers ?? availableParallelism());
  const batchSize = Math.max(1, options.batchSize ?? 64);
  const batchChars = options.batchChars ?? 256 * 1024;
  const inFlightPerWorker = Math.max(1, options.inFlight ?? 2);
  const extractorModule = String(options.extractorModule ?? DEFAULT_EXTRACTOR);

  const init: WorkerInit = { figuresByParallelWorker: true, tables, extractorModule };
  const workers = Array.from({ length: workerCount }, () => startWorker(init));
  const pending = workers.map(() => 0);
  const done = new Map<number, FigureRow[][]>();
  let failure: Error | undefined;
  // Resolved whenever a batch completes or a worker fails, so the loop below can wake up.
  let wake: () => void = () => {};

  workers.forEach((worker, index) => {
    worker.on("message", (result: BatchResult) => {
      pending[index]--;
      if ("error" in result) failure ??= new Error(`extraction failed on article ${result.article}: ${result.error}`);
      else done.set(result.seq, result.rows);
      wake();
    });
    worker.on("error", (error) => {
      failure ??= error;
      wake();
    });
    worker.on("exit", (code) => {
      if (code !== 0) failure ??= new Error(`extraction worker exited with code ${code}`);
      wake();
    });
  });

  const source = toAsyncIterator(articles);
  let sourceDone = false;
  let nextSeq = 0;
  let nextToEmit = 0;

  /** Read up to one batch from the source. */
  async function readBatch(): Promise<Article[]> {
    const batch: Article[] = [];
    let chars = 0;
    while (batch.length < batchSize && chars < batchChars) {
      const next = await source.next();
      if (next.done) {
        sourceDone = true;
        break;
      }
      batch.push(next.value);
      chars += next.value.text.length;
    }
    return batch;
  }

  try {
    while (true) {
      // Keep every worker fed, up to its in-flight limit, sending each batch to the least busy worker.
      while (!sourceDone && !failure) {
        // Results wait here until every batch before them is done: a worker that is slow (still starting,
        // or on a shared core) must not let the others run ahead, or read-ahead and held results grow
        // without bound. So the batches between the next to emit and the next to send are capped too.
        if (nextSeq - nextToEmit >= workerCount * inFlightPerWorker) break;
        const index = pending.indexOf(Math.min(...pending));
        if (pending[index] >= inFlightPerWorker) break;
        const batch = await readBatch();
        if (batch.length === 0) break;
        pending[index]++;
        workers[index].postMessage({ seq: nextSeq++, articles: batch } satisfies BatchRequest);
      }
      if (failure) throw failure;
      // Release every finished batch that is next in input order.
      if (done.has(nextToEmit)) {
        const rows = done.get(nextToEmit)!;
        done.delete(nextToEmit++);
        for (const articleRows of rows) yield articleRows;
        continue;
      }
      if (sourceDone && nextToEmit === nextSeq) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await source.return?.();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Every figure row of the articles, in input order: byte-identical to `articles.flatMap(createExtractor(tables))`. */
export async function extractParallel(
  articles: Iterable<Article> | AsyncIterable<Article>,
  tables: Tables,
  options: ParallelOptions = {},
): Promise<FigureRow[]> {
  const rows: FigureRow[] = [];
  for await (const articleRows of extractParallelStream(articles, tables, options)) rows.push(...articleRows);
  return rows;
}

function toAsyncIterator<T>(items: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  return Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]() as unknown as AsyncIterator<T>;
}

/**
 * A worker thread running the module at `moduleUrl` (this one, or a test's worker). Run from TypeScript
 * source (tsx, vitest), the worker registers tsx's loader before importing the module: a worker does not
 * inherit the main thread's loader hooks, and `execArgv: ["--import", "tsx"]` is not applied to a worker's
 * entry module on Node 20.
 */
export function startModuleWorker(moduleUrl: string | URL, data: unknown): Worker {
  const url = String(moduleUrl);
  if (!url.endsWith(".ts")) return new Worker(new URL(url), { workerData: data });
  const tsxPackage = pathToFileURL(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsxApi = new URL("dist/esm/api/index.mjs", tsxPackage).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

function startWorker(init: WorkerInit): Worker {
  return startModuleWorker(import.meta.url, init);
}

/** The worker body: build the extractor once, then extract each batch it is sent. */
async function runWorker(init: WorkerInit): Promise<void> {
  const { createExtractor } = (await import(init.extractorModule)) as ExtractorModule;
  const extract = createExtractor(init.tables);
  parentPort!.on("message", ({ seq, articles }: BatchRequest) => {
    const rows: FigureRow[][] = [];
    for (const article of articles) {
      try {
        rows.push(extract(article));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        parentPort!.postMessage({ seq, error: message, article: article.id } satisfies BatchResult);
        return;
      }
    }
    parentPort!.postMessage({ seq, rows } satisfies BatchResult);
  });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.figuresByParallelWorker === true) {
  await runWorker(workerData as WorkerInit);
}
