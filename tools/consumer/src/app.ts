/**
 * The fresh project a new user makes: the tarballs installed with npm from
 * an empty cache, offline (so nothing but the local tarballs is used), the
 * consumer script type-checked under node16 and bundler resolution, compiled
 * and run in Node, and bundled for the browser by esbuild.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleForBrowser } from "@py/browser-test";
import { execOk } from "./exec.js";
import type { Packed } from "./pack.js";

/** Creates `app/` in `work` with the fixture files and the tarballs installed. */
export async function installApp(
  work: string,
  fixture: string,
  tarballs: readonly Packed[],
): Promise<string> {
  const app = join(work, "app");
  mkdirSync(app, { recursive: true });
  const dependencies: Record<string, string> = {};
  for (const p of tarballs) dependencies[p.name] = `file:${p.tarball}`;
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify({ name: "pyobj-consumer-app", private: true, type: "module", dependencies }, null, 2)}\n`,
  );
  for (const f of readdirSync(fixture)) {
    if (f !== "expected.py") copyFileSync(join(fixture, f), join(app, f));
  }
  await execOk(
    "npm",
    [
      "install",
      "--offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--cache",
      join(work, "npm-cache"),
    ],
    app,
  );
  return app;
}

/** Type-checks the script under both resolutions (node16 emits `out/`). */
export async function typecheck(root: string, app: string): Promise<void> {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  await Promise.all([
    execOk(process.execPath, [tsc, "-p", "tsconfig.node16.json"], app),
    execOk(process.execPath, [tsc, "-p", "tsconfig.bundler.json"], app),
  ]);
}

/** Runs the compiled script in Node; returns its output lines. */
export async function runInNode(app: string): Promise<string[]> {
  const out = await execOk(process.execPath, ["node-main.mjs"], app);
  return out.replace(/\n$/, "").split("\n");
}

/** Bundles the browser entry into `app/www/` beside `index.html` and `libpyobj.wasm`; returns esbuild's warnings. */
export async function bundleApp(app: string): Promise<{ www: string; warnings: string[] }> {
  const www = join(app, "www");
  mkdirSync(www, { recursive: true });
  const warnings = await bundleForBrowser({
    entry: join(app, "browser-main.ts"),
    outfile: join(www, "main.js"),
  });
  copyFileSync(join(app, "index.html"), join(www, "index.html"));
  copyFileSync(join(app, "node_modules", "@py", "capi", "dist", "libpyobj.wasm"), join(www, "libpyobj.wasm"));
  return { www, warnings };
}
