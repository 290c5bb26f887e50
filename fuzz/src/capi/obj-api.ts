/** Calling Python methods on objects from TypeScript (to exercise memoryviews the façade made). */
import { PyObject_Call, PyObject_GetAttr, type PyObject, Py_DECREF } from "@py/object";

/** `o.name()`: a new reference. */
export function PyObject_CallMethod(o: PyObject, name: string): PyObject {
  const f = PyObject_GetAttr(o, name);
  try {
    return PyObject_Call(f, [], null);
  } finally {
    Py_DECREF(f);
  }
}

export { Py_DECREF };
