import { ssize_as_index } from "./ssize.js";
import { PyExc_IndexError, PyExc_TypeError, raise } from "./exceptions.js";
import { PyNumber_AsSsize_t, PyIndex_Check } from "./number.js";
import { type PyObject, type PyTypeObject, PyType_Check } from "./object.js";
import { isGenericClass, Py_GenericAlias } from "./generic-alias.js";

/**
 * `PyObject_GetItem`: mapping slot, then sequence slot with an index.
 * @returns New reference.
 */
export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject {
  // The mapping slot here, the rest apart: small enough for V8 to inline.
  // Not `tp_as_mapping?.mp_subscript`: a call through the value of an
  // optional chain is not inlined by V8 (about twice the cost per call).
  const m = o.ob_type.tp_as_mapping;
  if (m != null) {
    const mp = m.mp_subscript;
    if (mp !== undefined) return mp(o, key);
  }
  return getItemNoMapping(o, key);
}

/** `PyObject_GetItem` of an object without `mp_subscript`. */
function getItemNoMapping(o: PyObject, key: PyObject): PyObject {
  const t = o.ob_type;
  const sq = t.tp_as_sequence;
  if (sq?.sq_item !== undefined) {
    if (PyIndex_Check(key))
      return PySequence_GetItem(o, ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError)));
    raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  if (PyType_Check(o)) {
    // `list[int]`: the builtin generic classes' __class_getitem__
    if (isGenericClass(o as PyTypeObject)) return Py_GenericAlias(o, key);
    raise(PyExc_TypeError, `type '${(o as PyTypeObject).tp_name}' is not subscriptable`);
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object is not subscriptable`);
}

/**
 * `PySequence_GetItem`: negative indices are adjusted by `sq_length`.
 * @returns New reference.
 */
export function PySequence_GetItem(o: PyObject, i: number): PyObject {
  const sq = o.ob_type.tp_as_sequence;
  if (sq != null) {
    const item = sq.sq_item;
    if (item !== undefined) {
      if (i < 0 && sq.sq_length !== undefined) i += ssize_as_index(sq.sq_length(o));
      return item(o, i);
    }
  }
  return notASequence(o);
}

/** The TypeError of `PySequence_GetItem` without `sq_item` (apart: keeps the caller inlinable). */
function notASequence(o: PyObject): never {
  if (o.ob_type.tp_as_mapping?.mp_subscript !== undefined) {
    raise(PyExc_TypeError, `${o.ob_type.tp_name} is not a sequence`);
  }
  raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object does not support indexing`);
}

/** `PyObject_SetItem`: `'tuple' object does not support item assignment`. */
export function PyObject_SetItem(o: PyObject, key: PyObject, v: PyObject): void {
  // The mapping slot here, the rest apart: small enough for V8 to inline
  // (no optional chain: see PyObject_GetItem).
  const m = o.ob_type.tp_as_mapping;
  if (m != null) {
    const ma = m.mp_ass_subscript;
    if (ma !== undefined) {
      ma(o, key, v);
      return;
    }
  }
  setItemNoMapping(o, key, v);
}

/** `PyObject_SetItem` of an object without `mp_ass_subscript`. */
function setItemNoMapping(o: PyObject, key: PyObject, v: PyObject): void {
  const t = o.ob_type;
  if (t.tp_as_sequence !== null) {
    if (PyIndex_Check(key)) {
      PySequence_SetItem(o, ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError)), v);
      return;
    }
    if (t.tp_as_sequence.sq_ass_item !== undefined) {
      raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
    }
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object does not support item assignment`);
}

/** `PySequence_SetItem`. */
export function PySequence_SetItem(o: PyObject, i: number, v: PyObject | null): void {
  const sq = o.ob_type.tp_as_sequence;
  if (sq?.sq_ass_item !== undefined) {
    if (i < 0 && sq.sq_length !== undefined) i += ssize_as_index(sq.sq_length(o));
    sq.sq_ass_item(o, i, v);
    return;
  }
  if (v === null) raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object doesn't support item deletion`);
  raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object does not support item assignment`);
}

/** `PyObject_DelItem`: `'tuple' object doesn't support item deletion`. */
export function PyObject_DelItem(o: PyObject, key: PyObject): void {
  const t = o.ob_type;
  const ma = t.tp_as_mapping?.mp_ass_subscript;
  if (ma !== undefined) {
    ma(o, key, null);
    return;
  }
  if (t.tp_as_sequence !== null) {
    if (PyIndex_Check(key)) {
      PySequence_SetItem(o, ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError)), null);
      return;
    }
    if (t.tp_as_sequence.sq_ass_item !== undefined) {
      raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
    }
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object does not support item deletion`);
}
