/**
 * The WebAssembly runtime of the C-API: one `WebAssembly.Memory` and one
 * `WebAssembly.Table` shared by the main module `libpyobj.wasm` (wasi-libc,
 * the data symbols of the C-API) and every extension loaded (side modules,
 * see loader.ts). Emscripten's MAIN_MODULE/SIDE_MODULE arrangement, with the
 * C-API functions implemented in TypeScript and imported through `env`.
 *
 * Starting a runtime re-plugs the façade (`rt`): its linear memory becomes
 * the WebAssembly memory (the façade allocates with the main module's
 * `malloc`/`free`), and its object table becomes a `HeaderTable`, so a
 * `PyObject *` is the address of an object header C can read. One runtime
 * is active at a time (the façade's state is global, as CPython's is).
 *
 * Invariants:
 * - every object handed to C has a header whose `ob_type` points at the C
 *   mirror of its type: for the built-in types the main module's static
 *   `PyTypeObject`s (`PyLong_Type`...), for other TypeScript types a struct
 *   allocated at first hand-out, for C types the C struct itself;
 * - a mirror's `tp_flags` carry CPython's `*_SUBCLASS` bits, so the header's
 *   `PyLong_Check` (a `tp_flags` test) works without a call;
 * - `callC` is the only way TypeScript calls C: a trap in C code becomes a
 *   SystemError and the shadow stack pointer is restored.
 */
import {
  builtinExceptions,
  PyBaseObject_Type,
  PyBool_Type,
  PyCFunction_Type,
  PyDict_Type,
  PyErr_NewException,
  PyExc_Exception,
  PyExc_ImportError,
  PyExc_SystemError,
  PyFloat_Type,
  PyList_Type,
  PyLong_Type,
  PyModule_Type,
  type PyObject,
  PyRange_Type,
  PySlice_Type,
  PyTuple_Type,
  PyTypeObject,
  PyType_IsSubtype,
  PyType_Type,
  PyUnicode_Type,
  Py_Ellipsis,
  Py_False,
  Py_None,
  Py_NotImplemented,
  Py_True,
  raise,
} from "@py/object";
import { PyBuffer_SetStorageAllocator, PyByteArray_Type, PyBytes_Type } from "@py/buffer";
import { PyMemoryView_Type } from "@py/memoryview";
import { ABI_WASM32 } from "../abi.js";
import { _setCallerFrameFilter } from "../checked.js";
import { LinearMemory } from "../linear-memory.js";
import { installRuntime } from "../runtime.js";
import { HeaderTable } from "./header-table.js";
import { registry } from "./registry.js";
import { storageAllocator } from "./storage.js";
import { MORE_STATIC_TYPES } from "./static-types-more.js";
import { EXPECTED_LAYOUT, TPFLAGS, TYPE } from "./layout.js";
import { type WasiHost, wasiImports } from "./wasi.js";
import { globalAccessors, wasmFunction } from "./wasm-fn.js";

/** Where the built main module lies (in this package's `dist/`; the same from `src/wasm/` and `dist/wasm/`). */
export const libpyobjUrl: URL = new URL("../../dist/libpyobj.wasm", import.meta.url);

/** The directory of this package's headers (`Python.h`, `structmember.h`), for compilers. */
export const capiIncludeUrl: URL = new URL("../../include/", import.meta.url);

/** What the embedding interpreter provides to C code. */
export interface CApiHost {
  /** `import name` (a new reference to the module); throws ModuleNotFoundError. */
  importModule?(name: string): PyObject;
  /** A warning raised by C (`PyErr_WarnEx`): print it as the host's warnings filter would. */
  warn?(category: PyTypeObject, message: string, stacklevel: number): void;
  /** Text for stderr (`PyErr_Print`, `PyErr_WriteUnraisable`). */
  stderr?(text: string): void;
  /** `dir(o)` (`PyObject_Dir`): a new reference to a sorted list of str. */
  dir?(o: PyObject): PyObject;
}

/** Options of `CRuntime.start`. */
export interface CRuntimeOptions {
  /**
   * `libpyobj.wasm`: its bytes, its compiled module, or its URL (fetched: browsers). Default:
   * `libpyobjUrl`, fetched (it points into this package's `dist/`; a bundled application copies
   * the file and gives its URL).
   */
  mainModule?: WebAssembly.Module | BufferSource | URL | string;
  /** C's stdout (fd 1). Default: `console.log` per line. */
  stdout?: (bytes: Uint8Array) => void;
  /** C's stderr (fd 2). Default: `console.error` per line. */
  stderr?: (bytes: Uint8Array) => void;
  /** The environment `getenv` sees (`NAME=value`). Default empty. */
  env?: readonly string[];
  /** The embedding interpreter (imports, warnings, stderr of C). Default: none. */
  host?: CApiHost;
}

/** The 3.11 names of the static types the main module defines, and their objects. */
const STATIC_TYPES: [string, () => PyTypeObject][] = [
  ["PyType_Type", () => PyType_Type],
  ["PyBaseObject_Type", () => PyBaseObject_Type],
  ["PyLong_Type", () => PyLong_Type],
  ["PyFloat_Type", () => PyFloat_Type],
  ["PyBool_Type", () => PyBool_Type],
  ["PyUnicode_Type", () => PyUnicode_Type],
  ["PyBytes_Type", () => PyBytes_Type],
  ["PyByteArray_Type", () => PyByteArray_Type],
  ["PyTuple_Type", () => PyTuple_Type],
  ["PyList_Type", () => PyList_Type],
  ["PyDict_Type", () => PyDict_Type],
  ["PySlice_Type", () => PySlice_Type],
  ["PyMemoryView_Type", () => PyMemoryView_Type],
  ["PyModule_Type", () => PyModule_Type],
  ["PyCFunction_Type", () => PyCFunction_Type],
  ["PyRange_Type", () => PyRange_Type],
  ...MORE_STATIC_TYPES,
];

/** `PyExc_*` variables of the main module, with CPython's bases for those `@py/object` lacks. */
const EXCEPTIONS: [string, string][] = [
  ["BaseException", ""],
  ["Exception", ""],
  ["ArithmeticError", ""],
  ["LookupError", ""],
  ["AssertionError", ""],
  ["AttributeError", ""],
  ["BufferError", ""],
  ["EOFError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["OSError", "Exception"],
  ["ImportError", ""],
  ["ModuleNotFoundError", ""],
  ["IndexError", ""],
  ["KeyError", ""],
  ["KeyboardInterrupt", ""],
  ["MemoryError", ""],
  ["NameError", ""],
  ["NotImplementedError", ""],
  ["OverflowError", ""],
  ["RecursionError", ""],
  ["RuntimeError", ""],
  ["StopIteration", ""],
  ["SystemError", ""],
  ["TypeError", ""],
  ["UnicodeError", ""],
  ["UnicodeDecodeError", ""],
  ["UnicodeEncodeError", ""],
  ["ValueError", ""],
  ["ZeroDivisionError", ""],
  ["Warning", "Exception"],
  ["UserWarning", "Warning"],
  ["DeprecationWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
];

const extraExceptions = new Map<string, PyTypeObject>();

/**
 * The exception class `name` (`builtins`), created once if `@py/object` has none.
 * @returns Borrowed reference (the class lives as long as the runtime).
 */
export function exceptionClass(name: string): PyTypeObject {
  const t = builtinExceptions.get(name) ?? extraExceptions.get(name);
  if (t !== undefined) return t;
  const baseName = EXCEPTIONS.find(([n]) => n === name)?.[1] || "Exception";
  const made = PyErr_NewException(
    name,
    baseName === "Exception" ? PyExc_Exception : exceptionClass(baseName),
  );
  extraExceptions.set(name, made);
  return made;
}

let current: CRuntime | null = null;

/** The active C runtime; SystemError if none was started. */
export function cRuntime(): CRuntime {
  if (current === null) raise(PyExc_SystemError, "no WebAssembly C runtime has been started");
  return current;
}

/** The active C runtime, or null. */
export function activeCRuntime(): CRuntime | null {
  return current;
}

type WasmFn = (...args: any[]) => any;

export class CRuntime {
  readonly memory: WebAssembly.Memory;
  readonly table: WebAssembly.Table;
  /** The main module's exports. */
  readonly main: Record<string, any>;
  readonly objects: HeaderTable;
  readonly mem: LinearMemory;
  readonly stackPointer: WebAssembly.Global;
  /** `__stack_pointer` read and written through wasm (cheap) rather than `Global.value` (a runtime call). */
  private readonly sp: { get(): number; set(v: number): void };
  /** Symbols exported by loaded side modules (one namespace, as `RTLD_GLOBAL`). */
  readonly symbols = new Map<string, { func: WasmFn } | { addr: number }>();
  /** Functions of the table by index (a dense array: indices are small integers). */
  private readonly fnCache: (WasmFn | undefined)[] = [];
  private readonly indexCache = new Map<unknown, number>();
  private readonly jsIndexCache = new Map<string, number>();
  /** Struct addresses of the types defined in C (made ready by `PyType_Ready`/`PyType_FromSpec`). */
  readonly cTypeAddrs = new Set<number>();
  /** What the embedding interpreter provides (`CRuntimeOptions.host`). */
  readonly host: CApiHost;
  private readonly stderrSink: (b: Uint8Array) => void;

  /** Writes text where C's stderr goes. */
  writeStderr(text: string): void {
    this.stderrSink(new TextEncoder().encode(text));
  }

  /** Starts a runtime (compiling/fetching the main module as needed) and makes it the active one. */
  static async start(options: CRuntimeOptions = {}): Promise<CRuntime> {
    let m = options.mainModule ?? libpyobjUrl;
    if (typeof m === "string" || m instanceof URL) {
      const url = new URL(m, typeof location === "undefined" ? undefined : location.href);
      if (url.protocol === "file:") {
        raise(
          PyExc_SystemError,
          `CRuntime.start: pass the bytes of ${url.pathname} as mainModule (fetch cannot read file: URLs)`,
        );
      }
      const response = await fetch(url);
      if (!response.ok) raise(PyExc_SystemError, `CRuntime.start: ${url.href}: HTTP ${response.status}`);
      m = await WebAssembly.compile(await response.arrayBuffer());
    } else if (!(m instanceof WebAssembly.Module)) {
      m = await WebAssembly.compile(m);
    }
    return new CRuntime(m, options);
  }

  /** Starts a runtime from a compiled main module, synchronously. */
  static startSync(mainModule: WebAssembly.Module, options: CRuntimeOptions = {}): CRuntime {
    return new CRuntime(mainModule, options);
  }

  private constructor(module: WebAssembly.Module, options: CRuntimeOptions) {
    // At most 2 GiB: the upper half of the 32-bit space is where the façade maps
    // exporter memories (linear-memory.ts).
    this.memory = new WebAssembly.Memory({ initial: 256, maximum: 32768 });
    const lines = (sink: (s: string) => void) => {
      let pending = "";
      const dec = new TextDecoder();
      return (b: Uint8Array) => {
        pending += dec.decode(b, { stream: true });
        const i = pending.lastIndexOf("\n");
        if (i >= 0) {
          for (const line of pending.slice(0, i).split("\n")) sink(line);
          pending = pending.slice(i + 1);
        }
      };
    };
    const out = options.stdout ?? lines((s) => console.log(s));
    const err = options.stderr ?? lines((s) => console.error(s));
    const host: WasiHost = { write: (fd, b) => (fd === 1 ? out(b) : err(b)), env: options.env ?? [] };
    this.stderrSink = err;
    this.host = options.host ?? {};
    const env: Record<string, unknown> = { memory: this.memory };
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.module === "env" && imp.kind === "function") {
        const def = registry.get(imp.name);
        if (def === undefined) raise(PyExc_ImportError, `libpyobj.wasm: undefined symbol: ${imp.name}`);
        env[imp.name] = def.fn;
      }
    }
    const instance = new WebAssembly.Instance(module, {
      env: env as WebAssembly.ModuleImports,
      wasi_snapshot_preview1: wasiImports(this.memory, host) as WebAssembly.ModuleImports,
    });
    this.main = instance.exports as Record<string, any>;
    this.main._initialize?.();
    this.table = this.main.__indirect_function_table as WebAssembly.Table;
    this.stackPointer = this.main.__stack_pointer as WebAssembly.Global;
    this.sp = globalAccessors(this.stackPointer);
    this.checkLayout();
    const malloc = this.main.malloc as (n: number) => number;
    const free = this.main.free as (p: number) => void;
    this.mem = new LinearMemory(ABI_WASM32, {
      memory: this.memory,
      heapBase: (this.main.__heap_base as WebAssembly.Global).value as number,
      allocator: { malloc: (n) => malloc(n) >>> 0, free: (p) => free(p) },
      foreignAccessible: false,
    });
    // Checked mode's guard bytes and poisoned frees (used only while checked mode is on).
    this.mem.allocator.enableChecks(() => this.mem.heapU8());
    // A report names the C caller: the first wasm frame outside the main module (libc, helpers).
    let mainNames: Set<string> | null = null;
    _setCallerFrameFilter((name) => {
      mainNames ??= new Set(functionNames(module).values());
      return mainNames.has(name);
    });
    this.objects = new HeaderTable({
      newHeader: (o) => this.newHeader(o),
      // Through the allocator that malloc'ed it (newHeader), so its block records stay exact.
      freeHeader: (a) => void this.mem.allocator.free(a, "Py_DECREF"),
    });
    installRuntime(this.mem, this.objects);
    // New bytes, bytearray and array.array objects keep their bytes in this
    // memory (blocks of the main module's malloc), so C reads them in place;
    // older ones move here when C asks for their address (heap-storage.ts).
    const realloc = this.main.realloc as (p: number, n: number) => number;
    PyBuffer_SetStorageAllocator(storageAllocator(this.mem, { malloc, realloc, free }));
    current = this;
    this.registerStatics();
  }

  private checkLayout(): void {
    const at = (this.main._Pyobj_Layout as () => number)() >>> 0;
    const n = (this.main._Pyobj_LayoutCount as () => number)();
    const dv = new DataView(this.memory.buffer);
    const wrong: string[] = [];
    EXPECTED_LAYOUT.forEach(([what, expected], i) => {
      const got = i < n ? dv.getInt32(at + i * 4, true) : -1;
      if (got !== expected) wrong.push(`${what} is ${got}, expected ${expected}`);
    });
    if (wrong.length > 0)
      raise(PyExc_SystemError, `libpyobj.wasm was built with other headers: ${wrong.join("; ")}`);
  }

  /** The address of the main module's data symbol `name` (0 if it has none). */
  dataSymbol(name: string): number {
    const g = this.main[name];
    return g instanceof WebAssembly.Global ? (g.value as number) >>> 0 : 0;
  }

  private registerStatics(): void {
    const m = this.mem;
    const types: [PyTypeObject, number][] = [];
    for (const [name, get] of STATIC_TYPES) {
      const addr = this.dataSymbol(name);
      if (addr === 0) continue;
      this.objects.register(get(), addr, false);
      types.push([get(), addr]);
    }
    for (const [t, addr] of types) this.fillTypeMirror(t, addr);
    const singletons: [string, PyObject][] = [
      ["_Py_NoneStruct", Py_None],
      ["_Py_NotImplementedStruct", Py_NotImplemented],
      ["_Py_EllipsisObject", Py_Ellipsis],
      ["_Py_TrueStruct", Py_True],
      ["_Py_FalseStruct", Py_False],
    ];
    for (const [name, o] of singletons) {
      const addr = this.dataSymbol(name);
      if (addr === 0) continue;
      this.objects.register(o, addr, false);
      this.writeHeader(o, addr);
    }
    // bool's value as CPython lays it out: ob_size 1 and digit 1 for True.
    const t = this.dataSymbol("_Py_TrueStruct");
    if (t !== 0) {
      m.writeI32(t + 8, 1);
      m.writeU32(t + 12, 1);
    }
    for (const [name] of EXCEPTIONS) {
      const addr = this.dataSymbol(`PyExc_${name}`);
      if (addr !== 0) m.writeU32(addr, this.objects.handleOf(exceptionClass(name)));
    }
  }

  /** Header of a TypeScript object handed to C for the first time (HeaderHost). */
  private newHeader(o: PyObject): number {
    const t = o instanceof PyTypeObject;
    // An instance of a C type made by its built-in base's new (a C subtype of list or
    // dict) has the C type's whole struct: C reads and writes the fields after the base's.
    const extra = t ? 0 : this.cInstanceSize(o.ob_type);
    const size = t ? TYPE.size : Math.max(16, extra);
    const addr = this.mem.allocator.malloc(size);
    if (addr === 0) raise(PyExc_SystemError, "out of memory for an object header");
    if (t) {
      this.mem.zero(addr, size);
      this.objects.register(o, addr, true);
      this.fillTypeMirror(o, addr);
    } else {
      // Zeroed as PyType_GenericAlloc's block is (fields of a C struct start at 0 / NULL).
      if (extra > 16) this.mem.zero(addr + 16, size - 16);
      this.objects.register(o, addr, true);
      // (The type's own header first: making it may grow the memory.)
      const type = this.objects.handleOf(o.ob_type);
      const dv = this.mem.heapDV();
      dv.setInt32(addr, Math.min(o.ob_refcnt, 0x3fffffff) | 0, true);
      dv.setUint32(addr + 4, type, true);
      dv.setInt32(addr + 8, 0, true);
      dv.setInt32(addr + 12, 0, true);
    }
    return addr;
  }

  /**
   * `tp_basicsize` of the nearest C type on `type`'s base chain (0 when there
   * is none): the size of an instance's block.
   */
  private cInstanceSize(type: PyTypeObject): number {
    for (let b: PyTypeObject | null = type; b !== null; b = b.tp_base) {
      const ba = this.objects.addressIfAny(b);
      if (ba !== undefined && this.cTypeAddrs.has(ba)) return this.mem.readI32(ba + TYPE.tp_basicsize);
    }
    return 0;
  }

  /** Writes `ob_refcnt` and `ob_type` of `o`'s header at `addr`. */
  writeHeader(o: PyObject, addr: number): void {
    this.mem.writeI32(addr, Math.min(o.ob_refcnt, 0x3fffffff) | 0);
    this.mem.writeU32(addr + 4, this.objects.handleOf(o.ob_type));
  }

  /** Refreshes the `ob_refcnt` copy in the header of the object at `addr` (if it is one). */
  syncRefcnt(addr: number, o: PyObject): void {
    const n = o.ob_refcnt;
    // A registered header lies in the memory: a direct store (no bounds or value checks to make).
    if (n > 0) this.mem.heapDV().setInt32(addr, Math.min(n, 0x3fffffff), true);
  }

  /** `tp_flags` of the C mirror of `t`. */
  typeFlags(t: PyTypeObject): number {
    let f = TPFLAGS.READY | TPFLAGS.IMMUTABLETYPE;
    if (t.tp_basetype) f |= TPFLAGS.BASETYPE;
    if (t.tp_new === null) f |= TPFLAGS.DISALLOW_INSTANTIATION;
    const bits: [PyTypeObject, number][] = [
      [PyLong_Type, TPFLAGS.LONG_SUBCLASS],
      [PyList_Type, TPFLAGS.LIST_SUBCLASS],
      [PyTuple_Type, TPFLAGS.TUPLE_SUBCLASS],
      [PyBytes_Type, TPFLAGS.BYTES_SUBCLASS],
      [PyUnicode_Type, TPFLAGS.UNICODE_SUBCLASS],
      [PyDict_Type, TPFLAGS.DICT_SUBCLASS],
      [builtinExceptions.get("BaseException")!, TPFLAGS.BASE_EXC_SUBCLASS],
      [PyType_Type, TPFLAGS.TYPE_SUBCLASS],
    ];
    for (const [base, bit] of bits) if (PyType_IsSubtype(t, base)) f = (f | bit) >>> 0;
    return f >>> 0;
  }

  /** Fills the C mirror of a TypeScript type at `addr`. */
  private fillTypeMirror(t: PyTypeObject, addr: number): void {
    const m = this.mem;
    m.writeI32(addr + TYPE.ob_refcnt, 0x3fffffff);
    m.writeU32(addr + TYPE.ob_type, this.objects.handleOf(t.ob_type));
    // An exception class made at run time (PyErr_NewException("mod.Err"), struct.error) is a
    // heap type made by type() in CPython: its tp_name is the short name.
    const runtimeClass =
      t.tp_name.includes(".") && PyType_IsSubtype(t, builtinExceptions.get("BaseException")!);
    m.writeU32(addr + TYPE.tp_name, m.internCString(runtimeClass ? t.shortName : t.tp_name));
    m.writeI32(addr + TYPE.tp_basicsize, t === PyBaseObject_Type ? 8 : 16);
    m.writeU32(addr + TYPE.tp_flags, this.typeFlags(t));
    m.writeU32(addr + TYPE.tp_base, t.tp_base === null ? 0 : this.objects.handleOf(t.tp_base));
    m.writeU32(addr + TYPE.tp_alloc, this.jsFunctionIndex("PyType_GenericAlloc"));
    m.writeU32(addr + TYPE.tp_free, this.jsFunctionIndex("PyObject_Free"));
    // Slots C code may call through the type (`Py_TYPE(o)->tp_repr(o)`): the abstract
    // functions, which dispatch on the object's TypeScript type. (Not for object: a C
    // subtype calling `PyBaseObject_Type.tp_repr(self)` would come back to itself.)
    const slots: [keyof typeof TYPE, string, unknown][] = [
      ["tp_new", "_Pyobj_TypeNew", t.tp_new],
      // C calling `PyList_Type.tp_init(self, ...)` / `PyList_Type.tp_dealloc(self)` (from its
      // subtype's own) gets list's __init__ / list's release of its items and the block's free.
      ["tp_init", "_Pyobj_TypeInit", t.tp_new],
      ["tp_dealloc", "_Pyobj_TypeDealloc", t.tp_dealloc],
      ["tp_repr", "PyObject_Repr", t.tp_repr],
      ["tp_str", "PyObject_Str", t.tp_str],
      ["tp_hash", "PyObject_Hash", t.tp_hash],
      ["tp_richcompare", "PyObject_RichCompare", t.tp_richcompare],
      ["tp_iter", "PyObject_GetIter", t.tp_iter],
      ["tp_iternext", "PyIter_Next", t.tp_iternext],
      ["tp_call", "PyObject_Call", t.tp_call],
      ["tp_descr_get", "_Pyobj_DescrGet", t.tp_descr_get],
      ["tp_descr_set", "_Pyobj_DescrSet", t.tp_descr_set],
    ];
    if (t === PyBaseObject_Type) {
      m.writeU32(addr + TYPE.tp_new, this.jsFunctionIndex("_Pyobj_ObjectNew"));
      m.writeU32(addr + TYPE.tp_dealloc, this.jsFunctionIndex("_Pyobj_ObjectDealloc"));
    } else {
      for (const [field, fn, has] of slots) {
        if (has !== null && has !== undefined) m.writeU32(addr + TYPE[field], this.jsFunctionIndex(fn));
      }
      if (t.tp_hash === null && t.tp_hash_disabled) {
        m.writeU32(addr + TYPE.tp_hash, this.jsFunctionIndex("PyObject_HashNotImplemented"));
      }
    }
    // A TypeScript subtype of a C type (a class statement over it) has the C
    // layout and the C slots of its nearest C base: its instances are C structs.
    for (let b = t.tp_base; b !== null; b = b.tp_base) {
      const ba = this.objects.addressIfAny(b);
      if (ba === undefined || !this.cTypeAddrs.has(ba)) continue;
      for (const f of [
        "tp_basicsize",
        "tp_itemsize",
        "tp_dealloc",
        "tp_alloc",
        "tp_free",
        "tp_new",
        "tp_init",
        "tp_as_number",
        "tp_as_sequence",
        "tp_as_mapping",
        "tp_as_buffer",
      ] as const) {
        m.writeU32(addr + TYPE[f], m.readU32(ba + TYPE[f]));
      }
      // Slots the subtype inherits (not overridden in Python) are the C base's functions, as
      // CPython's inherit_slots leaves them: the C type's bridges read the slot on the
      // instance's type, and the abstract function there would dispatch back to the bridge.
      for (const [field, , has] of slots) {
        if (
          field !== "tp_new" &&
          has !== null &&
          has !== undefined &&
          has === b[field as keyof PyTypeObject]
        ) {
          m.writeU32(addr + TYPE[field], m.readU32(ba + TYPE[field]));
        }
      }
      break;
    }
  }

  // ---- function pointers

  /** The function at table index `idx`; SystemError for NULL or an empty slot. */
  fnAt(idx: number): WasmFn {
    const hit = this.fnCache[idx];
    if (hit !== undefined) return hit;
    let f: unknown = null;
    if (idx > 0 && idx < this.table.length) f = this.table.get(idx);
    if (typeof f !== "function")
      raise(PyExc_SystemError, `call through an invalid C function pointer (${idx})`);
    this.fnCache[idx] = f as WasmFn;
    return f as WasmFn;
  }

  /** The table index of a WebAssembly function (added to the table on first use). */
  indexOf(fn: unknown): number {
    const hit = this.indexCache.get(fn);
    if (hit !== undefined) return hit;
    const i = this.table.grow(1);
    this.table.set(i, fn as any);
    this.indexCache.set(fn, i);
    return i;
  }

  /** The table index of the C-API function `name` implemented in TypeScript (a function pointer C can call). */
  jsFunctionIndex(name: string): number {
    const hit = this.jsIndexCache.get(name);
    if (hit !== undefined) return hit;
    const def = registry.get(name);
    if (def === undefined) raise(PyExc_SystemError, `no C-API function ${name}`);
    const i = this.indexOf(wasmFunction(def.fn, def.sig));
    this.jsIndexCache.set(name, i);
    return i;
  }

  /** Reserves `n` table slots; returns the first. */
  growTable(n: number): number {
    return n === 0 ? this.table.length : this.table.grow(n);
  }

  /**
   * Calls the C function at table index `idx`. A trap (out-of-bounds access,
   * `abort()`, a bad indirect call) becomes a SystemError naming `what`.
   */
  callC(idx: number, what: string, ...args: (number | bigint)[]): any {
    const f = this.fnAt(idx);
    const sp = this.sp.get();
    try {
      return f(...args);
    } catch (e) {
      // Whatever unwound the C frames, their shadow stack is given back.
      this.sp.set(sp);
      if (e instanceof WebAssembly.RuntimeError) {
        raise(PyExc_SystemError, `C code crashed in ${what}: ${e.message}`);
      }
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        raise(exceptionClass("RecursionError"), `maximum recursion depth exceeded in ${what}`);
      }
      throw e;
    }
  }

  /** Calls a function exported by a module (not through the table), with the same trap handling. */
  callExport(f: WasmFn, what: string, ...args: (number | bigint)[]): any {
    const sp = this.sp.get();
    try {
      return f(...args);
    } catch (e) {
      this.sp.set(sp);
      if (e instanceof WebAssembly.RuntimeError) {
        raise(PyExc_SystemError, `C code crashed in ${what}: ${e.message}`);
      }
      throw e;
    }
  }
}

/**
 * The function names of a module's `name` custom section (subsection 1:
 * index -> name), empty when it has none (a stripped module).
 */
export function functionNames(module: WebAssembly.Module): Map<number, string> {
  const out = new Map<number, string>();
  const sections = WebAssembly.Module.customSections(module, "name");
  if (sections.length === 0) return out;
  const b = new Uint8Array(sections[0]!);
  let p = 0;
  const uleb = (): number => {
    let r = 0;
    let shift = 0;
    for (;;) {
      const x = b[p++]!;
      r += (x & 0x7f) * 2 ** shift;
      if ((x & 0x80) === 0) return r;
      shift += 7;
    }
  };
  const dec = new TextDecoder();
  while (p < b.length) {
    const id = b[p++]!;
    const size = uleb();
    const end = p + size;
    if (id === 1) {
      const n = uleb();
      for (let i = 0; i < n && p < end; i++) {
        const idx = uleb();
        const len = uleb();
        out.set(idx, dec.decode(b.subarray(p, p + len)));
        p += len;
      }
    }
    p = end;
  }
  return out;
}
