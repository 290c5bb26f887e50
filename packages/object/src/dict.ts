/**
 * `dict` (`Objects/dictobject.c`): an insertion-ordered hash table that owns a
 * reference to each key and each value.
 *
 * Layout (CPython's "compact dict" in JS arrays): entries live in insertion
 * order in `ma_keys`/`ma_values`/`ma_hashes`; a deleted entry leaves a hole
 * (`ma_keys[i] === null`) until the next compaction. `ma_index` maps a hash to
 * the positions of the live entries with that hash. A key is found by hash
 * and then by identity or `==` (`PyObject_RichCompareBool`), so `1`, `1.0` and
 * `True` are one key, as in CPython.
 *
 * Invariants: `ma_used` counts live entries; `ma_version` changes on every
 * insertion, deletion and compaction (a lookup whose `==` ran Python code that
 * changed the dict starts again, as `_Py_dict_lookup` does); compaction only
 * happens on insertion, so positions given out by `PyDict_Next` stay valid
 * while the dict is only read or has values replaced.
 */
import { PyAnySet_Check, type PySetObject } from "./set-object.js";
import { dictViewNumberMethods } from "./dict-view-ops.js";
import { PyObject_GetAttr, PyObject_HasAttr } from "./attributes.js";
import { PyObject_Call } from "./call.js";
import { PyObject_RichCompareBool } from "./compare.js";
import { PyObject_GetItem } from "./items.js";
import { PyIter_Next, PyObject_GetIter, PySequence_Contains, iterateToArray } from "./iteration.js";
import { PyObject_Hash } from "./object-hash.js";
import { Py_ReprEnter, Py_ReprLeave, repr } from "./repr.js";
import { checkPositional, noKeywords } from "./args.js";
import { PyBool_FromBool } from "./bool-object.js";
import {
  PyExc_KeyError,
  PyExc_RuntimeError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
  isPyError,
  newException,
  raise,
  raiseObject,
} from "./exceptions.js";
import { PyLong_FromNumber } from "./int-object.js";
import { PyList_FromArray, type PyListObject } from "./list-object.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import {
  type CompareOp,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  METH_VARARGS,
  type PyObject,
  type PyTypeObject,
  Py_EQ,
  Py_GT,
  Py_LE,
  Py_LT,
  Py_NE,
  PyType_Ready,
} from "./object.js";
import {
  type IterKind,
  PyDict_Check,
  PyDict_CheckExact,
  PyDict_Type,
  PyDictItems_Type,
  PyDictIterItem_Type,
  PyDictIterKey_Type,
  PyDictIterObject,
  PyDictIterValue_Type,
  PyDictKeys_Type,
  PyDictObject,
  PyDictRevIterItem_Type,
  PyDictRevIterKey_Type,
  PyDictRevIterValue_Type,
  PyDictValues_Type,
  PyDictViewObject,
} from "./dict-object.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";
import { PyUnicode_Check, PyUnicode_FromString } from "./str-object.js";
import { PyTuple_Check, PyTuple_Pack } from "./tuple-object.js";

function none(): PyObject {
  Py_None.ob_refcnt++;
  return Py_None;
}

/**
 * `_PyErr_SetKeyError`: `KeyError(key)`, whose str is the key's repr. As in
 * CPython the exception owns a reference to the key (a temporary key such as
 * a tuple must outlive the lookup to be shown). Exceptions raised by the
 * object layer are not released, so that reference stays with the key.
 */
function keyError(key: PyObject): never {
  Py_INCREF(key);
  raiseObject(newException(PyExc_KeyError, undefined, [key]));
}

function badInternalCall(fn: string): never {
  raise(PyExc_SystemError, `${fn}: bad argument to internal function`);
}

/**
 * `_Py_dict_lookup`: the position of `key` (whose hash is `hash`) or -1.
 * `==` may run Python code that changes the dict: the lookup then starts again.
 */
function lookup(d: PyDictObject, key: PyObject, hash: number): number {
  for (;;) {
    const b = d.ma_index.get(hash);
    if (b === undefined) return -1;
    if (typeof b === "number" && d.ma_keys[b] === key) return b;
    const bucket = typeof b === "number" ? [b] : b;
    // identity first over the whole bucket (no Python code runs)
    for (let j = 0; j < bucket.length; j++) if (d.ma_keys[bucket[j]!] === key) return bucket[j]!;
    const version = d.ma_version;
    let restart = false;
    for (let j = 0; j < bucket.length; j++) {
      const i = bucket[j]!;
      const k = d.ma_keys[i]!;
      Py_INCREF(k);
      let eq: boolean;
      try {
        eq = PyObject_RichCompareBool(k, key, Py_EQ);
      } finally {
        Py_DECREF(k);
      }
      if (d.ma_version !== version || d.ma_keys[i] !== k) {
        restart = true;
        break;
      }
      if (eq) return i;
    }
    if (!restart) return -1;
  }
}

function indexAdd(index: Map<number, number | number[]>, h: number, pos: number): void {
  const b = index.get(h);
  if (b === undefined) index.set(h, pos);
  else if (typeof b === "number") index.set(h, [b, pos]);
  else b.push(pos);
}

function indexRemove(index: Map<number, number | number[]>, h: number, pos: number): void {
  const b = index.get(h)!;
  if (typeof b === "number") index.delete(h);
  else {
    b.splice(b.indexOf(pos), 1);
    if (b.length === 1) index.set(h, b[0]!);
  }
}

/** Drops the holes left by deletions (positions change: only on insertion). */
function compact(d: PyDictObject): void {
  const keys: PyObject[] = [];
  const values: PyObject[] = [];
  const hashes: number[] = [];
  const index = new Map<number, number | number[]>();
  for (let i = 0; i < d.ma_keys.length; i++) {
    const k = d.ma_keys[i];
    if (k === null || k === undefined) continue;
    const h = d.ma_hashes[i]!;
    const pos = keys.length;
    keys.push(k);
    values.push(d.ma_values[i]!);
    hashes.push(h);
    indexAdd(index, h, pos);
  }
  d.ma_keys = keys;
  d.ma_values = values;
  d.ma_hashes = hashes;
  d.ma_index = index;
  d.ma_version++;
}

/** `insertdict`: `key` and `value` are borrowed (the dict takes references). An existing key is kept. */
function insertdict(d: PyDictObject, key: PyObject, hash: number, value: PyObject): void {
  const i = lookup(d, key, hash);
  Py_INCREF(value);
  if (i >= 0) {
    const old = d.ma_values[i]!;
    d.ma_values[i] = value;
    Py_DECREF(old);
    return;
  }
  const holes = d.ma_keys.length - d.ma_used;
  if (holes > 8 && holes > d.ma_used) compact(d);
  Py_INCREF(key);
  const pos = d.ma_keys.length;
  d.ma_keys.push(key);
  d.ma_values.push(value);
  d.ma_hashes.push(hash);
  indexAdd(d.ma_index, hash, pos);
  d.ma_used++;
  d.ma_version++;
}

/** `delitem_common`: removes the entry at `i` and returns its (owned) key and value. */
function removeEntry(d: PyDictObject, i: number): [PyObject, PyObject] {
  const key = d.ma_keys[i]!;
  const value = d.ma_values[i]!;
  const h = d.ma_hashes[i]!;
  d.ma_keys[i] = null;
  d.ma_values[i] = null;
  indexRemove(d.ma_index, h, i);
  d.ma_used--;
  d.ma_version++;
  return [key, value];
}

function clearDict(d: PyDictObject): void {
  const keys = d.ma_keys;
  const values = d.ma_values;
  d.ma_keys = [];
  d.ma_values = [];
  d.ma_hashes = [];
  d.ma_index = new Map();
  d.ma_used = 0;
  d.ma_version++;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null || k === undefined) continue;
    Py_DECREF(k);
    Py_DECREF(values[i]!);
  }
}

/** The value for `key` (borrowed) or null; raises for an unhashable key. */
function getItem(d: PyDictObject, key: PyObject): PyObject | null {
  const i = lookup(d, key, PyObject_Hash(key));
  return i < 0 ? null : d.ma_values[i]!;
}

/** `dict_merge(a, b, override)`: b a dict, or a mapping with `keys()`. */
function dictMerge(a: PyDictObject, b: PyObject, override: boolean): void {
  if (PyDict_Check(b) && b.ob_type.tp_iter === PyDict_Type.tp_iter) {
    if (a === b || b.ma_used === 0) return;
    const n = b.ma_keys.length;
    const used = b.ma_used;
    for (let i = 0; i < n && i < b.ma_keys.length; i++) {
      const key = b.ma_keys[i];
      if (key === null || key === undefined) continue;
      const value = b.ma_values[i]!;
      const hash = b.ma_hashes[i]!;
      Py_INCREF(key);
      Py_INCREF(value);
      try {
        if (override || lookup(a, key, hash) < 0) insertdict(a, key, hash, value);
      } finally {
        Py_DECREF(value);
        Py_DECREF(key);
      }
      if (b.ma_used !== used) raise(PyExc_RuntimeError, "dict mutated during update");
    }
    return;
  }
  // a mapping: keys() then b[key]
  const keys = PyMapping_KeysForMerge(b);
  try {
    for (const key of keys) {
      if (!override && getItem(a, key) !== null) continue;
      const value = PyObject_GetItem(b, key);
      try {
        insertdict(a, key, PyObject_Hash(key), value);
      } finally {
        Py_DECREF(value);
      }
    }
  } finally {
    for (const k of keys) Py_DECREF(k);
  }
}

/** `PyMapping_Keys(b)` as an array of owned keys. */
function PyMapping_KeysForMerge(b: PyObject): PyObject[] {
  const meth = PyObject_GetAttr(b, "keys");
  let ks: PyObject;
  try {
    ks = PyObject_Call(meth, [], null);
  } finally {
    Py_DECREF(meth);
  }
  try {
    return iterateToArray(ks);
  } finally {
    Py_DECREF(ks);
  }
}

/** `PyDict_MergeFromSeq2`: an iterable of key/value pairs. */
function mergeFromSeq2(d: PyDictObject, seq: PyObject, override: boolean): void {
  const it = PyObject_GetIter(seq);
  try {
    for (let i = 0; ; i++) {
      const item = PyIter_Next(it);
      if (item === null) break;
      try {
        let pair: PyObject[];
        try {
          pair = iterateToArray(item);
        } catch (e) {
          if (isPyError(e, PyExc_TypeError)) {
            raise(PyExc_TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        try {
          if (pair.length !== 2) {
            raise(
              PyExc_ValueError,
              `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
            );
          }
          const [k, v] = pair as [PyObject, PyObject];
          const hash = PyObject_Hash(k);
          if (override || lookup(d, k, hash) < 0) insertdict(d, k, hash, v);
        } finally {
          for (const x of pair) Py_DECREF(x);
        }
      } finally {
        Py_DECREF(item);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** `dict_update_arg`: a dict or anything with `keys()` merges as a mapping, else pairs. */
function updateArg(d: PyDictObject, arg: PyObject): void {
  if (PyDict_CheckExact(arg) || PyObject_HasAttr(arg, "keys")) dictMerge(d, arg, true);
  else mergeFromSeq2(d, arg, true);
}

/** `dict_update_common`: `(self, args, kwargs, "update")`. */
function updateCommon(
  d: PyDictObject,
  args: readonly PyObject[],
  kwargs: Map<string, PyObject> | null,
  fn: string,
) {
  checkPositional(fn, args.length, 0, 1);
  if (args.length === 1) updateArg(d, args[0]!);
  if (kwargs !== null) {
    for (const [name, v] of kwargs) {
      const k = PyUnicode_FromString(name);
      try {
        insertdict(d, k, PyObject_Hash(k), v);
      } finally {
        Py_DECREF(k);
      }
    }
  }
}

function dictRepr(o: PyObject): string {
  const d = o as PyDictObject;
  if (!Py_ReprEnter(d)) return "{...}";
  try {
    if (d.ma_used === 0) return "{}";
    let out = "{";
    let first = true;
    // live walk: repr may run code that changes the dict (as CPython's PyDict_Next loop)
    for (let i = 0; i < d.ma_keys.length; i++) {
      const k = d.ma_keys[i];
      if (k === null || k === undefined) continue;
      const v = d.ma_values[i]!;
      Py_INCREF(k);
      Py_INCREF(v);
      try {
        if (!first) out += ", ";
        first = false;
        out += repr(k);
        out += ": ";
        out += repr(v);
      } finally {
        Py_DECREF(k);
        Py_DECREF(v);
      }
    }
    return `${out}}`;
  } finally {
    Py_ReprLeave(d);
  }
}

/** `dict_equal`: same length and every key of `a` maps to an equal value in `b`. */
function dictEqual(a: PyDictObject, b: PyDictObject): boolean {
  if (a.ma_used !== b.ma_used) return false;
  for (let i = 0; i < a.ma_keys.length; i++) {
    const key = a.ma_keys[i];
    if (key === null || key === undefined) continue;
    const aval = a.ma_values[i]!;
    Py_INCREF(key);
    Py_INCREF(aval);
    try {
      const j = lookup(b, key, a.ma_hashes[i]!);
      if (j < 0) return false;
      const bval = b.ma_values[j]!;
      Py_INCREF(bval);
      try {
        if (!PyObject_RichCompareBool(aval, bval, Py_EQ)) return false;
      } finally {
        Py_DECREF(bval);
      }
    } finally {
      Py_DECREF(aval);
      Py_DECREF(key);
    }
  }
  return true;
}

function dict_subscript(o: PyObject, key: PyObject): PyObject {
  const d = o as PyDictObject;
  const v = getItem(d, key);
  if (v !== null) {
    Py_INCREF(v);
    return v;
  }
  // a subclass may define __missing__ (dict_subscript's _PyObject_LookupSpecial)
  const t = d.ob_type;
  if (t !== PyDict_Type && PyObject_HasAttr(t, "__missing__")) {
    const m = PyObject_GetAttr(t, "__missing__");
    try {
      return PyObject_Call(m, [d, key], null);
    } finally {
      Py_DECREF(m);
    }
  }
  keyError(key);
}

function dict_ass_subscript(o: PyObject, key: PyObject, v: PyObject | null): void {
  if (v === null) PyDict_DelItem(o, key);
  else PyDict_SetItem(o, key, v);
}

// ---------------------------------------------------------------- iterators

function dictiterNext(o: PyObject): PyObject | null {
  const it = o as PyDictIterObject;
  const d = it.di_dict;
  if (d === null) return null;
  if (it.di_used !== d.ma_used) {
    it.di_used = -1;
    raise(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  let i = it.di_pos;
  const n = d.ma_keys.length;
  while (i < n && (d.ma_keys[i] === null || d.ma_keys[i] === undefined)) i++;
  if (i >= n) {
    it.di_dict = null;
    Py_DECREF(d);
    return null;
  }
  if (it.len === 0) {
    it.di_dict = null;
    Py_DECREF(d);
    raise(PyExc_RuntimeError, "dictionary keys changed during iteration");
  }
  it.di_pos = i + 1;
  it.len--;
  return iterItem(it, d, i);
}

/** What an iterator of `it.kind` yields for entry `i` of `d` (a new reference): key, value or `(key, value)`. */
function iterItem(it: PyDictIterObject, d: PyDictObject, i: number): PyObject {
  const k = d.ma_keys[i]!;
  const v = d.ma_values[i]!;
  if (it.kind === "keys") {
    Py_INCREF(k);
    return k;
  }
  if (it.kind === "values") {
    Py_INCREF(v);
    return v;
  }
  Py_INCREF(k);
  Py_INCREF(v);
  return PyTuple_Pack([k, v]);
}

/** `dictreviter_iternext`: from the last entry back; no "keys changed" check (as CPython). */
function dictreviterNext(o: PyObject): PyObject | null {
  const it = o as PyDictIterObject;
  const d = it.di_dict;
  if (d === null) return null;
  if (it.di_used !== d.ma_used) {
    it.di_used = -1;
    raise(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  let i = Math.min(it.di_pos, d.ma_keys.length - 1);
  while (i >= 0 && (d.ma_keys[i] === null || d.ma_keys[i] === undefined)) i--;
  if (i < 0) {
    it.di_dict = null;
    Py_DECREF(d);
    return null;
  }
  it.di_pos = i - 1;
  it.len--;
  return iterItem(it, d, i);
}

function readyDictIter(type: PyTypeObject, reverse = false): void {
  PyType_Ready(type, {
    iter: (o) => {
      Py_INCREF(o);
      return o;
    },
    iternext: reverse ? dictreviterNext : dictiterNext,
    dealloc: (o) => {
      const it = o as PyDictIterObject;
      const d = it.di_dict;
      it.di_dict = null;
      if (d !== null) Py_DECREF(d);
    },
    methods: {
      __length_hint__: {
        flags: METH_NOARGS,
        meth: (o) => {
          const it = o as PyDictIterObject;
          const d = it.di_dict;
          return PyLong_FromNumber(d !== null && it.di_used === d.ma_used ? it.len : 0);
        },
      },
    },
  });
}

readyDictIter(PyDictIterKey_Type);
readyDictIter(PyDictIterValue_Type);
readyDictIter(PyDictIterItem_Type);

readyDictIter(PyDictRevIterKey_Type, true);
readyDictIter(PyDictRevIterValue_Type, true);
readyDictIter(PyDictRevIterItem_Type, true);

function dictIter(d: PyDictObject, kind: IterKind): PyObject {
  const t =
    kind === "keys" ? PyDictIterKey_Type : kind === "values" ? PyDictIterValue_Type : PyDictIterItem_Type;
  return new PyDictIterObject(t, d, kind);
}

/** `reversed(d)`, `reversed(d.values())`...: from the last entry. New reference. */
function dictRevIter(d: PyDictObject, kind: IterKind): PyObject {
  const t =
    kind === "keys"
      ? PyDictRevIterKey_Type
      : kind === "values"
        ? PyDictRevIterValue_Type
        : PyDictRevIterItem_Type;
  const it = new PyDictIterObject(t, d, kind);
  it.di_pos = d.ma_keys.length - 1;
  return it;
}

// ---------------------------------------------------------------- views

/** Keys and items views are set-like (`PyDictViewSet_Check`). */
function isSetLikeView(o: PyObject): o is PyDictViewObject {
  return o.ob_type === PyDictKeys_Type || o.ob_type === PyDictItems_Type;
}

/** `all_contained_in(self, other)`: every item of `a` is `in` `b`. */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = PyObject_GetIter(a);
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      try {
        if (!PySequence_Contains(b, x)) return false;
      } finally {
        Py_DECREF(x);
      }
    }
    return true;
  } finally {
    Py_DECREF(it);
  }
}

/**
 * `dictview_richcompare`: keys and items views compare as sets with views,
 * sets and frozensets (sizes, then containment).
 */
function dictviewRichcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!isSetLikeView(w) && !PyAnySet_Check(w)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const a = (v as PyDictViewObject).dv_dict.ma_used;
  const b = isSetLikeView(w) ? w.dv_dict.ma_used : (w as PySetObject).used;
  let ok = false;
  switch (op) {
    case Py_EQ:
    case Py_NE:
      if (a === b) ok = allContainedIn(v, w);
      if (op === Py_NE) ok = !ok;
      break;
    case Py_LT:
      if (a < b) ok = allContainedIn(v, w);
      break;
    case Py_LE:
      if (a <= b) ok = allContainedIn(v, w);
      break;
    case Py_GT:
      if (a > b) ok = allContainedIn(w, v);
      break;
    default:
      if (a >= b) ok = allContainedIn(w, v);
  }
  return PyBool_FromBool(ok);
}

function readyDictView(type: PyTypeObject, kind: IterKind): void {
  const contains =
    kind === "keys"
      ? (o: PyObject, k: PyObject) => getItem((o as PyDictViewObject).dv_dict, k) !== null
      : kind === "items"
        ? (o: PyObject, item: PyObject) => {
            // dictitems_contains: a 2-tuple whose key maps to an equal value
            if (!PyTuple_Check(item) || item.items.length !== 2) return false;
            const [k, v] = item.items as [PyObject, PyObject];
            const found = getItem((o as PyDictViewObject).dv_dict, k);
            if (found === null) return false;
            Py_INCREF(found);
            try {
              return PyObject_RichCompareBool(found, v, Py_EQ);
            } finally {
              Py_DECREF(found);
            }
          }
        : undefined;
  PyType_Ready(type, {
    hash: null,
    dealloc: (o) => Py_DECREF((o as PyDictViewObject).dv_dict),
    ...(kind === "values"
      ? {}
      : { richcompare: dictviewRichcompare, as_number: dictViewNumberMethods(isSetLikeView) }),
    iter: (o) => dictIter((o as PyDictViewObject).dv_dict, kind),
    // dictview_repr: `dict_keys([...])` from the list of the view's items
    repr: (o) => {
      if (!Py_ReprEnter(o)) return "...";
      try {
        const items = iterateToArray(o);
        const l = PyList_FromArray(items);
        try {
          return `${type.tp_name}(${repr(l)})`;
        } finally {
          Py_DECREF(l);
        }
      } finally {
        Py_ReprLeave(o);
      }
    },
    methods: {
      __reversed__: {
        flags: METH_NOARGS,
        meth: (o) => dictRevIter((o as PyDictViewObject).dv_dict, kind),
      },
    },
    as_sequence: {
      sq_length: (o) => (o as PyDictViewObject).dv_dict.ma_used,
      ...(contains === undefined ? {} : { sq_contains: contains }),
    },
  });
}

readyDictView(PyDictKeys_Type, "keys");
readyDictView(PyDictValues_Type, "values");
readyDictView(PyDictItems_Type, "items");

// ---------------------------------------------------------------- the type

PyType_Ready(PyDict_Type, {
  hash: null,
  dealloc: (o) => clearDict(o as PyDictObject),
  repr: dictRepr,
  richcompare: (v, w, op) => {
    if (!PyDict_Check(v) || !PyDict_Check(w) || (op !== Py_EQ && op !== Py_NE)) {
      Py_NotImplemented.ob_refcnt++;
      return Py_NotImplemented;
    }
    return PyBool_FromBool(dictEqual(v, w) === (op === Py_EQ));
  },
  iter: (o) => dictIter(o as PyDictObject, "keys"),
  new: (type, args, kwargs) => {
    const d = new PyDictObject(type);
    try {
      updateCommon(d, args, kwargs, "dict");
    } catch (e) {
      Py_DECREF(d);
      throw e;
    }
    return d;
  },
  as_sequence: {
    sq_contains: (o, key) => getItem(o as PyDictObject, key) !== null,
  },
  as_mapping: {
    mp_length: (o) => (o as PyDictObject).ma_used,
    mp_subscript: dict_subscript,
    mp_ass_subscript: dict_ass_subscript,
  },
  as_number: {
    // dict_or: `d | other`, both dicts
    nb_or: (a, b) => {
      if (!PyDict_Check(a) || !PyDict_Check(b)) {
        Py_NotImplemented.ob_refcnt++;
        return Py_NotImplemented;
      }
      const d = PyDict_Copy(a);
      try {
        updateArg(d, b);
      } catch (e) {
        Py_DECREF(d);
        throw e;
      }
      return d;
    },
  },
  methods: {
    __contains__: {
      flags: METH_O,
      meth: (self, args) => PyBool_FromBool(getItem(self as PyDictObject, args[0]!) !== null),
    },
    __getitem__: { flags: METH_O, meth: (self, args) => dict_subscript(self, args[0]!) },
    __reversed__: { flags: METH_NOARGS, meth: (self) => dictRevIter(self as PyDictObject, "keys") },
    get: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKeywords("dict.get", kwargs);
        checkPositional("get", args.length, 1, 2);
        const v = getItem(self as PyDictObject, args[0]!) ?? args[1] ?? Py_None;
        Py_INCREF(v);
        return v;
      },
    },
    setdefault: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKeywords("dict.setdefault", kwargs);
        checkPositional("setdefault", args.length, 1, 2);
        const d = self as PyDictObject;
        const key = args[0]!;
        const hash = PyObject_Hash(key);
        const i = lookup(d, key, hash);
        let v: PyObject;
        if (i >= 0) v = d.ma_values[i]!;
        else {
          v = args[1] ?? Py_None;
          insertdict(d, key, hash, v);
        }
        Py_INCREF(v);
        return v;
      },
    },
    pop: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKeywords("dict.pop", kwargs);
        checkPositional("pop", args.length, 1, 2);
        const d = self as PyDictObject;
        const key = args[0]!;
        const i = d.ma_used === 0 ? -1 : lookup(d, key, PyObject_Hash(key));
        if (i < 0) {
          if (args.length > 1) {
            Py_INCREF(args[1]!);
            return args[1]!;
          }
          keyError(key);
        }
        const [k, v] = removeEntry(d, i);
        Py_DECREF(k);
        return v; // the dict's reference passes to the caller
      },
    },
    popitem: {
      flags: METH_NOARGS,
      meth: (self) => {
        const d = self as PyDictObject;
        if (d.ma_used === 0) raise(PyExc_KeyError, "popitem(): dictionary is empty");
        // LIFO: the last live entry
        let i = d.ma_keys.length - 1;
        while (d.ma_keys[i] === null) i--;
        const [k, v] = removeEntry(d, i);
        return PyTuple_Pack([k, v]);
      },
    },
    keys: {
      flags: METH_NOARGS,
      meth: (self) => new PyDictViewObject(PyDictKeys_Type, self as PyDictObject, "keys"),
    },
    values: {
      flags: METH_NOARGS,
      meth: (self) => new PyDictViewObject(PyDictValues_Type, self as PyDictObject, "values"),
    },
    items: {
      flags: METH_NOARGS,
      meth: (self) => new PyDictViewObject(PyDictItems_Type, self as PyDictObject, "items"),
    },
    update: {
      flags: METH_VARARGS | METH_KEYWORDS,
      meth: (self, args, kwargs) => {
        updateCommon(self as PyDictObject, args, kwargs, "update");
        return none();
      },
    },
    copy: { flags: METH_NOARGS, meth: (self) => PyDict_Copy(self) },
    clear: {
      flags: METH_NOARGS,
      meth: (self) => {
        clearDict(self as PyDictObject);
        return none();
      },
    },
    fromkeys: {
      flags: METH_FASTCALL,
      classmethod: true,
      meth: (type, args, kwargs) => {
        noKeywords("dict.fromkeys", kwargs);
        checkPositional("fromkeys", args.length, 1, 2);
        const value = args[1] ?? Py_None;
        // dict_fromkeys: `cls()`, then the dict fast path or `d[k] = value` for a subclass
        const d = PyObject_Call(type, [], null);
        try {
          const it = PyObject_GetIter(args[0]!);
          try {
            for (let k = PyIter_Next(it); k !== null; k = PyIter_Next(it)) {
              try {
                if (PyDict_CheckExact(d)) insertdict(d, k, PyObject_Hash(k), value);
                else d.ob_type.tp_as_mapping!.mp_ass_subscript!(d, k, value);
              } finally {
                Py_DECREF(k);
              }
            }
          } finally {
            Py_DECREF(it);
          }
        } catch (e) {
          Py_DECREF(d);
          throw e;
        }
        return d;
      },
    },
  },
});

// ---------------------------------------------------------------- C-API

function asDict(o: PyObject, fn: string): PyDictObject {
  if (!PyDict_Check(o)) badInternalCall(fn);
  return o;
}

/**
 * `PyDict_New()`: an empty dict.
 * @returns New reference.
 */
export function PyDict_New(): PyDictObject {
  return new PyDictObject(PyDict_Type);
}

/**
 * `PyDict_SetItem(d, key, value)`: `d[key] = value`. Does NOT steal: `key`
 * and `value` are borrowed and the dict takes its own references. Raises
 * TypeError for an unhashable key.
 */
export function PyDict_SetItem(d: PyObject, key: PyObject, value: PyObject): void {
  const dict = asDict(d, "PyDict_SetItem");
  insertdict(dict, key, PyObject_Hash(key), value);
}

/** `PyDict_SetItemString(d, key, value)`: the key is a str made from `key`; `value` is borrowed. */
export function PyDict_SetItemString(d: PyObject, key: string, value: PyObject): void {
  const k = PyUnicode_FromString(key);
  try {
    PyDict_SetItem(d, k, value);
  } finally {
    Py_DECREF(k);
  }
}

/**
 * `PyDict_GetItem(d, key)`: BORROWED reference to the value, or null when
 * absent. As in CPython, every error (unhashable key, a failing `==`) is
 * swallowed and gives null.
 * @returns Borrowed reference.
 */
export function PyDict_GetItem(d: PyObject, key: PyObject): PyObject | null {
  if (!PyDict_Check(d)) return null;
  try {
    return getItem(d, key);
  } catch (e) {
    if (isPyError(e)) return null;
    throw e;
  }
}

/**
 * `PyDict_GetItemWithError(d, key)`: BORROWED reference or null when absent; errors are raised.
 * @returns Borrowed reference.
 */
export function PyDict_GetItemWithError(d: PyObject, key: PyObject): PyObject | null {
  return getItem(asDict(d, "PyDict_GetItemWithError"), key);
}

/**
 * `PyDict_GetItemString(d, key)`: `PyDict_GetItem` with a str key made from `key`. BORROWED or null.
 * @returns Borrowed reference.
 */
export function PyDict_GetItemString(d: PyObject, key: string): PyObject | null {
  const k = PyUnicode_FromString(key);
  try {
    return PyDict_GetItem(d, k);
  } finally {
    Py_DECREF(k);
  }
}

/** `PyDict_DelItem(d, key)`: `del d[key]`; KeyError (the key's repr) when absent. */
export function PyDict_DelItem(d: PyObject, key: PyObject): void {
  const dict = asDict(d, "PyDict_DelItem");
  const hash = PyObject_Hash(key);
  const i = lookup(dict, key, hash);
  if (i < 0) keyError(key);
  const [k, v] = removeEntry(dict, i);
  Py_DECREF(k);
  Py_DECREF(v);
}

/** `PyDict_DelItemString(d, key)`: `PyDict_DelItem` with a str key made from `key`. */
export function PyDict_DelItemString(d: PyObject, key: string): void {
  const k = PyUnicode_FromString(key);
  try {
    PyDict_DelItem(d, k);
  } finally {
    Py_DECREF(k);
  }
}

/** `PyDict_Contains(d, key)`: `key in d` (raises for an unhashable key). */
export function PyDict_Contains(d: PyObject, key: PyObject): boolean {
  return getItem(asDict(d, "PyDict_Contains"), key) !== null;
}

/** `PyDict_Size(d)`: `len(d)`. */
export function PyDict_Size(d: PyObject): number {
  return asDict(d, "PyDict_Size").ma_used;
}

/** One step of `PyDict_Next`: BORROWED key and value, and the position to pass next. */
export interface PyDictNextResult {
  pos: number;
  key: PyObject;
  value: PyObject;
}

/**
 * `PyDict_Next(d, &pos, &key, &value)`: the entry at or after `pos` (start
 * with 0), with BORROWED key and value and the next position, or null at the
 * end. As in CPython the dict must not change size during the walk
 * (replacing values is fine).
 */
export function PyDict_Next(d: PyObject, pos: number): PyDictNextResult | null {
  if (!PyDict_Check(d)) return null;
  const keys = d.ma_keys;
  let i = Math.max(pos, 0);
  while (i < keys.length && (keys[i] === null || keys[i] === undefined)) i++;
  if (i >= keys.length) return null;
  return { pos: i + 1, key: keys[i]!, value: d.ma_values[i]! };
}

function entries(d: PyDictObject, kind: IterKind): PyListObject {
  const out: PyObject[] = [];
  for (let i = 0; i < d.ma_keys.length; i++) {
    const k = d.ma_keys[i];
    if (k === null || k === undefined) continue;
    const v = d.ma_values[i]!;
    if (kind === "keys") {
      Py_INCREF(k);
      out.push(k);
    } else if (kind === "values") {
      Py_INCREF(v);
      out.push(v);
    } else {
      Py_INCREF(k);
      Py_INCREF(v);
      out.push(PyTuple_Pack([k, v]));
    }
  }
  return PyList_FromArray(out);
}

/**
 * `PyDict_Keys(d)`: a list of the keys.
 * @returns New reference.
 */
export function PyDict_Keys(d: PyObject): PyListObject {
  return entries(asDict(d, "PyDict_Keys"), "keys");
}

/**
 * `PyDict_Values(d)`: a list of the values.
 * @returns New reference.
 */
export function PyDict_Values(d: PyObject): PyListObject {
  return entries(asDict(d, "PyDict_Values"), "values");
}

/**
 * `PyDict_Items(d)`: a list of `(key, value)` tuples.
 * @returns New reference.
 */
export function PyDict_Items(d: PyObject): PyListObject {
  return entries(asDict(d, "PyDict_Items"), "items");
}

/**
 * `PyDict_Copy(d)`: a new exact dict with the same entries (shallow).
 * @returns New reference.
 */
export function PyDict_Copy(d: PyObject): PyDictObject {
  const src = asDict(d, "PyDict_Copy");
  const out = PyDict_New();
  dictMerge(out, src, true);
  return out;
}

/**
 * `PyDict_Update(a, b)`: `a.update(b)` for a mapping `b` (a dict, or anything
 * with `keys()` and `__getitem__`; a sequence of pairs is NOT accepted, as in
 * CPython: `'list' object has no attribute 'keys'`).
 */
export function PyDict_Update(a: PyObject, b: PyObject): void {
  dictMerge(asDict(a, "PyDict_Update"), b, true);
}

/** `PyDict_Merge(a, b, override)`: as `PyDict_Update`, keeping existing keys when `override` is false. */
export function PyDict_Merge(a: PyObject, b: PyObject, override: boolean): void {
  dictMerge(asDict(a, "PyDict_Merge"), b, override);
}

/** `PyDict_MergeFromSeq2(d, seq2, override)`: merge an iterable of key/value pairs. */
export function PyDict_MergeFromSeq2(d: PyObject, seq2: PyObject, override: boolean): void {
  mergeFromSeq2(asDict(d, "PyDict_MergeFromSeq2"), seq2, override);
}

/** `PyDict_Clear(d)`: empties the dict (does nothing for a non-dict, as CPython). */
export function PyDict_Clear(d: PyObject): void {
  if (PyDict_Check(d)) clearDict(d);
}

/** The str-keyed entries of a dict as a `KwArgs` map (for `f(**d)`); a non-str key: `keywords must be strings`. */
export function dictToKwArgs(d: PyObject): Map<string, PyObject> {
  const dict = asDict(d, "dictToKwArgs");
  const out = new Map<string, PyObject>();
  for (let e = PyDict_Next(dict, 0); e !== null; e = PyDict_Next(dict, e.pos)) {
    if (!PyUnicode_Check(e.key)) raise(PyExc_TypeError, "keywords must be strings");
    out.set(e.key.value, e.value);
  }
  return out;
}
