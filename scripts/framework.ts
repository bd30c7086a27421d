// Shared helpers for scripts/build.ts and scripts/dev.ts: where Framework's CLI is, and
// how to start it offline (node directly, not npx, so the process can be stopped by pid).
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

export const SCRIPTS_DIR = dirname(fileURLToPath(import.meta.url));
export const OFFLINE_GUARD = join(SCRIPTS_DIR, "offline-guard.mjs");

/** Absolute path of node_modules/@observablehq/framework/dist/bin/observable.js for a project. */
export function frameworkBin(projectRoot = process.cwd()): string {
  const require = createRequire(join(projectRoot, "package.json"));
  return join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "bin", "observable.js");
}

/** argv (after `node`) that runs `observable <command> ...args` with the offline fetch guard preloaded. */
export function frameworkArgs(command: string, args: string[], projectRoot = process.cwd()): string[] {
  return ["--import", OFFLINE_GUARD, frameworkBin(projectRoot), command, ...args];
}

export function frameworkEnv(): NodeJS.ProcessEnv {
  return {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"};
}
