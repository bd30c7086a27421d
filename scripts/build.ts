// `npm run build`: an offline, never-stale `observable build`, then checks of dist/.
//   1. fill Framework's npm cache from node_modules        (scripts/offline-cache.ts)
//   2. clear cached loader outputs if any input changed    (scripts/freshen.ts)
//   3. observable build, fetches refused (scripts/offline-guard.mjs), output teed + captured
//   4. check dist/ and Framework's output                  (scripts/check-dist.ts)
// Exits non-zero if any step fails. Extra arguments go to `observable build`.
import {spawn} from "node:child_process";
import {checkBuildLog, checkDist} from "./check-dist.ts";
import {frameworkArgs, frameworkEnv} from "./framework.ts";
import {freshen} from "./freshen.ts";
import {fillNpmCache} from "./offline-cache.ts";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

async function runFramework(args: string[]): Promise<{code: number; output: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, frameworkArgs("build", args), {
      env: frameworkEnv(),
      stdio: ["ignore", "pipe", "pipe"]
    });
    const chunks: string[] = [];
    child.stdout.on("data", (d: Buffer) => (chunks.push(d.toString()), process.stdout.write(d)));
    child.stderr.on("data", (d: Buffer) => (chunks.push(d.toString()), process.stderr.write(d)));
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve({code: code ?? (signal ? 128 + 1 : 1), output: chunks.join("")});
    });
  });
}

async function main(): Promise<number> {
  await fillNpmCache(process.cwd(), "src");
  freshen();
  const {code, output} = await runFramework(process.argv.slice(2));
  if (code !== 0) {
    console.error(`build: observable build failed (exit ${code}) after ${seconds()} s`);
    return code;
  }
  let failed = false;
  const logProblems = checkBuildLog(output);
  if (logProblems.length) {
    failed = true;
    console.error("build: Framework reported errors while building (it still exited 0):");
    for (const line of logProblems.slice(0, 20)) console.error(`  ${line}`);
  }
  const problems = checkDist("dist");
  if (problems.length) {
    failed = true;
    console.error(`build: ${problems.length} offline problem(s) in dist/:`);
    for (const p of problems.slice(0, 50)) console.error(`  ${p.file}:${p.line}: ${p.message}`);
  }
  if (failed) return 1;
  console.log(`build: dist/ ok in ${seconds()} s`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  }
);
