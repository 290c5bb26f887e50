import { defineProject } from "vitest/config";

// One page load of the playground in Chromium for the whole test (the
// compiler's load is slow): a generous timeout, run from the built dist/.
export default defineProject({
  ssr: { resolve: { conditions: ["@py/source"] } },
  resolve: { conditions: ["@py/source"] },
  test: { include: ["test/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 300_000 },
});
