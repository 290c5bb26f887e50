/** The `float` object (`PyFloatObject`): a JS number. float.ts fills the type's slots. */
import { PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";

export class PyFloatObject extends PyObject {
  declare value: number;
  constructor(type: PyTypeObject, value: number) {
    super(type);
    this.value = value;
  }
}

/** `PyFloat_Type`: declared with the layout; its slots are filled by float.ts (`PyType_Ready`). */
export const PyFloat_Type: PyTypeObject = new PyTypeObject({ name: "float" });

/**
 * `PyFloat_FromDouble`.
 * @returns New reference.
 */
export function PyFloat_FromDouble(v: number): PyFloatObject {
  return new PyFloatObject(PyFloat_Type, v);
}

/** `PyFloat_Check(o)`. */
export function PyFloat_Check(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type || PyObject_TypeCheck(o, PyFloat_Type);
}

/** `PyFloat_CheckExact(o)`. */
export function PyFloat_CheckExact(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type;
}
