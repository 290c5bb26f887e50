import { Py_False, Py_True } from "./bool-object.js";
import { Py_None } from "./none.js";
import type { PyObject } from "./object.js";

/** `PyObject_IsTrue`: nb_bool, then mp_length, then sq_length; true otherwise. */
export function PyObject_IsTrue(o: PyObject): boolean {
  if (o === Py_True) return true;
  if (o === Py_False || o === Py_None) return false;
  const t = o.ob_type;
  const nb = t.tp_as_number?.nb_bool;
  if (nb !== undefined) return nb(o);
  const ml = t.tp_as_mapping?.mp_length;
  if (ml !== undefined) return ml(o) !== 0;
  const sl = t.tp_as_sequence?.sq_length;
  if (sl !== undefined) return sl(o) !== 0;
  return true;
}

/** `PyObject_Not`. */
export function PyObject_Not(o: PyObject): boolean {
  return !PyObject_IsTrue(o);
}
