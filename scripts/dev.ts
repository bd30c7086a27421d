// `npm run dev`: Framework's preview server, offline, with data that follows its inputs.
//
//   1. fill Framework's npm cache (scripts/offline-cache.ts) and clear cached loader
//      outputs if inputs changed while no server ran (scripts/freshen.ts);
//   2. start `observable preview --host 127.0.0.1` with node directly (its pid is ours to
//      stop; SIGINT/SIGTERM/SIGHUP are forwarded; stdio inherited);
//   3. watch data/, loaders/, src/components/ (summary.json is ranked with its functions) and the
//      non-loader files in src/data/ (chokidar). On a change,
//      set the mtime of every data loader (src/**/*.csv.ts, *.json.ts, ...) to now.
//
// Why touching works (node_modules/@observablehq/framework/dist): a loader's output is
// re-generated when its cached copy is older than the loader file (loader.js,
// AbstractLoader.load); the file URL's ?sha= includes the loader's mtime
// (LoaderResolver.getSourceFileHash); and an open page watches each loader file with
// fs.watch, re-resolves on an mtime change and pushes an "update" over its websocket
// (fileWatchers.js, preview.js handleWatch), so the page re-fetches the new output.
// Touching changes no content, so git sees nothing.
//
// Extra arguments go to `observable preview`, e.g. `npm run dev -- --port 3001`.
import {spawn} from "node:child_process";
import {existsSync, utimesSync} from "node:fs";
import {join, relative} from "node:path";
import {watch} from "chokidar";
import {frameworkArgs, frameworkEnv} from "./framework.ts";
import {LOADER_PATTERN, findLoaders, freshen} from "./freshen.ts";
import {fillNpmCache} from "./offline-cache.ts";

const projectRoot = process.cwd();
const srcRoot = "src";
const DEBOUNCE_MS = 150;

/** Set the mtime of every data loader to now; returns the loaders touched. */
function touchLoaders(root = projectRoot): string[] {
  const now = new Date();
  const loaders = findLoaders(root, srcRoot);
  for (const loader of loaders) {
    try {
      utimesSync(loader, now, now);
    } catch {
      /* deleted meanwhile */
    }
  }
  return loaders;
}

async function main(): Promise<void> {
  process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
  await fillNpmCache(projectRoot, srcRoot);
  freshen({projectRoot, srcRoot});

  const args = process.argv.slice(2);
  if (!args.includes("--host")) args.push("--host", "127.0.0.1");
  // No browser to open on a headless machine (and `open` would fail there).
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !args.includes("--open")) {
    if (!args.includes("--no-open")) args.push("--no-open");
  }
  const child = spawn(process.execPath, frameworkArgs("preview", args, projectRoot), {
    env: frameworkEnv(),
    stdio: "inherit"
  });

  const watched = ["data", "docs", "loaders", join(srcRoot, "data"), join(srcRoot, "components")].filter((d) => existsSync(join(projectRoot, d)));
  const watcher = watch(watched, {
    cwd: projectRoot,
    ignoreInitial: true,
    // Loader files themselves are watched by Framework; ignoring them also avoids a loop.
    ignored: (path: string) => LOADER_PATTERN.test(path) || /(^|[/\\])(\.observablehq|node_modules|\.git)([/\\]|$)/.test(path)
  });
  let timer: NodeJS.Timeout | undefined;
  const pending = new Set<string>();
  watcher.on("all", (event: string, path: string) => {
    pending.add(`${event} ${path}`);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changes = [...pending];
      pending.clear();
      const loaders = touchLoaders();
      console.log(
        `dev: ${changes.length} change(s) (${changes.slice(0, 3).join(", ")}${changes.length > 3 ? ", ..." : ""}) → ` +
          `touched ${loaders.length} loader(s): ${loaders.map((l) => relative(projectRoot, l)).join(", ")}`
      );
    }, DEBOUNCE_MS);
  });
  watcher.on("ready", () => console.log(`dev: watching ${watched.join(", ")} for data changes`));

  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => forward(signal));
  child.on("exit", (code, signal) => {
    clearTimeout(timer);
    void watcher.close().finally(() => {
      process.exit(code ?? (signal === "SIGINT" || signal === "SIGTERM" || signal === "SIGHUP" ? 0 : 1));
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
