/**
 * Cell objects (`Objects/cellobject.c`): the boxes a closure shares with the
 * frame that made it (`nonlocal` writes through them). `ob_ref` is owned,
 * or null for an empty cell (a free variable not yet assigned).
 */
import { PyExc_SystemError, PyExc_ValueError, raise } from "./exceptions.js";
import { Py_NotImplemented } from "./none.js";
import { PyObject_RichCompare } from "./compare.js";
import { richCompareResult } from "./compare.js";
import { PyObject, PyTypeObject, Py_Address } from "./object.js";
import { Py_DECREF, Py_INCREF, Py_XDECREF } from "./refcount.js";

/** `PyCellObject`. */
export class PyCellObject extends PyObject {
  /** The content (owned), or null when empty. */
  declare ob_ref: PyObject | null;
  constructor(v: PyObject | null) {
    super(PyCell_Type);
    this.ob_ref = v;
  }
}

export const PyCell_Type: PyTypeObject = new PyTypeObject({
  name: "cell",
  hash: null,
  repr: (o) => {
    const v = (o as PyCellObject).ob_ref;
    if (v === null) return `<cell at ${Py_Address(o)}: empty>`;
    return `<cell at ${Py_Address(o)}: ${v.ob_type.tp_name} object at ${Py_Address(v)}>`;
  },
  // cell_richcompare: by contents; an empty cell comes before anything else
  richcompare: (a, b, op) => {
    if (!PyCell_Check(a) || !PyCell_Check(b)) {
      Py_INCREF(Py_NotImplemented);
      return Py_NotImplemented;
    }
    const x = a.ob_ref;
    const y = b.ob_ref;
    if (x !== null && y !== null) return PyObject_RichCompare(x, y, op);
    return richCompareResult(y === null ? 1 : 0, x === null ? 1 : 0, op);
  },
  dealloc: (o) => {
    const c = o as PyCellObject;
    const v = c.ob_ref;
    c.ob_ref = null;
    Py_XDECREF(v);
  },
  getset: {
    cell_contents: {
      get: (o) => {
        const v = (o as PyCellObject).ob_ref;
        if (v === null) raise(PyExc_ValueError, "Cell is empty");
        Py_INCREF(v);
        return v;
      },
      set: (o, v) => PyCell_Set(o, v),
    },
  },
});

/** `PyCell_Check(o)`. */
export function PyCell_Check(o: PyObject): o is PyCellObject {
  return o.ob_type === PyCell_Type;
}

/**
 * `PyCell_New(v)`: a cell holding `v` (borrowed; the cell takes a reference), or empty for null.
 * @returns New reference.
 */
export function PyCell_New(v: PyObject | null): PyCellObject {
  if (v !== null) Py_INCREF(v);
  return new PyCellObject(v);
}

/**
 * `PyCell_Get(cell)`: the content (new reference), or null when empty.
 * @returns New reference.
 */
export function PyCell_Get(cell: PyObject): PyObject | null {
  if (!PyCell_Check(cell)) raise(PyExc_SystemError, "PyCell_Get: bad argument to internal function");
  const v = cell.ob_ref;
  if (v !== null) Py_INCREF(v);
  return v;
}

/**
 * `PyCell_GET(cell)`: the content, BORROWED, or null (no check).
 * @returns Borrowed reference.
 */
export function PyCell_GET(cell: PyCellObject): PyObject | null {
  return cell.ob_ref;
}

/** `PyCell_Set(cell, v)`: replaces the content (`v` borrowed; null empties the cell). */
export function PyCell_Set(cell: PyObject, v: PyObject | null): void {
  if (!PyCell_Check(cell)) raise(PyExc_SystemError, "PyCell_Set: bad argument to internal function");
  if (v !== null) Py_INCREF(v);
  const old = cell.ob_ref;
  cell.ob_ref = v;
  if (old !== null) Py_DECREF(old);
}
