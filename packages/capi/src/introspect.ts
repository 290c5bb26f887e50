/**
 * Introspection of the façade's state for learners' tools (minipy's `pyobj`
 * module, the playground's panels): the live `PyObject *` table and the
 * `Py_buffer *` structs that hold an export, as plain records. Nothing here
 * changes a count or a table; it reads what the leak reports read.
 */
import type { Py_buffer } from "@py/buffer";
import type { PyObject } from "@py/object";
import { isImmortal, type PyObjectPtr } from "./handles.js";
import { sweepViewStructs } from "./memoryview-api.js";
import { rt } from "./runtime.js";

/** One live entry of the object table, as C sees it. */
export interface HandleEntry {
  /** The `PyObject *` value C holds (a handle, or a header address under the wasm runtime). */
  handle: PyObjectPtr;
  /** The object (borrowed). */
  obj: PyObject;
  /** References C owns through the façade (new references handed out + `Py_INCREF` − `Py_DECREF`). */
  owned: number;
  /** Immortal objects (types, None, small ints) are never deallocated. */
  immortal: boolean;
}

/**
 * The live object table (no CPython equivalent: CPython has no table; this is
 * what `gc.get_objects()` would show of the objects C was handed). Entries of
 * deallocated objects are swept first. Borrowed objects.
 */
export function capiHandles(): HandleEntry[] {
  const out: HandleEntry[] = [];
  for (const e of rt.handles.entries()) out.push({ ...e, immortal: isImmortal(e.obj) });
  return out;
}

/** A `Py_buffer *` in the linear memory that holds an export (filled, not yet released). */
export interface BufferExportEntry {
  /** Address of the `Py_buffer` struct. */
  address: number;
  /** The exporter (`view->obj`, borrowed), or null for a `PyBuffer_FillInfo` view without owner. */
  obj: PyObject | null;
  /** The TypeScript view the exporter filled (null for `PyBuffer_FillInfo`, and for a C exporter, which fills the struct itself). */
  view: Py_buffer | null;
  /** Which function filled it, from what (as leak reports word it). */
  origin: string;
}

/**
 * The `Py_buffer` structs C holds now (filled by `PyObject_GetBuffer` or
 * `PyBuffer_FillInfo` and not released): who holds which export from C's side.
 */
export function capiBufferExports(): BufferExportEntry[] {
  const out: BufferExportEntry[] = [];
  for (const [address, rec] of rt.exports) {
    out.push({ address, obj: rec.ts?.obj ?? rec.owner ?? null, view: rec.ts, origin: rec.origin });
  }
  return out;
}

/**
 * The address of the `Py_buffer` struct `PyMemoryView_GET_BUFFER(mv)` gave C
 * for `mv`, or null when C never asked for it.
 */
export function capiViewStructAddress(mv: PyObject): number | null {
  sweepViewStructs();
  return rt.viewStructs.get(mv)?.addr ?? null;
}
