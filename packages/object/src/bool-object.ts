/** The `bool` type and its two immortal singletons `True` and `False` (`Objects/boolobject.c`). bool.ts fills its slots. */
import { PyLongObject, PyLong_Type } from "./int-object.js";
import { IMMORTAL_REFCNT, type PyObject, PyTypeObject } from "./object.js";

/** `PyBool_Type`: declared with the layout (a subtype of int); bool.ts fills its slots (`PyType_Ready`). */
export const PyBool_Type: PyTypeObject = new PyTypeObject({ name: "bool", base: PyLong_Type });

function singleton(v: number): PyLongObject {
  const o = new PyLongObject(PyBool_Type, v);
  o.ob_refcnt = IMMORTAL_REFCNT;
  return o;
}
/** `Py_True`. */
export const Py_True: PyLongObject = singleton(1);
/** `Py_False`. */
export const Py_False: PyLongObject = singleton(0);

/**
 * `PyBool_FromLong`: new reference to True or False.
 * @returns New reference.
 */
export function PyBool_FromBool(b: boolean): PyLongObject {
  const o = b ? Py_True : Py_False;
  o.ob_refcnt++;
  return o;
}

/** `PyBool_Check(o)`. */
export function PyBool_Check(o: PyObject): boolean {
  return o.ob_type === PyBool_Type;
}
