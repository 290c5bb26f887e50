/** The `tuple` object (`PyTupleObject`): owned items; the empty tuple is a singleton. tuple.ts fills the type's slots. */
import { IMMORTAL_REFCNT, PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";
import { Py_INCREF } from "./refcount.js";

export class PyTupleObject extends PyObject {
  /** Owned references. */
  declare items: PyObject[];
  constructor(type: PyTypeObject, items: PyObject[]) {
    super(type);
    this.items = items;
  }
}

/** `PyTuple_Type`: declared with the layout; its slots are filled by tuple.ts (`PyType_Ready`). */
export const PyTuple_Type: PyTypeObject = new PyTypeObject({ name: "tuple" });

/** The empty tuple is a singleton, as in CPython. */
const emptyTuple = new PyTupleObject(PyTuple_Type, []);
emptyTuple.ob_refcnt = IMMORTAL_REFCNT;

/**
 * A tuple that STEALS the references in `items`.
 * @returns New reference.
 */
export function PyTuple_Pack(items: PyObject[]): PyTupleObject {
  if (items.length === 0) {
    emptyTuple.ob_refcnt++;
    return emptyTuple;
  }
  return new PyTupleObject(PyTuple_Type, items);
}

/**
 * `PyTuple_New`-style: a tuple from borrowed items (each is increfed).
 * @returns New reference.
 */
export function PyTuple_FromBorrowed(items: readonly PyObject[]): PyTupleObject {
  for (const x of items) Py_INCREF(x);
  return PyTuple_Pack(items.slice());
}

/** `PyTuple_Check(o)`. */
export function PyTuple_Check(o: PyObject): o is PyTupleObject {
  return o.ob_type === PyTuple_Type || PyObject_TypeCheck(o, PyTuple_Type);
}

/** `PyTuple_CheckExact(o)`. */
export function PyTuple_CheckExact(o: PyObject): o is PyTupleObject {
  return o.ob_type === PyTuple_Type;
}
