import type { Py_ssize_t } from "./ssize.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import type { PyObject } from "./object.js";

/** `PyObject_Length` / `PyObject_Size` (an exact `Py_ssize_t`): `object of type 'int' has no len()`. */
export function PyObject_Length(o: PyObject): Py_ssize_t {
  const t = o.ob_type;
  const sl = t.tp_as_sequence?.sq_length;
  if (sl !== undefined) return sl(o);
  const ml = t.tp_as_mapping?.mp_length;
  if (ml !== undefined) return ml(o);
  raise(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}
export const PyObject_Size = PyObject_Length;

/**
 * `PySequence_Size`: `sq_length` only; a mapping gets `dict is not a
 * sequence`, anything else `object of type 'int' has no len()`.
 */
export function PySequence_Size(o: PyObject): Py_ssize_t {
  const t = o.ob_type;
  const sl = t.tp_as_sequence?.sq_length;
  if (sl !== undefined) return sl(o);
  if (t.tp_as_mapping?.mp_length !== undefined) raise(PyExc_TypeError, `${t.tp_name} is not a sequence`);
  raise(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}

/** `PySequence_Check`: has `sq_item` and is not a dict-like mapping. */
export function PySequence_Check(o: PyObject): boolean {
  return o.ob_type.tp_as_sequence?.sq_item !== undefined;
}

/** `PyMapping_Check`. */
export function PyMapping_Check(o: PyObject): boolean {
  return o.ob_type.tp_as_mapping?.mp_subscript !== undefined;
}
