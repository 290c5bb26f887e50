/**
 * More of the C-API for extensions (see capi-imports.ts): sequences,
 * mappings, dicts, slices, calls, str/bytes helpers, type queries.
 */
import {
  PyByteArray_FromBytes,
  PyByteArray_Type,
  PyBytes_Check,
  PyBytes_FromBytes,
  PyBytes_Storage,
  getBuffer,
  PyBUF_SIMPLE,
  PyBuffer_Release,
} from "@py/buffer";
import {
  iterateToArray,
  type KwArgs,
  list_sort_impl,
  PyDict_Check,
  PyDict_Clear,
  PyDict_Contains,
  PyDict_Copy,
  PyDict_DelItem,
  PyDict_DelItemString,
  PyDict_GetItem,
  PyDict_GetItemString,
  PyDict_GetItemWithError,
  PyDict_Items,
  PyDict_Keys,
  PyDict_Merge,
  PyDict_New,
  PyDict_Next,
  PyDict_SetItem,
  PyDict_SetItemString,
  PyDict_Size,
  PyDict_Update,
  PyDict_Values,
  PyExc_IndexError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyIndex_Check,
  PyIter_Check,
  PyList_Check,
  PyList_FromArray,
  PyHeapTypeObject,
  type PyListObject,
  PyLong_FromValue,
  longAsBigInt,
  PyLong_Check,
  PyModule_New,
  PyMapping_Check,
  PyNumber_AsSsize_t,
  PyNumber_Check,
  PyNumber_Divmod,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceSubtract,
  PyNumber_Index,
  type PyObject,
  PyObject_Call,
  PyObject_DelItem,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_HasAttr,
  PyObject_IsSubclass,
  PyObject_SetAttr,
  PyObject_SetItem,
  PySequence_Check,
  PySequence_Contains,
  PySequence_GetItem,
  PySequence_List,
  PySequence_SetItem,
  PySequence_Size,
  PySequence_Tuple,
  PySlice_AdjustIndices,
  PySlice_Check,
  PySlice_New,
  PySlice_Unpack,
  PyTuple_Check,
  PyTuple_Pack,
  type PyTupleObject,
  PyType_Check,
  type PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  Py_DECREF,
  Py_NewRef,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  raise,
  repr as objRepr,
  type Py_ssize_t,
} from "@py/object";
import { Wasm32VaList } from "../args/va-list.js";
import { Py_BuildValue } from "../args/build-value.js";
import { decodeBytes, encodeString } from "@py/buffer";
import { currentException } from "../errors.js";
import { intoHeapStorage } from "../heap-storage.js";
import { adopt, borrow } from "../refcount.js";
import { wasmArgBridge } from "./arg-bridge.js";
import { cRuntime, exceptionClass } from "./c-runtime.js";
import { registerCacheSweep } from "../runtime.js";
import { ptrOf } from "./calls.js";
import { TPFLAGS, TYPE } from "./layout.js";
import { genericGetAttr, genericSetAttr } from "./instance-dict.js";
import { moduleInfo } from "./modules.js";
import { defineImports, type ImportDef } from "./registry.js";
import { typeModules } from "./type-spec.js";

const o = (a: number, fn: string): PyObject => borrow(a, fn);
const give = (x: PyObject): number => adopt(x);
const cstr = (p: number): string => cRuntime().mem.readCString(p);
const va = (p: number) => new Wasm32VaList(() => cRuntime().mem.heapDV(), p);
const bool = (b: boolean): number => (b ? 1 : 0);

function seq(f: (x: PyObject) => PyObject, fn: string): ImportDef {
  return { sig: "o:o", fn: (a: number) => give(f(o(a, fn))) };
}

function tupleItems(a: number, fn: string): PyObject[] {
  const t = o(a, fn);
  if (!PyTuple_Check(t)) raise(PyExc_SystemError, `${fn}: bad argument to internal function`);
  return (t as PyTupleObject).items;
}

function kwargsOf(d: number, fn: string): KwArgs | null {
  if (d === 0) return null;
  const x = o(d, fn);
  if (!PyDict_Check(x)) raise(PyExc_TypeError, "keywords must be a dict");
  const out: KwArgs = new Map();
  for (let p = PyDict_Next(x, 0); p !== null; p = PyDict_Next(x, p.pos)) {
    if (!PyUnicode_Check(p.key)) raise(PyExc_TypeError, "keywords must be strings");
    out.set(p.key.value, p.value);
  }
  return out;
}

/** The objects of a NULL-terminated `PyObject *` list read from a va_list. */
function objArgs(vaPtr: number, fn: string): PyObject[] {
  const v = va(vaPtr);
  const out: PyObject[] = [];
  for (let p = v.ptr(); p !== 0; p = v.ptr()) out.push(o(p, fn));
  return out;
}

/**
 * The call arguments `Py_BuildValue(format, ...)` makes (a tuple is the
 * arguments, anything else the one argument); `done()` drops them after the call.
 */
function buildArgs(fmt: number, vaPtr: number, clean: boolean): { args: PyObject[]; done(): void } {
  if (fmt === 0) return { args: [], done: () => {} };
  const built = Py_BuildValue(wasmArgBridge, cRuntime().mem.readCStringBytes(fmt), va(vaPtr), {
    ssizeClean: clean,
  });
  return { args: PyTuple_Check(built) ? [...built.items] : [built], done: () => Py_DECREF(built) };
}

function callFunction(clean: boolean): ImportDef {
  return {
    sig: "o:opp",
    fn: (f: number, fmt: number, v: number) => {
      const a = buildArgs(fmt, v, clean);
      try {
        return give(PyObject_Call(o(f, "PyObject_CallFunction"), a.args, null));
      } finally {
        a.done();
      }
    },
  };
}

function callMethod(clean: boolean): ImportDef {
  return {
    sig: "o:oppp",
    fn: (obj: number, name: number, fmt: number, v: number) => {
      const m = PyObject_GetAttr(o(obj, "PyObject_CallMethod"), cstr(name));
      const a = buildArgs(fmt, v, clean);
      try {
        return give(PyObject_Call(m, a.args, null));
      } finally {
        Py_DECREF(m);
        a.done();
      }
    },
  };
}

function typeOf(a: number, fn: string): PyTypeObject {
  const t = o(a, fn);
  if (!PyType_Check(t)) raise(PyExc_SystemError, `${fn}: bad argument to internal function`);
  return t;
}

/** `items[lo:hi]` as `PyTuple_GetSlice`/`PyList_GetSlice` clamp: negative bounds are 0, not from the end. */
function clampedSlice(items: readonly PyObject[], lo: number, hi: number): PyObject[] {
  const n = items.length;
  const i = Math.min(Math.max(lo, 0), n);
  return items.slice(i, Math.max(i, Math.min(Math.max(hi, 0), n)));
}

function sliceOf(seqObj: PyObject, lo: number, hi: number): PyObject {
  const s = PySlice_New(PyLong_FromValue(lo), PyLong_FromValue(hi), null);
  try {
    return PyObject_GetItem(seqObj, s);
  } finally {
    Py_DECREF(s);
  }
}

function decode(p: number, n: number, encoding: string, errors: number): number {
  const bytes = cRuntime().mem.copyOut(p, n);
  return give(
    PyUnicode_FromString(decodeBytes(bytes, 0, n, encoding, errors === 0 ? "strict" : cstr(errors))),
  );
}

/** Items of a "fast" sequence (`PySequence_Fast`: a list or tuple). */
function fastItems(a: number, fn: string): PyObject[] {
  const x = o(a, fn);
  if (PyList_Check(x) || PyTuple_Check(x)) return x.items;
  raise(PyExc_SystemError, `${fn}: not a list or tuple`);
}

/** `PySequence_Fast_ITEMS`: a `PyObject **` array owned by the sequence (refreshed at each call). */
// A Map, not a WeakMap: the block of an object that died is freed by the sweep
// (a WeakMap entry vanished with its object and leaked the block).
const fastArrays = new Map<PyObject, { addr: number; n: number }>();
let fastSweepAt = 64;
function sweepFastArrays(): void {
  for (const [x, arr] of fastArrays) {
    if (x.ob_refcnt <= 0) {
      cRuntime().mem.allocator.free(arr.addr);
      fastArrays.delete(x);
    }
  }
}
registerCacheSweep(sweepFastArrays);

/** 3.11's `PyType_GetModule` checks: a heap type (a class statement's or `PyType_FromSpec*`'s) made with a module. */
function typeModule(t: number, fn: string): PyObject {
  const ty = typeOf(t, fn);
  const heap =
    ty instanceof PyHeapTypeObject || (cRuntime().mem.readU32(t + TYPE.tp_flags) & TPFLAGS.HEAPTYPE) !== 0;
  if (!heap) raise(PyExc_TypeError, `PyType_GetModule: Type '${ty.tp_name}' is not a heap type`);
  const m = typeModules.get(ty);
  if (m === undefined)
    raise(PyExc_TypeError, `PyType_GetModule: Type '${ty.tp_name}' has no associated module`);
  return m;
}

/** The value of an int, or of `v.__index__()` (3.11's `_PyNumber_Index`, as `PyLong_As*AndOverflow` convert). */
function indexValue(v: PyObject): bigint {
  if (PyLong_Check(v)) return longAsBigInt(v);
  const i = PyNumber_Index(v);
  try {
    return longAsBigInt(i);
  } finally {
    Py_DECREF(i);
  }
}

defineImports({
  // ---- identity
  Py_Is: { sig: "i:oo", fn: (a: number, b: number) => bool(a === b) },
  Py_IsNone: { sig: "i:o", fn: (a: number) => bool(a === ptrOf(Py_None)) },
  Py_IsTrue: { sig: "i:o", fn: (a: number) => bool(a === ptrOf(Py_True)) },
  Py_IsFalse: { sig: "i:o", fn: (a: number) => bool(a === ptrOf(Py_False)) },

  // ---- attributes, calls
  PyObject_SetAttr: {
    sig: "i:ooo",
    fn: (a: number, n: number, v: number) => {
      const name = o(n, "PyObject_SetAttr");
      if (!PyUnicode_Check(name))
        raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
      PyObject_SetAttr(o(a, "PyObject_SetAttr"), name.value, v === 0 ? null : o(v, "PyObject_SetAttr"));
      return 0;
    },
  },
  PyObject_HasAttr: {
    sig: "i:oo",
    fn: (a: number, n: number) => {
      const name = o(n, "PyObject_HasAttr");
      if (!PyUnicode_Check(name)) return 0;
      try {
        return bool(PyObject_HasAttr(o(a, "PyObject_HasAttr"), name.value));
      } catch {
        return 0;
      }
    },
  },
  PyObject_GenericGetAttr: {
    sig: "o:oo",
    fn: (a: number, n: number) => {
      const name = o(n, "PyObject_GenericGetAttr");
      if (!PyUnicode_Check(name))
        raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
      return give(genericGetAttr(o(a, "PyObject_GenericGetAttr"), name.value));
    },
  },
  PyObject_GenericSetAttr: {
    sig: "i:ooo",
    fn: (a: number, n: number, v: number) => {
      const name = o(n, "PyObject_GenericSetAttr");
      if (!PyUnicode_Check(name))
        raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
      genericSetAttr(
        o(a, "PyObject_GenericSetAttr"),
        name.value,
        v === 0 ? null : o(v, "PyObject_GenericSetAttr"),
      );
      return 0;
    },
  },
  PyObject_DelItem: {
    sig: "i:oo",
    fn: (a: number, k: number) => {
      PyObject_DelItem(o(a, "PyObject_DelItem"), o(k, "PyObject_DelItem"));
      return 0;
    },
  },
  PyObject_DelItemString: {
    sig: "i:op",
    fn: (a: number, k: number) => {
      const key = PyUnicode_FromString(cstr(k));
      try {
        PyObject_DelItem(o(a, "PyObject_DelItemString"), key);
      } finally {
        Py_DECREF(key);
      }
      return 0;
    },
  },
  PyObject_Type: { sig: "o:o", fn: (a: number) => give(Py_NewRef(o(a, "PyObject_Type").ob_type)) },
  PyObject_IsSubclass: {
    sig: "i:oo",
    fn: (a: number, b: number) =>
      bool(PyObject_IsSubclass(o(a, "PyObject_IsSubclass"), o(b, "PyObject_IsSubclass"))),
  },
  PyObject_SelfIter: { sig: "o:o", fn: (a: number) => give(Py_NewRef(o(a, "PyObject_SelfIter"))) },
  PyObject_ASCII: {
    sig: "o:o",
    fn: (a: number) => {
      const r = objRepr(o(a, "PyObject_ASCII"));
      let s = "";
      for (const ch of r) {
        const cp = ch.codePointAt(0)!;
        s +=
          cp < 0x80
            ? ch
            : cp < 0x100
              ? `\\x${cp.toString(16).padStart(2, "0")}`
              : cp < 0x10000
                ? `\\u${cp.toString(16).padStart(4, "0")}`
                : `\\U${cp.toString(16).padStart(8, "0")}`;
      }
      return give(PyUnicode_FromString(s));
    },
  },
  PyObject_CallFunction: callFunction(false),
  _PyObject_CallFunction_SizeT: callFunction(true),
  PyObject_CallMethod: callMethod(false),
  _PyObject_CallMethod_SizeT: callMethod(true),
  PyObject_CallFunctionObjArgs: {
    sig: "o:op",
    fn: (f: number, v: number) =>
      give(
        PyObject_Call(o(f, "PyObject_CallFunctionObjArgs"), objArgs(v, "PyObject_CallFunctionObjArgs"), null),
      ),
  },
  PyObject_CallMethodObjArgs: {
    sig: "o:oop",
    fn: (obj: number, name: number, v: number) => {
      const n = o(name, "PyObject_CallMethodObjArgs");
      if (!PyUnicode_Check(n)) raise(PyExc_TypeError, "attribute name must be string");
      const m = PyObject_GetAttr(o(obj, "PyObject_CallMethodObjArgs"), n.value);
      try {
        return give(PyObject_Call(m, objArgs(v, "PyObject_CallMethodObjArgs"), null));
      } finally {
        Py_DECREF(m);
      }
    },
  },
  PyObject_CallMethodNoArgs: {
    sig: "o:oo",
    fn: (obj: number, name: number) => {
      const n = o(name, "PyObject_CallMethodNoArgs");
      if (!PyUnicode_Check(n)) raise(PyExc_TypeError, "attribute name must be string");
      const m = PyObject_GetAttr(o(obj, "PyObject_CallMethodNoArgs"), n.value);
      try {
        return give(PyObject_Call(m, [], null));
      } finally {
        Py_DECREF(m);
      }
    },
  },
  PyObject_CallMethodOneArg: {
    sig: "o:ooo",
    fn: (obj: number, name: number, arg: number) => {
      const n = o(name, "PyObject_CallMethodOneArg");
      if (!PyUnicode_Check(n)) raise(PyExc_TypeError, "attribute name must be string");
      const m = PyObject_GetAttr(o(obj, "PyObject_CallMethodOneArg"), n.value);
      try {
        return give(PyObject_Call(m, [o(arg, "PyObject_CallMethodOneArg")], null));
      } finally {
        Py_DECREF(m);
      }
    },
  },
  PyObject_Vectorcall: {
    sig: "o:opio",
    fn: (f: number, args: number, nargsf: number, kwnames: number) => {
      const m = cRuntime().mem;
      const n = nargsf & 0x7fffffff;
      const pos: PyObject[] = [];
      for (let i = 0; i < n; i++) pos.push(o(m.readU32(args + i * 4), "PyObject_Vectorcall"));
      let kw: KwArgs | null = null;
      if (kwnames !== 0) {
        kw = new Map();
        tupleItems(kwnames, "PyObject_Vectorcall").forEach((k, i) => {
          if (!PyUnicode_Check(k)) raise(PyExc_TypeError, "keywords must be strings");
          kw!.set(k.value, o(m.readU32(args + (n + i) * 4), "PyObject_Vectorcall"));
        });
      }
      return give(PyObject_Call(o(f, "PyObject_Vectorcall"), pos, kw));
    },
  },
  PyObject_VectorcallDict: {
    sig: "o:opio",
    fn: (f: number, args: number, nargsf: number, kw: number) => {
      const m = cRuntime().mem;
      const n = nargsf & 0x7fffffff;
      const pos: PyObject[] = [];
      for (let i = 0; i < n; i++) pos.push(o(m.readU32(args + i * 4), "PyObject_VectorcallDict"));
      return give(
        PyObject_Call(o(f, "PyObject_VectorcallDict"), pos, kwargsOf(kw, "PyObject_VectorcallDict")),
      );
    },
  },

  // ---- numbers, iterators
  PyIndex_Check: { sig: "i:o", fn: (a: number) => bool(PyIndex_Check(o(a, "PyIndex_Check"))) },
  PyIter_Check: { sig: "i:o", fn: (a: number) => bool(PyIter_Check(o(a, "PyIter_Check"))) },
  PyNumber_Check: { sig: "i:o", fn: (a: number) => bool(PyNumber_Check(o(a, "PyNumber_Check"))) },
  PyNumber_AsSsize_t: {
    sig: "i:oo",
    fn: (a: number, exc: number) => {
      const v = PyNumber_AsSsize_t(
        o(a, "PyNumber_AsSsize_t"),
        exc === 0 ? null : typeOf(exc, "PyNumber_AsSsize_t"),
      );
      // Py_ssize_t is 32 bits here: clamp or raise as CPython does at that width.
      if (v > 0x7fffffff || v < -0x80000000) {
        if (exc !== 0)
          raise(
            typeOf(exc, "PyNumber_AsSsize_t"),
            `cannot fit '${o(a, "PyNumber_AsSsize_t").ob_type.tp_name}' into an index-sized integer`,
          );
        return v > 0 ? 0x7fffffff : -0x80000000;
      }
      return v;
    },
  },
  PyNumber_Divmod: {
    sig: "o:oo",
    fn: (a: number, b: number) => give(PyNumber_Divmod(o(a, "PyNumber_Divmod"), o(b, "PyNumber_Divmod"))),
  },
  PyNumber_InPlaceAdd: {
    sig: "o:oo",
    fn: (a: number, b: number) =>
      give(PyNumber_InPlaceAdd(o(a, "PyNumber_InPlaceAdd"), o(b, "PyNumber_InPlaceAdd"))),
  },
  PyNumber_InPlaceSubtract: {
    sig: "o:oo",
    fn: (a: number, b: number) =>
      give(PyNumber_InPlaceSubtract(o(a, "PyNumber_InPlaceSubtract"), o(b, "PyNumber_InPlaceSubtract"))),
  },
  PyNumber_InPlaceMultiply: {
    sig: "o:oo",
    fn: (a: number, b: number) =>
      give(PyNumber_InPlaceMultiply(o(a, "PyNumber_InPlaceMultiply"), o(b, "PyNumber_InPlaceMultiply"))),
  },
  PyLong_AsLongAndOverflow: {
    sig: "i:op",
    fn: (a: number, ov: number) => {
      const b = indexValue(o(a, "PyLong_AsLongAndOverflow"));
      const m = cRuntime().mem;
      m.writeI32(ov, b > 0x7fffffffn ? 1 : b < -0x80000000n ? -1 : 0);
      return b > 0x7fffffffn || b < -0x80000000n ? -1 : Number(b);
    },
  },
  PyLong_AsLongLongAndOverflow: {
    sig: "l:op",
    fn: (a: number, ov: number) => {
      const b = indexValue(o(a, "PyLong_AsLongLongAndOverflow"));
      const over = b >= 1n << 63n ? 1 : b < -(1n << 63n) ? -1 : 0;
      cRuntime().mem.writeI32(ov, over);
      return over !== 0 ? -1n : b;
    },
  },

  // ---- sequences
  PySequence_Check: { sig: "i:o", fn: (a: number) => bool(PySequence_Check(o(a, "PySequence_Check"))) },
  PySequence_Size: { sig: "i:o", fn: (a: number) => PySequence_Size(o(a, "PySequence_Size")) },
  PySequence_Length: { sig: "i:o", fn: (a: number) => PySequence_Size(o(a, "PySequence_Length")) },
  PySequence_GetItem: {
    sig: "o:oi",
    fn: (a: number, i: number) => give(PySequence_GetItem(o(a, "PySequence_GetItem"), i)),
  },
  PySequence_SetItem: {
    sig: "i:oio",
    fn: (a: number, i: number, v: number) => {
      PySequence_SetItem(o(a, "PySequence_SetItem"), i, o(v, "PySequence_SetItem"));
      return 0;
    },
  },
  PySequence_DelItem: {
    sig: "i:oi",
    fn: (a: number, i: number) => {
      PySequence_SetItem(o(a, "PySequence_DelItem"), i, null);
      return 0;
    },
  },
  PySequence_GetSlice: {
    sig: "o:oii",
    fn: (a: number, lo: number, hi: number) => {
      const x = o(a, "PySequence_GetSlice");
      if (!PyObject_HasAttr(x.ob_type, "__getitem__"))
        raise(PyExc_TypeError, `'${x.ob_type.tp_name}' object is unsliceable`);
      return give(sliceOf(x, lo, hi));
    },
  },
  PySequence_Contains: {
    sig: "i:oo",
    fn: (a: number, v: number) =>
      bool(PySequence_Contains(o(a, "PySequence_Contains"), o(v, "PySequence_Contains"))),
  },
  PySequence_Index: {
    sig: "i:oo",
    fn: (a: number, v: number) => {
      const items = iterateToArray(o(a, "PySequence_Index"));
      const target = o(v, "PySequence_Index");
      try {
        for (let i = 0; i < items.length; i++) if (PyObject_RichCompareBoolEq(items[i]!, target)) return i;
      } finally {
        for (const x of items) Py_DECREF(x);
      }
      raise(exceptionClass("ValueError"), "sequence.index(x): x not in sequence");
    },
  },
  PySequence_Count: {
    sig: "i:oo",
    fn: (a: number, v: number) => {
      const items = iterateToArray(o(a, "PySequence_Count"));
      const target = o(v, "PySequence_Count");
      let n = 0;
      try {
        for (const x of items) if (PyObject_RichCompareBoolEq(x, target)) n++;
      } finally {
        for (const x of items) Py_DECREF(x);
      }
      return n;
    },
  },
  PySequence_List: seq(PySequence_List, "PySequence_List"),
  PySequence_Tuple: seq(PySequence_Tuple, "PySequence_Tuple"),
  PySequence_Fast: {
    sig: "o:op",
    fn: (a: number, m: number) => {
      const x = o(a, "PySequence_Fast");
      if (PyList_Check(x) || PyTuple_Check(x)) return give(Py_NewRef(x));
      try {
        return give(PySequence_List(x));
      } catch (e) {
        if (currentException() === null && e instanceof Error && /not iterable/.test(e.message)) {
          raise(PyExc_TypeError, cstr(m));
        }
        throw e;
      }
    },
  },
  PySequence_Concat: {
    sig: "o:oo",
    fn: (a: number, b: number) => {
      const x = o(a, "PySequence_Concat");
      const sq = x.ob_type.tp_as_sequence;
      if (sq?.sq_concat === undefined)
        raise(PyExc_TypeError, `'${x.ob_type.tp_name}' object can't be concatenated`);
      return give(sq.sq_concat(x, o(b, "PySequence_Concat")));
    },
  },
  _Pyobj_SeqFast_Size: { sig: "i:o", fn: (a: number) => fastItems(a, "PySequence_Fast_GET_SIZE").length },
  _Pyobj_SeqFast_Item: {
    sig: "o:oi",
    fn: (a: number, i: number) => {
      const items = fastItems(a, "PySequence_Fast_GET_ITEM");
      if (!(i >= 0 && i < items.length)) raise(PyExc_IndexError, "index out of range");
      return ptrOf(items[i]!);
    },
  },
  _Pyobj_SeqFast_Items: {
    sig: "p:o",
    fn: (a: number) => {
      const x = o(a, "PySequence_Fast_ITEMS");
      const items = fastItems(a, "PySequence_Fast_ITEMS");
      const c = cRuntime();
      let arr = fastArrays.get(x);
      if (arr === undefined || arr.n < items.length) {
        if (arr !== undefined) c.mem.allocator.free(arr.addr);
        const addr = c.mem.allocator.malloc(Math.max(1, items.length) * 4);
        if (addr === 0) raise(exceptionClass("MemoryError"));
        arr = { addr, n: items.length };
        if (fastArrays.size >= fastSweepAt) {
          sweepFastArrays();
          fastSweepAt = Math.max(64, fastArrays.size * 2);
        }
        fastArrays.set(x, arr);
      }
      for (let i = 0; i < items.length; i++) c.mem.writeU32(arr.addr + i * 4, ptrOf(items[i]!));
      return arr.addr;
    },
  },

  // ---- tuple, list extras
  PyTuple_Pack: {
    sig: "o:ip",
    fn: (n: number, v: number) => {
      const l = va(v);
      const items: PyObject[] = [];
      for (let i = 0; i < n; i++) items.push(Py_NewRef(o(l.ptr(), "PyTuple_Pack")));
      return give(PyTuple_Pack(items));
    },
  },
  PyTuple_GetSlice: {
    sig: "o:oii",
    fn: (a: number, lo: number, hi: number) => {
      const t = o(a, "PyTuple_GetSlice");
      if (!PyTuple_Check(t)) raise(PyExc_SystemError, "bad argument to internal function");
      return give(PyTuple_Pack(clampedSlice(t.items, lo, hi).map((x) => Py_NewRef(x))));
    },
  },
  PyList_GetSlice: {
    sig: "o:oii",
    fn: (a: number, lo: number, hi: number) => {
      const l = o(a, "PyList_GetSlice");
      if (!PyList_Check(l)) raise(PyExc_SystemError, "bad argument to internal function");
      return give(PyList_FromArray(clampedSlice(l.items, lo, hi).map((x) => Py_NewRef(x))));
    },
  },
  PyList_SetSlice: {
    sig: "i:oiio",
    fn: (a: number, lo: number, hi: number, v: number) => {
      const s = PySlice_New(PyLong_FromValue(lo), PyLong_FromValue(hi), null);
      try {
        if (v === 0) PyObject_DelItem(o(a, "PyList_SetSlice"), s);
        else PyObject_SetItem(o(a, "PyList_SetSlice"), s, o(v, "PyList_SetSlice"));
      } finally {
        Py_DECREF(s);
      }
      return 0;
    },
  },
  PyList_Insert: {
    sig: "i:oio",
    fn: (a: number, i: number, v: number) => {
      const l = o(a, "PyList_Insert");
      if (!PyList_Check(l)) raise(PyExc_SystemError, "bad argument to internal function");
      const items = (l as PyListObject).items;
      let at = i < 0 ? Math.max(0, items.length + i) : Math.min(i, items.length);
      if (Number.isNaN(at)) at = 0;
      items.splice(at, 0, Py_NewRef(o(v, "PyList_Insert")));
      return 0;
    },
  },
  PyList_Sort: {
    sig: "i:o",
    fn: (a: number) => {
      const l = o(a, "PyList_Sort");
      if (!PyList_Check(l)) raise(PyExc_SystemError, "bad argument to internal function");
      list_sort_impl(l as PyListObject, null, false);
      return 0;
    },
  },
  PyList_Reverse: {
    sig: "i:o",
    fn: (a: number) => {
      const l = o(a, "PyList_Reverse");
      if (!PyList_Check(l)) raise(PyExc_SystemError, "bad argument to internal function");
      (l as PyListObject).items.reverse();
      return 0;
    },
  },
  PyList_AsTuple: {
    sig: "o:o",
    fn: (a: number) => {
      const l = o(a, "PyList_AsTuple");
      if (!PyList_Check(l)) raise(PyExc_SystemError, "bad argument to internal function");
      return give(PyTuple_Pack((l as PyListObject).items.map((x) => Py_NewRef(x))));
    },
  },

  // ---- mappings, dicts
  PyMapping_Check: { sig: "i:o", fn: (a: number) => bool(PyMapping_Check(o(a, "PyMapping_Check"))) },
  PyMapping_Size: { sig: "i:o", fn: (a: number) => mappingSize(a, "PyMapping_Size") },
  PyMapping_Length: { sig: "i:o", fn: (a: number) => mappingSize(a, "PyMapping_Length") },
  PyMapping_GetItemString: {
    sig: "o:op",
    fn: (a: number, k: number) => {
      const key = PyUnicode_FromString(cstr(k));
      try {
        return give(PyObject_GetItem(o(a, "PyMapping_GetItemString"), key));
      } finally {
        Py_DECREF(key);
      }
    },
  },
  PyMapping_SetItemString: {
    sig: "i:opo",
    fn: (a: number, k: number, v: number) => {
      const key = PyUnicode_FromString(cstr(k));
      try {
        PyObject_SetItem(o(a, "PyMapping_SetItemString"), key, o(v, "PyMapping_SetItemString"));
      } finally {
        Py_DECREF(key);
      }
      return 0;
    },
  },
  PyMapping_HasKeyString: {
    sig: "i:op",
    fn: (a: number, k: number) => {
      const key = PyUnicode_FromString(cstr(k));
      try {
        Py_DECREF(PyObject_GetItem(o(a, "PyMapping_HasKeyString"), key));
        return 1;
      } catch {
        return 0;
      } finally {
        Py_DECREF(key);
      }
    },
  },
  PyMapping_Keys: { sig: "o:o", fn: (a: number) => give(mappingList(a, "keys")) },
  PyMapping_Values: { sig: "o:o", fn: (a: number) => give(mappingList(a, "values")) },
  PyMapping_Items: { sig: "o:o", fn: (a: number) => give(mappingList(a, "items")) },
  PyDict_New: { sig: "o:", fn: () => give(PyDict_New()) },
  PyDict_SetItem: {
    sig: "i:ooo",
    fn: (d: number, k: number, v: number) => {
      PyDict_SetItem(o(d, "PyDict_SetItem"), o(k, "PyDict_SetItem"), o(v, "PyDict_SetItem"));
      return 0;
    },
  },
  PyDict_SetItemString: {
    sig: "i:opo",
    fn: (d: number, k: number, v: number) => {
      PyDict_SetItemString(o(d, "PyDict_SetItemString"), cstr(k), o(v, "PyDict_SetItemString"));
      return 0;
    },
  },
  PyDict_GetItem: {
    sig: "o:oo",
    fn: (d: number, k: number) => {
      // Errors are swallowed, as in CPython.
      try {
        const r = PyDict_GetItem(o(d, "PyDict_GetItem"), o(k, "PyDict_GetItem"));
        return r === null ? 0 : ptrOf(r);
      } catch {
        return 0;
      }
    },
  },
  PyDict_GetItemWithError: {
    sig: "o:oo",
    fn: (d: number, k: number) => {
      const r = PyDict_GetItemWithError(o(d, "PyDict_GetItemWithError"), o(k, "PyDict_GetItemWithError"));
      return r === null ? 0 : ptrOf(r);
    },
  },
  PyDict_GetItemString: {
    sig: "o:op",
    fn: (d: number, k: number) => {
      try {
        const r = PyDict_GetItemString(o(d, "PyDict_GetItemString"), cstr(k));
        return r === null ? 0 : ptrOf(r);
      } catch {
        return 0;
      }
    },
  },
  PyDict_DelItem: {
    sig: "i:oo",
    fn: (d: number, k: number) => {
      PyDict_DelItem(o(d, "PyDict_DelItem"), o(k, "PyDict_DelItem"));
      return 0;
    },
  },
  PyDict_DelItemString: {
    sig: "i:op",
    fn: (d: number, k: number) => {
      PyDict_DelItemString(o(d, "PyDict_DelItemString"), cstr(k));
      return 0;
    },
  },
  PyDict_Contains: {
    sig: "i:oo",
    fn: (d: number, k: number) => bool(PyDict_Contains(o(d, "PyDict_Contains"), o(k, "PyDict_Contains"))),
  },
  PyDict_Size: { sig: "i:o", fn: (d: number) => PyDict_Size(o(d, "PyDict_Size")) },
  PyDict_Next: {
    sig: "i:oppp",
    fn: (d: number, ppos: number, pkey: number, pvalue: number) => {
      const m = cRuntime().mem;
      const r = PyDict_Next(o(d, "PyDict_Next"), m.readI32(ppos));
      if (r === null) return 0;
      m.writeI32(ppos, r.pos);
      if (pkey !== 0) m.writeU32(pkey, ptrOf(r.key));
      if (pvalue !== 0) m.writeU32(pvalue, ptrOf(r.value));
      return 1;
    },
  },
  PyDict_Keys: { sig: "o:o", fn: (d: number) => give(PyDict_Keys(o(d, "PyDict_Keys"))) },
  PyDict_Values: { sig: "o:o", fn: (d: number) => give(PyDict_Values(o(d, "PyDict_Values"))) },
  PyDict_Items: { sig: "o:o", fn: (d: number) => give(PyDict_Items(o(d, "PyDict_Items"))) },
  PyDict_Copy: { sig: "o:o", fn: (d: number) => give(PyDict_Copy(o(d, "PyDict_Copy"))) },
  PyDict_Update: {
    sig: "i:oo",
    fn: (a: number, b: number) => {
      PyDict_Update(o(a, "PyDict_Update"), o(b, "PyDict_Update"));
      return 0;
    },
  },
  PyDict_Merge: {
    sig: "i:ooi",
    fn: (a: number, b: number, ov: number) => {
      PyDict_Merge(o(a, "PyDict_Merge"), o(b, "PyDict_Merge"), ov !== 0);
      return 0;
    },
  },
  PyDict_Clear: { sig: "v:o", fn: (d: number) => PyDict_Clear(o(d, "PyDict_Clear")) },

  // ---- slices
  PySlice_New: {
    sig: "o:ooo",
    fn: (a: number, b: number, c: number) =>
      give(
        PySlice_New(
          a === 0 ? null : o(a, "PySlice_New"),
          b === 0 ? null : o(b, "PySlice_New"),
          c === 0 ? null : o(c, "PySlice_New"),
        ),
      ),
  },
  PySlice_Unpack: {
    sig: "i:oppp",
    fn: (s: number, pstart: number, pstop: number, pstep: number) => {
      const sl = o(s, "PySlice_Unpack");
      if (!PySlice_Check(sl)) raise(PyExc_SystemError, "bad argument to internal function");
      const [start, stop, step] = PySlice_Unpack(sl);
      const m = cRuntime().mem;
      m.writeI32(pstart, clampSsize32(start, -0x7fffffff - 1));
      m.writeI32(pstop, clampSsize32(stop, -0x7fffffff - 1));
      m.writeI32(pstep, clampSsize32(step, -0x7fffffff));
      return 0;
    },
  },
  PySlice_AdjustIndices: {
    sig: "i:ippi",
    fn: (len: number, pstart: number, pstop: number, step: number) => {
      const m = cRuntime().mem;
      const [start, stop, n] = PySlice_AdjustIndices(len, m.readI32(pstart), m.readI32(pstop), step);
      m.writeI32(pstart, start);
      m.writeI32(pstop, stop);
      return n;
    },
  },
  PySlice_GetIndicesEx: {
    sig: "i:oipppp",
    fn: (s: number, len: number, pstart: number, pstop: number, pstep: number, plen: number) => {
      const sl = o(s, "PySlice_GetIndicesEx");
      if (!PySlice_Check(sl)) raise(PyExc_SystemError, "bad argument to internal function");
      const [a, b, st] = PySlice_Unpack(sl);
      const step = clampSsize32(st, -0x7fffffff);
      const [start, stop, n] = PySlice_AdjustIndices(
        len,
        clampSsize32(a, -0x7fffffff - 1),
        clampSsize32(b, -0x7fffffff - 1),
        step,
      );
      const m = cRuntime().mem;
      m.writeI32(pstart, start);
      m.writeI32(pstop, stop);
      m.writeI32(pstep, step);
      m.writeI32(plen, n);
      return 0;
    },
  },

  // ---- str, bytes extras
  PyUnicode_AsUTF8String: {
    sig: "o:o",
    fn: (a: number) => {
      const s = o(a, "PyUnicode_AsUTF8String");
      if (!PyUnicode_Check(s)) raise(PyExc_TypeError, "bad argument type for built-in operation");
      return give(PyBytes_FromBytes(encodeString(s.value)));
    },
  },
  PyUnicode_DecodeUTF8: { sig: "o:pip", fn: (p: number, n: number, e: number) => decode(p, n, "utf-8", e) },
  PyUnicode_DecodeASCII: { sig: "o:pip", fn: (p: number, n: number, e: number) => decode(p, n, "ascii", e) },
  PyUnicode_DecodeLatin1: {
    sig: "o:pip",
    fn: (p: number, n: number, e: number) => decode(p, n, "latin-1", e),
  },
  PyUnicode_Concat: {
    sig: "o:oo",
    fn: (a: number, b: number) => {
      const x = o(a, "PyUnicode_Concat");
      const y = o(b, "PyUnicode_Concat");
      if (!PyUnicode_Check(x) || !PyUnicode_Check(y)) {
        const bad = PyUnicode_Check(x) ? y : x;
        raise(PyExc_TypeError, `can only concatenate str (not "${bad.ob_type.tp_name}") to str`);
      }
      return give(PyUnicode_FromString(x.value + y.value));
    },
  },
  PyUnicode_CompareWithASCIIString: {
    sig: "i:op",
    fn: (a: number, p: number) => {
      const x = o(a, "PyUnicode_CompareWithASCIIString");
      if (!PyUnicode_Check(x)) raise(PyExc_TypeError, "bad argument type for built-in operation");
      const s = cstr(p);
      return x.value < s ? -1 : x.value > s ? 1 : 0;
    },
  },
  PyUnicode_Compare: {
    sig: "i:oo",
    fn: (a: number, b: number) => {
      const x = o(a, "PyUnicode_Compare");
      const y = o(b, "PyUnicode_Compare");
      if (!PyUnicode_Check(x) || !PyUnicode_Check(y))
        raise(PyExc_TypeError, `Can't compare ${x.ob_type.tp_name} and ${y.ob_type.tp_name}`);
      return x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
    },
  },
  PyUnicode_FromOrdinal: {
    sig: "o:i",
    fn: (c: number) => {
      if (c < 0 || c > 0x10ffff) raise(exceptionClass("ValueError"), "chr() arg not in range(0x110000)");
      return give(PyUnicode_FromString(String.fromCodePoint(c)));
    },
  },
  PyBytes_AsStringAndSize: {
    sig: "i:opp",
    fn: (a: number, pbuf: number, plen: number) => {
      const x = o(a, "PyBytes_AsStringAndSize");
      if (!PyBytes_Check(x)) raise(PyExc_TypeError, `expected bytes, ${x.ob_type.tp_name} found`);
      intoHeapStorage(x);
      const s = PyBytes_Storage(x);
      const m = cRuntime().mem;
      const addr = m.addressOf({ mem: s.mem, offset: s.offset });
      if (plen === 0 && s.mem.u8.subarray(s.offset, s.offset + s.length).includes(0))
        raise(exceptionClass("ValueError"), "embedded null byte");
      m.writeU32(pbuf, addr);
      if (plen !== 0) m.writeI32(plen, s.length);
      return 0;
    },
  },
  PyBytes_FromObject: {
    sig: "o:o",
    fn: (a: number) => {
      const x = o(a, "PyBytes_FromObject");
      if (PyBytes_Check(x)) return give(Py_NewRef(x));
      const v = getBuffer(x, PyBUF_SIMPLE);
      try {
        return give(PyBytes_FromBytes(v.buf.mem.u8.slice(v.buf.offset, v.buf.offset + v.len)));
      } finally {
        PyBuffer_Release(v);
      }
    },
  },
  PyByteArray_FromObject: {
    sig: "o:o",
    fn: (a: number) => {
      const x = o(a, "PyByteArray_FromObject");
      // CPython calls bytearray(x): iterables of ints, an int (zeroed), str refused.
      if (x.ob_type.tp_as_buffer === null) return give(PyObject_Call(PyByteArray_Type, [x], null));
      const v = getBuffer(x, PyBUF_SIMPLE);
      try {
        return give(PyByteArray_FromBytes(v.buf.mem.u8.slice(v.buf.offset, v.buf.offset + v.len)));
      } finally {
        PyBuffer_Release(v);
      }
    },
  },

  // ---- modules and types
  PyModule_New: {
    sig: "o:p",
    fn: (name: number) => give(PyModule_New(cstr(name))),
  },
  PyType_GetSlot: {
    sig: "p:oi",
    fn: (t: number, slot: number) => {
      typeOf(t, "PyType_GetSlot");
      const f = SLOT_FIELDS[slot];
      if (f === undefined) raise(PyExc_SystemError, "bad argument to internal function");
      const m = cRuntime().mem;
      if (f[0] === -1) return m.readU32(t + f[1]);
      const table = m.readU32(t + f[0]);
      return table === 0 ? 0 : m.readU32(table + f[1]);
    },
  },
  PyType_GetName: {
    sig: "o:o",
    fn: (t: number) => {
      const ty = typeOf(t, "PyType_GetName");
      return give(PyUnicode_FromString(ty.tp_name.slice(ty.tp_name.lastIndexOf(".") + 1)));
    },
  },
  PyType_GetQualName: {
    sig: "o:o",
    fn: (t: number) => {
      const ty = typeOf(t, "PyType_GetQualName");
      return give(PyUnicode_FromString(ty.tp_name.slice(ty.tp_name.lastIndexOf(".") + 1)));
    },
  },
  PyType_GetModule: {
    sig: "o:o",
    fn: (t: number) => {
      return ptrOf(typeModule(t, "PyType_GetModule"));
    },
  },
  PyType_GetModuleState: {
    sig: "p:o",
    fn: (t: number) => {
      return moduleInfo(typeModule(t, "PyType_GetModuleState"))?.state ?? 0;
    },
  },
  PyType_Modified: { sig: "v:o", fn: () => {} },
  PyNotImplemented: { sig: "o:", fn: () => ptrOf(Py_NotImplemented) },
});

function PyObject_RichCompareBoolEq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const r = a.ob_type.tp_richcompare?.(a, b, 2);
  if (r === undefined) return false;
  try {
    return r !== Py_NotImplemented && r === Py_True;
  } finally {
    Py_DECREF(r);
  }
}

/**
 * A `Py_ssize_t` (exact, ssize.ts) clamped to the wasm32 ABI's 32-bit
 * ssize_t, as PySlice_Unpack clamps to PY_SSIZE_T_MIN/MAX there (the step to
 * -PY_SSIZE_T_MAX, so `lo` is given).
 */
function clampSsize32(v: Py_ssize_t, lo: number): number {
  if (v < lo) return lo;
  if (v > 0x7fffffff) return 0x7fffffff;
  return v as number;
}

function mappingSize(a: number, fn: string): Py_ssize_t {
  const x = o(a, fn);
  const mp = x.ob_type.tp_as_mapping;
  if (mp?.mp_length !== undefined) return mp.mp_length(x);
  raise(PyExc_TypeError, `object of type '${x.ob_type.tp_name}' has no len()`);
}

function mappingList(a: number, which: "keys" | "values" | "items"): PyObject {
  const x = o(a, `PyMapping_${which}`);
  if (PyDict_Check(x))
    return which === "keys" ? PyDict_Keys(x) : which === "values" ? PyDict_Values(x) : PyDict_Items(x);
  const m = PyObject_GetAttr(x, which);
  try {
    const r = PyObject_Call(m, [], null);
    try {
      return PyList_FromArray(iterateToArray(r));
    } finally {
      Py_DECREF(r);
    }
  } finally {
    Py_DECREF(m);
  }
}

/** `PyType_GetSlot` fields by slot id: [table offset in the type (-1: the type itself), field offset]. */
const SLOT_FIELDS: Record<number, [number, number]> = (() => {
  const out: Record<number, [number, number]> = {};
  const tp = (id: number, f: keyof typeof TYPE) => {
    out[id] = [-1, TYPE[f]];
  };
  tp(47, "tp_alloc");
  tp(48, "tp_base");
  tp(50, "tp_call");
  tp(51, "tp_clear");
  tp(52, "tp_dealloc");
  tp(56, "tp_doc");
  tp(58, "tp_getattro");
  tp(59, "tp_hash");
  tp(60, "tp_init");
  tp(62, "tp_iter");
  tp(63, "tp_iternext");
  tp(64, "tp_methods");
  tp(65, "tp_new");
  tp(66, "tp_repr");
  tp(67, "tp_richcompare");
  tp(69, "tp_setattro");
  tp(70, "tp_str");
  tp(71, "tp_traverse");
  tp(72, "tp_members");
  tp(73, "tp_getset");
  tp(74, "tp_free");
  return out;
})();
