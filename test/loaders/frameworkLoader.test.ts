// The notebook's loaders share one extraction per input fingerprint. Checked on a copy of the project
// (data/, loaders/, src/; node_modules linked), with the loaders run as Framework runs them: as
// separate processes, in parallel.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
let copy: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runLoader(name: string): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", join("src", "data", `${name}.ts`)], { cwd: copy, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("latin1")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

const extractions = (runs: Run[]) => runs.filter((r) => r.stderr.includes("notebook: extracting data/articles once")).length;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "fbs-loader-cache-"));
  for (const entry of ["data", "loaders", "package.json", "package-lock.json", "tsconfig.json"]) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  cpSync(join(root, "src"), join(copy, "src"), { recursive: true, filter: (path) => !path.includes(".observablehq") });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("the notebook's data loaders", () => {
  it("extract the corpus once when four of them start together, and each serves its own file (figures.csv: a row per figure the summary counts)", async () => {
    const runs = await Promise.all(["figures.csv", "claims.csv", "summary.json", "territory-claims.csv"].map(runLoader));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(extractions(runs)).toBe(1);
    const summary = JSON.parse(runs[2]!.stdout);
    expect(runs[0]!.stdout.trim().split("\n")).toHaveLength(summary.figures + 1);
    expect(runs[0]!.stdout.startsWith("figure_id,article,")).toBe(true);
  }, 120_000);

  it("do not extract again while the inputs are unchanged", async () => {
    const run = await runLoader("events.csv");
    expect(run.code).toBe(0);
    expect(extractions([run])).toBe(0);
  }, 60_000);

  it("extract again after a table edit, and serve the edit", async () => {
    const path = join(copy, "data", "tables", "claimants.csv");
    const before = readFileSync(path, "utf8");
    const after = before.replace(/^(Russian war bloggers,.*),russia$/m, "$1,third_party");
    expect(after, "the claimants table has the row this test edits").not.toBe(before);
    writeFileSync(path, after);
    const run = await runLoader("claimants.csv");
    expect(run.code).toBe(0);
    expect(extractions([run])).toBe(1);
    expect(run.stdout).toMatch(/^Russian war bloggers,third_party,/m);
    writeFileSync(path, before);
  }, 60_000);

  it("extract again when an article is added, and count it", async () => {
    const path = join(copy, "data", "articles", "zz_added.txt");
    writeFileSync(path, "Drone strike on Sumy\n\nAt least 3 people were killed, the regional governor said on Monday.\n");
    const run = await runLoader("summary.json");
    expect(run.code).toBe(0);
    expect(extractions([run])).toBe(1);
    expect(JSON.parse(run.stdout).articles.total).toBe(6);
    rmSync(path);
  }, 60_000);

  it("report a broken table from every loader, with its file, line and column, having tried once", async () => {
    const path = join(copy, "data", "tables", "outlets.csv");
    const before = readFileSync(path, "utf8");
    const lines = before.split("\n");
    lines[2] = lines[2]!.replace(/,[a-z_]+$/, ",not_an_affiliation");
    writeFileSync(path, lines.join("\n"));
    const runs = await Promise.all(["figures.csv", "outlets.csv"].map(runLoader));
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/outlets\.csv:3: column "affiliation"/);
    }
    expect(extractions(runs)).toBe(1);
    writeFileSync(path, before);
  }, 60_000);

  it("leave no lock or half-written folder behind", () => {
    const cache = join(copy, "src", ".observablehq", "cache", "_figures-by-source");
    const names = readdirSync(cache);
    expect(names.filter((n) => n.startsWith(".lock") || n.endsWith(".tmp"))).toEqual([]);
    expect(names.every((n) => /^[0-9a-f]{20}$/.test(n))).toBe(true);
  });
});
