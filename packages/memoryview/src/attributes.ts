/**
 * The read-only attributes of memoryview (`memory_getsetlist` of
 * `Objects/memoryobject.c`). Every getter raises ValueError on a released
 * view; having no setter, assignment gives
 * `AttributeError: attribute 'x' of 'memoryview' objects is not writable`.
 */
import {
  type PyGetSetDef,
  type PyObject,
  PyBool_FromBool,
  PyLong_FromNumber,
  PyLong_FromValue,
  type Py_ssize_t,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_NewRef,
  Py_None,
} from "@py/object";
import { bufLen, bufShapeArray, bufStridesArray } from "@py/buffer";
import { mvAnyContiguous, mvCContiguous, mvFContiguous } from "./flags.js";
import { type PyMemoryViewObject, checkReleased } from "./memoryview.js";

/** `_IntTupleFromSsizet`: () for a null array. Exact values (wide-layout.ts). */
function intTuple(len: number, vals: readonly Py_ssize_t[] | null): PyObject {
  if (vals === null) return PyTuple_Pack([]);
  const items: PyObject[] = new Array(len);
  for (let i = 0; i < len; i++) items[i] = PyLong_FromValue(vals[i]!);
  return PyTuple_Pack(items);
}

function getter(fn: (self: PyMemoryViewObject) => PyObject, doc: string): PyGetSetDef {
  return {
    get: (o) => {
      const self = o as PyMemoryViewObject;
      checkReleased(self);
      return fn(self);
    },
    doc,
  };
}

/** `memory_getsetlist`. */
export const memoryGetset: Record<string, PyGetSetDef> = {
  obj: getter((s) => Py_NewRef(s.view.obj ?? Py_None), "The underlying object of the memoryview."),
  nbytes: getter(
    (s) => PyLong_FromValue(bufLen(s.view)),
    "The amount of space in bytes that the array would use in\n a contiguous representation.",
  ),
  readonly: getter(
    (s) => PyBool_FromBool(s.view.readonly),
    "A bool indicating whether the memory is read only.",
  ),
  itemsize: getter(
    (s) => PyLong_FromNumber(s.view.itemsize),
    "The size in bytes of each element of the memoryview.",
  ),
  format: getter(
    (s) => PyUnicode_FromString(s.view.format),
    "A string containing the format (in struct module style)\n for each element in the view.",
  ),
  ndim: getter(
    (s) => PyLong_FromNumber(s.view.ndim),
    "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents.",
  ),
  shape: getter(
    (s) => intTuple(s.view.ndim, bufShapeArray(s.view)),
    "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.",
  ),
  strides: getter(
    (s) => intTuple(s.view.ndim, bufStridesArray(s.view)),
    "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array.",
  ),
  suboffsets: getter(
    (s) => intTuple(s.view.ndim, s.view.suboffsets),
    "A tuple of integers used internally for PIL-style arrays.",
  ),
  c_contiguous: getter(
    (s) => PyBool_FromBool(mvCContiguous(s.flags)),
    "A bool indicating whether the memory is C contiguous.",
  ),
  f_contiguous: getter(
    (s) => PyBool_FromBool(mvFContiguous(s.flags)),
    "A bool indicating whether the memory is Fortran contiguous.",
  ),
  contiguous: getter(
    (s) => PyBool_FromBool(mvAnyContiguous(s.flags)),
    "A bool indicating whether the memory is contiguous.",
  ),
};
