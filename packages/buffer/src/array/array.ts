/**
 * `array.array` (Modules/arraymodule.c): a compact sequence of C numbers of
 * one type, exporting its storage through the buffer protocol.
 *
 * Invariants:
 * - items live at byte offset `offset` of `mem`, `size` of them,
 *   `descr.itemsize` bytes each, native (little-endian) order; `alloc /
 *   itemsize` is the allocated capacity. `mem` is private (offset 0), or the
 *   memory of the storage allocator the block came from (`allocator`; offset
 *   never 0), which resizes it and frees it at dealloc.
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
import {
  PyBuffer_GetStorageAllocator,
  type StorageAllocator,
  storageMalloc,
  storageRealloc,
} from "../protocol/storage-allocator.js";

/** `arrayobject`. */
export class PyArrayObject extends PyObject {
  descr: ArrayDescr;
  /** Storage: items at `offset`; capacity is `alloc / itemsize`. */
  mem: PyMemory;
  /** `ob_item`: where item 0 is in `mem` (0 in a private memory). */
  offset: number;
  /** `allocated * itemsize`: the allocation's size in bytes. */
  alloc: number;
  /** The allocator the block came from, or null: a private memory. */
  allocator: StorageAllocator | null;
  /** `ob_size`: number of items. */
  size: number;
  /** Buffers exported and not yet released. */
  ob_exports = 0;
  constructor(type: PyTypeObject, descr: ArrayDescr, size: number) {
    super(type);
    this.descr = descr;
    const n = size * descr.itemsize;
    const a = n > 0 ? PyBuffer_GetStorageAllocator() : null;
    if (a === null) {
      this.mem = new PyMemory(n);
      this.offset = 0;
      this.allocator = null;
    } else {
      const off = storageMalloc(a, n);
      this.mem = a.memory;
      this.mem.u8.fill(0, off, off + n);
      this.offset = off;
      this.allocator = a;
    }
    this.alloc = n;
    this.size = size;
  }
}

/** `array_dealloc`: gives a block from a storage allocator back. */
export function array_dealloc(o: PyObject): void {
  const a = o as PyArrayObject;
  if (a.allocator !== null) {
    a.allocator.free(a.offset);
    a.allocator = null;
  }
}

/**
 * The allocation as bytes from item 0. Re-read it after anything that may
 * allocate (a storage allocator's memory may grow and detach its buffer).
 */
export function arrayU8(a: PyArrayObject): Uint8Array {
  const o = a.offset;
  return o === 0 ? a.mem.u8 : a.mem.u8.subarray(o, o + a.alloc);
}

/** The allocation as a DataView from item 0 (re-read it after anything that may allocate). */
export function arrayDv(a: PyArrayObject): DataView {
  const o = a.offset;
  return o === 0 ? a.mem.dv : new DataView(a.mem.buffer, o, a.alloc);
}

/** `array_Check(o)`: an array.array or a subclass. */
export function PyArray_Check(o: PyObject): o is PyArrayObject {
  return o.ob_type === PyArray_Type || PyObject_TypeCheck(o, PyArray_Type);
}

/** `newarrayobject`: a zero-filled array of `size` items. New reference. */
export function newArray(descr: ArrayDescr, size: number, type: PyTypeObject = PyArray_Type): PyArrayObject {
  return new PyArrayObject(type, descr, size);
}

/**
 * A new array of typecode `typecode` holding a copy of `bytes` (whole items).
 * @returns New reference.
 */
export function PyArray_FromBytes(typecode: string, bytes: Uint8Array): PyArrayObject {
  const descr = DESCR_BY_CODE.get(typecode);
  if (descr === undefined) raise(PyExc_ValueError, BAD_TYPECODE);
  const n = Math.floor(bytes.length / descr.itemsize);
  const a = newArray(descr, n);
  arrayU8(a).set(bytes.subarray(0, n * descr.itemsize));
  return a;
}

/** The bytes of the array's items (a view of its storage, valid until it resizes). */
export function PyArray_Bytes(a: PyArrayObject): Uint8Array {
  return a.mem.u8.subarray(a.offset, a.offset + a.size * a.descr.itemsize);
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
  const allocated = Math.floor(self.alloc / itemsize);
  if (allocated >= newsize && self.size < newsize + 16 && allocated > 0) {
    self.size = newsize;
    return;
  }
  if (newsize === 0) {
    if (self.allocator !== null) {
      self.allocator.free(self.offset);
      self.allocator = null;
      self.mem = new PyMemory(0);
      self.offset = 0;
    } else {
      self.mem.reallocate(0);
    }
    self.alloc = 0;
    self.size = 0;
    return;
  }
  const alloc = (newsize >> 4) + (self.size < 8 ? 3 : 7) + newsize;
  reallocItems(self, alloc * itemsize);
  self.size = newsize;
}

/**
 * `PyMem_RESIZE(ob_item)` to `nbytes`, keeping the items (new bytes zero): a
 * private memory is reallocated; a block through the allocator it came
 * from; a private array moves into the storage allocator when one is set.
 */
function reallocItems(self: PyArrayObject, nbytes: number): void {
  const owner = self.allocator;
  const a = owner ?? PyBuffer_GetStorageAllocator();
  if (a === null) {
    self.mem.reallocate(nbytes);
    self.alloc = nbytes;
    return;
  }
  const keep = Math.min(self.size * self.descr.itemsize, nbytes);
  let off: number;
  if (owner === null) {
    off = storageMalloc(a, nbytes);
    // Read after the allocation, which may have grown the memory.
    a.memory.u8.set(self.mem.u8.subarray(0, keep), off);
    self.mem = a.memory;
    self.allocator = a;
  } else {
    off = storageRealloc(a, self.offset, nbytes);
  }
  a.memory.u8.fill(0, off + keep, off + nbytes);
  self.offset = off;
  self.alloc = nbytes;
}

/** `getarrayitem`: the item at `i` (in range) as a new int or float. */
export function getItem(a: PyArrayObject, i: number): PyObject {
  const d = a.descr;
  const x = d.load(a.mem.dv, a.offset + i * d.itemsize);
  return d.isInt ? PyLong_FromValue(x) : PyFloat_FromDouble(x as number);
}

/** `setarrayitem` for an index in range (converts first, so errors leave the item as is). */
export function setItem(a: PyArrayObject, i: number, v: PyObject): void {
  const d = a.descr;
  const x = d.convert(v);
  d.store(a.mem.dv, a.offset + i * d.itemsize, x);
}

/**
 * A new array of `typecode` from JS numbers/bigints (converted as `array(typecode, list)` would).
 * @returns New reference.
 */
export function PyArray_FromValues(typecode: string, values: readonly (number | bigint)[]): PyArrayObject {
  const descr = DESCR_BY_CODE.get(typecode);
  if (descr === undefined) raise(PyExc_ValueError, BAD_TYPECODE);
  const a = newArray(descr, values.length);
  const dv = arrayDv(a);
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
  const dv = arrayDv(a);
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
