#!/usr/bin/env node
// `pnpm learn`: the learn track's command (build first with `pnpm build`).
const cli = await import("../dist/learn-cli.js").catch((err) => {
  if (err?.code !== "ERR_MODULE_NOT_FOUND") throw err;
  process.stderr.write("learn: not built yet; run `pnpm build` at the repository root first\n");
  process.exit(2);
});

cli.learnMain(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`learn: internal error: ${err?.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
