// Article text is data, never markup. A copy of the project gets an article whose title, outlet, URL and
// body carry script payloads and a javascript: link; after a full build, every page and the article view
// must show them as literal text, run none of them, and link none of them.
import {cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {spawnSync} from "node:child_process";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {configuredPages, launchBrowser, openPage, startServer, type LaunchedBrowser, type StaticServer} from "./harness.js";

const ROOT = resolve(".");
const SCRIPT = "<script>window.__pwned=1</script>";
const IMG = `<img src=x onerror="window.__pwned=1">`;
const ARTICLE_ID = "999_xss";
const ARTICLE = `---
title: "Attack ${SCRIPT} kills civilians"
outlet: "${IMG.replaceAll('"', '\\"')}"
url: "javascript:window.__pwned=1"
published: 2025-06-02
---
At least 5 people were killed in the strike, ${SCRIPT} the regional governor said.
Officials said 12 people were injured ${IMG} near the market.
Read more at javascript:window.__pwned=1 or [here](javascript:window.__pwned=1).
`;

// The build takes a while and needs chromium; run it where a person or CI asks for browser tests.
const suite = existsSync("/usr/bin/chromium") || process.env.CI ? describe : describe.skip;

suite("article text is never run as markup", () => {
  let copy = "";
  let server: StaticServer;
  let launched: LaunchedBrowser | null = null;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), "fbs-xss-"));
    const skip = new Set(["node_modules", "dist", ".git", "test", "bench"]);
    cpSync(ROOT, copy, {
      recursive: true,
      filter: (source) => {
        const rel = source.slice(ROOT.length + 1);
        return !skip.has(rel.split("/")[0]!) && !rel.startsWith("src/.observablehq/cache");
      },
    });
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
    writeFileSync(join(copy, "data/articles", `${ARTICLE_ID}.md`), ARTICLE);
    const build = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/build.ts"], {cwd: copy, encoding: "utf8", timeout: 240_000});
    if (build.status !== 0) throw new Error(`build of the copy failed:\n${build.stdout}\n${build.stderr}`);
    server = await startServer(join(copy, "dist"));
    launched = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await launched?.close();
    await server?.close();
    if (copy) rmSync(copy, {recursive: true, force: true});
  });

  it("runs no payload, links no javascript: URL and shows the words literally on every page", async () => {
    if (!launched) return;
    const pages = (await configuredPages()).map(({path}) => path.slice(1));
    pages.push(`article?id=${ARTICLE_ID}`);
    const problems: string[] = [];
    for (const path of pages) {
      const {page, requests} = await openPage(launched, `${server.url}${path}`);
      await page.waitForTimeout(300);
      const pwned = await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned);
      if (pwned !== undefined) problems.push(`${path}: payload ran`);
      const jsLinks = await page.locator('a[href^="javascript:" i]').count();
      if (jsLinks > 0) problems.push(`${path}: ${jsLinks} javascript: link(s)`);
      if (requests.some((url) => /\/x$/.test(url))) problems.push(`${path}: injected <img src=x> was loaded`);
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("shows the article's script and img tags as text in the article view", async () => {
    if (!launched) return;
    const {page} = await openPage(launched, `${server.url}article?id=${ARTICLE_ID}`, {waitFor: null});
    await page.locator(".article-text").waitFor();
    const text = (await page.locator(".article-text").textContent()) ?? "";
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    expect(await page.locator("h1").first().textContent()).toContain(SCRIPT);
    // The URL is shown but is not a link.
    expect(await page.locator("main").textContent()).toContain("javascript:window.__pwned=1");
    expect(await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned)).toBeUndefined();
    await page.close();
  }, 60_000);
});
