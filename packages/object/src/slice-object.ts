/** The `slice` object (`PySliceObject`, `Objects/sliceobject.c`): start, stop and step. slice.ts fills the type's slots. */
import { PyLong_FromNumber } from "./int-object.js";
import { Py_None } from "./none.js";
import { PyObject, PyTypeObject } from "./object.js";
import { Py_INCREF, Py_NewRef } from "./refcount.js";

export class PySliceObject extends PyObject {
  /** Owned references; None when omitted. */
  declare start: PyObject;
  declare stop: PyObject;
  declare step: PyObject;
  constructor(type: PyTypeObject, start: PyObject, stop: PyObject, step: PyObject) {
    super(type);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** `PySlice_Type`: declared with the layout; its slots are filled by slice.ts (`PyType_Ready`). */
export const PySlice_Type: PyTypeObject = new PyTypeObject({ name: "slice" });

/**
 * `PySlice_New`: borrowed arguments, null meaning None.
 * @returns New reference.
 */
export function PySlice_New(
  start: PyObject | null,
  stop: PyObject | null,
  step: PyObject | null,
): PySliceObject {
  const s = start ?? Py_None;
  const e = stop ?? Py_None;
  const t = step ?? Py_None;
  Py_INCREF(s);
  Py_INCREF(e);
  Py_INCREF(t);
  return new PySliceObject(PySlice_Type, s, e, t);
}

/**
 * A slice from JS numbers (null = None).
 * @returns New reference.
 */
export function PySlice_FromNumbers(
  start: number | null,
  stop: number | null,
  step: number | null,
): PySliceObject {
  const mk = (n: number | null): PyObject => (n === null ? Py_NewRef(Py_None) : PyLong_FromNumber(n));
  return new PySliceObject(PySlice_Type, mk(start), mk(stop), mk(step));
}

/** `PySlice_Check(o)`. */
export function PySlice_Check(o: PyObject): o is PySliceObject {
  return o.ob_type === PySlice_Type;
}
