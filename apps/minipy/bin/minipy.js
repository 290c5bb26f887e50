#!/usr/bin/env node
// The installed command: runs the built CLI (build first with `pnpm build`).
const cli = await import("../dist/cli.js").catch((err) => {
  if (err?.code !== "ERR_MODULE_NOT_FOUND") throw err;
  process.stderr.write("minipy: not built yet; run `pnpm build` at the repository root first\n");
  process.exit(2);
});

cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`minipy: internal error: ${err?.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
