import { defineProject } from "vitest/config";

// Workspace packages resolve to their TypeScript sources through the
// "@py/source" export condition, so tests need no prior build.
export default defineProject({
  ssr: { resolve: { conditions: ["@py/source"] } },
  resolve: { conditions: ["@py/source"] },
  // Property and fuzz tests do real work: allow for a loaded machine.
  // Scripts recurse as deep as CPython's limit (1000 frames): more JS stack than Node's default.
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000, execArgv: ["--stack-size=4000"] },
});
