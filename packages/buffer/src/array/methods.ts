/** The methods of `array.array` (`array_methods` of CPython 3.11's `Modules/arraymodule.c`). */
import {
  checkNoArgs,
  checkOneArg,
  checkPositional,
  type KwArgs,
  METH_FASTCALL,
  noKeywords,
  parseArgs,
  Py_DECREF,
  Py_EQ,
  Py_NewRef,
  Py_None,
  PyExc_IndexError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyList_Check,
  PyList_FromArray,
  PyLong_AsSsize_t,
  PyLong_FromNumber,
  PyNumber_AsSsize_t,
  type PyObject,
  PyObject_RichCompareBool,
  PyTuple_Pack,
  raise,
  ssize_as_index,
  PyUnicode_Check,
  typeNameForMessage,
} from "@py/object";
import { arrayResize, arrayU8, getItem, PyArray_Bytes, type PyArrayObject, setItem } from "./array.js";
import { arraySlice, delSlice, doExtend, fromBytes, ins1 } from "./sequence.js";
import { PyBytes_FromBytes } from "../bytes/bytes.js";
import type { PyMemory } from "../protocol/memory.js";

type Meth = (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null) => PyObject;

// Positional only (METH_FASTCALL without METH_KEYWORDS): the call machinery rejects keywords.
export function noargs(name: string, f: (self: PyArrayObject) => PyObject): { meth: Meth; flags: number } {
  return {
    flags: METH_FASTCALL,
    meth: (self, args, kwargs) => {
      checkNoArgs(`array.${name}()`, args, kwargs);
      return f(self as PyArrayObject);
    },
  };
}

export function onearg(
  name: string,
  f: (self: PyArrayObject, v: PyObject) => PyObject,
): { meth: Meth; flags: number } {
  return {
    flags: METH_FASTCALL,
    meth: (self, args, kwargs) => f(self as PyArrayObject, checkOneArg(`array.${name}()`, args, kwargs)),
  };
}

/** `_PyEval_SliceIndexNotNone`: an index, clamped to the ssize_t range. */
function sliceIndex(v: PyObject): number {
  if (!PyIndex_Check(v)) {
    raise(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  }
  return ssize_as_index(PyNumber_AsSsize_t(v, null));
}

function tolist(self: PyArrayObject): PyObject {
  const items = new Array<PyObject>(self.size);
  for (let i = 0; i < self.size; i++) items[i] = getItem(self, i);
  return PyList_FromArray(items);
}

function copyOf(self: PyArrayObject): PyObject {
  return arraySlice(self, 0, self.size);
}

let fakeAddress = 0x7f00_0000_1000;

const addresses = new WeakMap<PyMemory, number>();

export const arrayMethods: Record<string, { meth: Meth; flags?: number }> = {
  append: onearg("append", (self, v) => {
    ins1(self, self.size, v);
    return Py_NewRef(Py_None);
  }),
  buffer_info: noargs("buffer_info", (self) => {
    // A block of a storage allocator has a real address: its offset.
    if (self.offset !== 0) {
      return PyTuple_Pack([PyLong_FromNumber(self.offset), PyLong_FromNumber(self.size)]);
    }
    let addr = addresses.get(self.mem);
    if (addr === undefined) {
      addr = fakeAddress;
      fakeAddress += 0x1000;
      addresses.set(self.mem, addr);
    }
    return PyTuple_Pack([PyLong_FromNumber(addr), PyLong_FromNumber(self.size)]);
  }),
  byteswap: noargs("byteswap", (self) => {
    const isz = self.descr.itemsize;
    const u8 = arrayU8(self);
    const n = self.size * isz;
    if (isz === 2) {
      for (let p = 0; p < n; p += 2) {
        const t = u8[p]!;
        u8[p] = u8[p + 1]!;
        u8[p + 1] = t;
      }
    } else if (isz === 4 || isz === 8) {
      for (let p = 0; p < n; p += isz) u8.subarray(p, p + isz).reverse();
    } else if (isz !== 1) {
      raise(PyExc_RuntimeError, "don't know how to byteswap this array type");
    }
    return Py_NewRef(Py_None);
  }),
  __copy__: noargs("__copy__", copyOf),
  __deepcopy__: onearg("__deepcopy__", (self) => copyOf(self)),
  count: onearg("count", (self, v) => {
    let count = 0;
    for (let i = 0; i < self.size; i++) {
      const item = getItem(self, i);
      try {
        if (PyObject_RichCompareBool(item, v, Py_EQ)) count++;
      } finally {
        Py_DECREF(item);
      }
    }
    return PyLong_FromNumber(count);
  }),
  extend: {
    meth: (s, args, kwargs) => {
      const self = s as PyArrayObject;
      const [bb] = parseArgs("extend", args, kwargs, { names: ["bb"], posonly: 1, required: 1 });
      doExtend(self, bb!);
      return Py_NewRef(Py_None);
    },
  },
  frombytes: onearg("frombytes", (self, v) => {
    fromBytes(self, v);
    return Py_NewRef(Py_None);
  }),
  fromlist: onearg("fromlist", (self, list) => {
    if (!PyList_Check(list)) raise(PyExc_TypeError, "arg must be list");
    const n = list.items.length;
    if (n > 0) {
      const old = self.size;
      arrayResize(self, old + n);
      for (let i = 0; i < n; i++) {
        try {
          setItem(self, old + i, list.items[i]!);
        } catch (e) {
          arrayResize(self, old);
          throw e;
        }
        if (n !== list.items.length) {
          arrayResize(self, old);
          raise(PyExc_RuntimeError, "list changed size during iteration");
        }
      }
    }
    return Py_NewRef(Py_None);
  }),
  // Argument Clinic's 'U' converter runs before the body's typecode check
  fromunicode: onearg("fromunicode", (_self, v) => {
    if (!PyUnicode_Check(v))
      raise(PyExc_TypeError, `fromunicode() argument must be str, not ${typeNameForMessage(v)}`);
    raise(PyExc_ValueError, "fromunicode() may only be called on unicode type arrays");
  }),
  index: {
    flags: METH_FASTCALL,
    meth: (s, args, kwargs) => {
      const self = s as PyArrayObject;
      noKeywords("index", kwargs);
      checkPositional("index", args.length, 1, 3);
      const v = args[0]!;
      let start = args.length > 1 ? sliceIndex(args[1]!) : 0;
      let stop = args.length > 2 ? sliceIndex(args[2]!) : Number.MAX_SAFE_INTEGER;
      if (start < 0) {
        start += self.size;
        if (start < 0) start = 0;
      }
      if (stop < 0) stop += self.size;
      // The size is re-read each time: comparisons may mutate the array.
      for (let i = start; i < stop && i < self.size; i++) {
        const item = getItem(self, i);
        let eq: boolean;
        try {
          eq = PyObject_RichCompareBool(item, v, Py_EQ);
        } finally {
          Py_DECREF(item);
        }
        if (eq) return PyLong_FromNumber(i);
      }
      raise(PyExc_ValueError, "array.index(x): x not in array");
    },
  },
  insert: {
    flags: METH_FASTCALL,
    meth: (s, args, kwargs) => {
      const self = s as PyArrayObject;
      noKeywords("insert", kwargs);
      checkPositional("insert", args.length, 2, 2);
      const i = ssize_as_index(PyLong_AsSsize_t(args[0]!));
      ins1(self, i, args[1]!);
      return Py_NewRef(Py_None);
    },
  },
  pop: {
    flags: METH_FASTCALL,
    meth: (s, args, kwargs) => {
      const self = s as PyArrayObject;
      noKeywords("pop", kwargs);
      checkPositional("pop", args.length, 0, 1);
      let i = args.length > 0 ? ssize_as_index(PyLong_AsSsize_t(args[0]!)) : -1;
      if (self.size === 0) raise(PyExc_IndexError, "pop from empty array");
      if (i < 0) i += self.size;
      if (i < 0 || i >= self.size) raise(PyExc_IndexError, "pop index out of range");
      const v = getItem(self, i);
      try {
        delSlice(self, i, i + 1);
      } catch (e) {
        Py_DECREF(v);
        throw e;
      }
      return v;
    },
  },
  remove: onearg("remove", (self, v) => {
    for (let i = 0; i < self.size; i++) {
      const item = getItem(self, i);
      let eq: boolean;
      try {
        eq = PyObject_RichCompareBool(item, v, Py_EQ);
      } finally {
        Py_DECREF(item);
      }
      if (eq) {
        delSlice(self, i, i + 1);
        return Py_NewRef(Py_None);
      }
    }
    raise(PyExc_ValueError, "array.remove(x): x not in array");
  }),
  reverse: noargs("reverse", (self) => {
    const isz = self.descr.itemsize;
    const n = self.size;
    const u8 = arrayU8(self);
    if (isz === 1) {
      u8.subarray(0, n).reverse();
    } else {
      const tmp = new Uint8Array(isz);
      for (let lo = 0, hi = (n - 1) * isz; lo < hi; lo += isz, hi -= isz) {
        tmp.set(u8.subarray(lo, lo + isz));
        u8.copyWithin(lo, hi, hi + isz);
        u8.set(tmp, hi);
      }
    }
    return Py_NewRef(Py_None);
  }),
  tobytes: noargs("tobytes", (self) => PyBytes_FromBytes(PyArray_Bytes(self).slice())),
  tolist: noargs("tolist", tolist),
  tounicode: noargs("tounicode", () =>
    raise(PyExc_ValueError, "tounicode() may only be called on unicode type arrays"),
  ),
  __sizeof__: noargs("__sizeof__", (self) => PyLong_FromNumber(64 + self.alloc)),
};
