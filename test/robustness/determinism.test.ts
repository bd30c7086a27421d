// The extract command gives byte-identical files whatever the time zone, the locale, and the order in
// which the file system lists the corpus. Runs the real CLI in child processes.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEEDS = join(ROOT, "data", "articles");
/** tsx's loader by path: `--import tsx` would resolve from the working directory, which is elsewhere on purpose. */
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "determinism-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function extract(corpus: string, out: string, env: Record<string, string>): Promise<Record<string, string>> {
  await run(process.execPath, ["--import", TSX, join(ROOT, "loaders", "cli.ts"), "extract", corpus, "--out", out], {
    cwd: tmpdir(), // the CLI must not depend on the working directory
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const files: Record<string, string> = {};
  for (const name of (await readdir(out)).sort()) files[name] = await readFile(join(out, name), "utf8");
  return files;
}

describe("extract output", () => {
  it("is byte-identical across time zones, locales and listing orders", async () => {
    // A second corpus holding the same files, created in reverse order and with a dated HTML and
    // Markdown article whose dates sit next to midnight in some zones.
    const extra: Record<string, string> = {
      "late.html": `<html><head><meta property="article:published_time" content="2025-05-31T23:59:00-11:00"><title>Late</title></head><body><p>Russia said it downed 162 drones overnight.</p></body></html>`,
      "early.md": "---\ntitle: Early\ndate: 2025-06-01T00:01:00+14:00\n---\nUkraine said 30 drones were shot down.\n",
    };
    const forward = join(work, "forward");
    const backward = join(work, "backward");
    await cp(SEEDS, forward, { recursive: true });
    for (const [name, text] of Object.entries(extra)) await writeFile(join(forward, name), text);
    const names = (await readdir(forward)).sort().reverse();
    await mkdir(backward);
    for (const name of names) await writeFile(join(backward, name), await readFile(join(forward, name)));

    const a = await extract(forward, join(work, "out-utc"), { TZ: "UTC", LANG: "C", LC_ALL: "C" });
    const b = await extract(backward, join(work, "out-kiritimati"), { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" });
    const c = await extract(forward, join(work, "out-honolulu"), { TZ: "Pacific/Honolulu", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" });

    expect(Object.keys(a)).toEqual(["articles.csv", "claims.csv", "divergence.csv", "events.csv", "figures.csv", "rejected.csv", "territory.csv"]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a["articles.csv"]).toContain("late,late.html,Late,,,2025-05-31,");
    expect(a["articles.csv"]).toContain("early,early.md,Early,,,2025-06-01,");
  }, 180_000);
});
