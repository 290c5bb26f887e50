/**
 * The result of a generator expression. minipy runs `(x for x in it)`
 * eagerly into a list; the object it returns iterates over that list and
 * looks like CPython's generator (`<generator object <genexpr> at 0x...>`).
 */
import { Py_Address, Py_DECREF, Py_NewRef, PyIter_Next, PyObject, PyTypeObject } from "@py/object";

/** A generator expression's result, over its items. */
export class PyGenExprObject extends PyObject {
  /** The iterator over the items (owned); null once deallocated. */
  it: PyObject | null;
  constructor(it: PyObject) {
    super(PyGenExpr_Type);
    this.it = it;
  }
}

const PyGenExpr_Type: PyTypeObject = new PyTypeObject({
  name: "generator",
  repr: (o) => `<generator object <genexpr> at ${Py_Address(o)}>`,
  iter: (o) => Py_NewRef(o),
  iternext: (o) => {
    const it = (o as PyGenExprObject).it;
    return it === null ? null : PyIter_Next(it);
  },
  dealloc: (o) => {
    const g = o as PyGenExprObject;
    const it = g.it;
    g.it = null;
    if (it !== null) Py_DECREF(it);
  },
});
