// Builds the site once, serves dist/ on 127.0.0.1 and opens every page listed in
// observablehq.config.ts in headless Debian chromium. A page fails on any console
// error, failed request, HTTP >= 400, request to another host, or chart container
// without a drawn svg/canvas. Screenshots go to test/output/screenshots/<page>.png.
import {mkdirSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {
  buildSite,
  CHART_SELECTOR,
  configuredPages,
  launchBrowser,
  openPage,
  startServer,
  undrawnCharts,
  type LaunchedBrowser,
  type StaticServer
} from "./harness.ts";

const pages = await configuredPages();
const screenshots = join("test", "output", "screenshots");

let server: StaticServer | undefined;
let launched: LaunchedBrowser | null = null;
let buildError: unknown;

beforeAll(async () => {
  try {
    buildSite();
  } catch (error) {
    const e = error as {stdout?: string; stderr?: string; message: string};
    buildError = new Error(`npm run build failed: ${e.message}\n${(e.stdout ?? "").slice(-4000)}\n${(e.stderr ?? "").slice(-4000)}`);
    return;
  }
  server = await startServer("dist");
  launched = await launchBrowser();
  mkdirSync(screenshots, {recursive: true});
}, 300_000);

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

describe("site pages", () => {
  it("builds", () => {
    if (buildError) throw buildError;
  });

  for (const {name, path} of pages) {
    const slug = path === "/" ? "index" : path.replace(/^\//, "").replace(/\//g, "_");
    it(`${name} (${path}) renders offline without errors`, async (ctx) => {
      if (buildError) throw buildError;
      if (!launched) return ctx.skip();
      const {page, errors} = await openPage(launched, server!.url + path.replace(/^\//, ""));
      try {
        // The viewport only: the full-page photographs are the dashboard test's; a full Data page (the whole
        // codebook) took up to 30 s to photograph on loaded cores.
        await page.screenshot({path: join(screenshots, `${slug}.png`)});
        expect(await page.title()).not.toBe("");
        const missing = await undrawnCharts(page);
        expect(missing, `chart containers (${CHART_SELECTOR}) without a drawn svg/canvas`).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
