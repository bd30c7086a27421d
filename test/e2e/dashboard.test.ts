// The dashboard as an analyst uses it, in Chromium against the built site (it runs `npm run build` first):
// the territory chart draws one bar per month of territory.csv, a filter on the Figures page changes the
// rows and the CSV download holds exactly those rows, a figure leads to its article with the figure
// highlighted, and every page is photographed at 375 and 1440 px in light and dark mode
// (test/output/screenshots/) for a person to look at.
import {mkdirSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import Papa from "papaparse";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildSite, configuredPages, launchBrowser, openPage, startServer, type LaunchedBrowser, type StaticServer} from "./harness.js";

const DIST = "dist";
const SHOTS = "test/output/screenshots";
/** The tallest part of a page photographed (px): enough to show its look, short enough to take in seconds. */
const SHOT_HEIGHT = 8000;

/** A table as the site serves it (dist/_file/data/<name>.<hash>.csv). */
function builtTable(name: string): Record<string, string>[] {
  const dir = join(DIST, "_file/data");
  const file = readdirSync(dir).find((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.csv$`).test(f));
  if (!file) throw new Error(`${name}.csv not in ${dir}`);
  return Papa.parse<Record<string, string>>(readFileSync(join(dir, file), "utf8"), {header: true, skipEmptyLines: true}).data;
}

describe("dashboard", () => {
  let server: StaticServer;
  let launched: LaunchedBrowser | null = null;

  beforeAll(async () => {
    // Its own build: test files run in any order, and a dist/ left from an earlier run may be stale
    // (freshen makes a repeated build quick when nothing changed).
    buildSite();
    server = await startServer(DIST);
    launched = await launchBrowser({viewport: {width: 1280, height: 900}});
  }, 400_000);

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it("draws one territory bar per month and side of territory.csv's whole-country monthly km² rows", async () => {
    if (!launched) return;
    const expected = new Set(
      builtTable("territory")
        .filter((r) => r.kind === "monthly" && r.metric === "territory_gained" && r.unit === "km2" && r.scope === "" && (r.side === "russia" || r.side === "ukraine"))
        .map((r) => `${r.month.slice(0, 7)} ${r.side}`),
    );
    const {page, errors} = await openPage(launched, `${server.url}territory`);
    const bars = await page.locator("#territory-by-month g.mark-rect path").count();
    expect(expected.size).toBeGreaterThan(0);
    expect(bars).toBe(expected.size);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("filters the Figures table and downloads exactly the rows shown", async () => {
    if (!launched) return;
    const figures = builtTable("figures");
    const {page, errors} = await openPage(launched, `${server.url}figures`, {waitFor: null});
    await page.locator("#row-count").waitFor();
    await expect.poll(() => page.locator("#row-count strong").textContent()).toBe(String(figures.length));
    await page.getByLabel("Metric").selectOption("killed");
    const killed = figures.filter((f) => f.metric === "killed");
    expect(killed.length).toBeLessThan(figures.length);
    await expect.poll(() => page.locator("#row-count strong").textContent()).toBe(String(killed.length));
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('a[download="figures-filtered.csv"]').click()]);
    const path = await download.path();
    const rows = Papa.parse<Record<string, string>>(readFileSync(path!, "utf8"), {header: true, skipEmptyLines: true}).data;
    expect(rows.map((r) => r.figure_id).sort()).toEqual(killed.map((f) => f.figure_id).sort());
    expect(rows.every((r) => r.metric === "killed")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("leads from a selected figure to its article with that figure highlighted", async () => {
    if (!launched) return;
    const {page, errors} = await openPage(launched, `${server.url}figures`, {waitFor: null});
    await page.locator("form table tbody input").first().check();
    const link = page.locator("a.figure-link");
    await link.waitFor();
    const quote = await page.locator("#selected-figure .figure-quote mark").textContent();
    const href = (await link.getAttribute("href"))!;
    const figureId = decodeURIComponent(href.split("#")[1]!);
    await link.click();
    await page.waitForURL(/article\?id=/);
    const focused = page.locator("mark.focused");
    await focused.waitFor();
    expect(await focused.getAttribute("id")).toBe(figureId);
    expect(await focused.textContent()).toBe(quote);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("photographs every page at 375 and 1440 px, light and dark, with no errors", async () => {
    if (!launched) return;
    mkdirSync(SHOTS, {recursive: true});
    const article = builtTable("articles").find((a) => a.status === "ok")?.article ?? "";
    const problems: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [375, 1440]) {
        const browser = await launchBrowser({colorScheme, viewport: {width, height: 900}});
        if (!browser) return;
        for (const {path} of await configuredPages()) {
          const name = path === "/" ? "index" : path.slice(1);
          const url = `${server.url}${path.slice(1)}${name === "article" ? `?id=${encodeURIComponent(article)}` : ""}`;
          const {page, errors} = await openPage(browser, url);
          problems.push(...errors.map((e) => `${name} ${width} ${colorScheme}: ${e}`));
          // Nothing wider than the viewport: a phone must not scroll sideways (wide tables scroll inside their own box).
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 2) problems.push(`${name} ${width} ${colorScheme}: page is ${overflow}px wider than the viewport`);
          // Stacked in one column, a card is as tall as its content: Framework's equal-height grid rows left a short card
          // with a screen of empty space below it on a phone.
          if (width < 640) {
            const empty = await page.evaluate(() =>
              [...document.querySelectorAll(".grid > .card")].map((card) => {
                const children = [...card.children].map((child) => child.getBoundingClientRect().bottom);
                return Math.round(card.getBoundingClientRect().bottom - Math.max(card.getBoundingClientRect().top, ...children));
              })
            );
            const tallest = Math.max(0, ...empty);
            if (tallest > 80) problems.push(`${name} ${width} ${colorScheme}: a card has ${tallest}px of empty space below its content`);
          }
          // The Data page holds the whole codebook: tens of thousands of pixels tall at 375 px, which Chromium photographs in
          // minutes. Its first SHOT_HEIGHT pixels show the page's look; the width check above has already measured all of it.
          // A full-page shot, even clipped, first paints the whole height: a tall page is photographed as a viewport that
          // tall instead.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const shot = join(SHOTS, `${name}-${width}-${colorScheme}.png`);
          if (height > SHOT_HEIGHT) {
            await page.setViewportSize({width, height: SHOT_HEIGHT});
            await page.screenshot({path: shot, timeout: 120_000});
          } else {
            await page.screenshot({path: shot, fullPage: true, timeout: 120_000});
          }
          await page.close();
        }
        await browser.close();
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
