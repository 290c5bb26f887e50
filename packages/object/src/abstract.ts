/**
 * The abstract object API (`Objects/abstract.c`, `Objects/object.c`): every
 * operation is found through the type's slots, with CPython's messages.
 */
import { checkNoArgs, checkOneArg } from "./args.js";
import { PyBool_FromBool, Py_False, Py_True } from "./bool.js";
import {
  PyExc_AttributeError,
  PyExc_IndexError,
  PyExc_StopIteration,
  PyExc_SystemError,
  PyExc_TypeError,
  isPyError,
  raise,
} from "./exceptions.js";
import {
  PyBoundMethod_New,
  PyMethodDescr_New,
  PyGetSetDescr_New,
  PySlotDescr_New,
  PySlotWrapper_New,
  hasOperatorDunder,
} from "./function.js";
import { type PyLongObject, PyLong_Type, intHashExact } from "./int.js";
import { type PyFloatObject, PyFloat_Type, floatHashExact } from "./float.js";
import { PyList_FromArray, type PyListObject, PyList_Type } from "./list.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { PyNumber_AsSsize_t, PyIndex_Check } from "./number.js";
import {
  type CompareOp,
  type KwArgs,
  METH_NOARGS,
  METH_O,
  type PyObject,
  Py_Address,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_Id,
  Py_LE,
  Py_LT,
  Py_NE,
  type PyMethodDef,
  type PyTypeObject,
  PyType_Check,
  PyType_IsSubtype,
  PyType_Type,
} from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { PySeqIter_New } from "./iterators.js";
import { PyUnicode_FromString } from "./str.js";
import { PyTuple_Pack, type PyTupleObject, PyTuple_Type } from "./tuple.js";

// ---------------------------------------------------------------- repr / str

/** `repr(o)` as a JS string (`PyObject_Repr` without the str object). */
export function repr(o: PyObject): string {
  const f = o.ob_type.tp_repr;
  if (f !== null) return f(o);
  return `<${o.ob_type.tp_name} object at ${Py_Address(o)}>`;
}

/** `str(o)` as a JS string: `tp_str`, falling back to `tp_repr`. */
export function str(o: PyObject): string {
  const f = o.ob_type.tp_str;
  if (f !== null) return f(o);
  return repr(o);
}

const reprStack = new Set<PyObject>();
/** `Py_ReprEnter`: false when `o` is already being repr'd (a container holding itself). */
export function Py_ReprEnter(o: PyObject): boolean {
  if (reprStack.has(o)) return false;
  reprStack.add(o);
  return true;
}
/** `Py_ReprLeave`. */
export function Py_ReprLeave(o: PyObject): void {
  reprStack.delete(o);
}

/** `PyObject_Repr`. New reference. */
export function PyObject_Repr(o: PyObject): PyObject {
  return PyUnicode_FromString(repr(o));
}

/** `PyObject_Str`. New reference. */
export function PyObject_Str(o: PyObject): PyObject {
  return PyUnicode_FromString(str(o));
}

// ---------------------------------------------------------------- comparison

/** `_Py_SwappedOp`. */
export const Py_SwappedOp: readonly CompareOp[] = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];
const opstrings = ["<", "<=", "==", "!=", ">", ">="];

/**
 * `do_richcompare` / `PyObject_RichCompare`: the reflected operation of a
 * subclass first, then `v`'s slot, then `w`'s reflected slot; `==`/`!=` fall
 * back to identity. New reference.
 */
export function PyObject_RichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  let checkedReverse = false;
  if (vt !== wt && wt.tp_richcompare !== null && PyType_IsSubtype(wt, vt)) {
    checkedReverse = true;
    const r = wt.tp_richcompare(w, v, Py_SwappedOp[op]!);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  if (vt.tp_richcompare !== null) {
    const r = vt.tp_richcompare(v, w, op);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const r = wt.tp_richcompare(w, v, Py_SwappedOp[op]!);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  if (op === Py_EQ) return PyBool_FromBool(v === w);
  if (op === Py_NE) return PyBool_FromBool(v !== w);
  raise(
    PyExc_TypeError,
    `'${opstrings[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`,
  );
}

/** `PyObject_RichCompareBool`: identity implies equality (as CPython). */
export function PyObject_RichCompareBool(v: PyObject, w: PyObject, op: CompareOp): boolean {
  if (v === w) {
    if (op === Py_EQ) return true;
    if (op === Py_NE) return false;
  }
  // fast path: two exact ints (number or bigint values compare exactly in JS)
  if (v.ob_type === PyLong_Type && w.ob_type === PyLong_Type) {
    const a = (v as PyLongObject).value;
    const b = (w as PyLongObject).value;
    switch (op) {
      case Py_LT:
        return a < b;
      case Py_LE:
        return a <= b;
      case Py_EQ:
        return !(a < b || a > b);
      case Py_NE:
        return a < b || a > b;
      case Py_GT:
        return a > b;
      default:
        return a >= b;
    }
  }
  const r = PyObject_RichCompare(v, w, op);
  if (r === Py_True) {
    r.ob_refcnt--;
    return true;
  }
  if (r === Py_False) {
    r.ob_refcnt--;
    return false;
  }
  const b = PyObject_IsTrue(r);
  Py_DECREF(r);
  return b;
}

/**
 * The richcompare result for an ordering of two JS values (new reference).
 * A number and a bigint compare exactly (`1 == 1n` by `<`/`>`, not `===`);
 * not for NaN, which float_richcompare handles itself.
 */
export function richCompareResult<T extends number | bigint | string>(a: T, b: T, op: CompareOp): PyObject {
  let r: boolean;
  switch (op) {
    case Py_LT:
      r = a < b;
      break;
    case Py_LE:
      r = a <= b;
      break;
    case Py_EQ:
      r = typeof a === typeof b ? a === b : !(a < b || a > b);
      break;
    case Py_NE:
      r = typeof a === typeof b ? a !== b : a < b || a > b;
      break;
    case Py_GT:
      r = a > b;
      break;
    default:
      r = a >= b;
  }
  return PyBool_FromBool(r);
}

/** Returns a new reference to NotImplemented. */
export function Py_RETURN_NOTIMPLEMENTED(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

/** Returns a new reference to None. */
export function Py_RETURN_NONE(): PyObject {
  Py_None.ob_refcnt++;
  return Py_None;
}

// ---------------------------------------------------------------- hash / truth / len

/** `_Py_HashPointer`: the default hash, from the object's identity. */
export function _Py_HashPointer(o: PyObject): number {
  const id = Py_Id(o);
  // rotate by 4 bits as CPython does (addresses are 16-aligned)
  return Math.floor(id / 16) + (id % 16) * 2 ** 44;
}

/** `PyObject_Hash`: `unhashable type: 'list'` for types with `__hash__ = None`. */
export function PyObject_Hash(o: PyObject): number {
  const t = o.ob_type;
  const h = t.tp_hash;
  if (h !== null) return h(o);
  if (t.tp_hash_disabled) raise(PyExc_TypeError, `unhashable type: '${t.tp_name}'`);
  return _Py_HashPointer(o);
}

/**
 * `hash(o)` as Python sees it: `PyObject_Hash`, but exact beyond 2**53 for
 * int and float (their hashes reach 2**61; `tp_hash` returns a JS number).
 */
export function PyObject_HashValue(o: PyObject): number | bigint {
  const t = o.ob_type;
  if (t === PyLong_Type) return intHashExact((o as PyLongObject).value);
  if (t === PyFloat_Type) return floatHashExact((o as PyFloatObject).value, o);
  return PyObject_Hash(o);
}

/** `PyObject_IsTrue`: nb_bool, then mp_length, then sq_length; true otherwise. */
export function PyObject_IsTrue(o: PyObject): boolean {
  if (o === Py_True) return true;
  if (o === Py_False || o === Py_None) return false;
  const t = o.ob_type;
  const nb = t.tp_as_number?.nb_bool;
  if (nb !== undefined) return nb(o);
  const ml = t.tp_as_mapping?.mp_length;
  if (ml !== undefined) return ml(o) !== 0;
  const sl = t.tp_as_sequence?.sq_length;
  if (sl !== undefined) return sl(o) !== 0;
  return true;
}

/** `PyObject_Not`. */
export function PyObject_Not(o: PyObject): boolean {
  return !PyObject_IsTrue(o);
}

/** `PyObject_Length` / `PyObject_Size`: `object of type 'int' has no len()`. */
export function PyObject_Length(o: PyObject): number {
  const t = o.ob_type;
  const sl = t.tp_as_sequence?.sq_length;
  if (sl !== undefined) return sl(o);
  const ml = t.tp_as_mapping?.mp_length;
  if (ml !== undefined) return ml(o);
  raise(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}
export const PyObject_Size = PyObject_Length;

/**
 * `PySequence_Size`: `sq_length` only; a mapping gets `dict is not a
 * sequence`, anything else `object of type 'int' has no len()`.
 */
export function PySequence_Size(o: PyObject): number {
  const t = o.ob_type;
  const sl = t.tp_as_sequence?.sq_length;
  if (sl !== undefined) return sl(o);
  if (t.tp_as_mapping?.mp_length !== undefined) raise(PyExc_TypeError, `${t.tp_name} is not a sequence`);
  raise(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}

/** `PySequence_Check`: has `sq_item` and is not a dict-like mapping. */
export function PySequence_Check(o: PyObject): boolean {
  return o.ob_type.tp_as_sequence?.sq_item !== undefined;
}

/** `PyMapping_Check`. */
export function PyMapping_Check(o: PyObject): boolean {
  return o.ob_type.tp_as_mapping?.mp_subscript !== undefined;
}

// ---------------------------------------------------------------- items

/** `PyObject_GetItem`: mapping slot, then sequence slot with an index. New reference. */
export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject {
  // The mapping slot here, the rest apart: small enough for V8 to inline.
  // Not `tp_as_mapping?.mp_subscript`: a call through the value of an
  // optional chain is not inlined by V8 (about twice the cost per call).
  const m = o.ob_type.tp_as_mapping;
  if (m != null) {
    const mp = m.mp_subscript;
    if (mp !== undefined) return mp(o, key);
  }
  return getItemNoMapping(o, key);
}

/** `PyObject_GetItem` of an object without `mp_subscript`. */
function getItemNoMapping(o: PyObject, key: PyObject): PyObject {
  const t = o.ob_type;
  const sq = t.tp_as_sequence;
  if (sq?.sq_item !== undefined) {
    if (PyIndex_Check(key)) return PySequence_GetItem(o, PyNumber_AsSsize_t(key, PyExc_IndexError));
    raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  if (PyType_Check(o)) raise(PyExc_TypeError, `type '${(o as PyTypeObject).tp_name}' is not subscriptable`);
  raise(PyExc_TypeError, `'${t.tp_name}' object is not subscriptable`);
}

/** `PySequence_GetItem`: negative indices are adjusted by `sq_length`. New reference. */
export function PySequence_GetItem(o: PyObject, i: number): PyObject {
  const sq = o.ob_type.tp_as_sequence;
  if (sq != null) {
    const item = sq.sq_item;
    if (item !== undefined) {
      if (i < 0 && sq.sq_length !== undefined) i += sq.sq_length(o);
      return item(o, i);
    }
  }
  return notASequence(o);
}

/** The TypeError of `PySequence_GetItem` without `sq_item` (apart: keeps the caller inlinable). */
function notASequence(o: PyObject): never {
  if (o.ob_type.tp_as_mapping?.mp_subscript !== undefined) {
    raise(PyExc_TypeError, `${o.ob_type.tp_name} is not a sequence`);
  }
  raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object does not support indexing`);
}

/** `PyObject_SetItem`: `'tuple' object does not support item assignment`. */
export function PyObject_SetItem(o: PyObject, key: PyObject, v: PyObject): void {
  // The mapping slot here, the rest apart: small enough for V8 to inline
  // (no optional chain: see PyObject_GetItem).
  const m = o.ob_type.tp_as_mapping;
  if (m != null) {
    const ma = m.mp_ass_subscript;
    if (ma !== undefined) {
      ma(o, key, v);
      return;
    }
  }
  setItemNoMapping(o, key, v);
}

/** `PyObject_SetItem` of an object without `mp_ass_subscript`. */
function setItemNoMapping(o: PyObject, key: PyObject, v: PyObject): void {
  const t = o.ob_type;
  if (t.tp_as_sequence !== null) {
    if (PyIndex_Check(key)) {
      PySequence_SetItem(o, PyNumber_AsSsize_t(key, PyExc_IndexError), v);
      return;
    }
    if (t.tp_as_sequence.sq_ass_item !== undefined) {
      raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
    }
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object does not support item assignment`);
}

/** `PySequence_SetItem`. */
export function PySequence_SetItem(o: PyObject, i: number, v: PyObject | null): void {
  const sq = o.ob_type.tp_as_sequence;
  if (sq?.sq_ass_item !== undefined) {
    if (i < 0 && sq.sq_length !== undefined) i += sq.sq_length(o);
    sq.sq_ass_item(o, i, v);
    return;
  }
  if (v === null) raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object doesn't support item deletion`);
  raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object does not support item assignment`);
}

/** `PyObject_DelItem`: `'tuple' object doesn't support item deletion`. */
export function PyObject_DelItem(o: PyObject, key: PyObject): void {
  const t = o.ob_type;
  const ma = t.tp_as_mapping?.mp_ass_subscript;
  if (ma !== undefined) {
    ma(o, key, null);
    return;
  }
  if (t.tp_as_sequence !== null) {
    if (PyIndex_Check(key)) {
      PySequence_SetItem(o, PyNumber_AsSsize_t(key, PyExc_IndexError), null);
      return;
    }
    if (t.tp_as_sequence.sq_ass_item !== undefined) {
      raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
    }
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object does not support item deletion`);
}

// ---------------------------------------------------------------- iteration

/** `PyIter_Check`. */
export function PyIter_Check(o: PyObject): boolean {
  return o.ob_type.tp_iternext !== null;
}

/** `PyObject_GetIter`: `tp_iter`, else a sequence iterator over `sq_item`. New reference. */
export function PyObject_GetIter(o: PyObject): PyObject {
  const t = o.ob_type;
  const f = t.tp_iter;
  if (f !== null) {
    const it = f(o);
    if (it.ob_type.tp_iternext === null) {
      const n = it.ob_type.tp_name;
      Py_DECREF(it);
      raise(PyExc_TypeError, `iter() returned non-iterator of type '${n}'`);
    }
    return it;
  }
  if (PySequence_Check(o)) return PySeqIter_New(o);
  raise(PyExc_TypeError, `'${t.tp_name}' object is not iterable`);
}

/** `PyIter_Next`: the next item (new reference) or null at the end. */
export function PyIter_Next(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) raise(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  return f(it);
}

/** `next(it)`: raises StopIteration at the end. New reference. */
export function PyIter_NextOrRaise(it: PyObject): PyObject {
  const r = PyIter_Next(it);
  if (r === null) raise(PyExc_StopIteration);
  return r;
}

/** Collects an iterable's items as owned references (helper for list(), tuple(), join...). */
export function iterateToArray(o: PyObject): PyObject[] {
  const t = o.ob_type;
  if (t === PyList_Type || t === PyTuple_Type) {
    // fast path: the exact containers hand out their items
    const items = (o as PyListObject).items;
    for (const x of items) x.ob_refcnt++;
    return items.slice();
  }
  const it = PyObject_GetIter(o);
  const out: PyObject[] = [];
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) out.push(x);
  } catch (e) {
    for (const x of out) Py_DECREF(x);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return out;
}

/** `PySequence_Contains`: `sq_contains`, else a linear search by `==`. */
export function PySequence_Contains(seq: PyObject, v: PyObject): boolean {
  const f = seq.ob_type.tp_as_sequence?.sq_contains;
  if (f !== undefined) return f(seq, v);
  const t = seq.ob_type;
  if (t.tp_iter === null && !PySequence_Check(seq)) {
    raise(PyExc_TypeError, `argument of type '${t.tp_name}' is not iterable`);
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    // _PySequence_IterSearch: a TypeError from getting the iterator is reported as not iterable.
    if (isPyError(e, PyExc_TypeError))
      raise(PyExc_TypeError, `argument of type '${t.tp_name}' is not iterable`);
    throw e;
  }
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      let eq: boolean;
      try {
        eq = PyObject_RichCompareBool(x, v, Py_EQ);
      } finally {
        Py_DECREF(x);
      }
      if (eq) return true;
    }
    return false;
  } finally {
    Py_DECREF(it);
  }
}

/** `PySequence_List` (`list(o)`). New reference. */
export function PySequence_List(o: PyObject): PyListObject {
  return PyList_FromArray(iterateToArray(o));
}

/** `PySequence_Tuple` (`tuple(o)`); a tuple is returned as itself. New reference. */
export function PySequence_Tuple(o: PyObject): PyTupleObject {
  if (o.ob_type === PyTuple_Type) {
    Py_INCREF(o);
    return o as PyTupleObject;
  }
  return PyTuple_Pack(iterateToArray(o));
}

// ---------------------------------------------------------------- attributes

/** The dunder methods that the slot wrappers expose (`m.__len__()`). */
const slotWrappers: Record<string, (t: PyTypeObject) => boolean> = {
  __len__: (t) => t.tp_as_sequence?.sq_length !== undefined || t.tp_as_mapping?.mp_length !== undefined,
  __getitem__: (t) => t.tp_as_mapping?.mp_subscript !== undefined || t.tp_as_sequence?.sq_item !== undefined,
  __setitem__: (t) =>
    t.tp_as_mapping?.mp_ass_subscript !== undefined || t.tp_as_sequence?.sq_ass_item !== undefined,
  __delitem__: (t) =>
    t.tp_as_mapping?.mp_ass_subscript !== undefined || t.tp_as_sequence?.sq_ass_item !== undefined,
  __contains__: (t) => t.tp_as_sequence?.sq_contains !== undefined,
  __iter__: (t) => t.tp_iter !== null,
  __next__: (t) => t.tp_iternext !== null,
  __eq__: () => true,
  __ne__: () => true,
  __lt__: () => true,
  __le__: () => true,
  __gt__: () => true,
  __ge__: () => true,
  __hash__: (t) => !t.tp_hash_disabled,
  __repr__: () => true,
  __getattribute__: () => true,
  __str__: () => true,
  __call__: (t) => t.tp_call !== null,
  __index__: (t) => t.tp_as_number?.nb_index !== undefined,
  __int__: (t) => t.tp_as_number?.nb_int !== undefined,
  __float__: (t) => t.tp_as_number?.nb_float !== undefined,
  __bool__: (t) => t.tp_as_number?.nb_bool !== undefined,
};

/** Finds `name` along the base chain of `t` (`_PyType_Lookup`). */
function typeLookup(
  t: PyTypeObject,
  name: string,
):
  | { kind: "getset"; owner: PyTypeObject; def: import("./object.js").PyGetSetDef }
  | { kind: "method"; owner: PyTypeObject; def: PyMethodDef }
  | { kind: "dict"; owner: PyTypeObject; value: PyObject }
  | null {
  for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) {
    const gs = b.tp_getset.get(name);
    if (gs !== undefined) return { kind: "getset", owner: b, def: gs };
    const m = b.tp_methods.get(name);
    if (m !== undefined) return { kind: "method", owner: b, def: m };
    const d = b.tp_dict.get(name);
    if (d !== undefined) return { kind: "dict", owner: b, value: d };
  }
  return null;
}

/**
 * The methods of the core types that take no keyword arguments (positional-only
 * in CPython 3.11). A call `obj.meth(k=v)` goes through the method
 * descriptor's vectorcall (`method_check_args`), which rejects keywords before
 * looking at the arguments: `bytes.count() takes no keyword arguments`.
 */
const NO_KEYWORDS: ReadonlySet<string> = new Set([
  "bytes.capitalize",
  "bytes.center",
  "bytes.count",
  "bytes.endswith",
  "bytes.find",
  "bytes.fromhex",
  "bytes.index",
  "bytes.isalnum",
  "bytes.isalpha",
  "bytes.isascii",
  "bytes.isdigit",
  "bytes.islower",
  "bytes.isspace",
  "bytes.istitle",
  "bytes.isupper",
  "bytes.join",
  "bytes.ljust",
  "bytes.lower",
  "bytes.lstrip",
  "bytes.maketrans",
  "bytes.partition",
  "bytes.removeprefix",
  "bytes.removesuffix",
  "bytes.replace",
  "bytes.rfind",
  "bytes.rindex",
  "bytes.rjust",
  "bytes.rpartition",
  "bytes.rstrip",
  "bytes.startswith",
  "bytes.strip",
  "bytes.swapcase",
  "bytes.title",
  "bytes.upper",
  "bytes.zfill",
  "bytearray.append",
  "bytearray.capitalize",
  "bytearray.center",
  "bytearray.clear",
  "bytearray.copy",
  "bytearray.count",
  "bytearray.endswith",
  "bytearray.extend",
  "bytearray.find",
  "bytearray.fromhex",
  "bytearray.index",
  "bytearray.insert",
  "bytearray.isalnum",
  "bytearray.isalpha",
  "bytearray.isascii",
  "bytearray.isdigit",
  "bytearray.islower",
  "bytearray.isspace",
  "bytearray.istitle",
  "bytearray.isupper",
  "bytearray.join",
  "bytearray.ljust",
  "bytearray.lower",
  "bytearray.lstrip",
  "bytearray.maketrans",
  "bytearray.partition",
  "bytearray.pop",
  "bytearray.remove",
  "bytearray.removeprefix",
  "bytearray.removesuffix",
  "bytearray.replace",
  "bytearray.reverse",
  "bytearray.rfind",
  "bytearray.rindex",
  "bytearray.rjust",
  "bytearray.rpartition",
  "bytearray.rstrip",
  "bytearray.startswith",
  "bytearray.strip",
  "bytearray.swapcase",
  "bytearray.title",
  "bytearray.upper",
  "bytearray.zfill",
  "memoryview.release",
  "memoryview.tolist",
  "memoryview.toreadonly",
  "array.append",
  "array.buffer_info",
  "array.byteswap",
  "array.count",
  "array.frombytes",
  "array.fromlist",
  "array.fromunicode",
  "array.index",
  "array.insert",
  "array.pop",
  "array.remove",
  "array.reverse",
  "array.tobytes",
  "array.tolist",
  "array.tounicode",
  "Struct.iter_unpack",
  "Struct.pack",
  "Struct.pack_into",
  "Struct.unpack",
  "list.append",
  "list.clear",
  "list.copy",
  "list.count",
  "list.extend",
  "list.index",
  "list.insert",
  "list.pop",
  "list.remove",
  "list.reverse",
  "tuple.count",
  "tuple.index",
  "str.capitalize",
  "str.casefold",
  "str.center",
  "str.count",
  "str.endswith",
  "str.find",
  "str.format_map",
  "str.index",
  "str.isalnum",
  "str.isalpha",
  "str.isascii",
  "str.isdecimal",
  "str.isdigit",
  "str.isidentifier",
  "str.islower",
  "str.isnumeric",
  "str.isprintable",
  "str.isspace",
  "str.istitle",
  "str.isupper",
  "str.join",
  "str.ljust",
  "str.lower",
  "str.lstrip",
  "str.maketrans",
  "str.partition",
  "str.removeprefix",
  "str.removesuffix",
  "str.replace",
  "str.rfind",
  "str.rindex",
  "str.rjust",
  "str.rpartition",
  "str.rstrip",
  "str.startswith",
  "str.strip",
  "str.swapcase",
  "str.title",
  "str.translate",
  "str.upper",
  "str.zfill",
  "int.as_integer_ratio",
  "int.bit_count",
  "int.bit_length",
  "int.conjugate",
  "float.as_integer_ratio",
  "float.conjugate",
  "float.fromhex",
  "float.hex",
  "float.is_integer",
  "range.count",
  "range.index",
  "slice.indices",
]);

/**
 * The METH_VARARGS ones among them: a bound method object reports these
 * with the bare name (`cfunction_call`: `count() takes no keyword arguments`);
 * the others (METH_FASTCALL) with the qualified name either way.
 */
const VARARGS_NO_KEYWORDS: ReadonlySet<string> = new Set(
  ["bytes", "bytearray", "str"].flatMap((t) =>
    ["count", "endswith", "find", "index", "rfind", "rindex", "startswith"].map((m) => `${t}.${m}`),
  ),
);

/**
 * Calls a method definition with CPython's METH_NOARGS / METH_O checks.
 * Keywords to a positional-only method are rejected before anything else.
 * `viaDescriptor`: the call goes through the method descriptor (`obj.meth(...)`
 * compiled to LOAD_METHOD, or `type.meth(obj, ...)`), whose message names the
 * qualified method; a bound method object called later names a METH_VARARGS
 * method bare (`count() takes no keyword arguments`).
 */
export function callMethodDef(
  def: PyMethodDef,
  qualname: string,
  self: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
  viaDescriptor = true,
): PyObject {
  const flags = def.flags ?? 0;
  if (kwargs !== null && kwargs.size > 0 && NO_KEYWORDS.has(qualname)) {
    const shown =
      !viaDescriptor && VARARGS_NO_KEYWORDS.has(qualname)
        ? qualname.slice(qualname.indexOf(".") + 1)
        : qualname;
    raise(PyExc_TypeError, `${shown}() takes no keyword arguments`);
  }
  if (flags & METH_NOARGS) checkNoArgs(`${qualname}()`, args, kwargs);
  else if (flags & METH_O) checkOneArg(`${qualname}()`, args, kwargs);
  return def.meth(self, args, kwargs);
}

/**
 * `PyObject_GenericGetAttr`: getset descriptors, methods (bound), class
 * attributes along the base chain, then the slot wrappers. New reference.
 */
export function PyObject_GenericGetAttr(o: PyObject, name: string): PyObject {
  const t = o.ob_type;
  const found = typeLookup(t, name);
  if (found !== null) {
    if (found.kind === "getset") return found.def.get(o);
    if (found.kind === "method") {
      const def = found.def;
      if (def.classmethod) return PyBoundMethod_New(def, name, t, t);
      if (def.staticmethod) return PyBoundMethod_New(def, name, found.owner, null);
      return PyBoundMethod_New(def, name, found.owner, o);
    }
    Py_INCREF(found.value);
    return found.value;
  }
  if (name === "__class__") {
    Py_INCREF(t);
    return t;
  }
  if (name === "__doc__") {
    return t.tp_doc === null ? Py_RETURN_NONE() : PyUnicode_FromString(t.tp_doc);
  }
  const sw = slotWrappers[name];
  if (sw?.(t) || hasOperatorDunder(t, name)) return PySlotWrapper_New(name, o);
  // an unhashable type has __hash__ = None in its dict (PyObject_HashNotImplemented)
  if (name === "__hash__") return Py_RETURN_NONE();
  raise(PyExc_AttributeError, `'${t.tp_name}' object has no attribute '${name}'`);
}

/** `type_getattro`: the type's own attributes first, then its metatype's. New reference. */
export function PyType_GetAttr(type: PyTypeObject, name: string): PyObject {
  switch (name) {
    case "__name__":
      return PyUnicode_FromString(type.shortName);
    case "__qualname__":
      return PyUnicode_FromString(type.shortName);
    case "__module__":
      return PyUnicode_FromString(type.moduleName);
    case "__doc__":
      return type.tp_doc === null ? Py_RETURN_NONE() : PyUnicode_FromString(type.tp_doc);
    case "__base__":
      return type.tp_base === null ? Py_RETURN_NONE() : Py_NewRef(type.tp_base);
    case "__class__":
      Py_INCREF(type.ob_type);
      return type.ob_type;
    case "__mro__": {
      const items: PyObject[] = [];
      for (let b: PyTypeObject | null = type; b !== null; b = b.tp_base) {
        Py_INCREF(b);
        items.push(b);
      }
      return PyTuple_Pack(items);
    }
  }
  const found = typeLookup(type, name);
  if (found !== null) {
    if (found.kind === "getset") return PyGetSetDescr_New(name, found.owner);
    if (found.kind === "method") {
      const def = found.def;
      if (def.classmethod) return PyBoundMethod_New(def, name, type, type);
      if (def.staticmethod) return PyBoundMethod_New(def, name, type, null);
      return PyMethodDescr_New(def, name, found.owner);
    }
    Py_INCREF(found.value);
    return found.value;
  }
  // the slot wrappers in the type's dict (`add_operators`)
  if (slotWrappers[name]?.(type) || hasOperatorDunder(type, name)) return PySlotDescr_New(name, type);
  if (name === "__hash__") return Py_RETURN_NONE();
  raise(PyExc_AttributeError, `type object '${type.tp_name}' has no attribute '${name}'`);
}

/** `PyObject_GetAttr` (getattr(o, name)). New reference. */
export function PyObject_GetAttr(o: PyObject, name: string): PyObject {
  const t = o.ob_type;
  if (t.tp_getattro !== null) return t.tp_getattro(o, name);
  if (t === PyType_Type || PyType_IsSubtype(t, PyType_Type)) return PyType_GetAttr(o as PyTypeObject, name);
  return PyObject_GenericGetAttr(o, name);
}

/** `PyObject_HasAttr`: true unless the lookup raises AttributeError. */
export function PyObject_HasAttr(o: PyObject, name: string): boolean {
  try {
    Py_DECREF(PyObject_GetAttr(o, name));
    return true;
  } catch (e) {
    if (isPyError(e, PyExc_AttributeError)) return false;
    throw e;
  }
}

/** `PyObject_GenericSetAttr` (`v === null` deletes). */
export function PyObject_GenericSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o.ob_type;
  const found = typeLookup(t, name);
  if (found !== null) {
    if (found.kind === "getset") {
      if (found.def.set === undefined) {
        raise(
          PyExc_AttributeError,
          `attribute '${name}' of '${found.owner.tp_name}' objects is not writable`,
        );
      }
      found.def.set(o, v);
      return;
    }
    raise(PyExc_AttributeError, `'${t.tp_name}' object attribute '${name}' is read-only`);
  }
  raise(PyExc_AttributeError, `'${t.tp_name}' object has no attribute '${name}'`);
}

/** `PyObject_SetAttr` (`setattr(o, name, v)`; `v === null` is `del o.name`). */
export function PyObject_SetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o.ob_type;
  if (t.tp_setattro !== null) {
    t.tp_setattro(o, name, v);
    return;
  }
  if (PyType_Check(o)) {
    raise(
      PyExc_TypeError,
      `cannot set '${name}' attribute of immutable type '${(o as PyTypeObject).tp_name}'`,
    );
  }
  PyObject_GenericSetAttr(o, name, v);
}

/** `PyObject_DelAttr`. */
export function PyObject_DelAttr(o: PyObject, name: string): void {
  PyObject_SetAttr(o, name, null);
}

// ---------------------------------------------------------------- calls

/** `PyCallable_Check`. */
export function PyCallable_Check(o: PyObject): boolean {
  return o.ob_type.tp_call !== null;
}

/** `PyObject_Call`: `'X' object is not callable`. Arguments borrowed, result new. */
export function PyObject_Call(
  callable: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): PyObject {
  const f = callable.ob_type.tp_call;
  if (f === null) raise(PyExc_TypeError, `'${callable.ob_type.tp_name}' object is not callable`);
  const r = f(callable, args, kwargs);
  if (r === undefined || r === null) raise(PyExc_SystemError, "NULL result without error in PyObject_Call");
  return r;
}

/**
 * `PyObject_VectorcallMethod` / `PyObject_CallMethod(o, name, args)`:
 * `o.name(*args, **kwargs)`. A method found in the type's `tp_methods` is
 * called directly, without creating a bound method object. New reference.
 */
export function PyObject_CallMethod(
  o: PyObject,
  name: string,
  args: readonly PyObject[] = [],
  kwargs: KwArgs | null = null,
): PyObject {
  const t = o.ob_type;
  if (t.tp_getattro === null) {
    // typeLookup's walk, without its result object: a getset or a class
    // attribute found first means the general path.
    for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) {
      if (b.tp_getset.has(name)) break;
      const def = b.tp_methods.get(name);
      if (def !== undefined) {
        if (def.classmethod || def.staticmethod) break;
        // Arguments callMethodDef would accept go straight to the method: no
        // qualified name to build (it only appears in messages).
        const flags = def.flags ?? 0;
        const nargs = args.length;
        if (
          (kwargs === null || kwargs.size === 0) &&
          (flags & METH_NOARGS ? nargs === 0 : flags & METH_O ? nargs === 1 : true)
        ) {
          return def.meth(o, args, kwargs);
        }
        return callMethodDef(def, `${b.shortName}.${name}`, o, args, kwargs, false);
      }
      if (b.tp_dict.has(name)) break;
    }
  }
  const m = PyObject_GetAttr(o, name);
  try {
    return PyObject_Call(m, args, kwargs);
  } finally {
    Py_DECREF(m);
  }
}

// ---------------------------------------------------------------- types

/** `PyObject_Type` (`type(o)`). New reference. */
export function PyObject_Type(o: PyObject): PyTypeObject {
  Py_INCREF(o.ob_type);
  return o.ob_type;
}

/**
 * `PyObject_IsInstance` (`isinstance(o, cls)`): `cls` a type or a tuple of
 * types; `isinstance() arg 2 must be a type, a tuple of types, or a union`.
 */
export function PyObject_IsInstance(o: PyObject, cls: PyObject): boolean {
  if (PyType_Check(cls)) return o.ob_type === cls || PyType_IsSubtype(o.ob_type, cls as PyTypeObject);
  if (cls.ob_type === PyTuple_Type) {
    for (const c of (cls as PyTupleObject).items) if (PyObject_IsInstance(o, c)) return true;
    return false;
  }
  raise(PyExc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

/** `PyObject_IsSubclass` (`issubclass(a, cls)`). */
export function PyObject_IsSubclass(a: PyObject, cls: PyObject): boolean {
  if (!PyType_Check(a)) raise(PyExc_TypeError, "issubclass() arg 1 must be a class");
  if (PyType_Check(cls)) return PyType_IsSubtype(a as PyTypeObject, cls as PyTypeObject);
  if (cls.ob_type === PyTuple_Type) {
    for (const c of (cls as PyTupleObject).items) if (PyObject_IsSubclass(a, c)) return true;
    return false;
  }
  raise(PyExc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}
