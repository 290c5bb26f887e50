import { PyExc_TypeError, raise } from "./exceptions.js";
import { type PyLongObject, PyLong_Type } from "./int-object.js";
import { intHashExact } from "./int-hash.js";
import { type PyFloatObject, PyFloat_Type } from "./float-object.js";
import { floatHashExact } from "./float-hash.js";
import { type PyObject, Py_Id } from "./object.js";

/** `_Py_HashPointer`: the default hash, from the object's identity. */
export function _Py_HashPointer(o: PyObject): number {
  const id = Py_Id(o);
  // rotate by 4 bits as CPython does (addresses are 16-aligned)
  return Math.floor(id / 16) + (id % 16) * 2 ** 44;
}

/** `PyObject_Hash`: `unhashable type: 'list'` for types with `__hash__ = None`. */
export function PyObject_Hash(o: PyObject): number {
  const t = o.ob_type;
  const h = t.tp_hash;
  if (h !== null) return h(o);
  if (t.tp_hash_disabled) raise(PyExc_TypeError, `unhashable type: '${t.tp_name}'`);
  return _Py_HashPointer(o);
}

/**
 * `hash(o)` as Python sees it: `PyObject_Hash`, but exact beyond 2**53 for
 * int and float (their hashes reach 2**61; `tp_hash` returns a JS number).
 */
export function PyObject_HashValue(o: PyObject): number | bigint {
  const t = o.ob_type;
  if (t === PyLong_Type) return intHashExact((o as PyLongObject).value);
  if (t === PyFloat_Type) return floatHashExact((o as PyFloatObject).value, o);
  const exact = t.tp_hash_exact;
  if (exact !== null && exact !== undefined) return exact(o);
  return PyObject_Hash(o);
}
