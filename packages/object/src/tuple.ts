/** `tuple`: an immutable sequence that owns a reference to each item. */
import { Py_DECREF } from "./refcount.js";
import { PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";

export class PyTupleObject extends PyObject {
  /** Owned references. */
  items: PyObject[];
  constructor(type: PyTypeObject, items: PyObject[]) {
    super(type);
    this.items = items;
  }
}

export const PyTuple_Type = new PyTypeObject({
  name: "tuple",
  basetype: true,
  dealloc: (o) => {
    const items = (o as PyTupleObject).items;
    (o as PyTupleObject).items = [];
    for (const it of items) Py_DECREF(it);
  },
});

/** A tuple that STEALS the references in `items`. New reference. */
export function PyTuple_Pack(items: PyObject[]): PyTupleObject {
  return new PyTupleObject(PyTuple_Type, items);
}

/** `PyTuple_Check(o)`. */
export function PyTuple_Check(o: PyObject): o is PyTupleObject {
  return o.ob_type === PyTuple_Type || PyObject_TypeCheck(o, PyTuple_Type);
}
