// A contributor's table edit reaches the notebook without a restart (npm run dev) and is never
// shipped stale (npm run build). Framework alone re-runs a data loader only when the loader file
// changes; scripts/dev.ts and scripts/freshen.ts make edits to data/** and loaders/** count too.
// Both checks run on a copy of the project so the real data/ is never touched.
import {spawn, spawnSync, type ChildProcess} from "node:child_process";
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
let copy: string;

/** The side the figures table gives the claimant "warfakes" (a Russian fact-check channel in the seeds). */
function warfakesSide(figuresCsv: string): string | undefined {
  const line = figuresCsv.split("\n").find((l) => l.includes(",warfakes,"));
  return line?.split(",warfakes,")[1]?.split(",")[0];
}

/** The contributor's edit: the claimants table now says these bloggers speak for a third party. */
function editClaimantsTable(): void {
  const path = join(copy, "data", "tables", "claimants.csv");
  const before = readFileSync(path, "utf8");
  const after = before.replace(/^(Russian war bloggers,.*),russia$/m, "$1,third_party");
  expect(after, "the claimants table has the row this test edits").not.toBe(before);
  writeFileSync(path, after);
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const {port} = server.address() as {port: number};
      server.close(() => done(port));
    });
  });
}

async function poll<T>(what: string, seconds: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "fbs-freshness-"));
  for (const entry of ["data", "docs", "loaders", "scripts", "package.json", "observablehq.config.ts", "tsconfig.json"]) {
    cpSync(join(root, entry), join(copy, entry), {recursive: true});
  }
  cpSync(join(root, "src"), join(copy, "src"), {recursive: true, filter: (path) => !path.includes(".observablehq")});
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
});

afterAll(() => {
  if (copy) rmSync(copy, {recursive: true, force: true});
});

describe("npm run dev", () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    // dev.ts forwards SIGTERM to Framework's preview server and exits with it.
    if (server?.pid && server.exitCode === null) server.kill("SIGTERM");
  });

  it("serves a table edit on the next request, without a restart", async () => {
    const port = await freePort();
    server = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port)], {
      cwd: copy,
      stdio: ["ignore", "pipe", "pipe"],
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
    });
    let log = "";
    server.stdout!.on("data", (d: Buffer) => (log += d.toString()));
    server.stderr!.on("data", (d: Buffer) => (log += d.toString()));
    const url = `http://127.0.0.1:${port}/_file/data/figures.csv`;
    const fetchFigures = async () => {
      const response = await fetch(url);
      return response.ok ? response.text() : undefined;
    };

    const before = await poll(`${url} (log so far: ${log.slice(-500)})`, 120, fetchFigures);
    expect(warfakesSide(before)).toBe("russia");

    editClaimantsTable();
    const after = await poll("the edited side in figures.csv", 30, async () => {
      const text = await fetchFigures();
      return text && warfakesSide(text) === "third_party" ? text : undefined;
    });
    expect(warfakesSide(after)).toBe("third_party");
    expect(log).toMatch(/dev: 1 change\(s\) \(change data\/tables\/claimants\.csv\)/);
  }, 180_000);
});

describe("npm run build", () => {
  function build(): string {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      cwd: copy,
      encoding: "utf8",
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
    });
    expect(run.status, `build failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`).toBe(0);
    const dir = join(copy, "dist", "_file", "data");
    const file = readdirSync(dir).find((f) => /^figures\.[0-9a-f]+\.csv$/.test(f));
    expect(file, `figures.csv in ${dir}`).toBeDefined();
    return readFileSync(join(dir, file!), "utf8");
  }

  it("never ships loader output older than the tables it was made from", () => {
    // The dev test above may already have edited the copy; start from the shipped table.
    cpSync(join(root, "data", "tables", "claimants.csv"), join(copy, "data", "tables", "claimants.csv"));
    expect(warfakesSide(build())).toBe("russia");
    editClaimantsTable();
    expect(warfakesSide(build())).toBe("third_party");
  }, 400_000);
});
