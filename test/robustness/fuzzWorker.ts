// The fuzz test's worker: all extraction of hostile input runs here, so a catastrophic regex (which
// blocks its thread) is caught by the test's timeout and the worker terminated, instead of freezing the
// test run. Before each extraction the worker posts the input it is about to try, so a hang is reported
// with the text that caused it.

import fc from "fast-check";
import { parentPort, workerData } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { readCorpus } from "../../loaders/corpus.js";
import { createExtractor } from "../../loaders/extract.js";
import { loadTables } from "../../loaders/pipeline.js";
import type { Article, FigureRow } from "../../loaders/types.js";
import { ADVERSARIAL, anyUnicode, loneSurrogates, perturbedArticle, tokenSoup } from "./adversarial.js";
import { rowProblems } from "./invariants.js";

export type FuzzTask =
  | { kind: "property"; arbitrary: "tokenSoup" | "anyUnicode" | "loneSurrogates" | "perturbed"; numRuns: number; seed: number }
  | { kind: "adversarial"; size: number }
  | { kind: "time"; generator: string; sizes: number[]; runs: number };

export type FuzzMessage =
  | { kind: "trying"; input: string; length: number }
  | { kind: "done"; ok: true; result: unknown }
  | { kind: "done"; ok: false; message: string };

const port = parentPort!;
const tablesDir = fileURLToPath(new URL("../../data/tables", import.meta.url));
const { tables } = await loadTables(tablesDir);
const extract = createExtractor(tables);

function articleOf(text: string, id = "fuzz"): Article {
  return { id, file: `${id}.txt`, text, title: "", outlet: "Fuzz News", url: "", published: "2025-06-01", status: "ok", reason: "" };
}

/** Extract, announcing the input first, and return every broken invariant. */
function check(text: string): { rows: FigureRow[]; problems: string[] } {
  port.postMessage({ kind: "trying", input: text.slice(0, 400), length: text.length } satisfies FuzzMessage);
  const rows = extract(articleOf(text));
  const problems = rows.flatMap((row) => rowProblems(text, row));
  // Extraction is a pure function: the byte-identical parallel and sharded runs rely on it.
  if (JSON.stringify(extract(articleOf(text))) !== JSON.stringify(rows)) problems.push("a second extraction of the same text gave different rows");
  return { rows, problems };
}

async function property(task: Extract<FuzzTask, { kind: "property" }>): Promise<unknown> {
  const seeds: string[] = [];
  for await (const article of readCorpus(fileURLToPath(new URL("../../data/articles", import.meta.url)))) seeds.push(article.text);
  const arbitraries = { tokenSoup, anyUnicode, loneSurrogates, perturbed: perturbedArticle(seeds) };
  let rows = 0;
  fc.assert(
    fc.property(arbitraries[task.arbitrary], (text) => {
      const result = check(text);
      rows += result.rows.length;
      if (result.problems.length > 0) throw new Error(result.problems.slice(0, 10).join("\n"));
    }),
    { numRuns: task.numRuns, seed: task.seed },
  );
  return { rows };
}

function adversarial(size: number): unknown {
  const rowsByGenerator: Record<string, number> = {};
  const problems: string[] = [];
  for (const [name, generate] of Object.entries(ADVERSARIAL)) {
    const result = check(generate(size));
    rowsByGenerator[name] = result.rows.length;
    problems.push(...result.problems.slice(0, 5).map((p) => `${name}: ${p}`));
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return rowsByGenerator;
}

/** Median milliseconds to extract the generator's text at each size. */
function time(task: Extract<FuzzTask, { kind: "time" }>): unknown {
  const generate = ADVERSARIAL[task.generator];
  return task.sizes.map((size) => {
    const text = generate(size);
    port.postMessage({ kind: "trying", input: text.slice(0, 400), length: text.length } satisfies FuzzMessage);
    const times: number[] = [];
    for (let run = 0; run < task.runs; run++) {
      const started = performance.now();
      extract(articleOf(text));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { size: text.length, medianMs: times[Math.floor(times.length / 2)] };
  });
}

port.on("message", async (task: FuzzTask) => {
  try {
    const result = task.kind === "property" ? await property(task) : task.kind === "adversarial" ? adversarial(task.size) : time(task);
    port.postMessage({ kind: "done", ok: true, result } satisfies FuzzMessage);
  } catch (error) {
    port.postMessage({ kind: "done", ok: false, message: error instanceof Error ? error.message : String(error) } satisfies FuzzMessage);
  }
});
void workerData;
