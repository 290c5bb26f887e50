/**
 * `array.array` (Modules/arraymodule.c): a compact sequence of C numbers of
 * one type, exporting its storage through the buffer protocol.
 *
 * Invariants:
 * - items live at byte offset 0 of `mem`, `size` of them, `descr.itemsize`
 *   bytes each, native (little-endian) order; `mem.byteLength / itemsize` is
 *   the allocated capacity.
 * - `ob_exports` counts the buffers handed out by `bf_getbuffer` and not yet
 *   released. While it is non-zero the array never changes its number of
 *   items (`array_resize` raises BufferError), so exported views stay valid.
 */
import {
  Py_DECREF,
  PyExc_BufferError,
  PyExc_ValueError,
  PyFloat_FromDouble,
  PyLong_FromValue,
  PyObject,
  PyObject_TypeCheck,
  PyTypeObject,
  raise,
} from "@py/object";
import { type ArrayDescr, BAD_TYPECODE, DESCR_BY_CODE } from "./descr.js";
import { PyMemory } from "../protocol/memory.js";

/** `arrayobject`. */
export class PyArrayObject extends PyObject {
  descr: ArrayDescr;
  /** Storage: items at offset 0; capacity is `mem.byteLength / itemsize`. */
  mem: PyMemory;
  /** `ob_size`: number of items. */
  size: number;
  /** Buffers exported and not yet released. */
  ob_exports = 0;
  constructor(type: PyTypeObject, descr: ArrayDescr, size: number) {
    super(type);
    this.descr = descr;
    this.mem = new PyMemory(size * descr.itemsize);
    this.size = size;
  }
}

/** `array_Check(o)`: an array.array or a subclass. */
export function PyArray_Check(o: PyObject): o is PyArrayObject {
  return o.ob_type === PyArray_Type || PyObject_TypeCheck(o, PyArray_Type);
}

/** `newarrayobject`: a zero-filled array of `size` items. New reference. */
export function newArray(descr: ArrayDescr, size: number, type: PyTypeObject = PyArray_Type): PyArrayObject {
  return new PyArrayObject(type, descr, size);
}

/** A new array of typecode `typecode` holding a copy of `bytes` (whole items). New reference. */
export function PyArray_FromBytes(typecode: string, bytes: Uint8Array): PyArrayObject {
  const descr = DESCR_BY_CODE.get(typecode);
  if (descr === undefined) raise(PyExc_ValueError, BAD_TYPECODE);
  const n = Math.floor(bytes.length / descr.itemsize);
  const a = newArray(descr, n);
  a.mem.u8.set(bytes.subarray(0, n * descr.itemsize));
  return a;
}

/** The bytes of the array's items (a view of its storage, valid until it resizes). */
export function PyArray_Bytes(a: PyArrayObject): Uint8Array {
  return a.mem.u8.subarray(0, a.size * a.descr.itemsize);
}

/**
 * `array_resize`: sets the number of items, over-allocating like CPython.
 * Raises `BufferError: cannot resize an array that is exporting buffers`
 * when the size would change while buffers are exported.
 */
export function arrayResize(self: PyArrayObject, newsize: number): void {
  if (self.ob_exports > 0 && newsize !== self.size) {
    raise(PyExc_BufferError, "cannot resize an array that is exporting buffers");
  }
  const itemsize = self.descr.itemsize;
  const allocated = Math.floor(self.mem.byteLength / itemsize);
  if (allocated >= newsize && self.size < newsize + 16 && allocated > 0) {
    self.size = newsize;
    return;
  }
  if (newsize === 0) {
    self.mem.reallocate(0);
    self.size = 0;
    return;
  }
  const alloc = (newsize >> 4) + (self.size < 8 ? 3 : 7) + newsize;
  self.mem.reallocate(alloc * itemsize);
  self.size = newsize;
}

/** `getarrayitem`: the item at `i` (in range) as a new int or float. */
export function getItem(a: PyArrayObject, i: number): PyObject {
  const d = a.descr;
  const x = d.load(a.mem.dv, i * d.itemsize);
  return d.isInt ? PyLong_FromValue(x) : PyFloat_FromDouble(x as number);
}

/** `setarrayitem` for an index in range (converts first, so errors leave the item as is). */
export function setItem(a: PyArrayObject, i: number, v: PyObject): void {
  const d = a.descr;
  const x = d.convert(v);
  d.store(a.mem.dv, i * d.itemsize, x);
}

/** A new array of `typecode` from JS numbers/bigints (converted as `array(typecode, list)` would). */
export function PyArray_FromValues(typecode: string, values: readonly (number | bigint)[]): PyArrayObject {
  const descr = DESCR_BY_CODE.get(typecode);
  if (descr === undefined) raise(PyExc_ValueError, BAD_TYPECODE);
  const a = newArray(descr, values.length);
  const dv = a.mem.dv;
  try {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      const o: PyObject = descr.isInt ? PyLong_FromValue(v) : PyFloat_FromDouble(Number(v));
      try {
        descr.store(dv, i * descr.itemsize, descr.convert(o));
      } finally {
        Py_DECREF(o);
      }
    }
  } catch (e) {
    Py_DECREF(a);
    throw e;
  }
  return a;
}

/** The items of an array as JS values (numbers, bigints beyond 2**53). */
export function PyArray_Values(a: PyArrayObject): (number | bigint)[] {
  const d = a.descr;
  const dv = a.mem.dv;
  const out = new Array<number | bigint>(a.size);
  for (let i = 0; i < a.size; i++) out[i] = d.load(dv, i * d.itemsize);
  return out;
}

/**
 * `PyArray_Type`, declared with its layout; `array-type.ts` fills its slots (as
 * `PyType_Ready` does) when the package loads.
 */
export const PyArray_Type: PyTypeObject = new PyTypeObject({
  name: "array.array",
  basetype: true,
  doc: "array(typecode [, initializer]) -> array",
});
