import { PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";

export class PyUnicodeObject extends PyObject {
  declare value: string;
  constructor(type: PyTypeObject, value: string) {
    super(type);
    this.value = value;
  }
}

/** `PyUnicode_Type`: declared with the layout; its slots are filled by str.ts (`PyType_Ready`). */
export const PyUnicode_Type: PyTypeObject = new PyTypeObject({ name: "str" });

/**
 * `PyUnicode_FromString`.
 * @returns New reference.
 */
export function PyUnicode_FromString(s: string): PyUnicodeObject {
  return new PyUnicodeObject(PyUnicode_Type, s);
}

/** `PyUnicode_Check(o)`. */
export function PyUnicode_Check(o: PyObject): o is PyUnicodeObject {
  return o.ob_type === PyUnicode_Type || PyObject_TypeCheck(o, PyUnicode_Type);
}

/** `PyUnicode_CheckExact(o)`. */
export function PyUnicode_CheckExact(o: PyObject): o is PyUnicodeObject {
  return o.ob_type === PyUnicode_Type;
}
