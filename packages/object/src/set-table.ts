/**
 * The probing of `Objects/setobject.c` (CPython 3.11): `set_lookkey`,
 * `set_add_entry`, `set_insert_clean`, `set_table_resize`, `set_discard_entry`,
 * `set_next`, `set_merge`, `set_update_internal`. Slots, sizes and probe
 * sequences are CPython's, so a set of ints iterates in CPython's order.
 *
 * Hashes are JS numbers (exact below 2**53). The probe start is the low bits
 * of the hash as a 64-bit unsigned integer (`(size_t)hash & mask`); `perturb`
 * is kept as two 32-bit halves so `perturb >>= 5` is the unsigned shift of
 * the 64-bit value.
 */
import { PyObject_RichCompareBool } from "./compare.js";
import { PyDict_Next } from "./dict.js";
import { PyDict_CheckExact } from "./dict-object.js";
import { PyExc_RuntimeError, raise } from "./exceptions.js";
import { PyIter_Next, PyObject_GetIter } from "./iteration.js";
import { PyObject_Hash, PyObject_HashValue } from "./object-hash.js";
import { type PyObject, Py_EQ } from "./object.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";
import { DUMMY, PySet_MINSIZE, type PySetObject, PyAnySet_Check, type SetHash } from "./set-object.js";
import { PyUnicode_CheckExact, type PyUnicodeObject } from "./str-object.js";

/** `LINEAR_PROBES`: slots tried next to each other before perturbing. */
const LINEAR_PROBES = 9;
const TWO32 = 4294967296;

/** The low 32 bits of `hash` as a 64-bit unsigned integer (`(size_t)hash`). */
function hashLow(hash: SetHash): number {
  return typeof hash === "number" ? hash >>> 0 : Number(BigInt.asUintN(32, hash));
}

/** The high 32 bits of `hash` as a 64-bit unsigned integer. */
function hashHigh(hash: SetHash): number {
  return typeof hash === "number" ? Math.floor(hash / TWO32) >>> 0 : Number(BigInt.asUintN(32, hash >> 32n));
}

/**
 * `setHash(key)` with all 64 bits (`SetHash`): the JS number of
 * `tp_hash` when it is a safe integer, else `PyObject_HashValue`'s exact value.
 */
export function setHash(key: PyObject): SetHash {
  const exact = key.ob_type.tp_hash_exact;
  if (exact !== null && exact !== undefined) {
    // The type knows its exact hash (str caches it): one call, not tp_hash then this.
    const e = exact(key);
    return typeof e === "bigint" && e >= -MAX_SAFE && e <= MAX_SAFE ? Number(e) : e;
  }
  const h = PyObject_Hash(key);
  if (Number.isSafeInteger(h)) return h;
  const e = PyObject_HashValue(key);
  return typeof e === "bigint" && e >= -MAX_SAFE && e <= MAX_SAFE ? Number(e) : e;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Thrown (and caught here) when a `==` run by a lookup changed the table: start again. */
const RESTART = -2;

/**
 * `set_lookkey`: the slot of `key` (active) or -1 when absent. An `==` that
 * mutates the set makes the search start over, as in CPython.
 */
export function setLookkey(so: PySetObject, key: PyObject, hash: SetHash): number {
  for (;;) {
    const r = lookkeyOnce(so, key, hash);
    if (r !== RESTART) return r;
  }
}

function lookkeyOnce(so: PySetObject, key: PyObject, hash: SetHash): number {
  let mask = so.mask;
  let i = hashLow(hash) & mask;
  let plo = hashLow(hash);
  let phi = hashHigh(hash);
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const startkey = so.table[j]!;
      if (startkey === null) return -1;
      if (so.hashes[j] === hash && startkey !== DUMMY) {
        if (startkey === key) return j;
        if (
          PyUnicode_CheckExact(startkey) &&
          PyUnicode_CheckExact(key) &&
          (startkey as PyUnicodeObject).value === (key as PyUnicodeObject).value
        )
          return j;
        const table = so.table;
        Py_INCREF(startkey);
        let cmp: boolean;
        try {
          cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
        } finally {
          Py_DECREF(startkey);
        }
        if (table !== so.table || so.table[j] !== startkey) return RESTART;
        if (cmp) return j;
        mask = so.mask;
      }
      j++;
    } while (probes-- > 0);
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** `set_insert_clean`: places a key known absent into a table without dummies. */
function insertClean(
  table: (PyObject | null)[],
  hashes: SetHash[],
  mask: number,
  key: PyObject,
  hash: SetHash,
) {
  let i = hashLow(hash) & mask;
  let plo = hashLow(hash);
  let phi = hashHigh(hash);
  for (;;) {
    if (table[i] === null) break;
    if (i + LINEAR_PROBES <= mask) {
      let found = -1;
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (table[i + j] === null) {
          found = i + j;
          break;
        }
      }
      if (found >= 0) {
        i = found;
        break;
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  table[i] = key;
  hashes[i] = hash;
}

/** `set_table_resize`: a table with more than `minused` slots, holding the active keys. */
export function setTableResize(so: PySetObject, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldtable = so.table;
  const oldhashes = so.hashes;
  if (newsize === PySet_MINSIZE && oldtable.length === PySet_MINSIZE && so.fill === so.used) return;
  const table = new Array<PyObject | null>(newsize).fill(null);
  const hashes = new Array<SetHash>(newsize).fill(0);
  const mask = newsize - 1;
  for (let i = 0; i < oldtable.length; i++) {
    const k = oldtable[i]!;
    if (k !== null && k !== DUMMY) insertClean(table, hashes, mask, k, oldhashes[i]!);
  }
  so.table = table;
  so.hashes = hashes;
  so.mask = mask;
  so.fill = so.used;
}

/**
 * `set_add_entry`: adds `key` (borrowed; the set takes a reference) unless an
 * equal key is there. The last deleted slot met on the way is reused.
 */
export function setAddEntry(so: PySetObject, key: PyObject, hash: SetHash): void {
  restart: for (;;) {
    let mask = so.mask;
    let i = hashLow(hash) & mask;
    let plo = hashLow(hash);
    let phi = hashHigh(hash);
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const startkey = so.table[j]!;
        if (startkey === null) {
          Py_INCREF(key);
          if (freeslot >= 0) {
            so.used++;
            so.table[freeslot] = key;
            so.hashes[freeslot] = hash;
            return;
          }
          so.fill++;
          so.used++;
          so.table[j] = key;
          so.hashes[j] = hash;
          if (so.fill * 5 < mask * 3) return;
          setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
          return;
        }
        const h = so.hashes[j]!;
        if (h === hash && startkey !== DUMMY) {
          if (startkey === key) return;
          if (
            PyUnicode_CheckExact(startkey) &&
            PyUnicode_CheckExact(key) &&
            (startkey as PyUnicodeObject).value === (key as PyUnicodeObject).value
          )
            return;
          const table = so.table;
          Py_INCREF(startkey);
          let cmp: boolean;
          try {
            cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
          } finally {
            Py_DECREF(startkey);
          }
          if (table !== so.table || so.table[j] !== startkey) continue restart;
          if (cmp) return;
          mask = so.mask;
        } else if (startkey === DUMMY) {
          freeslot = j; // the last deleted slot met (CPython 3.11 keeps the last)
        }
        j++;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** `set_add_key`: hashes `key` (`unhashable type: 'list'`) and adds it. */
export function setAddKey(so: PySetObject, key: PyObject): void {
  setAddEntry(so, key, setHash(key));
}

/** `set_discard_entry`: removes `key` if present; whether it was. */
export function setDiscardEntry(so: PySetObject, key: PyObject, hash: SetHash): boolean {
  const i = setLookkey(so, key, hash);
  if (i < 0) return false;
  const old = so.table[i]!;
  so.table[i] = DUMMY;
  so.hashes[i] = -1;
  so.used--;
  Py_DECREF(old);
  return true;
}

/** `set_contains_entry`. */
export function setContainsEntry(so: PySetObject, key: PyObject, hash: SetHash): boolean {
  return setLookkey(so, key, hash) >= 0;
}

/** `set_clear_internal`: empties the set (the table back to its minimum size). */
export function setClearInternal(so: PySetObject): void {
  const old = so.table;
  so.table = new Array<PyObject | null>(PySet_MINSIZE).fill(null);
  so.hashes = new Array<SetHash>(PySet_MINSIZE).fill(0);
  so.mask = PySet_MINSIZE - 1;
  so.fill = 0;
  so.used = 0;
  for (const k of old) if (k !== null && k !== DUMMY) Py_DECREF(k);
}

/** `set_next`: the slot of the next active entry at or after `pos`, or -1. */
export function setNext(so: PySetObject, pos: number): number {
  const table = so.table;
  const n = table.length;
  for (let i = pos; i < n; i++) {
    const k = table[i];
    if (k !== null && k !== DUMMY) return i;
  }
  return -1;
}

/** `set_merge`: adds the keys of another set (table order). */
function setMerge(so: PySetObject, other: PySetObject): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) setTableResize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    // same size, no dummies: copy the slots as they are
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i]!;
      if (k !== null) {
        Py_INCREF(k);
        so.table[i] = k;
        so.hashes[i] = other.hashes[i]!;
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i]!;
      if (k !== null && k !== DUMMY) {
        Py_INCREF(k);
        insertClean(so.table, so.hashes, so.mask, k, other.hashes[i]!);
      }
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.table[i]!;
    if (k !== null && k !== DUMMY) setAddEntry(so, k, other.hashes[i]!);
  }
}

/** `set_update_internal`: adds every element of a set, the keys of a dict, or the items of an iterable. */
export function setUpdateInternal(so: PySetObject, other: PyObject): void {
  if (PyAnySet_Check(other)) {
    setMerge(so, other);
    return;
  }
  if (PyDict_CheckExact(other)) {
    const size = other.ma_used;
    if ((so.fill + size) * 5 >= so.mask * 3) setTableResize(so, (so.used + size) * 2);
    for (let r = PyDict_Next(other, 0); r !== null; r = PyDict_Next(other, r.pos)) {
      setAddEntry(so, r.key, setHash(r.key));
    }
    return;
  }
  const it = PyObject_GetIter(other);
  try {
    for (let k = PyIter_Next(it); k !== null; k = PyIter_Next(it)) {
      try {
        setAddKey(so, k);
      } finally {
        Py_DECREF(k);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** The "changed size during iteration" check of a walk over `so` that started at `used`. */
export function checkSizeUnchanged(so: PySetObject, used: number): void {
  if (so.used !== used) raise(PyExc_RuntimeError, "Set changed size during iteration");
}
