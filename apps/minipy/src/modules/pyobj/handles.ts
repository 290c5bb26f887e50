/**
 * `pyobj.handles()` and `pyobj.refcount(o)` as plain data: the live object
 * table from C's side (`@py/capi`'s `capiHandles`: every object C was
 * handed a `PyObject *` for and that is still alive) with the counts that
 * matter. Browser-safe.
 */
import { capiHandles } from "@py/capi";
import type { PyObject } from "@py/object";
import { type ObjectRef, objectRef } from "./buffer-info.js";

/** One row of the handle table. */
export interface HandleRow {
  /** The `PyObject *` value C holds (hex): a handle, or a header address under the wasm runtime. */
  handle: string;
  object: ObjectRef;
  /** `Py_REFCNT(o)`: every reference, Python's and C's. */
  refcount: number;
  /** The references C owns through the C-API (a leak when it stays above 0 after C is done). */
  ownedByC: number;
  /** Types, None, small ints: never deallocated (their count is meaningless). */
  immortal: boolean;
}

/** The live handle table, in handle order; immortal objects only when `withImmortal`. */
export function handleRows(withImmortal = false): HandleRow[] {
  const rows: HandleRow[] = [];
  for (const e of capiHandles()) {
    if (e.immortal && !withImmortal) continue;
    rows.push({
      handle: `0x${e.handle.toString(16)}`,
      object: objectRef(e.obj),
      refcount: e.obj.ob_refcnt,
      ownedByC: e.owned,
      immortal: e.immortal,
    });
  }
  return rows;
}

/** `Py_REFCNT(o)` (CPython's `ob_refcnt`): every reference to `o` that exists now. */
export function refcountOf(o: PyObject): number {
  return o.ob_refcnt;
}
