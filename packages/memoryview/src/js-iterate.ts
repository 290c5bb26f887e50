/**
 * JavaScript iteration of a memoryview (`for (const x of m)`): the items of a
 * 1-D view as plain JS values, through the view's own `tp_iter`
 * (`memory_iter`), so that this file needs nothing of memoryview.ts at run
 * time (memoryview.ts imports it for `[Symbol.iterator]`).
 */
import { type PyObject, PyBool_Type, PyFloat_Check, PyLong_Check, Py_DECREF, owned } from "@py/object";
import { _PyBytes_Peek, PyBytes_Check } from "@py/buffer";

/** A JS value for an item: number/bigint for int, number for float, boolean, Uint8Array for bytes. */
export type JsItem = number | bigint | boolean | Uint8Array;

/** Converts an item object to a JS value (borrowed). */
function toJs(o: PyObject): JsItem {
  if (o.ob_type === PyBool_Type) return (o as PyObject & { value: number }).value !== 0;
  if (PyLong_Check(o)) return o.value;
  if (PyFloat_Check(o)) return o.value;
  if (PyBytes_Check(o)) return _PyBytes_Peek(o).slice();
  return Number.NaN;
}

/**
 * The items of a 1-D memoryview `mv` (borrowed) as JS values (what
 * `[Symbol.iterator]` yields): `memory_iter` and `memoryiter_next`, each
 * item converted and its reference dropped at once.
 */
export function* iterateJs(mv: PyObject): Generator<JsItem, void, undefined> {
  // tp_iter is memory_iter (memoryview.ts cannot import iterator.ts: it imports memoryview.ts).
  using it = owned(mv.ob_type.tp_iter!(mv));
  const next = it.obj.ob_type.tp_iternext!;
  for (let x = next(it.obj); x !== null; x = next(it.obj)) {
    const v = toJs(x);
    Py_DECREF(x);
    yield v;
  }
}
