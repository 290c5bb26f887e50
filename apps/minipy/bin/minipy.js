#!/usr/bin/env node
// The installed command: runs the built CLI (build first with `pnpm build`).
//
// Scripts may recurse as deep as CPython's limit (1000 Python frames), which
// needs more JS stack than Node's default: a script run is re-started once
// with a larger V8 stack (the main thread's 8 MB leaves room for 4000 KB).
// A transcript (`--transcript`, one process per case in a corpus) first runs
// here on the default stack with its output held, and is re-started only if
// the JS stack ran out (main() then returns NEEDS_DEEPER_STACK, having
// written nothing). The interactive prompt keeps this process (and its
// terminal signals).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const STACK = "--stack-size=4000";
const args = process.argv.slice(2);
const interactive = args.length === 0 && process.stdin.isTTY;
const deepStack = process.execArgv.some((a) => a.startsWith("--stack-size"));
const transcript = args[0] === "--transcript" || (args[0] === "--checked" && args[1] === "--transcript");

function restartWithDeeperStack() {
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, STACK, fileURLToPath(import.meta.url), ...args],
    {
      stdio: "inherit",
    },
  );
  process.exit(r.status ?? 1);
}

if (!interactive && !deepStack && !transcript) restartWithDeeperStack();

// The CLI bundled into one module (scripts/bundle-cli.mjs, part of `pnpm
// build`) starts in about half the time of dist/cli.js's ~300 modules; a
// build without the bundle step still runs from dist/cli.js.
const notFound = (err) => {
  if (err?.code !== "ERR_MODULE_NOT_FOUND") throw err;
  return null;
};
const cli =
  (await import("../dist/minipy-cli.js").catch(notFound)) ??
  (await import("../dist/cli.js").catch((err) => {
    notFound(err);
    process.stderr.write("minipy: not built yet; run `pnpm build` at the repository root first\n");
    process.exit(2);
  }));

cli.main(args, { firstTry: transcript && !deepStack }).then(
  (code) => {
    if (code === cli.NEEDS_DEEPER_STACK) restartWithDeeperStack();
    else process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`minipy: internal error: ${err?.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
