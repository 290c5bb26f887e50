/**
 * The C-API functions extensions import (`env.NAME`), with their wasm
 * signatures: the façade's functions (which take and return `PyObject *`
 * values, header addresses under a `CRuntime`) plus the ones only C needs
 * (modules, types, the `_Pyobj_*` helpers of our headers).
 *
 * Signature letters (registry.ts): i int/long/Py_ssize_t (32-bit), p pointer,
 * o `PyObject *`, l 64-bit integer (BigInt), d double, f float, v void.
 */
import {
  longAsBigInt,
  PyBaseExceptionObject,
  PyBool_FromBool,
  PyCallable_Check,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyFloat_AsDouble as objFloatAsDouble,
  PyFloat_FromDouble as objFloat,
  PyList_Append as objListAppend,
  PyList_Check,
  PyList_FromArray,
  PyLong_Check,
  PyLong_FromDouble as objLongFromDouble,
  PyLong_FromValue,
  PyModule_AddObjectRef as objModuleAddObjectRef,
  PyModule_Check,
  type PyModuleObject,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_FloorDivide,
  PyNumber_Index,
  PyNumber_Lshift,
  PyNumber_Multiply,
  PyNumber_Negative,
  PyNumber_Or,
  PyNumber_Remainder,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyNumber_Float,
  PyNumber_Long,
  PyNumber_Absolute,
  PyNumber_Invert,
  PyNumber_Positive,
  PyNumber_Power,
  PyObject_Call as objCall,
  PyObject_GetAttr as objGetAttr,
  PyObject_GetItem as objGetItem,
  PyObject_GetIter as objGetIter,
  PyObject_Hash as objHash,
  PyObject_IsInstance as objIsInstance,
  PyObject_IsTrue as objIsTrue,
  PyObject_Length as objLength,
  PyObject_RichCompare as objRichCompare,
  PyObject_RichCompareBool as objRichCompareBool,
  PyObject_SetAttr as objSetAttr,
  PyObject_SetItem as objSetItem,
  PyIter_Next as objIterNext,
  type PyObject,
  PyTuple_Check,
  PyTuple_Pack as objTuplePack,
  PyType_Check,
  PyType_IsSubtype,
  type PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString as objUnicode,
  Py_DECREF as objDECREF,
  Py_NewRef as objNewRef,
  PyDict_Check as objDictCheck,
  PyDict_Items as objDictItems,
  Py_None,
  raise,
  type CompareOp,
  type PyListObject,
  type PyTupleObject,
  PyErr_NewException as objNewException,
  PyExc_Exception,
  PyExc_TypeError as TypeErrorT,
  describe,
  isCheckedMode,
} from "@py/object";
import { decodeBytes, PyByteArray_Check, PyBytes_Check, PyBytes_Storage } from "@py/buffer";
import * as buf from "../buffer-api.js";
import { capiReport } from "../checked.js";
import { isImmortal as isImmortalObject } from "../handles.js";
import * as err from "../errors.js";
import * as mv from "../memoryview-api.js";
import * as objs from "../objects-api.js";
import * as pymem from "../pymem.js";
import { adopt, borrow, Py_DECREF, Py_INCREF, Py_REFCNT, stealHandle } from "../refcount.js";
import { cRuntime, exceptionClass } from "./c-runtime.js";
import { ptrOf } from "./calls.js";
import { TYPE } from "./layout.js";
import { addFunctions, moduleCreate, moduleDefInit, moduleInfo } from "./modules.js";
import { cBackedLength } from "./capi-imports-unicode.js";
import { defineImports, type ImportDef } from "./registry.js";
import {
  builtinDealloc,
  builtinInit,
  genericAlloc,
  genericNew,
  objectDealloc,
  objectFree,
  objectInit,
  objectNewInstance,
  typeReady,
} from "./types.js";
import { typeFromSpec } from "./type-spec.js";

const o = (a: number, fn: string): PyObject => borrow(a, fn);
/** Hands a new reference (already counted) to C. */
const give = (x: PyObject): number => adopt(x);
const cstr = (p: number): string => cRuntime().mem.readCString(p);

function longValue(a: number, fn: string): bigint {
  const v = o(a, fn);
  if (PyLong_Check(v)) return longAsBigInt(v);
  const i = PyNumber_Index(v);
  try {
    return longAsBigInt(i);
  } finally {
    objDECREF(i);
  }
}

function ranged(v: bigint, bits: number, signed: boolean, ctype: string): bigint {
  const lo = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const hi = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (!signed && v < 0n) raise(PyExc_OverflowError, `can't convert negative value to ${ctype}`);
  if (v < lo || v > hi) raise(PyExc_OverflowError, `Python int too large to convert to C ${ctype}`);
  return v;
}

/**
 * `PyLong_AsUnsignedLong` / `PyLong_AsSize_t` on wasm32 (both 32 bits): an exact int only, CPython's
 * messages (the negative one names `negType`, the overflow one `bigType`), the bits as C receives them.
 */
function asUnsigned32(a: number, fn: string, negType: string, bigType: string): number {
  const v = o(a, fn);
  if (!PyLong_Check(v)) raise(PyExc_TypeError, "an integer is required");
  const b = longAsBigInt(v);
  if (b < 0n) raise(PyExc_OverflowError, `can't convert negative value to ${negType}`);
  return Number(ranged(b, 32, false, bigType)) | 0;
}

/**
 * `PyErr_NewException(name, base, dict)` / `...WithDoc`: `base` a class or a tuple of
 * classes (NULL: Exception), `dict` the class attributes (borrowed). Only single
 * inheritance is supported by the object layer: more than one base is its TypeError.
 */
function newExceptionClass(fn: string, name: number, doc: number, base: number, dict: number): number {
  const full = cstr(name);
  if (!full.includes(".")) raise(PyExc_SystemError, `${fn}: name must be module.class`);
  let b: PyObject = PyExc_Exception;
  if (base !== 0) {
    b = o(base, fn);
    if (PyTuple_Check(b)) {
      if (b.items.length !== 1)
        raise(PyExc_TypeError, "multiple inheritance is not supported (single inheritance only)");
      b = b.items[0]!;
    }
    if (!PyType_Check(b)) raise(PyExc_TypeError, `${fn}: base must be a class`);
  }
  const t = objNewException(full, b as PyTypeObject);
  if (doc !== 0) t.tp_doc = cstr(doc);
  if (dict !== 0) {
    const d = o(dict, fn);
    if (!objDictCheck(d)) raise(PyExc_SystemError, `${fn}: dict must be a dict`);
    const items = objDictItems(d);
    try {
      for (const it of items.items) {
        const [k, v] = (it as PyTupleObject).items;
        if (PyUnicode_Check(k!)) t.tp_dict.set(k.value, objNewRef(v!));
      }
    } finally {
      objDECREF(items);
    }
  }
  return give(t);
}

function tupleOf(a: number, fn: string): PyTupleObject {
  const t = o(a, fn);
  if (!PyTuple_Check(t)) raise(PyExc_SystemError, `${fn}: bad argument to internal function`);
  return t;
}

function listOf(a: number, fn: string): PyListObject {
  const l = o(a, fn);
  if (!PyList_Check(l)) raise(PyExc_SystemError, `${fn}: bad argument to internal function`);
  return l;
}

/**
 * The items of tuples and lists from `PyTuple_New`/`PyList_New` that C has not
 * set yet: NULL in CPython, which `PyTuple_GET_ITEM`/`PyList_GET_ITEM` (and the
 * `GetItem` functions) give. The object holds None there meanwhile (a
 * reference of its own, released as a NULL item would not need to be).
 */
const unsetItems = new WeakMap<PyObject, Set<number>>();

/** A new tuple or list of `n` items C has yet to set. */
function withUnsetItems<T extends PyObject>(o: T, n: number): T {
  if (n > 0) unsetItems.set(o, new Set(Array.from({ length: n }, (_, i) => i)));
  return o;
}

/** Whether item `i` of the object at `a` is one C has not set (a NULL item: None still stands in). */
function isUnsetItem(a: number, i: number): boolean {
  const x = cRuntime().objects.resolve(a);
  if (x === null || unsetItems.get(x)?.has(i) !== true) return false;
  return (x as PyTupleObject).items[i] === Py_None;
}

/** Sets item `i` of a tuple/list, stealing `v` (the `SET_ITEM` macros: the old item is not released). */
function setItemSteal(
  owner: PyTupleObject | PyListObject,
  i: number,
  v: number,
  fn: string,
  decrefOld: boolean,
): void {
  const items = owner.items;
  const val = v === 0 ? null : stealHandle(v as never);
  if (!(i >= 0 && i < items.length)) {
    if (val !== null) objDECREF(val);
    raise(
      exceptionClass("IndexError"),
      `${fn.startsWith("PyList") ? "list" : "tuple"} assignment index out of range`,
    );
  }
  const old = items[i];
  items[i] = val as PyObject;
  const unset = unsetItems.get(owner);
  if (unset !== undefined && val !== null && unset.delete(i) && unset.size === 0) unsetItems.delete(owner);
  if (decrefOld && old !== undefined && old !== null) objDECREF(old);
}

/** `n` new references to None. */
function noneItems(n: number): PyObject[] {
  Py_None.ob_refcnt += n;
  return new Array<PyObject>(n).fill(Py_None);
}

function number2(f: (a: PyObject, b: PyObject) => PyObject, fn: string): ImportDef {
  return { sig: "o:oo", fn: (a: number, b: number) => give(f(o(a, fn), o(b, fn))) };
}
function number1(f: (a: PyObject) => PyObject, fn: string): ImportDef {
  return { sig: "o:o", fn: (a: number) => give(f(o(a, fn))) };
}

/** The TypeScript module object of `m` (C passes module pointers). */
function moduleOf(m: number, fn: string, badArgument = false): PyModuleObject {
  const x = o(m, fn);
  // PyModule_GetName/GetState/GetDef answer PyErr_BadArgument(), as CPython's.
  if (!PyModule_Check(x) && badArgument) raise(TypeErrorT, "bad argument type for built-in operation");
  if (!PyModule_Check(x)) raise(PyExc_SystemError, `${fn}: bad argument to internal function`);
  return x as PyModuleObject;
}

/**
 * Checked mode: a `Py_DECREF` from C of a reference C does not own (a
 * borrowed one: `PyList_GetItem`, `PyTuple_GET_ITEM`, an argument), reported
 * at that call. C owns what C-API functions returned as new references and
 * what it `Py_INCREF`ed, less what it gave back or a function stole.
 */
function checkOwned(h: number, x: PyObject): void {
  // (A heap type's reference held by its instances is not counted here.)
  if (isImmortalObject(x) || PyType_Check(x)) return;
  if (cRuntime().objects.ownedCount(h as never) > 0) return;
  capiReport(
    `Py_DECREF: C does not own a reference to ${describe(x)} (refcount ${x.ob_refcnt}): ` +
      "it is borrowed (from PyList_GetItem, PyTuple_GET_ITEM, an argument...); " +
      "Py_DECREF only what a function returned as a new reference or what you Py_INCREF'ed",
  );
}

defineImports({
  // ---- references
  Py_IncRef: {
    sig: "v:o",
    fn: (a: number) => {
      if (a === 0) return;
      const c = cRuntime();
      // Fast path, a live object (what the façade's Py_INCREF does, with one look-up).
      const e = c.objects.liveEntry(a);
      if (e !== undefined) {
        e.obj.ob_refcnt++;
        e.owned++;
        c.syncRefcnt(a, e.obj);
        return;
      }
      Py_INCREF(a as never);
      const x = c.objects.resolve(a);
      if (x !== null) c.syncRefcnt(a, x);
    },
  },
  Py_DecRef: {
    sig: "v:o",
    fn: (a: number) => {
      if (a === 0) return;
      const c = cRuntime();
      if (!isCheckedMode()) {
        // Fast path, a count that stays above zero (what the façade's Py_DECREF does then).
        const e = c.objects.liveEntry(a);
        if (e !== undefined && e.obj.ob_refcnt > 1) {
          const x = e.obj;
          x.ob_refcnt--;
          // Exception objects: C's bookkeeping goes with its last reference (refcount.ts).
          if (--e.owned < 0 && x instanceof PyBaseExceptionObject) e.owned = 0;
          c.syncRefcnt(a, x);
          return;
        }
      }
      const x = c.objects.resolve(a);
      if (x !== null && isCheckedMode()) checkOwned(a, x);
      Py_DECREF(a as never);
      if (x !== null && x.ob_refcnt > 0) c.syncRefcnt(a, x);
    },
  },
  _Pyobj_Refcnt: { sig: "i:o", fn: (a: number) => Py_REFCNT(a as never) },
  _Pyobj_Size: {
    sig: "i:o",
    fn: (a: number) => {
      const x = o(a, "Py_SIZE");
      if (PyTuple_Check(x) || PyList_Check(x)) return x.items.length;
      if (PyBytes_Check(x)) return PyBytes_Storage(x).length;
      if (PyByteArray_Check(x)) return objs.PyByteArray_Size(a as never);
      // A C-defined variable-size object: its own ob_size field.
      return cRuntime().mem.readI32(a + 8);
    },
  },
  Py_NewRef: {
    sig: "o:o",
    fn: (a: number) => {
      Py_INCREF(a as never);
      return a;
    },
  },
  Py_XNewRef: {
    sig: "o:o",
    fn: (a: number) => {
      if (a !== 0) Py_INCREF(a as never);
      return a;
    },
  },

  // ---- errors
  PyErr_SetString: { sig: "v:op", fn: (t: number, m: number) => err.PyErr_SetString(t as never, m) },
  PyErr_SetNone: { sig: "v:o", fn: (t: number) => err.PyErr_SetNone(t as never) },
  PyErr_SetObject: { sig: "v:oo", fn: (t: number, v: number) => err.PyErr_SetObject(t as never, v as never) },
  PyErr_Occurred: { sig: "o:", fn: () => err.PyErr_Occurred() },
  PyErr_Clear: { sig: "v:", fn: () => err.PyErr_Clear() },
  PyErr_Fetch: { sig: "v:ppp", fn: (a: number, b: number, c: number) => void err.PyErr_Fetch(a, b, c) },
  PyErr_Restore: {
    sig: "v:ooo",
    fn: (a: number, b: number, c: number) => err.PyErr_Restore(a as never, b as never, c as never),
  },
  PyErr_NormalizeException: { sig: "v:ppp", fn: () => {} },
  PyErr_ExceptionMatches: { sig: "i:o", fn: (t: number) => err.PyErr_ExceptionMatches(t as never) },
  PyErr_GivenExceptionMatches: {
    sig: "i:oo",
    fn: (a: number, b: number) => err.PyErr_GivenExceptionMatches(a as never, b as never),
  },
  PyErr_NoMemory: { sig: "o:", fn: () => err.PyErr_NoMemory() },
  PyErr_BadArgument: {
    sig: "i:",
    fn: () => {
      // CPython sets TypeError and returns 0 (not -1).
      try {
        raise(TypeErrorT, "bad argument type for built-in operation");
      } catch (e) {
        err.setErrorFrom(e, "PyErr_BadArgument");
      }
      return 0;
    },
  },
  PyErr_BadInternalCall: {
    sig: "v:",
    fn: () => raise(PyExc_SystemError, "bad argument to internal function"),
  },
  _PyErr_BadInternalCall: {
    sig: "v:pi",
    fn: (file: number, line: number) =>
      raise(PyExc_SystemError, `${cstr(file)}:${line}: bad argument to internal function`),
  },
  PyErr_NewException: {
    sig: "o:poo",
    fn: (name: number, base: number, dict: number) =>
      newExceptionClass("PyErr_NewException", name, 0, base, dict),
  },
  PyErr_NewExceptionWithDoc: {
    sig: "o:ppoo",
    fn: (name: number, doc: number, base: number, dict: number) =>
      newExceptionClass("PyErr_NewExceptionWithDoc", name, doc, base, dict),
  },
  PyErr_CheckSignals: { sig: "i:", fn: () => 0 },

  // ---- objects
  PyObject_Repr: { sig: "o:o", fn: (a: number) => objs.PyObject_Repr(a as never) },
  PyObject_Str: { sig: "o:o", fn: (a: number) => objs.PyObject_Str(a as never) },
  PyObject_GetAttr: {
    sig: "o:oo",
    fn: (a: number, n: number) => {
      const name = o(n, "PyObject_GetAttr");
      if (!PyUnicode_Check(name))
        raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
      return give(objGetAttr(o(a, "PyObject_GetAttr"), name.value));
    },
  },
  PyObject_GetAttrString: {
    sig: "o:op",
    fn: (a: number, n: number) => give(objGetAttr(o(a, "PyObject_GetAttrString"), cstr(n))),
  },
  PyObject_SetAttrString: {
    sig: "i:opo",
    fn: (a: number, n: number, v: number) => {
      objSetAttr(o(a, "PyObject_SetAttrString"), cstr(n), v === 0 ? null : o(v, "PyObject_SetAttrString"));
      return 0;
    },
  },
  PyObject_HasAttrString: {
    sig: "i:op",
    fn: (a: number, n: number) => {
      try {
        objDECREF(objGetAttr(o(a, "PyObject_HasAttrString"), cstr(n)));
        return 1;
      } catch {
        return 0;
      }
    },
  },
  PyObject_IsTrue: { sig: "i:o", fn: (a: number) => (objIsTrue(o(a, "PyObject_IsTrue")) ? 1 : 0) },
  PyObject_Not: { sig: "i:o", fn: (a: number) => (objIsTrue(o(a, "PyObject_Not")) ? 0 : 1) },
  PyObject_Length: { sig: "i:o", fn: (a: number) => objLength(o(a, "PyObject_Length")) },
  PyObject_Size: { sig: "i:o", fn: (a: number) => objLength(o(a, "PyObject_Size")) },
  PyObject_GetItem: {
    sig: "o:oo",
    fn: (a: number, k: number) => give(objGetItem(o(a, "PyObject_GetItem"), o(k, "PyObject_GetItem"))),
  },
  PyObject_SetItem: {
    sig: "i:ooo",
    fn: (a: number, k: number, v: number) => {
      objSetItem(o(a, "PyObject_SetItem"), o(k, "PyObject_SetItem"), o(v, "PyObject_SetItem"));
      return 0;
    },
  },
  PyObject_RichCompare: {
    sig: "o:ooi",
    fn: (a: number, b: number, op: number) =>
      give(objRichCompare(o(a, "PyObject_RichCompare"), o(b, "PyObject_RichCompare"), op as CompareOp)),
  },
  PyObject_RichCompareBool: {
    sig: "i:ooi",
    fn: (a: number, b: number, op: number) =>
      objRichCompareBool(o(a, "PyObject_RichCompareBool"), o(b, "PyObject_RichCompareBool"), op as CompareOp)
        ? 1
        : 0,
  },
  PyObject_Hash: { sig: "i:o", fn: (a: number) => objHash(o(a, "PyObject_Hash")) | 0 },
  PyObject_HashNotImplemented: {
    sig: "i:o",
    fn: (a: number) =>
      raise(PyExc_TypeError, `unhashable type: '${o(a, "PyObject_HashNotImplemented").ob_type.tp_name}'`),
  },
  PyObject_Call: {
    sig: "o:ooo",
    fn: (f: number, args: number, kw: number) => {
      const t = tupleOf(args, "PyObject_Call");
      const kwargs = kw === 0 ? null : kwargsOf(o(kw, "PyObject_Call"));
      return give(objCall(o(f, "PyObject_Call"), t.items, kwargs));
    },
  },
  PyObject_CallObject: {
    sig: "o:oo",
    fn: (f: number, args: number) =>
      give(
        objCall(
          o(f, "PyObject_CallObject"),
          args === 0 ? [] : tupleOf(args, "PyObject_CallObject").items,
          null,
        ),
      ),
  },
  PyObject_CallNoArgs: {
    sig: "o:o",
    fn: (f: number) => give(objCall(o(f, "PyObject_CallNoArgs"), [], null)),
  },
  PyObject_CallOneArg: {
    sig: "o:oo",
    fn: (f: number, a: number) =>
      give(objCall(o(f, "PyObject_CallOneArg"), [o(a, "PyObject_CallOneArg")], null)),
  },
  PyCallable_Check: {
    sig: "i:o",
    fn: (a: number) => (a !== 0 && PyCallable_Check(o(a, "PyCallable_Check")) ? 1 : 0),
  },
  PyObject_GetIter: { sig: "o:o", fn: (a: number) => give(objGetIter(o(a, "PyObject_GetIter"))) },
  PyIter_Next: {
    sig: "o:o",
    fn: (a: number) => {
      const r = objIterNext(o(a, "PyIter_Next"));
      return r === null ? 0 : give(r);
    },
  },
  PyObject_IsInstance: {
    sig: "i:oo",
    fn: (a: number, t: number) =>
      objIsInstance(o(a, "PyObject_IsInstance"), o(t, "PyObject_IsInstance")) ? 1 : 0,
  },
  PyType_IsSubtype: {
    sig: "i:oo",
    fn: (a: number, b: number) =>
      PyType_IsSubtype(o(a, "PyType_IsSubtype") as PyTypeObject, o(b, "PyType_IsSubtype") as PyTypeObject)
        ? 1
        : 0,
  },
  PyType_GetFlags: { sig: "i:o", fn: (t: number) => cRuntime().mem.readU32(t + TYPE.tp_flags) | 0 },

  // ---- numbers
  PyLong_FromLong: { sig: "o:i", fn: (n: number) => give(PyLong_FromValue(n)) },
  PyLong_FromUnsignedLong: { sig: "o:i", fn: (n: number) => give(PyLong_FromValue(n >>> 0)) },
  PyLong_FromSsize_t: { sig: "o:i", fn: (n: number) => give(PyLong_FromValue(n)) },
  PyLong_FromSize_t: { sig: "o:i", fn: (n: number) => give(PyLong_FromValue(n >>> 0)) },
  PyLong_FromLongLong: { sig: "o:l", fn: (n: bigint) => give(PyLong_FromValue(BigInt.asIntN(64, n))) },
  PyLong_FromUnsignedLongLong: {
    sig: "o:l",
    fn: (n: bigint) => give(PyLong_FromValue(BigInt.asUintN(64, n))),
  },
  PyLong_FromDouble: { sig: "o:d", fn: (d: number) => give(objLongFromDouble(d)) },
  PyLong_AsLong: {
    sig: "i:o",
    fn: (a: number) => Number(ranged(longValue(a, "PyLong_AsLong"), 32, true, "long")),
  },
  PyLong_AsSsize_t: {
    sig: "i:o",
    fn: (a: number) => {
      const v = o(a, "PyLong_AsSsize_t");
      if (!PyLong_Check(v)) raise(PyExc_TypeError, "an integer is required");
      return Number(ranged(longAsBigInt(v), 32, true, "ssize_t"));
    },
  },
  PyLong_AsUnsignedLong: {
    sig: "i:o",
    fn: (a: number) => asUnsigned32(a, "PyLong_AsUnsignedLong", "unsigned int", "unsigned long"),
  },
  PyLong_AsSize_t: {
    sig: "i:o",
    fn: (a: number) => asUnsigned32(a, "PyLong_AsSize_t", "size_t", "size_t"),
  },
  PyLong_AsLongLong: {
    sig: "l:o",
    fn: (a: number) => {
      // CPython converts through _PyLong_AsByteArray, whose message this is.
      const v = longValue(a, "PyLong_AsLongLong");
      if (v < -(1n << 63n) || v >= 1n << 63n) raise(PyExc_OverflowError, "int too big to convert");
      return v;
    },
  },
  PyLong_AsUnsignedLongLong: {
    sig: "l:o",
    fn: (a: number) => {
      const v = o(a, "PyLong_AsUnsignedLongLong");
      if (!PyLong_Check(v)) raise(PyExc_TypeError, "an integer is required");
      const b = longAsBigInt(v);
      if (b < 0n) raise(PyExc_OverflowError, "can't convert negative int to unsigned");
      if (b >= 1n << 64n) raise(PyExc_OverflowError, "int too big to convert");
      return BigInt.asIntN(64, b);
    },
  },
  PyLong_AsUnsignedLongMask: {
    sig: "i:o",
    fn: (a: number) => Number(BigInt.asIntN(32, longValue(a, "PyLong_AsUnsignedLongMask"))),
  },
  PyLong_AsUnsignedLongLongMask: {
    sig: "l:o",
    fn: (a: number) => BigInt.asIntN(64, longValue(a, "PyLong_AsUnsignedLongLongMask")),
  },
  PyLong_AsDouble: {
    sig: "d:o",
    fn: (a: number) => {
      const v = o(a, "PyLong_AsDouble");
      if (!PyLong_Check(v)) raise(PyExc_TypeError, "an integer is required");
      const d = Number(longAsBigInt(v));
      if (!Number.isFinite(d)) raise(PyExc_OverflowError, "int too large to convert to float");
      return d;
    },
  },
  PyFloat_FromDouble: { sig: "o:d", fn: (d: number) => give(objFloat(d)) },
  PyFloat_AsDouble: { sig: "d:o", fn: (a: number) => objFloatAsDouble(o(a, "PyFloat_AsDouble")) },
  PyBool_FromLong: { sig: "o:i", fn: (n: number) => give(PyBool_FromBool(n !== 0)) },
  PyNumber_Add: number2(PyNumber_Add, "PyNumber_Add"),
  PyNumber_Subtract: number2(PyNumber_Subtract, "PyNumber_Subtract"),
  PyNumber_Multiply: number2(PyNumber_Multiply, "PyNumber_Multiply"),
  PyNumber_TrueDivide: number2(PyNumber_TrueDivide, "PyNumber_TrueDivide"),
  PyNumber_FloorDivide: number2(PyNumber_FloorDivide, "PyNumber_FloorDivide"),
  PyNumber_Remainder: number2(PyNumber_Remainder, "PyNumber_Remainder"),
  PyNumber_Lshift: number2(PyNumber_Lshift, "PyNumber_Lshift"),
  PyNumber_Rshift: number2(PyNumber_Rshift, "PyNumber_Rshift"),
  PyNumber_And: number2(PyNumber_And, "PyNumber_And"),
  PyNumber_Or: number2(PyNumber_Or, "PyNumber_Or"),
  PyNumber_Xor: number2(PyNumber_Xor, "PyNumber_Xor"),
  PyNumber_Negative: number1(PyNumber_Negative, "PyNumber_Negative"),
  PyNumber_Positive: number1(PyNumber_Positive, "PyNumber_Positive"),
  PyNumber_Absolute: number1(PyNumber_Absolute, "PyNumber_Absolute"),
  PyNumber_Invert: number1(PyNumber_Invert, "PyNumber_Invert"),
  PyNumber_Index: number1(PyNumber_Index, "PyNumber_Index"),
  PyNumber_Long: number1(PyNumber_Long, "PyNumber_Long"),
  PyNumber_Float: number1(PyNumber_Float, "PyNumber_Float"),
  PyNumber_Power: {
    sig: "o:ooo",
    fn: (a: number, b: number, c: number) =>
      give(PyNumber_Power(o(a, "PyNumber_Power"), o(b, "PyNumber_Power"), o(c, "PyNumber_Power"))),
  },

  // ---- tuple, list
  PyTuple_New: {
    sig: "o:i",
    fn: (n: number) => {
      if (n < 0) raise(PyExc_SystemError, "bad argument to internal function");
      // CPython's new tuple holds NULLs until set; the immortal None stands in
      // (PyTuple_SET_ITEM does not release it, as it would not release a NULL).
      return give(withUnsetItems(objTuplePack(noneItems(n)), n));
    },
  },
  PyTuple_Size: { sig: "i:o", fn: (t: number) => objs.PyTuple_Size(t as never) },
  PyTuple_GetItem: {
    sig: "o:oi",
    fn: (t: number, i: number) => (isUnsetItem(t, i) ? 0 : objs.PyTuple_GetItem(t as never, i)),
  },
  PyTuple_SetItem: {
    sig: "i:oio",
    fn: (t: number, i: number, v: number) => {
      // 3.11: only a tuple nobody else sees yet (count 1) may be filled; the item is stolen even then.
      const tup = o(t, "PyTuple_SetItem");
      if (!PyTuple_Check(tup) || tup.ob_refcnt !== 1) {
        if (v !== 0) objDECREF(stealHandle(v as never));
        raise(PyExc_SystemError, "bad argument to internal function");
      }
      setItemSteal(tup, i, v, "PyTuple_SetItem", true);
      return 0;
    },
  },
  _Pyobj_TupleSetItem: {
    sig: "v:oio",
    fn: (t: number, i: number, v: number) =>
      setItemSteal(tupleOf(t, "PyTuple_SET_ITEM"), i, v, "PyTuple_SET_ITEM", false),
  },
  PyList_New: {
    sig: "o:i",
    fn: (n: number) => {
      if (n < 0) raise(PyExc_SystemError, "bad argument to internal function");
      return give(withUnsetItems(PyList_FromArray(noneItems(n)), n));
    },
  },
  PyList_Size: { sig: "i:o", fn: (l: number) => listOf(l, "PyList_Size").items.length },
  PyList_GetItem: {
    sig: "o:oi",
    fn: (l: number, i: number) => {
      const items = listOf(l, "PyList_GetItem").items;
      if (!(i >= 0 && i < items.length)) raise(exceptionClass("IndexError"), "list index out of range");
      return isUnsetItem(l, i) ? 0 : ptrOf(items[i]!);
    },
  },
  PyList_SetItem: {
    sig: "i:oio",
    fn: (l: number, i: number, v: number) => {
      setItemSteal(listOf(l, "PyList_SetItem"), i, v, "PyList_SetItem", true);
      return 0;
    },
  },
  _Pyobj_ListSetItem: {
    sig: "v:oio",
    fn: (l: number, i: number, v: number) =>
      setItemSteal(listOf(l, "PyList_SET_ITEM"), i, v, "PyList_SET_ITEM", false),
  },
  PyList_Append: {
    sig: "i:oo",
    fn: (l: number, v: number) => {
      objListAppend(listOf(l, "PyList_Append"), o(v, "PyList_Append"));
      return 0;
    },
  },

  // ---- str, bytes
  PyUnicode_FromString: { sig: "o:p", fn: (p: number) => objs.PyUnicode_FromString(p) },
  PyUnicode_FromStringAndSize: {
    sig: "o:pi",
    fn: (p: number, n: number) => {
      if (n < 0) raise(PyExc_SystemError, "Negative size passed to PyUnicode_FromStringAndSize");
      if (p === 0) {
        // _PyUnicode_New(size): MemoryError past PY_SSIZE_T_MAX / sizeof(wchar_t) - 1 (wasm32: 2**31 - 1, 4).
        if (n > Math.floor((2 ** 31 - 1) / 4) - 1) raise(PyExc_MemoryError);
        return give(objUnicode("\0".repeat(n)));
      }
      const bytes = cRuntime().mem.copyOut(p, n);
      // PyUnicode_DecodeUTF8Stateful(s, size, NULL): CPython's UnicodeDecodeError for bad bytes.
      return give(objUnicode(decodeBytes(bytes, 0, n, "utf-8", "strict")));
    },
  },
  PyUnicode_AsUTF8: { sig: "p:o", fn: (a: number) => objs.PyUnicode_AsUTF8(a as never) },
  PyUnicode_AsUTF8AndSize: {
    sig: "p:op",
    fn: (a: number, size: number) => {
      const p = objs.PyUnicode_AsUTF8(a as never);
      if (p === 0) return 0;
      if (size !== 0) {
        // The UTF-8 length, not strlen: a str may hold U+0000.
        const s = o(a, "PyUnicode_AsUTF8AndSize") as PyObject & { value: string };
        cRuntime().mem.writeI32(size, new TextEncoder().encode(s.value).length);
      }
      return p;
    },
  },
  PyUnicode_GetLength: {
    sig: "i:o",
    fn: (a: number) => {
      const s = o(a, "PyUnicode_GetLength");
      if (!PyUnicode_Check(s)) raise(PyExc_TypeError, "bad argument type for built-in operation");
      // A str C is filling (PyUnicode_New) has its length without its value being read.
      return cBackedLength(s) ?? [...s.value].length;
    },
  },
  PyUnicode_InternFromString: { sig: "o:p", fn: (p: number) => objs.PyUnicode_FromString(p) },
  PyBytes_FromStringAndSize: {
    sig: "o:pi",
    fn: (p: number, n: number) => objs.PyBytes_FromStringAndSize(p, n),
  },
  PyBytes_FromString: { sig: "o:p", fn: (p: number) => objs.PyBytes_FromString(p) },
  PyBytes_AsString: { sig: "p:o", fn: (a: number) => objs.PyBytes_AsString(a as never) },
  PyBytes_Size: { sig: "i:o", fn: (a: number) => objs.PyBytes_Size(a as never) },
  PyByteArray_FromStringAndSize: {
    sig: "o:pi",
    fn: (p: number, n: number) => objs.PyByteArray_FromStringAndSize(p, n),
  },
  PyByteArray_AsString: { sig: "p:o", fn: (a: number) => objs.PyByteArray_AsString(a as never) },
  PyByteArray_Size: { sig: "i:o", fn: (a: number) => objs.PyByteArray_Size(a as never) },
  PyByteArray_Resize: { sig: "i:oi", fn: (a: number, n: number) => objs.PyByteArray_Resize(a as never, n) },

  // ---- buffers, memoryview
  PyObject_CheckBuffer: { sig: "i:o", fn: (a: number) => buf.PyObject_CheckBuffer(a as never) },
  PyObject_GetBuffer: {
    sig: "i:opi",
    fn: (a: number, v: number, f: number) => buf.PyObject_GetBuffer(a as never, v, f),
  },
  PyBuffer_Release: { sig: "v:p", fn: (v: number) => buf.PyBuffer_Release(v) },
  PyBuffer_FillInfo: {
    sig: "i:popiii",
    fn: (v: number, obj: number, b: number, len: number, ro: number, f: number) =>
      buf.PyBuffer_FillInfo(v, obj as never, b, len, ro, f),
  },
  PyBuffer_IsContiguous: {
    sig: "i:pi",
    fn: (v: number, order: number) => buf.PyBuffer_IsContiguous(v, order),
  },
  PyBuffer_GetPointer: { sig: "p:pp", fn: (v: number, idx: number) => buf.PyBuffer_GetPointer(v, idx) },
  PyBuffer_SizeFromFormat: { sig: "i:p", fn: (f: number) => buf.PyBuffer_SizeFromFormat(f) },
  PyBuffer_ToContiguous: {
    sig: "i:ppii",
    fn: (b: number, v: number, len: number, order: number) => buf.PyBuffer_ToContiguous(b, v, len, order),
  },
  PyBuffer_FromContiguous: {
    sig: "i:ppii",
    fn: (v: number, b: number, len: number, order: number) => buf.PyBuffer_FromContiguous(v, b, len, order),
  },
  PyObject_CopyData: {
    sig: "i:oo",
    fn: (a: number, b: number) => buf.PyObject_CopyData(a as never, b as never),
  },
  PyBuffer_FillContiguousStrides: {
    sig: "v:ipppi",
    fn: (nd: number, shape: number, strides: number, itemsize: number, order: number) =>
      buf.PyBuffer_FillContiguousStrides(nd, shape, strides, itemsize, order),
  },
  PyMemoryView_FromObject: { sig: "o:o", fn: (a: number) => mv.PyMemoryView_FromObject(a as never) },
  PyMemoryView_FromMemory: {
    sig: "o:pii",
    fn: (p: number, n: number, f: number) => mv.PyMemoryView_FromMemory(p, n, f),
  },
  PyMemoryView_FromBuffer: { sig: "o:p", fn: (v: number) => mv.PyMemoryView_FromBuffer(v) },
  PyMemoryView_GetContiguous: {
    sig: "o:oii",
    fn: (a: number, t: number, order: number) => mv.PyMemoryView_GetContiguous(a as never, t, order),
  },
  _Pyobj_MemoryView_GetBuffer: { sig: "p:o", fn: (a: number) => mv.PyMemoryView_GET_BUFFER(a as never) },
  _Pyobj_MemoryView_GetBase: { sig: "o:o", fn: (a: number) => mv.PyMemoryView_GET_BASE(a as never) },

  // ---- memory
  PyMem_Malloc: { sig: "p:i", fn: (n: number) => pymem.PyMem_Malloc(n >>> 0) },
  PyMem_Calloc: { sig: "p:ii", fn: (a: number, b: number) => pymem.PyMem_Calloc(a >>> 0, b >>> 0) },
  PyMem_Realloc: { sig: "p:pi", fn: (p: number, n: number) => pymem.PyMem_Realloc(p, n >>> 0) },
  PyMem_Free: { sig: "v:p", fn: (p: number) => pymem.PyMem_Free(p) },
  PyMem_RawMalloc: { sig: "p:i", fn: (n: number) => pymem.PyMem_Malloc(n >>> 0) },
  PyMem_RawCalloc: { sig: "p:ii", fn: (a: number, b: number) => pymem.PyMem_Calloc(a >>> 0, b >>> 0) },
  PyMem_RawRealloc: { sig: "p:pi", fn: (p: number, n: number) => pymem.PyMem_Realloc(p, n >>> 0) },
  PyMem_RawFree: { sig: "v:p", fn: (p: number) => pymem.PyMem_Free(p) },
  PyObject_Malloc: { sig: "p:i", fn: (n: number) => pymem.PyMem_Malloc(n >>> 0) },
  PyObject_Calloc: { sig: "p:ii", fn: (a: number, b: number) => pymem.PyMem_Calloc(a >>> 0, b >>> 0) },
  PyObject_Realloc: { sig: "p:pi", fn: (p: number, n: number) => pymem.PyMem_Realloc(p, n >>> 0) },
  PyObject_Free: { sig: "v:p", fn: (p: number) => objectFree(p) },
  PyObject_Del: { sig: "v:p", fn: (p: number) => objectFree(p) },
  PyObject_GC_Del: { sig: "v:p", fn: (p: number) => objectFree(p) },
  PyObject_GC_Track: { sig: "v:p", fn: () => {} },
  PyObject_GC_UnTrack: { sig: "v:p", fn: () => {} },

  // ---- modules
  PyModule_Create2: { sig: "o:pi", fn: (def: number) => give(moduleCreate(def)) },
  PyModuleDef_Init: { sig: "o:p", fn: (def: number) => moduleDefInit(def) },
  PyModule_AddObjectRef: {
    sig: "i:opo",
    fn: (m: number, n: number, v: number) => {
      if (v === 0) {
        if (err.currentException() === null)
          raise(
            PyExc_SystemError,
            "PyModule_AddObjectRef() must be called with an exception raised if value is NULL",
          );
        return -1;
      }
      objModuleAddObjectRef(moduleOf(m, "PyModule_AddObjectRef"), cstr(n), o(v, "PyModule_AddObjectRef"));
      return 0;
    },
  },
  PyModule_AddObject: {
    sig: "i:opo",
    fn: (m: number, n: number, v: number) => {
      if (v === 0) {
        if (err.currentException() === null)
          raise(
            PyExc_SystemError,
            "PyModule_AddObjectRef() must be called with an exception raised if value is NULL",
          );
        return -1;
      }
      const mod = moduleOf(m, "PyModule_AddObject");
      const name = cstr(n);
      // Steals only on success: the reference moves from C to the module dict.
      const val = stealHandle(v as never);
      const old = mod.dict.get(name);
      mod.dict.set(name, val);
      if (old !== undefined) objDECREF(old);
      return 0;
    },
  },
  PyModule_AddIntConstant: {
    sig: "i:opi",
    fn: (m: number, n: number, v: number) => {
      const mod = moduleOf(m, "PyModule_AddIntConstant");
      const val = PyLong_FromValue(v);
      objModuleAddObjectRef(mod, cstr(n), val);
      objDECREF(val);
      return 0;
    },
  },
  PyModule_AddStringConstant: {
    sig: "i:opp",
    fn: (m: number, n: number, v: number) => {
      const mod = moduleOf(m, "PyModule_AddStringConstant");
      const val = objUnicode(cstr(v));
      objModuleAddObjectRef(mod, cstr(n), val);
      objDECREF(val);
      return 0;
    },
  },
  PyModule_AddType: {
    sig: "i:oo",
    fn: (m: number, t: number) => {
      // As CPython, readies the type first: a static type may come here before PyType_Ready
      // (its struct is not a handle yet).
      const given = cRuntime().objects.resolve(t);
      if (given !== null && !PyType_Check(given)) raise(PyExc_SystemError, "PyModule_AddType: not a type");
      const ready = given !== null && cRuntime().mem.readU32(t + TYPE.tp_flags) & (1 << 12);
      const type: PyTypeObject = ready ? given : typeReady(t);
      const short = type.tp_name.slice(type.tp_name.lastIndexOf(".") + 1);
      objModuleAddObjectRef(moduleOf(m, "PyModule_AddType"), short, type);
      return 0;
    },
  },
  PyModule_AddFunctions: {
    sig: "i:op",
    fn: (m: number, defs: number) => {
      addFunctions(moduleOf(m, "PyModule_AddFunctions"), defs);
      return 0;
    },
  },
  PyModule_GetName: {
    sig: "p:o",
    fn: (m: number) => cRuntime().mem.internCString(moduleOf(m, "PyModule_GetName", true).name),
  },
  PyModule_GetState: {
    sig: "p:o",
    fn: (m: number) => moduleInfo(moduleOf(m, "PyModule_GetState", true))?.state ?? 0,
  },
  PyModule_GetDef: {
    sig: "p:o",
    fn: (m: number) => moduleInfo(moduleOf(m, "PyModule_GetDef", true))?.def ?? 0,
  },

  // ---- types
  PyType_Ready: {
    sig: "i:p",
    fn: (t: number) => {
      typeReady(t);
      return 0;
    },
  },
  PyType_GenericAlloc: { sig: "o:pi", fn: (t: number, n: number) => genericAlloc(t, n) },
  PyType_GenericNew: { sig: "o:ooo", fn: (t: number) => genericNew(t) },
  _Pyobj_ObjectNew: {
    sig: "o:ooo",
    fn: (t: number, args: number, kw: number) => {
      const tt = o(t, "object.__new__") as PyTypeObject;
      const excess =
        (args !== 0 && tupleOf(args, "object.__new__").items.length > 0) ||
        (kw !== 0 && objLength(o(kw, "object.__new__")) > 0);
      if (excess && cRuntime().mem.readU32(t + TYPE.tp_init) === 0) {
        raise(PyExc_TypeError, `${tt.tp_name}() takes no arguments`);
      }
      return genericNew(t);
    },
  },
  _Pyobj_ObjectDealloc: { sig: "v:o", fn: (a: number) => objectDealloc(a) },
  _Pyobj_TypeNew: {
    sig: "o:ooo",
    fn: (t: number, args: number, kw: number) => {
      const tt = o(t, "tp_new");
      if (!PyType_Check(tt) || tt.tp_new === null) raise(PyExc_TypeError, "cannot create instances");
      const items = args === 0 ? [] : tupleOf(args, "tp_new").items;
      return give(tt.tp_new(tt, items, kw === 0 ? null : kwargsOf(o(kw, "tp_new"))));
    },
  },
  _Pyobj_TypeDealloc: {
    sig: "v:p",
    fn: (a: number) => {
      const o = cRuntime().objects.objectAt(a);
      if (o === undefined) raise(PyExc_SystemError, "tp_dealloc: not an object");
      builtinDealloc(o, a);
    },
  },
  _Pyobj_TypeInit: {
    sig: "i:ooo",
    fn: (s: number, args: number, kw: number) =>
      builtinInit(
        o(s, "tp_init"),
        args === 0 ? [] : tupleOf(args, "tp_init").items,
        kw === 0 ? null : kwargsOf(o(kw, "tp_init")),
      ),
  },
  _PyObject_New: { sig: "o:p", fn: (t: number) => objectNewInstance(t) },
  _PyObject_NewVar: { sig: "o:pi", fn: (t: number, n: number) => genericAlloc(t, n) },
  _PyObject_GC_New: { sig: "o:p", fn: (t: number) => objectNewInstance(t) },
  _PyObject_GC_NewVar: { sig: "o:pi", fn: (t: number, n: number) => genericAlloc(t, n) },
  PyObject_Init: { sig: "o:op", fn: (p: number, t: number) => objectInit(p, t) },
  PyObject_InitVar: {
    sig: "o:opi",
    fn: (p: number, t: number, n: number) => {
      objectInit(p, t);
      cRuntime().mem.writeI32(p + 8, n);
      return p;
    },
  },
  PyType_FromSpec: { sig: "o:p", fn: (spec: number) => give(typeFromSpec(spec, 0, 0)) },
  PyType_FromSpecWithBases: {
    sig: "o:po",
    fn: (spec: number, bases: number) => give(typeFromSpec(spec, bases, 0)),
  },
  PyType_FromModuleAndSpec: {
    sig: "o:opo",
    fn: (m: number, spec: number, bases: number) => give(typeFromSpec(spec, bases, m)),
  },
});

function kwargsOf(d: PyObject): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  // The bound method holds a reference to d: drop it, or every call leaks the dict.
  const method = objGetAttr(d, "keys");
  let keys: PyObject;
  try {
    keys = objCall(method, [], null);
  } finally {
    objDECREF(method);
  }
  try {
    const it = objGetIter(keys);
    for (let k = objIterNext(it); k !== null; k = objIterNext(it)) {
      if (!PyUnicode_Check(k)) raise(PyExc_TypeError, "keywords must be strings");
      const v = objGetItem(d, k);
      out.set(k.value, v);
      objDECREF(v);
      objDECREF(k);
    }
    objDECREF(it);
  } finally {
    objDECREF(keys);
  }
  return out;
}

/** For tests: the number of C-API functions extensions can import. */
export const C_API_READY = true;
