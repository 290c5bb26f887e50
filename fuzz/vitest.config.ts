import { defineProject } from "vitest/config";

// Workspace packages resolve to their TypeScript sources through the
// "@py/source" export condition, so tests need no prior build.
export default defineProject({
  ssr: { resolve: { conditions: ["@py/source"] } },
  resolve: { conditions: ["@py/source"] },
  // The script fuzzer's programs recurse: more JS stack than Node's default (as minipy's tests).
  test: { include: ["test/**/*.test.ts"], testTimeout: 120_000, execArgv: ["--stack-size=4000"] },
});
