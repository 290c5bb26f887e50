import {
  PyExc_StopIteration,
  PyExc_TypeError,
  isPyError,
  newException,
  raise,
  raiseObject,
} from "./exceptions.js";
import { PyList_FromArray, type PyListObject, PyList_Type } from "./list-object.js";
import { type PyObject, Py_EQ } from "./object.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";
import { PySeqIter_New } from "./seq-iterator.js";
import { PyTuple_Pack, type PyTupleObject, PyTuple_Type } from "./tuple-object.js";
import { PyObject_RichCompareBool } from "./compare.js";
import { PySequence_Check } from "./length.js";

/** `PyIter_Check`. */
export function PyIter_Check(o: PyObject): boolean {
  return o.ob_type.tp_iternext !== null;
}

/**
 * `PyObject_GetIter`: `tp_iter`, else a sequence iterator over `sq_item`.
 * @returns New reference.
 */
export function PyObject_GetIter(o: PyObject): PyObject {
  const t = o.ob_type;
  const f = t.tp_iter;
  if (f !== null) {
    const it = f(o);
    if (it.ob_type.tp_iternext === null) {
      const n = it.ob_type.tp_name;
      Py_DECREF(it);
      raise(PyExc_TypeError, `iter() returned non-iterator of type '${n}'`);
    }
    return it;
  }
  if (PySequence_Check(o)) return PySeqIter_New(o);
  raise(PyExc_TypeError, `'${t.tp_name}' object is not iterable`);
}

/**
 * `PyIter_Next`: the next item (new reference) or null at the end. A
 * `tp_iternext` may also end by raising StopIteration (a generator returning
 * a value does, so that `next(g)` shows it): cleared here, as CPython does.
 * @returns New reference.
 */
export function PyIter_Next(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) raise(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  if (pendingStop !== null) dropStopValue();
  let r: PyObject | null;
  try {
    r = f(it);
  } catch (e) {
    if (isPyError(e, PyExc_StopIteration)) return null;
    throw e;
  }
  if (r === null && pendingStop !== null) {
    const v = takeStopValue(it);
    if (v !== null) Py_DECREF(v);
  }
  return r;
}

/**
 * The value a `tp_iternext` that just returned null ended with (a
 * generator's return value): CPython's `StopIteration(value)` left set by
 * `gen_iternext`, kept here for the iterator it came from.
 */
let pendingStop: { it: PyObject; value: PyObject } | null = null;

/**
 * `_PyGen_SetStopIterationValue` for a `tp_iternext` about to return null:
 * `next(it)` will raise `StopIteration(value)`; `PyIter_Next` drops it.
 * Steals `value`.
 */
export function _PyIter_SetStopValue(it: PyObject, value: PyObject): void {
  const old = pendingStop;
  pendingStop = { it, value };
  if (old !== null) Py_DECREF(old.value);
}

/** Drops a stop value left by an iterator whose caller read `tp_iternext` directly (never for this call). */
function dropStopValue(): void {
  const p = pendingStop!;
  pendingStop = null;
  Py_DECREF(p.value);
}

/** The pending stop value of `it` (owned by the caller), or null; a stale one of another iterator is dropped. */
function takeStopValue(it: PyObject): PyObject | null {
  const p = pendingStop;
  if (p === null) return null;
  pendingStop = null;
  if (p.it === it) return p.value;
  Py_DECREF(p.value);
  return null;
}

/**
 * `next(it)`: raises StopIteration at the end (with the value a generator returned).
 * @returns New reference.
 */
export function PyIter_NextOrRaise(it: PyObject): PyObject {
  const f = it.ob_type.tp_iternext;
  if (f === null) raise(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  if (pendingStop !== null) dropStopValue();
  const r = f(it);
  if (r === null) {
    const v = takeStopValue(it);
    if (v === null) raise(PyExc_StopIteration);
    raiseObject(newException(PyExc_StopIteration, undefined, [v]));
  }
  return r;
}

/**
 * Collects an iterable's items as owned references (helper for list(), tuple(), join...).
 * @returns New references.
 */
export function iterateToArray(o: PyObject): PyObject[] {
  const t = o.ob_type;
  if (t === PyList_Type || t === PyTuple_Type) {
    // fast path: the exact containers hand out their items
    const items = (o as PyListObject).items;
    for (const x of items) x.ob_refcnt++;
    return items.slice();
  }
  const it = PyObject_GetIter(o);
  const out: PyObject[] = [];
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) out.push(x);
  } catch (e) {
    for (const x of out) Py_DECREF(x);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return out;
}

/** `PySequence_Contains`: `sq_contains`, else a linear search by `==`. */
export function PySequence_Contains(seq: PyObject, v: PyObject): boolean {
  const f = seq.ob_type.tp_as_sequence?.sq_contains;
  if (f !== undefined) return f(seq, v);
  const t = seq.ob_type;
  if (t.tp_iter === null && !PySequence_Check(seq)) {
    raise(PyExc_TypeError, `argument of type '${t.tp_name}' is not iterable`);
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    // _PySequence_IterSearch: a TypeError from getting the iterator is reported as not iterable.
    if (isPyError(e, PyExc_TypeError))
      raise(PyExc_TypeError, `argument of type '${t.tp_name}' is not iterable`);
    throw e;
  }
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      let eq: boolean;
      try {
        eq = PyObject_RichCompareBool(x, v, Py_EQ);
      } finally {
        Py_DECREF(x);
      }
      if (eq) return true;
    }
    return false;
  } finally {
    Py_DECREF(it);
  }
}

/**
 * `PySequence_List` (`list(o)`).
 * @returns New reference.
 */
export function PySequence_List(o: PyObject): PyListObject {
  return PyList_FromArray(iterateToArray(o));
}

/**
 * `PySequence_Tuple` (`tuple(o)`); a tuple is returned as itself.
 * @returns New reference.
 */
export function PySequence_Tuple(o: PyObject): PyTupleObject {
  if (o.ob_type === PyTuple_Type) {
    Py_INCREF(o);
    return o as PyTupleObject;
  }
  return PyTuple_Pack(iterateToArray(o));
}
