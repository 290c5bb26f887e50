/** `str`: text, held as a JS string. */
import { _setStrObjectHook } from "./exceptions.js";
import { PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";

export class PyUnicodeObject extends PyObject {
  value: string;
  constructor(type: PyTypeObject, value: string) {
    super(type);
    this.value = value;
  }
}

export const PyUnicode_Type = new PyTypeObject({ name: "str", basetype: true });

/** `PyUnicode_FromString`. New reference. */
export function PyUnicode_FromString(s: string): PyUnicodeObject {
  return new PyUnicodeObject(PyUnicode_Type, s);
}

/** `PyUnicode_Check(o)`. */
export function PyUnicode_Check(o: PyObject): o is PyUnicodeObject {
  return o.ob_type === PyUnicode_Type || PyObject_TypeCheck(o, PyUnicode_Type);
}

_setStrObjectHook(PyUnicode_FromString);
