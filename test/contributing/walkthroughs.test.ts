// Runs the walkthroughs of docs/contributing.md exactly as written: the code blocks marked
// {file="…"} and {append="…"} are the edits a contributor makes, {expect="<output>.csv"} blocks are rows
// that must then be in that output table (on the columns the block names), and an {expect-error} block is
// the message the build must stop with. The steps run in order on one copy of data/, so the doc and the
// project cannot drift apart: change either, and this test says where they disagree.

import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline, TableValidationError, type PipelineResult } from "../../loaders/pipeline.js";
import { formatIssue } from "../../loaders/tables.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const DOC = join(ROOT, "docs/contributing.md");

type Step =
  | { kind: "file"; path: string; text: string; walkthrough: string }
  | { kind: "append"; path: string; text: string; walkthrough: string }
  | { kind: "expect"; table: string; text: string; walkthrough: string }
  | { kind: "expect-error"; text: string; walkthrough: string };

// A fenced block with an attribute after its language: ```csv {append="data/tables/claimants.csv"}
const BLOCK = /^```[A-Za-z]*[ \t]*\{([a-z-]+)(?:="([^"\n]*)")?\}[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;

function stepsOf(markdown: string): Step[] {
  const steps: Step[] = [];
  const headings = [...markdown.matchAll(/^## (Walkthrough \d+)/gm)].map((m) => ({ at: m.index!, name: m[1]! }));
  for (const m of markdown.matchAll(BLOCK)) {
    const [, kind, arg = "", text = ""] = m;
    const walkthrough = headings.filter((h) => h.at < m.index!).at(-1)?.name ?? "(before the walkthroughs)";
    if (kind === "file" || kind === "append") steps.push({ kind, path: arg, text, walkthrough });
    else if (kind === "expect") steps.push({ kind, table: arg, text, walkthrough });
    else if (kind === "expect-error") steps.push({ kind, text, walkthrough });
    else throw new Error(`docs/contributing.md: unknown block attribute {${kind}} in ${walkthrough}`);
  }
  return steps;
}

function csvRows(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const asCell = (v: unknown) => (v === null || v === undefined ? "" : String(v));

let work: string;
let steps: Step[];
beforeAll(async () => {
  steps = stepsOf(await readFile(DOC, "utf8"));
  work = await mkdtemp(join(tmpdir(), "walkthroughs-"));
  await cp(join(ROOT, "data"), join(work, "data"), { recursive: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("docs/contributing.md", () => {
  it("has six walkthroughs, each with an edit and a result to check", () => {
    const names = new Set(steps.map((s) => s.walkthrough));
    expect([...names]).toEqual(["Walkthrough 1", "Walkthrough 2", "Walkthrough 3", "Walkthrough 4", "Walkthrough 5", "Walkthrough 6"]);
    for (const name of names) {
      const own = steps.filter((s) => s.walkthrough === name).map((s) => s.kind);
      expect(own.some((k) => k === "file" || k === "append"), name).toBe(true);
      expect(own.some((k) => k === "expect" || k === "expect-error"), name).toBe(true);
    }
  });

  it("walkthroughs run as written on a copy of data/ and give the results the doc shows", async () => {
    let result: PipelineResult | undefined;
    const run = async () =>
      (result ??= await runPipeline({ articlesDir: join(work, "data/articles"), tablesDir: join(work, "data/tables") }));
    for (const step of steps) {
      const where = `${step.walkthrough}, ${step.kind}${"path" in step ? ` ${step.path}` : "table" in step ? ` ${step.table}` : ""}`;
      if (step.kind === "file") {
        await mkdir(dirname(join(work, step.path)), { recursive: true });
        await writeFile(join(work, step.path), step.text);
        result = undefined;
      } else if (step.kind === "append") {
        const path = join(work, step.path);
        const before = await readFile(path, "utf8");
        await appendFile(path, (before.endsWith("\n") ? "" : "\n") + step.text);
        result = undefined;
      } else if (step.kind === "expect") {
        const output = (await run())[step.table.replace(/\.csv$/, "") as keyof PipelineResult] as unknown as Record<string, unknown>[];
        expect(Array.isArray(output), `${where}: no output table ${step.table}`).toBe(true);
        for (const wanted of csvRows(step.text)) {
          const columns = Object.keys(wanted);
          const found = output.some((row) => columns.every((c) => asCell(row[c]) === wanted[c]));
          const sameArticle = output
            .filter((row) => !("article" in wanted) || row.article === wanted.article)
            .map((row) => Object.fromEntries(columns.map((c) => [c, asCell(row[c])])));
          expect(found, `${where}: no row ${JSON.stringify(wanted)}; rows of that article: ${JSON.stringify(sameArticle, null, 1)}`).toBe(true);
        }
      } else {
        result = undefined;
        const error = await run().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, `${where}: the build did not stop`).toBeInstanceOf(TableValidationError);
        const messages = (error as TableValidationError).issues.map((i) => formatIssue({ ...i, file: i.file.replace(work + "/", "") }));
        expect(messages, `${where}: docs/contributing.md shows another message than the build gives`).toEqual(step.text.trim().split("\n"));
      }
    }
  });
});
