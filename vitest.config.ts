import {defineConfig} from "vitest/config";

// Two cores: the slow suites (test/e2e builds the site and drives chromium; test/scripts
// starts Framework's preview server) must not run beside each other or beside a build.
// Test files run one at a time in one fork (fileParallelism: false); tests inside a file
// stay sequential. Unit tests are fast, so the whole suite stays a few minutes.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "dist/**", "src/.observablehq/**", "test/output/**"],
    pool: "forks",
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    teardownTimeout: 30_000,
    // e2e/scripts suites first would only delay unit feedback; keep default order otherwise.
    sequence: {concurrent: false}
  }
});
