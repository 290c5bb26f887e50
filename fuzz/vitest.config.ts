import { defineProject } from "vitest/config";

// Workspace packages resolve to their TypeScript sources through the
// "@py/source" export condition, so tests need no prior build.
export default defineProject({
  ssr: { resolve: { conditions: ["@py/source"] } },
  resolve: { conditions: ["@py/source"] },
  test: { include: ["test/**/*.test.ts"], testTimeout: 120_000 },
});
