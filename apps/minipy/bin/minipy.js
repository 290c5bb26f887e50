#!/usr/bin/env node
// The installed command: runs the built CLI (build first with `pnpm build`).
import { main } from "../dist/cli.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`minipy: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
