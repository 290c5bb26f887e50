/** `list`: a mutable sequence that owns a reference to each item. */
import { Py_DECREF } from "./refcount.js";
import { PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";

export class PyListObject extends PyObject {
  /** Owned references. */
  items: PyObject[];
  constructor(type: PyTypeObject, items: PyObject[]) {
    super(type);
    this.items = items;
  }
}

export const PyList_Type = new PyTypeObject({
  name: "list",
  basetype: true,
  hash: null,
  dealloc: (o) => {
    const items = (o as PyListObject).items;
    (o as PyListObject).items = [];
    for (const it of items) Py_DECREF(it);
  },
});

/** A list that STEALS the references in `items`. New reference. */
export function PyList_FromArray(items: PyObject[]): PyListObject {
  return new PyListObject(PyList_Type, items);
}

/** `PyList_Check(o)`. */
export function PyList_Check(o: PyObject): o is PyListObject {
  return o.ob_type === PyList_Type || PyObject_TypeCheck(o, PyList_Type);
}
