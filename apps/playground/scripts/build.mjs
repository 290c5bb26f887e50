/**
 * Builds the playground into dist/: index.html, the page bundle (main.js), the
 * session frame (session.html, session.js: minipy and the C runtime, one frame
 * per session), the compiler worker (compile-worker.js), the WebAssembly files they fetch
 * (libpyobj.wasm of @py/capi; @yowasp/clang's module and resources in
 * clang/), the C-API headers as one JSON tree (capi-include.json), and the learn chapters (docs/learn).
 * Nothing is fetched from elsewhere: `pnpm --filter playground serve` serves
 * dist/ as it is.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chapterIndex } from "./chapters.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const app = resolve(here, "..");
const root = resolve(app, "../..");
const dist = join(app, "dist");

mkdirSync(dist, { recursive: true });

/** Copies a file unless dist already holds the same size and time (the compiler is ~100 MB): a hard link when possible. */
function place(src, dest) {
  if (existsSync(dest)) {
    const a = statSync(src);
    const b = statSync(dest);
    if (a.size === b.size && b.mtimeMs >= a.mtimeMs) return;
    rmSync(dest);
  }
  // Large files are hard-linked (read-only here), small ones copied.
  if (statSync(src).size < 1 << 20) return copyFileSync(src, dest);
  try {
    linkSync(src, dest);
  } catch {
    copyFileSync(src, dest);
  }
}

/** A directory as a JSON tree of text files (the headers the compiler mounts). */
function readTree(dir) {
  const t = {};
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    t[n] = statSync(p).isDirectory() ? readTree(p) : readFileSync(p, "utf8");
  }
  return t;
}

const common = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  // Workspace packages from their TypeScript sources: no stale dist/ in the page.
  conditions: ["@py/source"],
  sourcemap: true,
  minify: true,
  logLevel: "warning",
  // @yowasp/clang's Node-only branches (node:fs, …) are never taken in a browser.
  external: ["node:*"],
};

await build({ ...common, entryPoints: [join(app, "src/main.ts")], outfile: join(dist, "main.js") });
await build({
  ...common,
  entryPoints: [join(app, "src/session-frame.ts")],
  outfile: join(dist, "session.js"),
});
await build({
  ...common,
  entryPoints: [join(app, "src/compile-worker.ts")],
  outfile: join(dist, "compile-worker.js"),
});

// The page's static files.
place(join(app, "src/index.html"), join(dist, "index.html"));
place(join(app, "src/session.html"), join(dist, "session.html"));
place(join(app, "src/style.css"), join(dist, "style.css"));

// The C runtime's main module and headers.
const capi = join(app, "node_modules/@py/capi");
place(join(capi, "dist/libpyobj.wasm"), join(dist, "libpyobj.wasm"));
writeFileSync(join(dist, "capi-include.json"), JSON.stringify(readTree(join(capi, "include"))));

// clang: @yowasp/clang's module and the resources it fetches beside itself (the worker imports it).
const clangGen = join(app, "node_modules/@py/cc/node_modules/@yowasp/clang/gen");
mkdirSync(join(dist, "clang"), { recursive: true });
for (const f of readdirSync(clangGen)) {
  if (/\.(js|wasm|tar)$/.test(f)) place(join(clangGen, f), join(dist, "clang", f));
}

// The learn chapters and the playground's own example.
const chapters = chapterIndex(join(root, "docs/learn"));
writeFileSync(join(dist, "chapters.json"), JSON.stringify(chapters, null, 1));
