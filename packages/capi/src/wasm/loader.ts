/**
 * Loading extension modules (side modules) into a `CRuntime`, as a dynamic
 * linker does (`dlopen` + `PyInit_<name>`, `Python/importdl.c`):
 *
 * 1. `dylink.0` says how much data and how many table slots the module
 *    needs: the data goes to a `malloc`ed block (`__memory_base`, aligned),
 *    the functions to new table slots (`__table_base`);
 * 2. `env.*` functions resolve to the main module's exports (libc), then to
 *    functions of modules loaded before, then to the C-API in TypeScript;
 *    `GOT.mem.*` / `GOT.func.*` globals get data addresses and table indices;
 *    an unresolved symbol is an ImportError, as `dlopen` reports it;
 * 3. `__wasm_apply_data_relocs` and `__wasm_call_ctors` run, then
 *    `PyInit_<name>`, whose result is a module (single-phase) or a
 *    `PyModuleDef` from `PyModuleDef_Init` (multi-phase).
 *
 * Several modules share the memory, the table, the stack and the allocator.
 * Nothing here needs more than WebAssembly itself: bytes in, module out.
 */
import {
  PyExc_ImportError,
  PyExc_SystemError,
  PyExc_TypeError,
  isCheckedMode,
  PyModule_Check,
  type PyModuleObject,
  type PyObject,
  PyUnicode_FromString,
  Py_DECREF,
  raise,
} from "@py/object";
import { currentException, PyErr_Clear, raiseIfError } from "../errors.js";
import { setStaticReferenceScan } from "../leaks.js";
import { PyMem_Calloc, PyMem_Free, PyMem_Realloc } from "../pymem.js";
import { stealHandle } from "../refcount.js";
import { cRuntime } from "./c-runtime.js";
import { readDylink } from "./dylink.js";
import { isInitDef, moduleFromDef } from "./modules.js";
import { registry, type WasmFn } from "./registry.js";

/** A loaded side module. */
export interface LoadedExtension {
  name: string;
  path: string;
  instance: WebAssembly.Instance;
  memoryBase: number;
  /** Bytes of the module's data (its static variables), from `memoryBase`. */
  memorySize: number;
  tableBase: number;
}

const loaded: LoadedExtension[] = [];

/** Extensions loaded into the active runtime. */
export function loadedExtensions(): readonly LoadedExtension[] {
  return loaded;
}

/**
 * How many times each address is stored, as an aligned pointer, in the data of the extensions
 * loaded (their static variables): a static reference (`getattr_str = PyUnicode_InternFromString(...)`)
 * lives as long as the module, as in CPython.
 */
function staticPointerCounts(): ReadonlyMap<number, number> {
  const counts = new Map<number, number>();
  if (loaded.length === 0) return counts;
  const dv = cRuntime().mem.heapDV();
  for (const { memoryBase, memorySize } of loaded) {
    const end = Math.min(memoryBase + memorySize, dv.byteLength);
    for (let p = memoryBase; p + 4 <= end; p += 4) {
      const v = dv.getUint32(p, true);
      if (v !== 0) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return counts;
}
setStaticReferenceScan(staticPointerCounts);

/**
 * Links and initialises the side module `module` as extension `name`
 * (`import name`); `path` is what messages and the module's `__file__`
 * show. Returns the module object (a new reference); throws ImportError
 * (or the exception `PyInit_` raised).
 * @returns New reference.
 */
export function loadExtension(module: WebAssembly.Module, name: string, path: string): PyObject {
  const c = cRuntime();
  if (!(module instanceof WebAssembly.Module))
    raise(PyExc_TypeError, `${path}: not a compiled WebAssembly module`);
  const info = readDylink(module);
  if (info === null) raise(PyExc_ImportError, `${path}: not a WebAssembly side module (no dylink.0 section)`);
  const align = 2 ** info.memoryAlign;
  let memoryBase = 0;
  if (info.memorySize > 0) {
    const raw = c.mem.allocator.malloc(info.memorySize + align);
    if (raw === 0) raise(PyExc_ImportError, `${path}: out of memory for its data`);
    memoryBase = Math.ceil(raw / align) * align;
    c.mem.zero(memoryBase, info.memorySize);
  }
  const tableBase = c.growTable(info.tableSize);
  const i32 = (v: number, mutable: boolean) => new WebAssembly.Global({ value: "i32", mutable }, v);
  const env: Record<string, unknown> = {
    memory: c.memory,
    __indirect_function_table: c.table,
    __memory_base: i32(memoryBase, false),
    __table_base: i32(tableBase, false),
    __stack_pointer: c.stackPointer,
  };
  const gotMem: Record<string, WebAssembly.Global> = {};
  const gotFunc: Record<string, WebAssembly.Global> = {};
  const undefinedSymbols: string[] = [];
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.module === "env") {
      if (imp.name in env) continue;
      if (imp.kind !== "function") {
        undefinedSymbols.push(imp.name);
        continue;
      }
      const f = (isCheckedMode() ? checkedLibc(imp.name) : null) ?? resolveFunction(imp.name);
      if (f === null) undefinedSymbols.push(imp.name);
      else env[imp.name] = f;
    } else if (imp.module === "GOT.mem") {
      gotMem[imp.name] = i32(0, true);
    } else if (imp.module === "GOT.func") {
      gotFunc[imp.name] = i32(0, true);
    } else {
      undefinedSymbols.push(`${imp.module}.${imp.name}`);
    }
  }
  if (undefinedSymbols.length > 0)
    raise(PyExc_ImportError, `${path}: undefined symbol: ${undefinedSymbols[0]}`);
  let instance: WebAssembly.Instance;
  try {
    instance = new WebAssembly.Instance(module, {
      env: env as WebAssembly.ModuleImports,
      "GOT.mem": gotMem,
      "GOT.func": gotFunc,
    });
  } catch (e) {
    raise(PyExc_ImportError, `${path}: cannot link: ${e instanceof Error ? e.message : String(e)}`);
  }
  const ex = instance.exports as Record<string, any>;
  // Own symbols first (a module's GOT may refer to itself), then the others.
  for (const [sym, g] of Object.entries(gotMem)) {
    const own = ex[sym];
    if (own instanceof WebAssembly.Global) g.value = (memoryBase + (own.value as number)) >>> 0;
    else {
      const a = resolveData(sym);
      if (a === null) raise(PyExc_ImportError, `${path}: undefined symbol: ${sym}`);
      g.value = a;
    }
  }
  for (const [sym, g] of Object.entries(gotFunc)) {
    const own = ex[sym];
    if (typeof own === "function") g.value = c.indexOf(own);
    else {
      const f = resolveFunction(sym);
      if (f === null) raise(PyExc_ImportError, `${path}: undefined symbol: ${sym}`);
      g.value = registry.has(sym) && !(sym in c.main) ? c.jsFunctionIndex(sym) : c.indexOf(f);
    }
  }
  if (typeof ex.__wasm_apply_data_relocs === "function")
    c.callExport(ex.__wasm_apply_data_relocs, `${name} relocations`);
  if (typeof ex.__wasm_call_ctors === "function") c.callExport(ex.__wasm_call_ctors, `${name} constructors`);
  const rec: LoadedExtension = { name, path, instance, memoryBase, memorySize: info.memorySize, tableBase };
  loaded.push(rec);
  for (const [sym, v] of Object.entries(ex)) {
    if (sym.startsWith("__") || c.symbols.has(sym)) continue;
    if (typeof v === "function") c.symbols.set(sym, { func: v as WasmFn });
    else if (v instanceof WebAssembly.Global)
      c.symbols.set(sym, { addr: (memoryBase + (v.value as number)) >>> 0 });
  }
  const init = ex[`PyInit_${name}`];
  if (typeof init !== "function") {
    raise(PyExc_ImportError, `dynamic module does not define module export function (PyInit_${name})`);
  }
  return initModule(init as WasmFn, name, path);
}

/** Calls `PyInit_<name>` and finishes the module (importdl.c's checks and messages). */
function initModule(init: WasmFn, name: string, path: string): PyObject {
  const c = cRuntime();
  PyErr_Clear();
  const r = c.callExport(init, `PyInit_${name}`) >>> 0;
  if (r === 0) {
    if (currentException() !== null) {
      raiseIfError();
    }
    raise(PyExc_SystemError, `initialization of ${name} failed without raising an exception`);
  }
  if (currentException() !== null) {
    PyErr_Clear();
    raise(PyExc_SystemError, `initialization of ${name} raised unreported exception`);
  }
  let mod: PyObject;
  if (isInitDef(r)) {
    const spec = PyUnicode_FromString(name);
    try {
      mod = moduleFromDef(r, spec);
    } finally {
      Py_DECREF(spec);
    }
  } else {
    mod = stealHandle(r as never);
  }
  if (PyModule_Check(mod)) (mod as PyModuleObject).file = path;
  return mod;
}

/**
 * Checked mode (when the module is loaded): libc's `malloc`/`calloc`/`realloc`/`free`
 * of an extension go through the façade's allocator, so that their blocks get
 * guard bytes and poisoned, quarantined frees (checked-heap.ts) as `PyMem_*`'s do.
 */
function checkedLibc(name: string): WasmFn | null {
  const c = cRuntime();
  const a = c.mem.allocator;
  const mainFree = c.main.free as (p: number) => void;
  switch (name) {
    case "malloc":
      return (n: number) => a.malloc(n >>> 0);
    case "calloc":
      return (n: number, size: number) => PyMem_Calloc(n >>> 0, size >>> 0);
    case "realloc":
      return (p: number, n: number) => {
        p >>>= 0;
        // A block libc allocated inside the main module (strdup...): libc resizes it.
        if (p !== 0 && a.blockSize(p) < 0 && !a.isFreed(p)) return (c.main.realloc as WasmFn)(p, n);
        return PyMem_Realloc(p, n >>> 0);
      };
    case "free":
      return (p: number) => {
        p >>>= 0;
        if (p === 0) return;
        if (a.blockSize(p) < 0 && !a.isFreed(p)) return void mainFree(p);
        PyMem_Free(p, "free");
      };
    default:
      return null;
  }
}

function resolveFunction(name: string): WasmFn | null {
  const c = cRuntime();
  const m = c.main[name];
  if (typeof m === "function") return m as WasmFn;
  const s = c.symbols.get(name);
  if (s !== undefined && "func" in s) return s.func;
  const d = registry.get(name);
  return d === undefined ? null : d.fn;
}

function resolveData(name: string): number | null {
  const c = cRuntime();
  const a = c.dataSymbol(name);
  if (a !== 0) return a;
  const s = c.symbols.get(name);
  if (s !== undefined && "addr" in s) return s.addr;
  return null;
}

/** Compiles the bytes of an extension (async: browsers refuse to compile large modules synchronously). */
export function compileExtension(bytes: BufferSource): Promise<WebAssembly.Module> {
  return WebAssembly.compile(bytes);
}
