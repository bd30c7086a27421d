// Hostile text against the extractor: it never throws, every row keeps the contract of loaders/types.ts
// (quote and figure words at their offsets, low ≤ value ≤ high, vocabularies), and time grows linearly
// with input on adversarial patterns. Extraction runs in a worker thread (fuzzWorker.ts) with a time
// limit, so a catastrophic regex fails this test with the input that caused it instead of hanging it.

import { describe, expect, it } from "vitest";
import { startModuleWorker } from "../../loaders/parallel.js";
import { ADVERSARIAL } from "./adversarial.js";
import type { FuzzMessage, FuzzTask } from "./fuzzWorker.js";

const WORKER = new URL("./fuzzWorker.ts", import.meta.url);

/**
 * Patterns measured super-linear and not yet fixed, with the cause, skipped here so that they do not time
 * out the suite. Empty now: three patterns that made one sentence of 100 kB hold thousands of figures
 * ("brackets and quotes", "one huge sentence", "claimants") were quadratic (per-figure work proportional
 * to the sentence's length in figureId, clauseAround and npBefore) and have been fixed. Add an entry
 * (pattern name → cause, with file and function) when a new one is found and reported.
 */
const KNOWN_SUPERLINEAR: Record<string, string> = {};

/** Run one task in a fresh worker; on timeout, terminate it and fail naming the input it was stuck on. */
function runTask<Result>(task: FuzzTask, timeoutMs: number): Promise<Result> {
  const worker = startModuleWorker(WORKER, null);
  let trying: Extract<FuzzMessage, { kind: "trying" }> | undefined;
  return new Promise<Result>((resolve, reject) => {
    const timer = setTimeout(() => {
      const input = trying ? `${JSON.stringify(trying.input)}${trying.length > 400 ? `… (${trying.length} characters)` : ""}` : "(none yet)";
      reject(new Error(`extraction did not finish within ${timeoutMs / 1000} s; it was working on ${input}`));
    }, timeoutMs);
    worker.on("message", (message: FuzzMessage) => {
      if (message.kind === "trying") trying = message;
      else {
        clearTimeout(timer);
        if (message.ok) resolve(message.result as Result);
        else reject(new Error(message.message));
      }
    });
    worker.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.postMessage(task);
  }).finally(() => worker.terminate());
}

describe("the extractor on hostile text", () => {
  it("never throws and keeps every row invariant on war-reporting token soup", async () => {
    const { rows } = await runTask<{ rows: number }>({ kind: "property", arbitrary: "tokenSoup", numRuns: 300, seed: 20250601 }, 120_000);
    // The soup is made of cue words and numbers: if it gave no rows, the invariants were checked on nothing.
    expect(rows).toBeGreaterThan(20);
  }, 150_000);

  it("never throws and keeps every row invariant on seed articles with hostile fragments inserted", async () => {
    const { rows } = await runTask<{ rows: number }>({ kind: "property", arbitrary: "perturbed", numRuns: 60, seed: 7 }, 120_000);
    expect(rows).toBeGreaterThan(100);
  }, 150_000);

  it("never throws on arbitrary Unicode, including astral characters and combining marks", async () => {
    await runTask({ kind: "property", arbitrary: "anyUnicode", numRuns: 300, seed: 3 }, 120_000);
  }, 150_000);

  it("never throws on text with lone surrogates", async () => {
    await runTask({ kind: "property", arbitrary: "loneSurrogates", numRuns: 300, seed: 4 }, 120_000);
  }, 150_000);

  it("keeps every row invariant on 20 kB of each adversarial pattern", async () => {
    const rows = await runTask<Record<string, number>>({ kind: "adversarial", size: 20_000 }, 120_000);
    expect(Object.keys(rows)).toEqual(Object.keys(ADVERSARIAL));
    // "one huge sentence" repeats "12 soldiers were killed": rows must come out of it.
    expect(rows["one huge sentence"]).toBeGreaterThan(0);
  }, 150_000);

  // The one timing check: a ratio of two runs on the same machine in the same worker, not an absolute time.
  // Ten times the text may take at most 25 times as long (linear is 10; the slack absorbs CI noise and GC).
  describe("takes time linear in the input on adversarial patterns", () => {
    for (const generator of Object.keys(ADVERSARIAL)) {
      it.skipIf(generator in KNOWN_SUPERLINEAR)(`${generator}: 1 MB within 25× the time of 100 kB`, async () => {
        const [small, large] = await runTask<{ size: number; medianMs: number }[]>(
          { kind: "time", generator, sizes: [100_000, 1_000_000], runs: 3 },
          240_000,
        );
        // Below a few milliseconds timer noise dominates; floor the small time so noise cannot fail the ratio.
        const ratio = large.medianMs / Math.max(small.medianMs, 5);
        expect(ratio, `${generator}: ${small.medianMs.toFixed(1)} ms on ${small.size} chars, ${large.medianMs.toFixed(1)} ms on ${large.size} chars`).toBeLessThanOrEqual(25);
      }, 300_000);
    }
  });
});
