// Reusable browser-test helpers: a static server for dist/, Debian chromium through
// playwright-core, and a page opener that records everything that should fail a test.
//
//   const server = await startServer("dist");            // http://127.0.0.1:<port>/
//   const browser = await launchBrowser();               // null if chromium is missing (and not CI)
//   const {page, errors} = await openPage(browser!, server.url + "territory");
//   ... assertions ...; expect(errors).toEqual([]);
//   await page.close(); await browser.close(); await server.close();
import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {tmpdir} from "node:os";
import {extname, join, normalize, resolve, sep} from "node:path";
import {chromium, type Browser, type BrowserContext, type Page} from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];
/** The CSS class of the chart container made by src/components/vegaChart.js. */
export const CHART_SELECTOR = ".vega-chart";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".parquet": "application/octet-stream"
};

export interface StaticServer {
  url: string; // ends with "/"
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Serve `dir` on 127.0.0.1 (random free port). Clean URLs: /territory -> territory.html, / -> index.html. */
export async function startServer(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.endsWith("/")) path += "index";
      let file = join(root, path);
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error("forbidden"), {status: 403});
      if (!existsSync(file) || statSync(file).isDirectory()) {
        if (existsSync(file + ".html")) file += ".html";
        else if (existsSync(join(file, "index.html"))) file = join(file, "index.html");
        else throw Object.assign(new Error("not found"), {status: 404});
      }
      res.writeHead(200, {"Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store"});
      res.end(req.method === "HEAD" ? undefined : readFileSync(file));
    } catch (error) {
      const status = (error as {status?: number}).status ?? 500;
      res.writeHead(status, {"Content-Type": "text/plain"});
      res.end(String((error as Error).message));
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      })
  };
}

export function chromiumMissingMessage(): string {
  return (
    `Chromium not found at ${CHROMIUM_PATH}. Install it with:\n` +
    `  sudo apt-get update && sudo apt-get install -y chromium\n` +
    `(or set CHROMIUM_PATH). .ci/run installs it automatically.`
  );
}

export interface LaunchedBrowser {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launch Debian chromium with a fresh user-data-dir. Returns null when chromium is
 * missing, after printing how to install it -- except under CI=true, where it throws.
 */
export async function launchBrowser(options: {colorScheme?: "light" | "dark"; viewport?: {width: number; height: number}} = {}): Promise<LaunchedBrowser | null> {
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.CI === "true" || process.env.CI === "1") throw new Error(chromiumMissingMessage());
    console.warn(chromiumMissingMessage());
    return null;
  }
  const userDataDir = mkdtempSync(join(tmpdir(), "fbs-chromium-"));
  // launchPersistentContext is how playwright takes a user-data-dir of our own.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: options.viewport ?? {width: 1280, height: 900},
    colorScheme: options.colorScheme ?? "light"
  });
  const browser = context.browser();
  return {
    browser: browser as Browser,
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDataDir, {recursive: true, force: true});
    }
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors, failed requests, HTTP >= 400, requests off 127.0.0.1. */
  errors: string[];
  /** Every URL requested by the page. */
  requests: string[];
}

/** Open `url` in a new tab, wait for the network to settle, and collect every problem. */
export async function openPage(
  launched: LaunchedBrowser,
  url: string,
  {waitFor = CHART_SELECTOR, timeout = 30_000}: {waitFor?: string | null; timeout?: number} = {}
): Promise<OpenedPage> {
  const page = await launched.context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const target = request.url();
    requests.push(target);
    if (/^(data|blob|about):/.test(target)) return;
    try {
      if (new URL(target).hostname !== "127.0.0.1") errors.push(`request off 127.0.0.1: ${target}`);
    } catch {
      errors.push(`unparseable request URL: ${target}`);
    }
  });
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, {waitUntil: "networkidle", timeout});
  if (waitFor) {
    // Charts render asynchronously; give any chart container the chance to draw.
    await page
      .waitForFunction(
        (selector: string) => Array.from(document.querySelectorAll(selector)).every((el) => el.querySelector("svg, canvas")),
        waitFor,
        {timeout: 15_000}
      )
      .catch(() => {});
  }
  return {page, errors, requests};
}

/** Chart containers on the page that hold no drawn svg/canvas (described for messages). */
export async function undrawnCharts(page: Page, selector = CHART_SELECTOR): Promise<string[]> {
  return page.$$eval(selector, (els) =>
    els
      .filter((el) => {
        const drawn = el.querySelector("svg, canvas");
        if (!drawn) return true;
        const box = drawn.getBoundingClientRect();
        return box.width === 0 || box.height === 0;
      })
      .map((el) => el.getAttribute("aria-label") ?? el.outerHTML.slice(0, 120))
  );
}

/** Page paths from observablehq.config.ts (`pages`, flattened through sections). */
export async function configuredPages(configPath = "../../observablehq.config.ts"): Promise<{name: string; path: string}[]> {
  const config = (await import(configPath)).default as {pages?: unknown[]};
  const out: {name: string; path: string}[] = [];
  const visit = (items: unknown[] | undefined) => {
    for (const item of items ?? []) {
      const entry = item as {name?: string; path?: string; pages?: unknown[]};
      if (entry.pages) visit(entry.pages);
      else if (typeof entry.path === "string") out.push({name: entry.name ?? entry.path, path: entry.path});
    }
  };
  visit(config.pages);
  if (!out.some((p) => p.path === "/" || p.path === "/index")) out.unshift({name: "Overview", path: "/"});
  return out;
}

/** Run `npm run build` once (exit code checked); returns its output. */
export function buildSite(cwd = process.cwd()): string {
  return execFileSync("npm", ["run", "build"], {cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: {...process.env, FORCE_COLOR: "0"}, maxBuffer: 64 * 1024 * 1024});
}
