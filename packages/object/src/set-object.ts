/**
 * `set` and `frozenset`'s layout (`Objects/setobject.c`, `Include/setobject.h`):
 * the set object, its iterator and their type objects, declared here and made
 * ready (`PyType_Ready`) by set.ts, which gathers their methods.
 *
 * The table is CPython's open-addressing table in parallel JS arrays, so that
 * iteration order (table order) is CPython's: `{10, 5, 100}` iterates as
 * `{10, 100, 5}`. `table[i]` is null (never used), the `DUMMY` sentinel (a
 * deleted entry, hash -1) or an active key (owned reference); `hashes[i]` is
 * the key's hash. set-table.ts holds the probing, insertion and resizing.
 */
import { IMMORTAL_REFCNT, PyBaseObject_Type, PyObject, PyObject_TypeCheck, PyTypeObject } from "./object.js";
import { Py_INCREF } from "./refcount.js";

/** `PySet_MINSIZE`: the size of a new set's table. */
export const PySet_MINSIZE = 8;

/** The key of a deleted entry (`dummy`): never compared, never returned. */
export const DUMMY: PyObject = new PyObject(PyBaseObject_Type);
DUMMY.ob_refcnt = IMMORTAL_REFCNT;

/**
 * A key's hash as the table keeps it: CPython's 64-bit `Py_hash_t`, a JS
 * number when it is a safe integer and a bigint only otherwise (so equal
 * hashes are `===`), since the probe sequence reads all 64 bits.
 */
export type SetHash = number | bigint;

/** `PySetObject` (also `frozenset` and subclass instances). */
export class PySetObject extends PyObject {
  /** Table slots: null (unused), DUMMY (deleted) or a key (owned). Length `mask + 1`. */
  declare table: (PyObject | null)[];
  /** The hash of each slot's key (0 for unused, -1 for DUMMY); see `SetHash`. */
  declare hashes: SetHash[];
  /** `mask`: table size - 1 (a power of two - 1). */
  declare mask: number;
  /** `fill`: active + dummy slots. */
  declare fill: number;
  /** `used`: active slots (`len(s)`). */
  declare used: number;
  /** `finger`: where `pop()` starts its search. */
  declare finger: number;
  /** A frozenset's cached hash (null until computed). */
  declare hash: number | null;
  /** The exact (64-bit) cached hash, for `hash(fs)` beyond 2**53. */
  declare exactHash: bigint | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.table = new Array<PyObject | null>(PySet_MINSIZE).fill(null);
    this.hashes = new Array<SetHash>(PySet_MINSIZE).fill(0);
    this.mask = PySet_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
    this.hash = null;
    this.exactHash = null;
  }
}

export const PySet_Type: PyTypeObject = new PyTypeObject({
  name: "set",
  basetype: true,
  doc: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
});

export const PyFrozenSet_Type: PyTypeObject = new PyTypeObject({
  name: "frozenset",
  basetype: true,
  doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
});

/** `setiterobject`: owns a reference to its set until exhausted. */
export class PySetIterObject extends PyObject {
  declare si_set: PySetObject | null;
  /** `used` when created; -1 once a size change was seen (sticky). */
  declare si_used: number;
  declare si_pos: number;
  /** Items still expected (`__length_hint__`). */
  declare len: number;
  constructor(so: PySetObject) {
    super(PySetIter_Type);
    Py_INCREF(so);
    this.si_set = so;
    this.si_used = so.used;
    this.si_pos = 0;
    this.len = so.used;
  }
}

export const PySetIter_Type: PyTypeObject = new PyTypeObject({ name: "set_iterator" });

/** `PySet_Check(o)`: a set or a subclass instance. */
export function PySet_Check(o: PyObject): o is PySetObject {
  return o.ob_type === PySet_Type || PyObject_TypeCheck(o, PySet_Type);
}

/** `PySet_CheckExact(o)`. */
export function PySet_CheckExact(o: PyObject): o is PySetObject {
  return o.ob_type === PySet_Type;
}

/** `PyFrozenSet_Check(o)`: a frozenset or a subclass instance. */
export function PyFrozenSet_Check(o: PyObject): o is PySetObject {
  return o.ob_type === PyFrozenSet_Type || PyObject_TypeCheck(o, PyFrozenSet_Type);
}

/** `PyFrozenSet_CheckExact(o)`. */
export function PyFrozenSet_CheckExact(o: PyObject): o is PySetObject {
  return o.ob_type === PyFrozenSet_Type;
}

/** `PyAnySet_Check(o)`: a set, a frozenset, or a subclass instance of either. */
export function PyAnySet_Check(o: PyObject): o is PySetObject {
  return PySet_Check(o) || PyFrozenSet_Check(o);
}

/** `PyAnySet_CheckExact(o)`: exactly a set or a frozenset. */
export function PyAnySet_CheckExact(o: PyObject): o is PySetObject {
  return o.ob_type === PySet_Type || o.ob_type === PyFrozenSet_Type;
}

/** `PySet_GET_SIZE(so)`: the number of elements (no check). */
export function PySet_GET_SIZE(so: PySetObject): number {
  return so.used;
}
