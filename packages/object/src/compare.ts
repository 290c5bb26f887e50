import { PyBool_FromBool, Py_False, Py_True } from "./bool-object.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { type PyLongObject, PyLong_Type } from "./int-object.js";
import { Py_NotImplemented } from "./none.js";
import {
  type CompareOp,
  type PyObject,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_LE,
  Py_LT,
  Py_NE,
  PyType_IsSubtype,
} from "./object.js";
import { Py_DECREF } from "./refcount.js";
import { PyObject_IsTrue } from "./truth.js";

/** `_Py_SwappedOp`. */
export const Py_SwappedOp: readonly CompareOp[] = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];
const opstrings = ["<", "<=", "==", "!=", ">", ">="];

/**
 * `do_richcompare` / `PyObject_RichCompare`: the reflected operation of a
 * subclass first, then `v`'s slot, then `w`'s reflected slot; `==`/`!=` fall
 * back to identity. New reference.
 * @returns New reference.
 */
export function PyObject_RichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  let checkedReverse = false;
  if (vt !== wt && wt.tp_richcompare !== null && PyType_IsSubtype(wt, vt)) {
    checkedReverse = true;
    const r = wt.tp_richcompare(w, v, Py_SwappedOp[op]!);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  if (vt.tp_richcompare !== null) {
    const r = vt.tp_richcompare(v, w, op);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const r = wt.tp_richcompare(w, v, Py_SwappedOp[op]!);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  if (op === Py_EQ) return PyBool_FromBool(v === w);
  if (op === Py_NE) return PyBool_FromBool(v !== w);
  raise(
    PyExc_TypeError,
    `'${opstrings[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`,
  );
}

/** `PyObject_RichCompareBool`: identity implies equality (as CPython). */
export function PyObject_RichCompareBool(v: PyObject, w: PyObject, op: CompareOp): boolean {
  if (v === w) {
    if (op === Py_EQ) return true;
    if (op === Py_NE) return false;
  }
  // fast path: two exact ints (number or bigint values compare exactly in JS)
  if (v.ob_type === PyLong_Type && w.ob_type === PyLong_Type) {
    const a = (v as PyLongObject).value;
    const b = (w as PyLongObject).value;
    switch (op) {
      case Py_LT:
        return a < b;
      case Py_LE:
        return a <= b;
      case Py_EQ:
        return !(a < b || a > b);
      case Py_NE:
        return a < b || a > b;
      case Py_GT:
        return a > b;
      default:
        return a >= b;
    }
  }
  const r = PyObject_RichCompare(v, w, op);
  if (r === Py_True) {
    r.ob_refcnt--;
    return true;
  }
  if (r === Py_False) {
    r.ob_refcnt--;
    return false;
  }
  const b = PyObject_IsTrue(r);
  Py_DECREF(r);
  return b;
}

/**
 * The richcompare result for an ordering of two JS values (new reference).
 * A number and a bigint compare exactly (`1 == 1n` by `<`/`>`, not `===`);
 * not for NaN, which float_richcompare handles itself.
 * @returns New reference.
 */
export function richCompareResult<T extends number | bigint | string>(a: T, b: T, op: CompareOp): PyObject {
  let r: boolean;
  switch (op) {
    case Py_LT:
      r = a < b;
      break;
    case Py_LE:
      r = a <= b;
      break;
    case Py_EQ:
      r = typeof a === typeof b ? a === b : !(a < b || a > b);
      break;
    case Py_NE:
      r = typeof a === typeof b ? a !== b : a < b || a > b;
      break;
    case Py_GT:
      r = a > b;
      break;
    default:
      r = a >= b;
  }
  return PyBool_FromBool(r);
}
