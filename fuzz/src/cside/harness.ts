/**
 * The C harness of the C-side fuzzer (fuzz/cside/harness.c): compiled once by
 * @py/cc (pyobj-cc) against @py/capi's headers at -O0 (so checked mode names
 * the harness's C functions), cached by content in
 * node_modules/.cache/pyobj-cside, and loaded into a wasm runtime started in
 * checked mode (so its libc and PyMem blocks are guarded and poisoned).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CRuntime, capiIncludeUrl, libpyobjUrl, loadExtension } from "@py/capi";
import { compile, type Tree } from "@py/cc";
import { type PyObject, PyObject_GetAttr, setCheckedMode } from "@py/object";

const here = import.meta.dirname;
const source = join(here, "..", "..", "cside", "harness.c");
const cacheDir = join(here, "..", "..", "..", "node_modules", ".cache", "pyobj-cside");

function readTree(dir: string): Tree {
  const t: Tree = {};
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    t[n] = statSync(p).isDirectory() ? readTree(p) : readFileSync(p);
  }
  return t;
}

function hashTree(h: ReturnType<typeof createHash>, t: Tree, prefix: string): void {
  for (const k of Object.keys(t).sort()) {
    const v = t[k]!;
    if (v instanceof Uint8Array || typeof v === "string") h.update(`${prefix}${k}\0`).update(v);
    else hashTree(h, v, `${prefix}${k}/`);
  }
}

/** The harness as a side module (compiled, or from the cache). */
export async function harnessModule(): Promise<WebAssembly.Module> {
  const include = readTree(fileURLToPath(capiIncludeUrl));
  const c = readFileSync(source);
  const h = createHash("sha256").update(c);
  hashTree(h, include, "");
  const cached = join(cacheDir, `harness-${h.digest("hex").slice(0, 24)}.wasm`);
  if (existsSync(cached)) return WebAssembly.compile(readFileSync(cached));
  const r = await compile({ "harness.c": c }, { include: [include], opt: "0" });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, r.wasm);
  return WebAssembly.compile(r.wasm);
}

/** A running harness: the runtime, the module and its three functions (borrowed by the caller). */
export interface Harness {
  runtime: CRuntime;
  module: PyObject;
  op: PyObject;
  peek: PyObject;
  reset: PyObject;
}

let started: Promise<Harness> | null = null;

/**
 * Starts a wasm runtime in checked mode (once per process: the façade's state is
 * global) and loads the harness.
 */
export function startHarness(): Promise<Harness> {
  started ??= (async () => {
    const main = fileURLToPath(libpyobjUrl);
    if (!existsSync(main)) throw new Error(`${main} is missing: run pnpm build first`);
    const module = await harnessModule();
    setCheckedMode(true);
    const runtime = await CRuntime.start({
      mainModule: new Uint8Array(readFileSync(main)),
      stdout: () => {},
      stderr: () => {},
      host: { stderr: () => {}, warn: () => {} },
    });
    const mod = loadExtension(module, "cside_harness", "/virtual/cside_harness.wasm");
    return {
      runtime,
      module: mod,
      op: PyObject_GetAttr(mod, "op"),
      peek: PyObject_GetAttr(mod, "peek"),
      reset: PyObject_GetAttr(mod, "reset"),
    };
  })();
  return started;
}
