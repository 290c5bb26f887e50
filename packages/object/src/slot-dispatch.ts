/**
 * Slots of classes made at run time that call their special methods
 * (`slot_tp_repr`, `slot_nb_add`, ... and `fixup_slot_dispatchers` of
 * `Objects/typeobject.c`): a `__getitem__` defined in Python fills
 * `mp_subscript`, so `o[k]`, builtins and the abstract API all honour it.
 *
 * Each dispatcher looks the method up on the instance's class at call time
 * (`lookupHeap`), so assigning or deleting `C.__repr__` later takes effect;
 * a method not found there falls back to the slot of the nearest static base
 * (`int`'s `nb_add` for a subclass of int), as CPython's look-up would find
 * the base's slot wrapper.
 */
import { PyBool_FromBool, Py_True, Py_False } from "./bool-object.js";
import { PyObject_Call } from "./call.js";
import {
  PyExc_AttributeError,
  PyExc_OverflowError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  isPyError,
  raise,
} from "./exceptions.js";
import { PyFloat_Check } from "./float-object.js";
import { PyFunction_Check } from "./func-object.js";
import { lookupHeap, staticBase, type PyHeapTypeObject } from "./heaptype-object.js";
import { PyLong_Check, PyLong_FromNumber } from "./int-object.js";
import { PyIter_Next, PyObject_GetIter } from "./iteration.js";
import { PyNumber_AsSsize_t } from "./number.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { PyObject_HashValue } from "./object-hash.js";
import { PyObject_RichCompareBool } from "./compare.js";
import {
  type CompareOp,
  type KwArgs,
  type PyNumberMethods,
  type PyObject,
  type PyTypeObject,
  PyBaseObject_Type,
  Py_EQ,
  Py_NE,
  type binaryfunc,
  type lenfunc,
  type unaryfunc,
} from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { PyUnicode_Check, type PyUnicodeObject } from "./str-object.js";
import { PyObject_IsTrue } from "./truth.js";
import { withRecursionCheck } from "./recursion.js";

/**
 * Calls `f`, found on `self`'s class, as a method of `self` (a function gets
 * `self` first without a bound method object; another descriptor is bound
 * through `tp_descr_get`). New reference.
 * @returns New reference.
 */
export function callFoundMethod(
  f: PyObject,
  self: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null = null,
): PyObject {
  if (PyFunction_Check(f)) return PyObject_Call(f, [self, ...args], kwargs);
  const get = f.ob_type.tp_descr_get;
  if (get === null) return PyObject_Call(f, args, kwargs);
  const bound = get(f, self, self.ob_type);
  try {
    return PyObject_Call(bound, args, kwargs);
  } finally {
    Py_DECREF(bound);
  }
}

/**
 * `self.name(*args)` when the class defines `name`; undefined otherwise.
 * @returns New reference.
 */
export function callSpecial(
  self: PyObject,
  name: string,
  args: readonly PyObject[],
  kwargs: KwArgs | null = null,
): PyObject | undefined {
  const f = lookupHeap(self.ob_type, name);
  return f === null ? undefined : callFoundMethod(f, self, args, kwargs);
}

function notImplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/** `object_repr`: `<__main__.C object at 0x...>`. */
export function objectRepr(o: PyObject): string {
  return PyBaseObject_Type.tp_repr!(o);
}

/** A str result of `__repr__`/`__str__`, or `TypeError: __repr__ returned non-string (type int)`. */
function strResult(r: PyObject, name: string): string {
  try {
    if (!PyUnicode_Check(r))
      raise(PyExc_TypeError, `${name} returned non-string (type ${r.ob_type.tp_name})`);
    return (r as PyUnicodeObject).value;
  } finally {
    Py_DECREF(r);
  }
}

function slotRepr(o: PyObject): string {
  // PyObject_Repr: Py_EnterRecursiveCall(" while getting the repr of an object")
  const r = withRecursionCheck(" while getting the repr of an object", () => callSpecial(o, "__repr__", []));
  if (r !== undefined) return strResult(r, "__repr__");
  const f = staticBase(o.ob_type).tp_repr;
  return f === null ? objectRepr(o) : f(o);
}

function slotStr(o: PyObject): string {
  const r = withRecursionCheck(" while getting the str of an object", () => callSpecial(o, "__str__", []));
  if (r !== undefined) return strResult(r, "__str__");
  const f = staticBase(o.ob_type).tp_str;
  return f === null ? o.ob_type.tp_repr!(o) : f(o);
}

/** The hash `__hash__` returned (`slot_tp_hash`): an int, used as is when it fits a Py_ssize_t. */
function hashResult(o: PyObject): number | bigint {
  const r = callSpecial(o, "__hash__", []);
  if (r === undefined) return PyObject_HashValue_static(o);
  try {
    if (!PyLong_Check(r)) raise(PyExc_TypeError, "__hash__ method should return an integer");
    const v = r.value;
    if (typeof v === "number") return v === -1 ? -2 : v;
    if (v >= -(2n ** 63n) && v < 2n ** 63n) return v === -1n ? -2 : v;
    return PyObject_HashValue(r);
  } finally {
    Py_DECREF(r);
  }
}

/** The static base's hash of `o` (its `tp_hash`, or the identity hash). */
function PyObject_HashValue_static(o: PyObject): number {
  const f = staticBase(o.ob_type).tp_hash;
  if (f !== null) return f(o);
  return PyObject_HashValue(o) as number;
}

function slotHash(o: PyObject): number {
  const h = hashResult(o);
  return typeof h === "number" ? h : Number(h);
}

const cmpNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

/** `slot_tp_richcompare`, with `object`'s `__ne__` (the inverse of `__eq__`) and the static base's comparison. */
function slotRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  // PyObject_RichCompare: Py_EnterRecursiveCall(" in comparison")
  const r = withRecursionCheck(" in comparison", () => callSpecial(v, cmpNames[op]!, [w]));
  if (r !== undefined) return r;
  if (op === Py_NE && lookupHeap(v.ob_type, "__eq__") !== null) {
    const eq = v.ob_type.tp_richcompare!(v, w, Py_EQ);
    if (eq === Py_NotImplemented) return eq;
    const b = PyObject_IsTrue(eq);
    Py_DECREF(eq);
    return PyBool_FromBool(!b);
  }
  const f = staticBase(v.ob_type).tp_richcompare;
  if (f !== null) return f(v, w, op);
  if (op === Py_EQ && v === w) return PyBool_FromBool(true);
  if (op === Py_NE && v === w) return PyBool_FromBool(false);
  return notImplemented();
}

/** `slot_sq_length`: `len()` of what `__len__` returned (`__len__() should return >= 0`). */
function slotLength(o: PyObject): ReturnType<lenfunc> {
  const r = callSpecial(o, "__len__", []);
  if (r === undefined) {
    const sb = staticBase(o.ob_type);
    const f = sb.tp_as_sequence?.sq_length ?? sb.tp_as_mapping?.mp_length;
    if (f === undefined) raise(PyExc_TypeError, `object of type '${o.ob_type.tp_name}' has no len()`);
    return f(o);
  }
  try {
    const n = PyNumber_AsSsize_t(r, PyExc_OverflowError);
    if (n < 0) raise(PyExc_ValueError, "__len__() should return >= 0");
    return n;
  } finally {
    Py_DECREF(r);
  }
}

function slotGetItem(o: PyObject, key: PyObject): PyObject {
  const r = callSpecial(o, "__getitem__", [key]);
  if (r !== undefined) return r;
  const sb = staticBase(o.ob_type);
  const f = sb.tp_as_mapping?.mp_subscript;
  if (f !== undefined) return f(o, key);
  raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object is not subscriptable`);
}

function slotSqItem(o: PyObject, i: number): PyObject {
  const k = PyLong_FromNumber(i);
  try {
    return slotGetItem(o, k);
  } finally {
    Py_DECREF(k);
  }
}

/** `slot_mp_ass_subscript`: `__setitem__`, or `__delitem__` for a deletion (`AttributeError: __delitem__` when absent). */
function slotSetItem(o: PyObject, key: PyObject, v: PyObject | null): void {
  const name = v === null ? "__delitem__" : "__setitem__";
  const r = callSpecial(o, name, v === null ? [key] : [key, v]);
  if (r !== undefined) {
    Py_DECREF(r);
    return;
  }
  const f = staticBase(o.ob_type).tp_as_mapping?.mp_ass_subscript;
  if (f === undefined) raise(PyExc_AttributeError, name);
  f(o, key, v);
}

/** `slot_sq_contains`: the truth of `__contains__`, else a search by iteration. */
function slotContains(o: PyObject, x: PyObject): boolean {
  const r = callSpecial(o, "__contains__", [x]);
  if (r !== undefined) {
    try {
      return PyObject_IsTrue(r);
    } finally {
      Py_DECREF(r);
    }
  }
  const f = staticBase(o.ob_type).tp_as_sequence?.sq_contains;
  if (f !== undefined) return f(o, x);
  const it = PyObject_GetIter(o);
  try {
    for (let y = PyIter_Next(it); y !== null; y = PyIter_Next(it)) {
      let eq: boolean;
      try {
        eq = PyObject_RichCompareBool(y, x, Py_EQ);
      } finally {
        Py_DECREF(y);
      }
      if (eq) return true;
    }
    return false;
  } finally {
    Py_DECREF(it);
  }
}

/** `slot_tp_iter`: `__iter__ = None` makes instances not iterable. */
function slotIter(o: PyObject): PyObject {
  const f = lookupHeap(o.ob_type, "__iter__");
  if (f === Py_None) raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object is not iterable`);
  if (f !== null) return callFoundMethod(f, o, []);
  const g = staticBase(o.ob_type).tp_iter;
  if (g === null) raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object is not iterable`);
  return g(o);
}

/** `slot_tp_iternext`: StopIteration from `__next__` ends the iteration. */
function slotIterNext(o: PyObject): PyObject | null {
  try {
    const r = callSpecial(o, "__next__", []);
    if (r !== undefined) return r;
  } catch (e) {
    if (isPyError(e, PyExc_StopIteration)) return null;
    throw e;
  }
  const g = staticBase(o.ob_type).tp_iternext;
  if (g === null) raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object is not an iterator`);
  return g(o);
}

function slotCall(o: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  // _PyObject_MakeTpCall: an instance has no vectorcall
  const r = withRecursionCheck(" while calling a Python object", () =>
    callSpecial(o, "__call__", args, kwargs),
  );
  if (r !== undefined) return r;
  const g = staticBase(o.ob_type).tp_call;
  if (g === null) raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object is not callable`);
  return g(o, args, kwargs);
}

function slotBool(o: PyObject): boolean {
  const r = callSpecial(o, "__bool__", []);
  if (r === undefined) {
    const g = staticBase(o.ob_type).tp_as_number?.nb_bool;
    return g === undefined ? true : g(o);
  }
  if (r === Py_True || r === Py_False) {
    Py_DECREF(r);
    return r === Py_True;
  }
  Py_DECREF(r);
  raise(PyExc_TypeError, `__bool__ should return bool, returned ${r.ob_type.tp_name}`);
}

function slotDescrGet(o: PyObject, obj: PyObject | null, type: PyTypeObject | null): PyObject {
  const r = callSpecial(o, "__get__", [obj ?? Py_None, type ?? Py_None]);
  return r ?? Py_NewRef(o);
}

function slotDescrSet(o: PyObject, obj: PyObject, v: PyObject | null): void {
  const name = v === null ? "__delete__" : "__set__";
  const r = callSpecial(o, name, v === null ? [obj] : [obj, v]);
  if (r === undefined) raise(PyExc_AttributeError, name);
  Py_DECREF(r);
}

type NbName = keyof PyNumberMethods;

/** A unary number slot over `__neg__`... with the result check of `__index__`/`__int__`/`__float__`. */
function unarySlot(slot: NbName, name: string): unaryfunc {
  return (o) => {
    const r = callSpecial(o, name, []);
    if (r === undefined) {
      const g = staticBase(o.ob_type).tp_as_number?.[slot] as unaryfunc | undefined;
      if (g === undefined) raise(PyExc_TypeError, `bad operand type for ${name}: '${o.ob_type.tp_name}'`);
      return g(o);
    }
    if ((slot === "nb_index" || slot === "nb_int") && !PyLong_Check(r)) {
      Py_DECREF(r);
      raise(PyExc_TypeError, `${name} returned non-int (type ${r.ob_type.tp_name})`);
    }
    if (slot === "nb_float" && !PyFloat_Check(r)) {
      Py_DECREF(r);
      raise(PyExc_TypeError, `${o.ob_type.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name})`);
    }
    return r;
  };
}

/** The method of `o`'s class named `name`, or the static base's number slot: a result or NotImplemented. */
function callOperand(
  o: PyObject,
  name: string,
  slot: NbName,
  v: PyObject,
  w: PyObject,
  other: PyObject,
): PyObject {
  const r = callSpecial(o, name, [other]);
  if (r !== undefined) return r;
  const g = staticBase(o.ob_type).tp_as_number?.[slot] as binaryfunc | undefined;
  return g === undefined ? notImplemented() : g(v, w);
}

/** `SLOT1BINFULL`: a binary slot over `__op__` and `__rop__` (`v op w` in source order). */
function binarySlot(slot: NbName, op: string, rop: string): binaryfunc {
  const fn: binaryfunc = (v, w) => {
    const vt = v.ob_type;
    const wt = w.ob_type;
    let doOther = vt !== wt && wt.tp_as_number?.[slot] === fn;
    if (vt.tp_as_number?.[slot] === fn) {
      if (doOther && isSubtype(wt, vt)) {
        const r = callOperand(w, rop, slot, v, w, v);
        if (r !== Py_NotImplemented) return r;
        Py_DECREF(r);
        doOther = false;
      }
      const r = callOperand(v, op, slot, v, w, w);
      if (r !== Py_NotImplemented || vt === wt) return r;
      Py_DECREF(r);
    }
    if (doOther) return callOperand(w, rop, slot, v, w, v);
    return notImplemented();
  };
  return fn;
}

function isSubtype(a: PyTypeObject, b: PyTypeObject): boolean {
  for (let t: PyTypeObject | null = a; t !== null; t = t.tp_base) if (t === b) return true;
  return false;
}

/** An in-place slot over `__iadd__`...: NotImplemented when the class has none (the binary op follows). */
function inplaceSlot(slot: NbName, name: string): binaryfunc {
  return (v, w) => {
    const r = callSpecial(v, name, [w]);
    if (r !== undefined) return r;
    const g = staticBase(v.ob_type).tp_as_number?.[slot] as binaryfunc | undefined;
    return g === undefined ? notImplemented() : g(v, w);
  };
}

const binaryDunders: [NbName, string, string][] = [
  ["nb_add", "__add__", "__radd__"],
  ["nb_subtract", "__sub__", "__rsub__"],
  ["nb_multiply", "__mul__", "__rmul__"],
  ["nb_remainder", "__mod__", "__rmod__"],
  ["nb_divmod", "__divmod__", "__rdivmod__"],
  ["nb_lshift", "__lshift__", "__rlshift__"],
  ["nb_rshift", "__rshift__", "__rrshift__"],
  ["nb_and", "__and__", "__rand__"],
  ["nb_xor", "__xor__", "__rxor__"],
  ["nb_or", "__or__", "__ror__"],
  ["nb_floor_divide", "__floordiv__", "__rfloordiv__"],
  ["nb_true_divide", "__truediv__", "__rtruediv__"],
];
const inplaceDunders: [NbName, string][] = [
  ["nb_inplace_add", "__iadd__"],
  ["nb_inplace_subtract", "__isub__"],
  ["nb_inplace_multiply", "__imul__"],
  ["nb_inplace_remainder", "__imod__"],
  ["nb_inplace_lshift", "__ilshift__"],
  ["nb_inplace_rshift", "__irshift__"],
  ["nb_inplace_and", "__iand__"],
  ["nb_inplace_xor", "__ixor__"],
  ["nb_inplace_or", "__ior__"],
  ["nb_inplace_floor_divide", "__ifloordiv__"],
  ["nb_inplace_true_divide", "__itruediv__"],
];
const unaryDunders: [NbName, string][] = [
  ["nb_negative", "__neg__"],
  ["nb_positive", "__pos__"],
  ["nb_absolute", "__abs__"],
  ["nb_invert", "__invert__"],
  ["nb_int", "__int__"],
  ["nb_float", "__float__"],
  ["nb_index", "__index__"],
];

/** `slot_nb_power`: `pow(v, w)` through `__pow__`/`__rpow__`; with a modulus, `v.__pow__(w, z)`. */
function slotPower(v: PyObject, w: PyObject, z: PyObject): PyObject {
  if (z === Py_None) return powBinary(v, w);
  const r = callSpecial(v, "__pow__", [w, z]);
  return r ?? notImplemented();
}
const powBinary: binaryfunc = (v, w) => {
  // the binary dispatcher compares the slot with itself: nb_power holds slotPower
  const vt = v.ob_type;
  const wt = w.ob_type;
  let doOther = vt !== wt && wt.tp_as_number?.nb_power === slotPower;
  if (vt.tp_as_number?.nb_power === slotPower) {
    if (doOther && isSubtype(wt, vt)) {
      const r = callSpecial(w, "__rpow__", [v]) ?? notImplemented();
      if (r !== Py_NotImplemented) return r;
      Py_DECREF(r);
      doOther = false;
    }
    const r = callSpecial(v, "__pow__", [w]) ?? notImplemented();
    if (r !== Py_NotImplemented || vt === wt) return r;
    Py_DECREF(r);
  }
  if (doOther) return callSpecial(w, "__rpow__", [v]) ?? notImplemented();
  return notImplemented();
};

/** Every special method name that fills a slot (`slotdefs`). */
const slotNames = new Set<string>([
  "__repr__",
  "__str__",
  "__hash__",
  ...cmpNames,
  "__len__",
  "__getitem__",
  "__setitem__",
  "__delitem__",
  "__contains__",
  "__iter__",
  "__next__",
  "__call__",
  "__bool__",
  "__get__",
  "__set__",
  "__delete__",
  "__pow__",
  "__rpow__",
  "__ipow__",
  ...binaryDunders.flatMap(([, a, b]) => [a, b]),
  ...inplaceDunders.map(([, a]) => a),
  ...unaryDunders.map(([, a]) => a),
]);

/** Whether assigning `name` on a class changes one of its slots. */
export function isSlotName(name: string): boolean {
  return slotNames.has(name);
}

const binaryFns = new Map(binaryDunders.map(([slot, op, rop]) => [slot, binarySlot(slot, op, rop)]));

/**
 * `update_one_slot` for the special method `name` of `type` (defined, or
 * set to None, in its dict): points the slot at the dispatcher. Slot
 * tables (`tp_as_number`...) of a class made at run time are its own copies.
 */
export function fixupSlot(type: PyHeapTypeObject, name: string): void {
  const nb = type.tp_as_number!;
  const sq = type.tp_as_sequence!;
  const mp = type.tp_as_mapping!;
  switch (name) {
    case "__repr__":
      type.tp_repr = slotRepr;
      return;
    case "__str__":
      type.tp_str = slotStr;
      return;
    case "__hash__":
      if (type.tp_dict.get("__hash__") === Py_None) {
        type.tp_hash = null;
        type.tp_hash_exact = null;
        type.tp_hash_disabled = true;
      } else {
        type.tp_hash = slotHash;
        type.tp_hash_exact = hashResult;
        type.tp_hash_disabled = false;
      }
      return;
    case "__len__":
      sq.sq_length = slotLength;
      mp.mp_length = slotLength;
      return;
    case "__getitem__":
      mp.mp_subscript = slotGetItem;
      sq.sq_item = slotSqItem;
      return;
    case "__setitem__":
    case "__delitem__":
      mp.mp_ass_subscript = slotSetItem;
      return;
    case "__contains__":
      sq.sq_contains = slotContains;
      return;
    case "__iter__":
      type.tp_iter = slotIter;
      return;
    case "__next__":
      type.tp_iternext = slotIterNext;
      return;
    case "__call__":
      type.tp_call = slotCall;
      return;
    case "__bool__":
      nb.nb_bool = slotBool;
      return;
    case "__get__":
      type.tp_descr_get = slotDescrGet;
      return;
    case "__set__":
    case "__delete__":
      type.tp_descr_set = slotDescrSet;
      return;
    case "__pow__":
    case "__rpow__":
      nb.nb_power = slotPower;
      return;
    case "__ipow__":
      nb.nb_inplace_power = (v, w) => callSpecial(v, "__ipow__", [w]) ?? notImplemented();
      return;
  }
  if (cmpNames.includes(name)) {
    type.tp_richcompare = slotRichCompare;
    return;
  }
  for (const [slot, op, rop] of binaryDunders) {
    if (name === op || name === rop) {
      (nb as Record<string, unknown>)[slot] = binaryFns.get(slot);
      return;
    }
  }
  for (const [slot, iop] of inplaceDunders) {
    if (name === iop) {
      (nb as Record<string, unknown>)[slot] = inplaceSlot(slot, iop);
      return;
    }
  }
  for (const [slot, un] of unaryDunders) {
    if (name === un) {
      (nb as Record<string, unknown>)[slot] = unarySlot(slot, un);
      return;
    }
  }
}
