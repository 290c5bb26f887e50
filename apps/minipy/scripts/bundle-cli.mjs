// Bundles the built CLI (dist/cli.js and the workspace packages it imports)
// into one file, dist/minipy-cli.js, which bin/minipy.js loads: Node then
// compiles one module instead of resolving, reading and linking ~300, and a
// `minipy` process starts in about half the time (a transcript corpus runs one
// process per case). The C compiler (@py/cc, @yowasp/clang) stays external: it
// is loaded only when a program imports C.
//
// A bundled module's `import.meta.url` is the bundle's, so each
// `import.meta.url` of a bundled file is rewritten to that file's own URL,
// relative to the bundle (`new URL("../../../packages/capi/dist/...", ...)`):
// the assets it locates (libpyobj.wasm, the C headers) are found as before,
// wherever the repository is.
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = resolve(root, "dist", "minipy-cli.js");

/** @type {import("esbuild").Plugin} */
const ownImportMetaUrl = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      const rel = relative(dirname(outfile), args.path).split("\\").join("/");
      const own = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      return { contents: text.replaceAll("import.meta.url", own), loader: "js" };
    });
  },
};

await build({
  entryPoints: [resolve(root, "dist", "cli.js")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["@py/cc", "@yowasp/clang"],
  plugins: [ownImportMetaUrl],
  logLevel: "warning",
});
