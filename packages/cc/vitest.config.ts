import { defineProject } from "vitest/config";

// Workspace packages resolve to their TypeScript sources through the
// "@py/source" export condition, so tests need no prior build.
export default defineProject({
  ssr: { resolve: { conditions: ["@py/source"] } },
  resolve: { conditions: ["@py/source"] },
  // Property and fuzz tests do real work: allow for a loaded machine.
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000 },
});
