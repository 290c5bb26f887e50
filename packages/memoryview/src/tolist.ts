/**
 * `memoryview.tolist()` (`memoryview_tolist_impl`, `tolist_base`,
 * `tolist_rec` of `Objects/memoryobject.c`): nested lists for N-D views,
 * the single item for a 0-d view.
 */
import {
  type KwArgs,
  type PyObject,
  PyFloat_FromDouble,
  PyList_FromArray,
  PyExc_MemoryError,
  PyLong_FromNumber,
  Py_DECREF,
  checkNoArgs,
  raise,
} from "@py/object";
import { type PyMemory, adjustPtr } from "@py/buffer";
import type { Unpacker } from "./item.js";
import { type PyMemoryViewObject, checkReleased } from "./memoryview.js";
import { viewCodec } from "./subscript.js";

/**
 * The items of one dimension without pointers for the native formats of at
 * most 4 bytes and the floats, one loop per format straight over the memory
 * (what `unpack_single`'s switch does in C, without a call per item); null
 * for the other formats. Native items are little-endian. Nothing here can
 * fail once the array is made (ints of at most 32 bits are numbers).
 */
function nativeItems(mem: PyMemory, ptr: number, n: number, stride: number, fmt: string): PyObject[] | null {
  switch (fmt) {
    case "B": {
      const u8 = mem.u8;
      const items = new Array<PyObject>(n);
      for (let i = 0; i < n; i++, ptr += stride) items[i] = PyLong_FromNumber(u8[ptr]!);
      return items;
    }
    case "b": {
      const dv = mem.dv;
      const items = new Array<PyObject>(n);
      for (let i = 0; i < n; i++, ptr += stride) items[i] = PyLong_FromNumber(dv.getInt8(ptr));
      return items;
    }
    case "h": {
      const dv = mem.dv;
      const items = new Array<PyObject>(n);
      for (let i = 0; i < n; i++, ptr += stride) items[i] = PyLong_FromNumber(dv.getInt16(ptr, true));
      return items;
    }
    case "H": {
      const dv = mem.dv;
      const items = new Array<PyObject>(n);
      for (let i = 0; i < n; i++, ptr += stride) items[i] = PyLong_FromNumber(dv.getUint16(ptr, true));
      return items;
    }
    case "i": {
      const dv = mem.dv;
      const items = new Array<PyObject>(n);
      for (let i = 0; i < n; i++, ptr += stride) items[i] = PyLong_FromNumber(dv.getInt32(ptr, true));
      return items;
    }
    case "I": {
      const dv = mem.dv;
      const items = new Array<PyObject>(n);
      for (let i = 0; i < n; i++, ptr += stride) items[i] = PyLong_FromNumber(dv.getUint32(ptr, true));
      return items;
    }
    case "f": {
      const dv = mem.dv;
      const items = new Array<PyObject>(n);
      for (let i = 0; i < n; i++, ptr += stride) items[i] = PyFloat_FromDouble(dv.getFloat32(ptr, true));
      return items;
    }
    case "d": {
      const dv = mem.dv;
      const items = new Array<PyObject>(n);
      for (let i = 0; i < n; i++, ptr += stride) items[i] = PyFloat_FromDouble(dv.getFloat64(ptr, true));
      return items;
    }
    default:
      return null;
  }
}

/**
 * Most items one JS array can hold before V8 fails with a raw RangeError or a
 * fatal out-of-memory; a longer dimension (a zero-stride view can claim any
 * length) raises MemoryError, as CPython's `PyList_New` does when it cannot allocate.
 */
const MAX_LIST_ITEMS = 2 ** 27;

/** `PyList_New(n)`'s allocation check. */
function checkListSize(n: number): void {
  if (n > MAX_LIST_ITEMS) raise(PyExc_MemoryError);
}

/** `tolist_base`: one dimension of items. Items are owned by the returned list. */
function tolistBase(
  mem: PyMemory,
  ptr: number,
  n: number,
  stride: number,
  suboffsets: readonly number[] | null,
  dim: number,
  unpack: Unpacker,
  fmt: string,
): PyObject {
  checkListSize(n);
  if (suboffsets === null || suboffsets[dim]! < 0) {
    const fast = nativeItems(mem, ptr, n, stride, fmt);
    if (fast !== null) return PyList_FromArray(fast);
  }
  const items = new Array<PyObject>(n);
  let i = 0;
  try {
    if (suboffsets === null || suboffsets[dim]! < 0) {
      for (; i < n; i++, ptr += stride) items[i] = unpack(mem, ptr);
    } else {
      for (; i < n; i++, ptr += stride) items[i] = unpack(mem, adjustPtr(mem, ptr, suboffsets, dim));
    }
  } catch (e) {
    for (let k = 0; k < i; k++) Py_DECREF(items[k]!);
    throw e;
  }
  return PyList_FromArray(items);
}

/** `tolist_rec`: nested lists, ndim >= 1. */
function tolistRec(
  self: PyMemoryViewObject,
  ptr: number,
  dim: number,
  unpack: Unpacker,
  fmt: string,
): PyObject {
  const view = self.view;
  const mem = view.buf.mem;
  const n = view.shape[dim]!;
  const stride = view.strides[dim]!;
  if (dim === view.ndim - 1) return tolistBase(mem, ptr, n, stride, view.suboffsets, dim, unpack, fmt);
  checkListSize(n);
  const items: PyObject[] = [];
  try {
    for (let i = 0; i < n; i++, ptr += stride) {
      items.push(tolistRec(self, adjustPtr(mem, ptr, view.suboffsets, dim), dim + 1, unpack, fmt));
    }
  } catch (e) {
    for (const it of items) Py_DECREF(it);
    throw e;
  }
  return PyList_FromArray(items);
}

/** `memoryview.tolist()`. New reference. */
export function memoryviewTolist(o: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  checkNoArgs("memoryview.tolist()", args, kwargs);
  const self = o as PyMemoryViewObject;
  checkReleased(self);
  const { unpack, fmt } = viewCodec(self);
  const view = self.view;
  if (view.ndim === 0) return unpack(view.buf.mem, view.buf.offset);
  return tolistRec(self, view.buf.offset, 0, unpack, fmt);
}
