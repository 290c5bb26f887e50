/** `float`: an IEEE-754 double, as in CPython. */
import { PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";

export class PyFloatObject extends PyObject {
  value: number;
  constructor(type: PyTypeObject, value: number) {
    super(type);
    this.value = value;
  }
}

export const PyFloat_Type = new PyTypeObject({ name: "float", basetype: true });

/** `PyFloat_FromDouble`. New reference. */
export function PyFloat_FromDouble(v: number): PyFloatObject {
  return new PyFloatObject(PyFloat_Type, v);
}

/** `PyFloat_Check(o)`. */
export function PyFloat_Check(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type || PyObject_TypeCheck(o, PyFloat_Type);
}
