/**
 * The set algebra of `Objects/setobject.c` (CPython 3.11): copies, union,
 * intersection, differences, subset tests, comparison and frozenset's hash.
 * Each follows CPython's walk (which set is iterated, when the table is
 * resized), so results iterate in CPython's order.
 */
import { PyBool_FromBool } from "./bool-object.js";
import { PyDict_Contains } from "./dict.js";
import { PyDict_CheckExact } from "./dict-object.js";
import { PyExc_TypeError, isPyError } from "./exceptions.js";
import { PyIter_Next, PyObject_GetIter } from "./iteration.js";
import { Py_NotImplemented } from "./none.js";
import {
  type CompareOp,
  type PyObject,
  type PyTypeObject,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_LE,
  Py_LT,
  Py_NE,
  PyType_IsSubtype,
} from "./object.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";
import {
  PyAnySet_Check,
  PyFrozenSet_CheckExact,
  PyFrozenSet_Type,
  PySet_Check,
  PySet_Type,
  PySetObject,
} from "./set-object.js";
import {
  setAddEntry,
  setClearInternal,
  setContainsEntry,
  setDiscardEntry,
  setHash,
  setNext,
  setTableResize,
  setUpdateInternal,
} from "./set-table.js";

/** `make_new_set(type, iterable)`: a new set of `type` holding the items of `iterable` (or empty). New reference. */
export function makeNewSet(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  const so = new PySetObject(type);
  if (iterable !== null) {
    try {
      setUpdateInternal(so, iterable);
    } catch (e) {
      Py_DECREF(so);
      throw e;
    }
  }
  return so;
}

/** `make_new_set_basetype`: a `set` for set subclasses, a `frozenset` for frozenset subclasses. */
export function makeNewSetBasetype(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  const base =
    type === PySet_Type || type === PyFrozenSet_Type
      ? type
      : PyType_IsSubtype(type, PySet_Type)
        ? PySet_Type
        : PyFrozenSet_Type;
  return makeNewSet(base, iterable);
}

/** `set_copy`: a copy of the same base type. New reference. */
export function setCopy(so: PySetObject): PySetObject {
  return makeNewSetBasetype(so.ob_type, so);
}

/** `frozenset_copy`: an exact frozenset is its own copy. New reference. */
export function frozensetCopy(so: PySetObject): PySetObject {
  if (PyFrozenSet_CheckExact(so)) {
    Py_INCREF(so);
    return so;
  }
  return setCopy(so);
}

/** `set_contains_key`: hashes `key` and looks it up. */
export function setContainsKey(so: PySetObject, key: PyObject): boolean {
  return setContainsEntry(so, key, setHash(key));
}

/**
 * `set_contains` (`key in s`), and the key conversion of `remove`/`discard`:
 * an unhashable set key is looked up as a frozenset of its items.
 */
export function withFrozenKey<T>(key: PyObject, f: (k: PyObject) => T): T {
  try {
    return f(key);
  } catch (e) {
    if (!PySet_Check(key) || !isPyError(e, PyExc_TypeError)) throw e;
  }
  const tmp = makeNewSet(PyFrozenSet_Type, key);
  try {
    return f(tmp);
  } finally {
    Py_DECREF(tmp);
  }
}

/** Runs `f(e)` on each item of `iterable` (borrowed for the call) until it returns true. */
function forEachItem(iterable: PyObject, f: (k: PyObject) => boolean): void {
  const it = PyObject_GetIter(iterable);
  try {
    for (let k = PyIter_Next(it); k !== null; k = PyIter_Next(it)) {
      let stop: boolean;
      try {
        stop = f(k);
      } finally {
        Py_DECREF(k);
      }
      if (stop === true) return;
    }
  } finally {
    Py_DECREF(it);
  }
}

/** `set_intersection`: the items of `so` also in `other`. New reference. */
export function setIntersection(so: PySetObject, other: PyObject): PySetObject {
  if (so === other) return setCopy(so);
  const result = makeNewSetBasetype(so.ob_type, null);
  try {
    if (PyAnySet_Check(other)) {
      let a: PySetObject = so;
      let b: PySetObject = other;
      if (b.used > a.used) [a, b] = [b, a];
      // walk the smaller (b), look up in the larger (a)
      for (let i = setNext(b, 0); i >= 0; i = setNext(b, i + 1)) {
        const key = b.table[i]!;
        const hash = b.hashes[i]!;
        Py_INCREF(key);
        try {
          if (setContainsEntry(a, key, hash)) setAddEntry(result, key, hash);
        } finally {
          Py_DECREF(key);
        }
      }
      return result;
    }
    forEachItem(other, (key) => {
      const hash = setHash(key);
      if (setContainsEntry(so, key, hash)) setAddEntry(result, key, hash);
      return false;
    });
    return result;
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
}

/** `set_swap_bodies`: exchanges the tables of two sets (`intersection_update`). */
export function setSwapBodies(a: PySetObject, b: PySetObject): void {
  [a.table, b.table] = [b.table, a.table];
  [a.hashes, b.hashes] = [b.hashes, a.hashes];
  [a.mask, b.mask] = [b.mask, a.mask];
  [a.fill, b.fill] = [b.fill, a.fill];
  [a.used, b.used] = [b.used, a.used];
  [a.hash, b.hash] = [b.hash, a.hash];
  [a.exactHash, b.exactHash] = [b.exactHash, a.exactHash];
}

/** `set_difference_update_internal`: removes the items of `other` from `so`. */
export function setDifferenceUpdateInternal(so: PySetObject, other: PyObject): void {
  if (so === other) {
    setClearInternal(so);
    return;
  }
  if (PyAnySet_Check(other)) {
    // a much larger other is replaced by its intersection with so
    const o = other.used >> 3 > so.used ? setIntersection(so, other) : other;
    if (o === other) Py_INCREF(o);
    try {
      for (let i = setNext(o, 0); i >= 0; i = setNext(o, i + 1)) {
        const key = o.table[i]!;
        Py_INCREF(key);
        try {
          setDiscardEntry(so, key, o.hashes[i]!);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(o);
    }
  } else {
    forEachItem(other, (key) => {
      setDiscardEntry(so, key, setHash(key));
      return false;
    });
  }
  // more than 1/4 dummies: resize them away
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** `set_difference`: the items of `so` not in `other`. New reference. */
export function setDifference(so: PySetObject, other: PyObject): PySetObject {
  let otherSize: number;
  if (PyAnySet_Check(other)) otherSize = other.used;
  else if (PyDict_CheckExact(other)) otherSize = other.ma_used;
  else otherSize = -1;
  if (otherSize < 0 || so.used >> 2 > otherSize) {
    const result = setCopy(so);
    try {
      setDifferenceUpdateInternal(result, other);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    return result;
  }
  const result = makeNewSetBasetype(so.ob_type, null);
  try {
    for (let i = setNext(so, 0); i >= 0; i = setNext(so, i + 1)) {
      const key = so.table[i]!;
      const hash = so.hashes[i]!;
      Py_INCREF(key);
      try {
        const found = PyAnySet_Check(other)
          ? setContainsEntry(other, key, hash)
          : PyDict_Contains(other, key);
        if (!found) setAddEntry(result, key, hash);
      } finally {
        Py_DECREF(key);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

/** `set_symmetric_difference_update`: toggles each item of `other` in `so`. */
export function setSymmetricDifferenceUpdate(so: PySetObject, other: PyObject): void {
  if (so === other) {
    setClearInternal(so);
    return;
  }
  if (PyDict_CheckExact(other)) {
    forEachItem(other, (key) => {
      const hash = setHash(key);
      if (!setDiscardEntry(so, key, hash)) setAddEntry(so, key, hash);
      return false;
    });
    return;
  }
  const otherset = PyAnySet_Check(other) ? other : makeNewSetBasetype(so.ob_type, other);
  if (otherset === other) Py_INCREF(otherset);
  try {
    for (let i = setNext(otherset, 0); i >= 0; i = setNext(otherset, i + 1)) {
      const key = otherset.table[i]!;
      const hash = otherset.hashes[i]!;
      Py_INCREF(key);
      try {
        if (!setDiscardEntry(so, key, hash)) setAddEntry(so, key, hash);
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(otherset);
  }
}

/** `set_symmetric_difference`: a copy of `other` (as `so`'s base type) toggled by `so`. New reference. */
export function setSymmetricDifference(so: PySetObject, other: PyObject): PySetObject {
  const result = makeNewSetBasetype(so.ob_type, other);
  try {
    setSymmetricDifferenceUpdate(result, so);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

/** `set_issubset` against another set. */
export function setIsSubset(so: PySetObject, other: PySetObject): boolean {
  if (so.used > other.used) return false;
  for (let i = setNext(so, 0); i >= 0; i = setNext(so, i + 1)) {
    const key = so.table[i]!;
    Py_INCREF(key);
    try {
      if (!setContainsEntry(other, key, so.hashes[i]!)) return false;
    } finally {
      Py_DECREF(key);
    }
  }
  return true;
}

/** `set.issubset(other)`: `other` any iterable. */
export function setIsSubsetOf(so: PySetObject, other: PyObject): boolean {
  if (PyAnySet_Check(other)) return setIsSubset(so, other);
  const tmp = makeNewSet(PySet_Type, other);
  try {
    return setIsSubset(so, tmp);
  } finally {
    Py_DECREF(tmp);
  }
}

/** `set.issuperset(other)`: `other` any iterable. */
export function setIsSupersetOf(so: PySetObject, other: PyObject): boolean {
  if (PyAnySet_Check(other)) return setIsSubset(other, so);
  let all = true;
  forEachItem(other, (key) => {
    if (!setContainsKey(so, key)) {
      all = false;
      return true;
    }
    return false;
  });
  return all;
}

/** `set.isdisjoint(other)`. */
export function setIsDisjoint(so: PySetObject, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (PyAnySet_Check(other)) {
    let a: PySetObject = so;
    let b: PySetObject = other;
    if (b.used > a.used) [a, b] = [b, a];
    for (let i = setNext(b, 0); i >= 0; i = setNext(b, i + 1)) {
      const key = b.table[i]!;
      Py_INCREF(key);
      try {
        if (setContainsEntry(a, key, b.hashes[i]!)) return false;
      } finally {
        Py_DECREF(key);
      }
    }
    return true;
  }
  let disjoint = true;
  forEachItem(other, (key) => {
    if (setContainsKey(so, key)) {
      disjoint = false;
      return true;
    }
    return false;
  });
  return disjoint;
}

/** `set_richcompare`: subset order; `NotImplemented` unless both are sets. New reference. */
export function setRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!PyAnySet_Check(v) || !PyAnySet_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  let r: boolean;
  switch (op) {
    case Py_EQ:
    case Py_NE:
      r = v.used === w.used && (v.hash === null || w.hash === null || v.hash === w.hash) && setIsSubset(v, w);
      if (op === Py_NE) r = !r;
      break;
    case Py_LE:
      r = setIsSubset(v, w);
      break;
    case Py_GE:
      r = setIsSubset(w, v);
      break;
    case Py_LT:
      r = v.used < w.used && setIsSubset(v, w);
      break;
    case Py_GT:
      r = v.used > w.used && setIsSubset(w, v);
      break;
  }
  return PyBool_FromBool(r);
}

const M64 = (1n << 64n) - 1n;

/** `_shuffle_bits`: disperses the bits of one entry's hash (64-bit unsigned). */
function shuffleBits(h: bigint): bigint {
  return ((h ^ 89869747n ^ (h << 16n)) * 3644798167n) & M64;
}

/**
 * `frozenset_hash`: CPython 3.11's hash of a frozenset, from its elements'
 * hashes (order-independent), as a signed 64-bit value. Cached.
 */
export function frozensetHashExact(so: PySetObject): bigint {
  if (so.exactHash !== null) return so.exactHash;
  let hash = 0n;
  for (let i = setNext(so, 0); i >= 0; i = setNext(so, i + 1)) {
    hash ^= shuffleBits(BigInt.asUintN(64, BigInt(so.hashes[i]!)));
  }
  hash ^= (BigInt(so.used + 1) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  const signed = BigInt.asIntN(64, hash);
  so.exactHash = signed;
  so.hash = Number(signed);
  return signed;
}

/** `frozenset`'s `tp_hash` (exact below 2**53; `frozensetHashExact` for all bits). */
export function frozensetHash(o: PyObject): number {
  const so = o as PySetObject;
  if (so.hash === null) frozensetHashExact(so);
  return so.hash!;
}
