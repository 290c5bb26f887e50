/**
 * The C-extension rows (issue 12, "Speed"): one C file, `bench/c/benchc.c`,
 * built twice per run (each cached by content):
 *
 * - native, by `gcc -O2 -shared -fPIC` against CPython 3.11's own headers,
 *   imported by the `python3` side (the CPython column);
 * - wasm32, by `@py/cc` at -O2 against `@py/capi`'s headers, loaded into the
 *   `@py/capi` C runtime and called from minipy (the project column).
 *
 * Each row is ONE piece of Python text (setup + statement) that both sides
 * run: python3 under `timeit`, minipy as a parsed module body re-run per
 * operation. Rows whose statement does many pairs or calls divide by that
 * count (`per`), so the table shows one pair / one call.
 *
 * Input of the buffer rows (`--c-input`): `block` (default) is `benchc.Block`,
 * a C exporter whose bytes C malloc'd; `bytes` is a bytes object, whose
 * storage the C runtime keeps in the WebAssembly memory.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { activeCRuntime, CRuntime, capiIncludeUrl, libpyobjUrl, loadExtension } from "@py/capi";
import { type PyObject, Py_NewRef } from "@py/object";
import type { Sizes } from "./sizes.js";
import type { JsCase, Workload } from "./workloads.js";

/** What the buffer rows feed C. */
export type CInput = "block" | "bytes";

/** The two builds of benchc.c (paths), made by `buildCext`. */
export interface CextBuild {
  /** The wasm32 side module (`@py/cc -O2`). */
  readonly wasm: string;
  /** A directory holding `benchc<EXT_SUFFIX>` (gcc -O2, CPython's headers). */
  readonly nativeDir: string;
  /** Which input the buffer rows use. */
  readonly input: CInput;
}

const here = dirname(fileURLToPath(import.meta.url));
export const CEXT_SOURCE = join(here, "..", "c", "benchc.c");
const CACHE = join(here, "..", "node_modules", ".cache", "pyobj-bench");
/** Pairs per call of incdec/getbuffer (PAIRS in benchc.c). */
export const C_PAIRS = 10_000;
/** Calls per statement of the per-call rows (`for _ in r: f(o)`). */
export const C_CALLS = 1000;

type Tree = { [name: string]: Tree | Uint8Array };

function readTree(dir: string, h: ReturnType<typeof createHash>, prefix = ""): Tree {
  const t: Tree = {};
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) t[n] = readTree(p, h, `${prefix}${n}/`);
    else {
      const b = readFileSync(p);
      h.update(`${prefix}${n}\0`).update(b);
      t[n] = b;
    }
  }
  return t;
}

/** Writes `data` to `path` atomically (another run may read the cache meanwhile). */
function writeAtomic(path: string, data: Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

function py(code: string): string {
  return execFileSync("python3", ["-c", code], { encoding: "utf8" }).trim();
}

/**
 * Builds benchc.c both ways, or takes the builds from the cache (keyed by the
 * source, the headers and the compiler). Progress goes to stderr.
 */
export async function buildCext(input: CInput): Promise<CextBuild> {
  const src = readFileSync(CEXT_SOURCE);
  mkdirSync(CACHE, { recursive: true });

  // wasm32: @py/cc at -O2 against @py/capi's headers.
  const h = createHash("sha256").update("benchc wasm -O2 v1\0");
  const tree = readTree(fileURLToPath(capiIncludeUrl), h);
  const ccDir = fileURLToPath(new URL("../../packages/cc/", import.meta.url));
  h.update(readFileSync(join(ccDir, "package.json"))).update(src);
  const wasm = join(CACHE, `benchc-${h.digest("hex").slice(0, 24)}.wasm`);
  if (!existsSync(wasm)) {
    process.stderr.write("compiling bench/c/benchc.c to wasm32 (@py/cc -O2)...\n");
    // Relative import: the bench does not depend on @py/cc in the workspace graph.
    const cc = (await import(new URL("../../packages/cc/dist/index.js", import.meta.url).href)) as {
      compile(
        files: Record<string, Uint8Array>,
        o: { include: Tree[]; opt: "2" },
      ): Promise<{ wasm: Uint8Array }>;
    };
    const r = await cc.compile({ "benchc.c": src }, { include: [tree], opt: "2" });
    writeAtomic(wasm, r.wasm);
  }

  // native: gcc -O2 against CPython 3.11's headers.
  const [inc, suffix] = py(
    "import sysconfig;print(sysconfig.get_paths()['include']);print(sysconfig.get_config_var('EXT_SUFFIX'))",
  ).split("\n") as [string, string];
  const gccVersion = execFileSync("gcc", ["--version"], { encoding: "utf8" }).split("\n")[0]!;
  const nh = createHash("sha256")
    .update("benchc native gcc -O2 v1\0")
    .update(`${gccVersion}\0${inc}\0${suffix}\0`);
  nh.update(readFileSync(join(inc, "Python.h"))).update(src);
  const nativeDir = join(CACHE, `native-${nh.digest("hex").slice(0, 24)}`);
  const so = join(nativeDir, `benchc${suffix}`);
  if (!existsSync(so)) {
    process.stderr.write("compiling bench/c/benchc.c natively (gcc -O2, CPython's headers)...\n");
    mkdirSync(nativeDir, { recursive: true });
    const tmp = `${so}.${process.pid}.tmp`;
    execFileSync("gcc", ["-O2", "-shared", "-fPIC", `-I${inc}`, CEXT_SOURCE, "-o", tmp], {
      stdio: "inherit",
    });
    renameSync(tmp, so);
  }
  return { wasm, nativeDir, input };
}

// ---------------------------------------------------------------- the minipy side

interface Minipy {
  Interpreter: new () => {
    readonly globals: Map<string, PyObject>;
    exec(src: string): void;
    execModuleBody(body: unknown, interactive: boolean): void;
    clearGlobals(): void;
  };
  parseModule(src: string): unknown;
}

let minipy: Minipy | null = null;
let benchc: PyObject | null = null;

/** minipy (built dist, by path: the bench does not depend on the app in the workspace graph). */
export async function loadMinipy(): Promise<void> {
  minipy ??= (await import(new URL("../../apps/minipy/dist/index.js", import.meta.url).href)) as Minipy;
}

/** The wasm benchc module, loaded once per isolate into a C runtime started for it. */
function benchcModule(build: CextBuild): PyObject {
  if (benchc === null) {
    if (activeCRuntime() === null) {
      const text = (write: (s: string) => void) => {
        const dec = new TextDecoder();
        return (b: Uint8Array) => write(dec.decode(b, { stream: true }));
      };
      const err = text((s) => process.stderr.write(s));
      CRuntime.startSync(new WebAssembly.Module(readFileSync(fileURLToPath(libpyobjUrl))), {
        stdout: err,
        stderr: err,
      });
    }
    benchc = loadExtension(new WebAssembly.Module(readFileSync(build.wasm)), "benchc", build.wasm);
  }
  return benchc;
}

/** A row run by minipy: `setup` once, then `stmt` (parsed once) per operation. */
function minipyCase(id: string, build: CextBuild, setup: string, stmt: string): JsCase {
  if (minipy === null) throw new Error("loadMinipy() first");
  const interp = new minipy.Interpreter();
  const body = minipy.parseModule(stmt);
  try {
    interp.globals.set("benchc", Py_NewRef(benchcModule(build)));
    interp.exec(setup);
    interp.execModuleBody(body, false); // once: any error shows here, not mid-batch
  } catch (e) {
    throw new Error(`bench row ${id} (minipy + wasm benchc): ${String(e)}`, { cause: e });
  }
  return {
    run: () => interp.execModuleBody(body, false),
    done: () => interp.clearGlobals(),
  };
}

// ---------------------------------------------------------------- the rows

/** `bytes(range(256)) * k` cut to n, in Python text both sides run. */
function bufferExpr(input: CInput, n: number): string {
  return input === "block" ? `benchc.Block(${n})` : `(bytes(range(256)) * ${Math.ceil(n / 256)})[:${n}]`;
}

function sizeText(n: number): string {
  return n >= 1 << 20 && n % (1 << 20) === 0 ? `${n >> 20} MiB` : `${n >> 10} KiB`;
}

/** The C-extension workloads (ids `c-*`). */
export function cextWorkloads(s: Sizes, build: CextBuild): Workload[] {
  const inputName = build.input === "block" ? "C exporter benchc.Block" : "bytes";
  const row = (
    id: string,
    title: string,
    target: Workload["target"],
    per: number,
    setup: string,
    stmt: string,
  ): Workload => ({
    id,
    title,
    target,
    per,
    pySetup: [
      "import sys",
      `sys.path.insert(0, ${JSON.stringify(build.nativeDir)})`,
      "import benchc",
      `assert benchc.PAIRS == ${C_PAIRS}`,
      setup,
    ].join("\n"),
    pyStmt: stmt,
    js: () => minipyCase(id, build, setup, stmt),
  });
  const buf = bufferExpr(build.input, 4096);
  return [
    row(
      "c-refcnt",
      `C: Py_INCREF+Py_DECREF, per pair  [incdec(o): ${C_PAIRS} pairs in C]`,
      { kind: "none" },
      C_PAIRS,
      "f = benchc.incdec\no = object()",
      "f(o)",
    ),
    row(
      "c-getbuffer",
      `C: PyObject_GetBuffer+PyBuffer_Release, per pair  [${C_PAIRS} in C; ${inputName}]`,
      { kind: "none" },
      C_PAIRS,
      `f = benchc.getbuffer\no = ${buf}`,
      "f(o)",
    ),
    row(
      "c-loop",
      `for _ in r: pass, per iteration  [baseline of the per-call rows]`,
      { kind: "none" },
      C_CALLS,
      `r = range(${C_CALLS})`,
      "for _ in r: pass",
    ),
    row(
      "c-call-O",
      `C: f(o), a METH_O function, per call  [for _ in r: f(o)]`,
      { kind: "none" },
      C_CALLS,
      `f = benchc.noop\no = object()\nr = range(${C_CALLS})`,
      "for _ in r: f(o)",
    ),
    row(
      "c-ystar",
      `C: PyArg_ParseTuple(args, "y*")+PyBuffer_Release, per call  [for _ in r: f(o); ${inputName}]`,
      { kind: "none" },
      C_CALLS,
      `f = benchc.ystar\no = ${buf}\nr = range(${C_CALLS})`,
      "for _ in r: f(o)",
    ),
    row(
      "c-sum",
      `C: a loop summing ${sizeText(s.mib)} (PyBUF_SIMPLE)  [${inputName}]`,
      { kind: "cpython", max: 2 },
      1,
      `f = benchc.sum\no = ${bufferExpr(build.input, s.mib)}\nassert f(o) == ${expectedSum(s.mib)}`,
      "f(o)",
    ),
  ];
}

/** The sum of the bytes of the pattern `i & 255` over n bytes. */
function expectedSum(n: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) t += i & 255;
  return t;
}
