/**
 * The façade's process state, like CPython's runtime: the linear memory, the
 * handle table, and the side tables that tie structs in memory to the
 * TypeScript objects behind them.
 *
 * Invariants:
 * - `exports` has an entry for every `Py_buffer *` filled by
 *   `PyObject_GetBuffer` or `PyBuffer_FillInfo` and not yet released; the
 *   entry owns the heap blocks written for it (format, shape, strides,
 *   suboffsets) and, for GetBuffer, the TypeScript `Py_buffer` the exporter
 *   filled (whose `obj` holds the reference `PyBuffer_Release` drops);
 * - `viewStructs` maps a memoryview to the `Py_buffer` struct that
 *   `PyMemoryView_GET_BUFFER` returns; the struct belongs to the memoryview
 *   and is freed once the memoryview has been deallocated (by a sweep);
 * - the handle table outlives `initCApi`: handles stay valid when a host
 *   plugs in another memory; the struct tables are reset with the memory.
 */
import type { PyObject } from "@py/object";
import type { Py_buffer } from "@py/buffer";
import { ABI_LP64, ABI_WASM32, type Abi } from "./abi.js";
import { HandleTable, type ObjectTable } from "./handles.js";
import { LinearMemory, type LinearMemoryOptions } from "./linear-memory.js";

/** Heap blocks written for one `Py_buffer` struct (0 = none). */
export interface StructBlocks {
  format: number;
  shape: number;
  strides: number;
  suboffsets: number;
}

/** A `Py_buffer *` that holds an export until `PyBuffer_Release`. */
export interface ExportRecord {
  /** The TypeScript view filled by the exporter (null for `PyBuffer_FillInfo`). */
  ts: Py_buffer | null;
  blocks: StructBlocks;
  /** Which function filled it, and from what (for leak reports). */
  origin: string;
  /**
   * The exporter, when a C exporter filled the struct itself (its `bf_getbuffer`
   * called from C's `PyObject_GetBuffer`, buffer-api.ts): release calls its C `bf_releasebuffer`.
   */
  owner?: PyObject | undefined;
  /** Checked mode: a copy of a read-only export's bytes, compared at release. */
  readonlyCopy?: { buf: number; bytes: Uint8Array; restore: boolean } | undefined;
}

/** A new `ExportRecord` (every record has the same fields, so the hot paths see one shape). */
export function exportRecord(
  ts: Py_buffer | null,
  blocks: StructBlocks,
  origin: string,
  owner: PyObject | undefined,
): ExportRecord {
  return { ts, blocks, origin, owner, readonlyCopy: undefined };
}

/** The `Py_buffer` struct of a memoryview (`PyMemoryView_GET_BUFFER`). */
export interface ViewStruct {
  addr: number;
  blocks: StructBlocks;
}

export interface Runtime {
  mem: LinearMemory;
  /** The `PyObject *` table (replaced by the wasm runtime's header table when it starts). */
  handles: ObjectTable;
  exports: Map<number, ExportRecord>;
  viewStructs: Map<PyObject, ViewStruct>;
  /**
   * Checked mode: structs released and not filled again, with their bytes as the release
   * left them (a double release finds them unchanged).
   */
  released: Map<number, Uint8Array>;
  /** The static "B" format string of `PyBuffer_FillInfo`. */
  formatB: number;
  /** `PyUnicode_AsUTF8` buffers, owned by their str objects. */
  utf8: Map<PyObject, number>;
  sweepViewsAt: number;
}

function newMemory(abi: Abi, options: LinearMemoryOptions): { mem: LinearMemory; formatB: number } {
  const mem = new LinearMemory(abi, options);
  return { mem, formatB: mem.internCString("B") };
}

const initial = newMemory(ABI_LP64, {});

/** The one runtime (the state every C-API function works on). */
export const rt: Runtime = {
  mem: initial.mem,
  handles: new HandleTable(),
  exports: new Map(),
  viewStructs: new Map(),
  released: new Map(),
  formatB: initial.formatB,
  utf8: new Map(),
  sweepViewsAt: 64,
};

/** Options of `initCApi`. */
export interface CApiOptions extends LinearMemoryOptions {
  /** "lp64" (default: 8-byte pointers, 80-byte `Py_buffer`) or "wasm32" (4-byte pointers). */
  abi?: "lp64" | "wasm32";
}

/**
 * Plugs a new linear memory into the façade (a fresh growable one, or the
 * host's `WebAssembly.Memory`). Structs and addresses of the previous memory
 * are forgotten; object handles stay valid.
 */
export function initCApi(options: CApiOptions = {}): LinearMemory {
  const abi = options.abi === "wasm32" ? ABI_WASM32 : ABI_LP64;
  const m = newMemory(abi, options);
  rt.mem = m.mem;
  rt.formatB = m.formatB;
  rt.exports = new Map();
  rt.viewStructs = new Map();
  rt.released = new Map();
  rt.utf8 = new Map();
  return m.mem;
}

/**
 * Plugs a C runtime's memory and object table into the façade (the wasm
 * runtime: `PyObject *` values become header addresses). Structs of the
 * previous memory are forgotten; `restoreHandles()` goes back to handles.
 */
export function installRuntime(mem: LinearMemory, objects: ObjectTable): void {
  rt.mem = mem;
  rt.handles = objects;
  rt.formatB = mem.internCString("B");
  rt.exports = new Map();
  rt.viewStructs = new Map();
  rt.released = new Map();
  rt.utf8 = new Map();
}

/** The façade's own handle table (before any C runtime was installed). */
export const handleTable: HandleTable = rt.handles as HandleTable;

/** The current linear memory (typed reads/writes, C strings, address mapping). */
export function linearMemory(): LinearMemory {
  return rt.mem;
}

const cacheSweeps: (() => void)[] = [];

/**
 * Registers a sweep of a cache of memory blocks kept for live objects (UTF-8
 * copies, `PySequence_Fast_ITEMS` arrays...): it frees the blocks of objects
 * that died. Caches sweep themselves as they grow; leak counts
 * (`capiLiveCounts`, `capiLeakReport`) run every sweep first.
 */
export function registerCacheSweep(sweep: () => void): void {
  cacheSweeps.push(sweep);
}

/** Runs every registered cache sweep. */
export function sweepCaches(): void {
  for (const s of cacheSweeps) s();
}
