/**
 * `set` and `frozenset` (`Objects/setobject.c`, CPython 3.11): the types'
 * slots and methods, the set iterator, and the `PySet_*` / `PyFrozenSet_*`
 * C-API. The table lives in set-table.ts, the algebra in set-ops.ts.
 */
import { checkPositional, noKeywords } from "./args.js";
import { PyBool_FromBool } from "./bool-object.js";
import {
  PyExc_KeyError,
  PyExc_RuntimeError,
  PyExc_SystemError,
  newException,
  raise,
  raiseObject,
} from "./exceptions.js";
import { PyLong_FromNumber } from "./int-object.js";
import { PySequence_List } from "./iteration.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import {
  type KwArgs,
  METH_NOARGS,
  METH_O,
  METH_VARARGS,
  type PyMethodDef,
  type PyObject,
  type PyTypeObject,
  PyType_Ready,
} from "./object.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";
import { Py_ReprEnter, Py_ReprLeave, repr } from "./repr.js";
import {
  DUMMY,
  PyAnySet_Check,
  PyFrozenSet_CheckExact,
  PyFrozenSet_Type,
  PySet_Check,
  PySet_CheckExact,
  PySet_Type,
  PySetIter_Type,
  PySetIterObject,
  type PySetObject,
} from "./set-object.js";
import {
  frozensetCopy,
  frozensetHash,
  frozensetHashExact,
  makeNewSet,
  makeNewSetBasetype,
  setContainsKey,
  setCopy,
  setDifference,
  setDifferenceUpdateInternal,
  setIntersection,
  setIsDisjoint,
  setIsSubsetOf,
  setIsSupersetOf,
  setRichCompare,
  setSwapBodies,
  setSymmetricDifference,
  setSymmetricDifferenceUpdate,
  withFrozenKey,
} from "./set-ops.js";
import {
  setAddKey,
  setClearInternal,
  setDiscardEntry,
  setHash,
  setNext,
  setUpdateInternal,
} from "./set-table.js";

function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

function notImplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/** `set_key_error`: `KeyError(key)`; the exception holds a reference to the key. */
function setKeyError(key: PyObject): never {
  Py_INCREF(key);
  raiseObject(newException(PyExc_KeyError, undefined, [key]));
}

/** `set_repr`: `{1, 2}`, `set()`, `frozenset({1})`, `S({1})`, `set(...)` when recursive. */
function setRepr(o: PyObject): string {
  const so = o as PySetObject;
  const name = so.ob_type.tp_name;
  if (!Py_ReprEnter(so)) return `${name}(...)`;
  try {
    if (so.used === 0) return `${name}()`;
    const keys = PySequence_List(so);
    let lr: string;
    try {
      lr = repr(keys);
    } finally {
      Py_DECREF(keys);
    }
    const inner = lr.slice(1, -1);
    return PySet_CheckExact(so) ? `{${inner}}` : `${name}({${inner}})`;
  } finally {
    Py_ReprLeave(so);
  }
}

/** `set_discard_key` with the frozenset conversion of an unhashable set key. */
function discardKey(so: PySetObject, key: PyObject): boolean {
  return withFrozenKey(key, (k) => setDiscardEntry(so, k, setHash(k)));
}

/** `set_pop`: an arbitrary element (the next active slot from the finger). New reference. */
function setPop(so: PySetObject): PyObject {
  if (so.used === 0) raise(PyExc_KeyError, "pop from an empty set");
  let i = so.finger & so.mask;
  for (;;) {
    const k = so.table[i]!;
    if (k !== null && k !== DUMMY) break;
    i++;
    if (i > so.mask) i = 0;
  }
  const key = so.table[i]!;
  so.table[i] = DUMMY;
  so.hashes[i] = -1;
  so.used--;
  so.finger = i + 1;
  return key; // the set's reference passes to the caller
}

/** `set_intersection_multi`: `s.intersection(*others)`. New reference. */
function intersectionMulti(so: PySetObject, others: readonly PyObject[]): PySetObject {
  if (others.length === 0) return setCopy(so);
  Py_INCREF(so);
  let result = so;
  for (const other of others) {
    let next: PySetObject;
    try {
      next = setIntersection(result, other);
    } finally {
      Py_DECREF(result);
    }
    result = next;
  }
  return result;
}

/** `set_difference_multi`: `s.difference(*others)`. New reference. */
function differenceMulti(so: PySetObject, others: readonly PyObject[]): PySetObject {
  if (others.length === 0) return setCopy(so);
  const result = setDifference(so, others[0]!);
  try {
    for (let i = 1; i < others.length; i++) setDifferenceUpdateInternal(result, others[i]!);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

/** `set_union`: `s.union(*others)`. New reference. */
function unionMulti(so: PySetObject, others: readonly PyObject[]): PySetObject {
  const result = setCopy(so);
  try {
    for (const other of others) if (other !== so) setUpdateInternal(result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

/** A binary operator of sets: `NotImplemented` unless both operands are sets or frozensets. */
function setBinary(f: (a: PySetObject, b: PySetObject) => PyObject): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => (PyAnySet_Check(a) && PyAnySet_Check(b) ? f(a, b) : notImplemented());
}

/** An in-place operator of sets (`|=`...): mutates and returns the left operand. */
function setInPlace(f: (a: PySetObject, b: PySetObject) => void): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    if (!PyAnySet_Check(b)) return notImplemented();
    f(a as PySetObject, b);
    Py_INCREF(a);
    return a;
  };
}

function intersectionUpdate(so: PySetObject, others: readonly PyObject[]): void {
  const tmp = intersectionMulti(so, others);
  setSwapBodies(so, tmp);
  Py_DECREF(tmp);
}

/** The methods frozenset shares with set (`frozenset_methods`). */
const sharedMethods: Record<string, PyMethodDef> = {
  __contains__: {
    flags: METH_O,
    meth: (self, args) =>
      PyBool_FromBool(withFrozenKey(args[0]!, (k) => setContainsKey(self as PySetObject, k))),
  },
  difference: { flags: METH_VARARGS, meth: (self, args) => differenceMulti(self as PySetObject, args) },
  intersection: { flags: METH_VARARGS, meth: (self, args) => intersectionMulti(self as PySetObject, args) },
  isdisjoint: {
    flags: METH_O,
    meth: (self, args) => PyBool_FromBool(setIsDisjoint(self as PySetObject, args[0]!)),
  },
  issubset: {
    flags: METH_O,
    meth: (self, args) => PyBool_FromBool(setIsSubsetOf(self as PySetObject, args[0]!)),
  },
  issuperset: {
    flags: METH_O,
    meth: (self, args) => PyBool_FromBool(setIsSupersetOf(self as PySetObject, args[0]!)),
  },
  symmetric_difference: {
    flags: METH_O,
    meth: (self, args) => setSymmetricDifference(self as PySetObject, args[0]!),
  },
  union: { flags: METH_VARARGS, meth: (self, args) => unionMulti(self as PySetObject, args) },
};

function setIter(o: PyObject): PyObject {
  return new PySetIterObject(o as PySetObject);
}

/** The slots set and frozenset share. */
const sharedSlots = {
  repr: setRepr,
  richcompare: setRichCompare,
  iter: setIter,
  dealloc: (o: PyObject) => setClearInternal(o as PySetObject),
  as_sequence: {
    sq_length: (o: PyObject) => (o as PySetObject).used,
    sq_contains: (o: PyObject, key: PyObject) =>
      withFrozenKey(key, (k) => setContainsKey(o as PySetObject, k)),
  },
};

const binaryNumber = {
  nb_subtract: setBinary(setDifference),
  nb_and: setBinary(setIntersection),
  nb_xor: setBinary(setSymmetricDifference),
  nb_or: setBinary((a, b) => {
    const result = setCopy(a);
    if (a === b) return result;
    try {
      setUpdateInternal(result, b);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    return result;
  }),
};

/** `set(iterable)` / `frozenset(iterable)` argument checks (`set_vectorcall`, `frozenset_new`). */
function setArgs(
  type: PyTypeObject,
  name: string,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): PyObject | null {
  noKeywords(name, kwargs);
  checkPositional(type === PySet_Type || type === PyFrozenSet_Type ? name : type.tp_name, args.length, 0, 1);
  return args[0] ?? null;
}

PyType_Ready(PySet_Type, {
  ...sharedSlots,
  hash: null,
  new: (type, args, kwargs) => makeNewSet(type, setArgs(type, "set", args, kwargs)),
  as_number: {
    ...binaryNumber,
    nb_inplace_subtract: setInPlace(setDifferenceUpdateInternal),
    nb_inplace_and: setInPlace((a, b) => intersectionUpdate(a, [b])),
    nb_inplace_xor: setInPlace(setSymmetricDifferenceUpdate),
    nb_inplace_or: setInPlace(setUpdateInternal),
  },
  methods: {
    ...sharedMethods,
    add: {
      flags: METH_O,
      meth: (self, args) => {
        setAddKey(self as PySetObject, args[0]!);
        return none();
      },
    },
    clear: {
      flags: METH_NOARGS,
      meth: (self) => {
        setClearInternal(self as PySetObject);
        return none();
      },
    },
    copy: { flags: METH_NOARGS, meth: (self) => setCopy(self as PySetObject) },
    discard: {
      flags: METH_O,
      meth: (self, args) => {
        discardKey(self as PySetObject, args[0]!);
        return none();
      },
    },
    difference_update: {
      flags: METH_VARARGS,
      meth: (self, args) => {
        for (const other of args) setDifferenceUpdateInternal(self as PySetObject, other);
        return none();
      },
    },
    intersection_update: {
      flags: METH_VARARGS,
      meth: (self, args) => {
        intersectionUpdate(self as PySetObject, args);
        return none();
      },
    },
    pop: { flags: METH_NOARGS, meth: (self) => setPop(self as PySetObject) },
    remove: {
      flags: METH_O,
      meth: (self, args) => {
        if (!discardKey(self as PySetObject, args[0]!)) setKeyError(args[0]!);
        return none();
      },
    },
    symmetric_difference_update: {
      flags: METH_O,
      meth: (self, args) => {
        setSymmetricDifferenceUpdate(self as PySetObject, args[0]!);
        return none();
      },
    },
    update: {
      flags: METH_VARARGS,
      meth: (self, args) => {
        for (const other of args) setUpdateInternal(self as PySetObject, other);
        return none();
      },
    },
  },
});

PyType_Ready(PyFrozenSet_Type, {
  ...sharedSlots,
  hash: frozensetHash,
  hash_exact: (o) => frozensetHashExact(o as PySetObject),
  new: (type, args, kwargs) => {
    const iterable = setArgs(type, "frozenset", args, kwargs);
    // frozenset(fs) of an exact frozenset is fs itself
    if (type === PyFrozenSet_Type && iterable !== null && PyFrozenSet_CheckExact(iterable)) {
      Py_INCREF(iterable);
      return iterable;
    }
    return makeNewSet(type, iterable);
  },
  as_number: binaryNumber,
  methods: {
    ...sharedMethods,
    copy: { flags: METH_NOARGS, meth: (self) => frozensetCopy(self as PySetObject) },
  },
});

PyType_Ready(PySetIter_Type, {
  iter: (o) => {
    Py_INCREF(o);
    return o;
  },
  iternext: (o) => {
    const it = o as PySetIterObject;
    const so = it.si_set;
    if (so === null) return null;
    if (it.si_used !== so.used) {
      it.si_used = -1; // make this state sticky
      raise(PyExc_RuntimeError, "Set changed size during iteration");
    }
    const i = setNext(so, it.si_pos);
    if (i < 0) {
      it.si_set = null;
      Py_DECREF(so);
      return null;
    }
    it.si_pos = i + 1;
    it.len--;
    const key = so.table[i]!;
    Py_INCREF(key);
    return key;
  },
  dealloc: (o) => {
    const it = o as PySetIterObject;
    const so = it.si_set;
    it.si_set = null;
    if (so !== null) Py_DECREF(so);
  },
  methods: {
    __length_hint__: {
      flags: METH_NOARGS,
      meth: (o) => {
        const it = o as PySetIterObject;
        const so = it.si_set;
        return PyLong_FromNumber(so !== null && it.si_used === so.used ? it.len : 0);
      },
    },
  },
});

// ---------------------------------------------------------------- C-API

function badInternalCall(fn: string): never {
  raise(PyExc_SystemError, `${fn}: bad argument to internal function`);
}

/**
 * `PySet_New(iterable)`: a new set of the items of `iterable` (borrowed), or empty for null.
 * @returns New reference.
 */
export function PySet_New(iterable: PyObject | null): PySetObject {
  return makeNewSet(PySet_Type, iterable);
}

/**
 * `PyFrozenSet_New(iterable)`: a new frozenset of the items of `iterable` (borrowed), or empty.
 * @returns New reference.
 */
export function PyFrozenSet_New(iterable: PyObject | null): PySetObject {
  return makeNewSet(PyFrozenSet_Type, iterable);
}

/** `PySet_Size(anyset)`: `len(s)`. */
export function PySet_Size(anyset: PyObject): number {
  if (!PyAnySet_Check(anyset)) badInternalCall("PySet_Size");
  return anyset.used;
}

/**
 * `PySet_Add(set, key)`: adds `key` (borrowed; the set takes its own
 * reference). Also allowed on a frozenset still being filled, as in CPython.
 */
export function PySet_Add(anyset: PyObject, key: PyObject): void {
  if (!PySet_Check(anyset) && (!PyFrozenSet_CheckExact(anyset) || anyset.ob_refcnt !== 1))
    badInternalCall("PySet_Add");
  setAddKey(anyset as PySetObject, key);
}

/** `PySet_Discard(set, key)`: removes `key` (borrowed) if present; whether it was (CPython's 1 or 0). */
export function PySet_Discard(set: PyObject, key: PyObject): boolean {
  if (!PySet_Check(set)) badInternalCall("PySet_Discard");
  return setDiscardEntry(set, key, setHash(key));
}

/** `PySet_Contains(anyset, key)`: `key in s` without the frozenset conversion (key borrowed). */
export function PySet_Contains(anyset: PyObject, key: PyObject): boolean {
  if (!PyAnySet_Check(anyset)) badInternalCall("PySet_Contains");
  return setContainsKey(anyset, key);
}

/** `PySet_Clear(set)`: removes every element. */
export function PySet_Clear(set: PyObject): void {
  if (!PySet_Check(set)) badInternalCall("PySet_Clear");
  setClearInternal(set);
}

/**
 * `PySet_Pop(set)`: removes and returns an arbitrary element (`KeyError: 'pop from an empty set'`).
 * @returns New reference.
 */
export function PySet_Pop(set: PyObject): PyObject {
  if (!PySet_Check(set)) badInternalCall("PySet_Pop");
  return setPop(set);
}

/** The result of `PySet_Next`. */
export interface PySetNextResult {
  /** Where the next call starts. */
  pos: number;
  /** The element (borrowed). */
  key: PyObject;
  /** Its hash (all 64 bits: a bigint beyond 2**53). */
  hash: number | bigint;
}

/**
 * `_PySet_NextEntry(set, &pos, &key, &hash)`: the element after position
 * `pos` (start at 0) in iteration order, or null at the end. Borrowed key.
 */
export function PySet_Next(anyset: PyObject, pos: number): PySetNextResult | null {
  if (!PyAnySet_Check(anyset)) badInternalCall("_PySet_NextEntry");
  const i = setNext(anyset, Math.max(pos, 0));
  if (i < 0) return null;
  return { pos: i + 1, key: anyset.table[i]!, hash: anyset.hashes[i]! };
}

/**
 * A set of `type`'s base type (`set` or `frozenset`) holding `iterable`'s items (`make_new_set_basetype`).
 * @returns New reference.
 */
export function PySet_NewBasetype(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  return makeNewSetBasetype(type, iterable);
}
