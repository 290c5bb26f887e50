#!/usr/bin/env node
// pyobj-cc: compiles C extension modules for @py/capi (and, with --main, its main module).
//
//   pyobj-cc ext.c [more.c] -o ext.wasm [-I dir]... [-Dname[=v]]... [-O0|-O1|-O2|-O3|-Os|-Oz]
//   pyobj-cc --main --exports list.txt runtime/*.c -o libpyobj.wasm -I include
//   pyobj-cc --pack-headers include -o capi-include.json
//
// --pack-headers writes a header directory as one JSON file tree (names to texts,
// directories nested) that a browser fetches to give compile() its `include`.
//
// The include directory of @py/capi (Python.h) is added unless --no-capi-include:
// found as node_modules/@py/capi/include from the current directory upwards, or
// beside this package in the pyobj monorepo.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const lib = await import("../dist/index.js").catch(async (err) => {
  if (err?.code !== "ERR_MODULE_NOT_FOUND") throw err;
  process.stderr.write("pyobj-cc: not built yet; run `pnpm build` at the repository root first\n");
  process.exit(2);
});

function usage(msg) {
  if (msg) process.stderr.write(`pyobj-cc: ${msg}\n`);
  process.stderr.write(
    "usage: pyobj-cc FILE.c [FILE.c...] -o OUT.wasm [-I DIR] [-D NAME[=V]] [-O2] [--main --exports FILE]\n",
  );
  process.exit(2);
}

function readTree(dir) {
  const tree = {};
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) tree[name] = readTree(p);
    else if (/\.(h|inc|def)$/.test(name)) tree[name] = readFileSync(p);
  }
  return tree;
}

function capiInclude() {
  for (let d = process.cwd(); ; d = dirname(d)) {
    const p = join(d, "node_modules", "@py", "capi", "include");
    if (existsSync(p)) return p;
    if (dirname(d) === d) break;
  }
  const sibling = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "capi", "include");
  return existsSync(sibling) ? sibling : null;
}

const argv = process.argv.slice(2);

if (argv[0] === "--pack-headers") {
  const [, dir, o, out] = argv;
  if (dir === undefined || o !== "-o" || out === undefined) usage("--pack-headers DIR -o FILE.json");
  const text = (t) =>
    Object.fromEntries(
      Object.entries(t).map(([k, v]) => [k, v instanceof Uint8Array ? new TextDecoder().decode(v) : text(v)]),
    );
  writeFileSync(out, `${JSON.stringify(text(readTree(dir)))}\n`);
  process.exit(0);
}
const sources = [];
const includes = [];
const defines = [];
let output = null;
let opt = "2";
let main = false;
let exportsFile = null;
let useCapi = true;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const next = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
  if (a === "-o") output = next();
  else if (a === "-I") includes.push(next());
  else if (a.startsWith("-I")) includes.push(a.slice(2));
  else if (a === "-D") defines.push(next());
  else if (a.startsWith("-D")) defines.push(a.slice(2));
  else if (/^-O[0-3sz]$/.test(a)) opt = a.slice(2);
  else if (a === "--main") main = true;
  else if (a === "--exports") exportsFile = next();
  else if (a === "--no-capi-include") useCapi = false;
  else if (a === "-h" || a === "--help") usage();
  else if (a.startsWith("-")) usage(`unknown option ${a}`);
  else sources.push(a);
}
if (sources.length === 0) usage("no input files");
output ??= `${basename(sources[0]).replace(/\.c$/, "")}.wasm`;
if (useCapi && !main) {
  const d = capiInclude();
  if (d === null) usage("cannot find @py/capi's include directory; give it with -I");
  includes.push(d);
}
const files = {};
for (const s of sources) files[basename(s)] = readFileSync(s);
const include = includes.map(readTree);
const opts = {
  output: basename(output),
  include,
  opt,
  defines,
  onDiagnostic: (t) => process.stderr.write(t),
};
try {
  const t0 = Date.now();
  let r;
  if (main) {
    if (exportsFile === null) usage("--main needs --exports FILE");
    const names = readFileSync(exportsFile, "utf8")
      .split("\n")
      .map((l) => l.replace(/#.*/, "").trim())
      .filter((l) => l !== "");
    r = await lib.compileMain(files, names, opts);
  } else {
    r = await lib.compile(files, opts);
  }
  writeFileSync(output, r.wasm);
  if (process.env.PYOBJ_CC_VERBOSE)
    process.stderr.write(`pyobj-cc: ${output} (${r.wasm.length} bytes, ${Date.now() - t0} ms)\n`);
} catch (e) {
  if (e instanceof lib.CompileError) {
    if (!e.diagnostics) process.stderr.write(`pyobj-cc: ${e.message}\n`);
    process.exitCode = 1;
  } else throw e;
}
