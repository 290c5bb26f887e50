/** `bool`: a subclass of int with the two singletons `True` and `False`. */
import { PyLongObject, PyLong_Type } from "./int.js";
import { IMMORTAL_REFCNT, type PyObject, PyTypeObject } from "./object.js";

export const PyBool_Type = new PyTypeObject({
  name: "bool",
  base: PyLong_Type,
  repr: (o) => ((o as PyLongObject).value ? "True" : "False"),
});

function singleton(v: number): PyLongObject {
  const o = new PyLongObject(PyBool_Type, v);
  o.ob_refcnt = IMMORTAL_REFCNT;
  return o;
}
/** `Py_True`. */
export const Py_True: PyLongObject = singleton(1);
/** `Py_False`. */
export const Py_False: PyLongObject = singleton(0);

/** `PyBool_FromLong`: new reference to True or False. */
export function PyBool_FromBool(b: boolean): PyLongObject {
  const o = b ? Py_True : Py_False;
  o.ob_refcnt++;
  return o;
}

/** `PyBool_Check(o)`. */
export function PyBool_Check(o: PyObject): boolean {
  return o.ob_type === PyBool_Type;
}
